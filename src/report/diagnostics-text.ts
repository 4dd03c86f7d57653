/** Diagnostics as lines for a terminal (stderr): location, severity, code, message, hint. */
import type { ChalkInstance } from 'chalk';
import { hintOf, messageOf } from '../diagnostics/catalogue.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import { formatLocation } from '../diagnostics/location.js';
import { word } from './words.js';

export interface TextContext {
  readonly lang: Lang;
  readonly chalk: ChalkInstance;
}

export function severityLabel(sev: Severity, ctx: TextContext): string {
  const label = word(sev, ctx.lang);
  return sev === 'error' ? ctx.chalk.red(label) : sev === 'warning' ? ctx.chalk.yellow(label) : ctx.chalk.blue(label);
}

export function diagnosticLine(d: Diagnostic, ctx: TextContext): string {
  const hint = hintOf(d, ctx.lang);
  const where = formatLocation(d.location, ctx.lang);
  return (
    `${where}${where ? '  ' : ''}${severityLabel(d.severity, ctx)}  ${ctx.chalk.dim(d.code)}  ${messageOf(d, ctx.lang)}` +
    (hint ? ctx.chalk.dim(` — ${hint}`) : '')
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** "2 errors, 1 warning, 0 notes" / "2 lỗi, 1 cảnh báo, 0 thông tin", and how many were not printed. */
export function countsText(counts: Record<Severity, number>, lang: Lang, notPrinted = 0): string {
  const en = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts =
    lang === 'vi'
      ? [`${counts.error} lỗi`, `${counts.warning} cảnh báo`, `${counts.info} thông tin`]
      : [en(counts.error, 'error'), en(counts.warning, 'warning'), en(counts.info, 'note')];
  if (notPrinted > 0) parts.push(lang === 'vi' ? `${notPrinted} thông báo không in ra (--max-diagnostics)` : `${notPrinted} not printed (--max-diagnostics)`);
  return parts.join(', ');
}
