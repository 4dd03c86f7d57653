/** Diagnostics as lines for a terminal (stderr): location, severity, code, message, hint. */
import { hintOf } from '../diagnostics/catalogue.js';
import { formatLocation } from '../diagnostics/location.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import type { RenderContext } from './context.js';
import { messageText, visibleControls } from './text.js';
import { word } from './words.js';

export type TextContext = RenderContext;

export function severityLabel(sev: Severity, ctx: TextContext): string {
  const label = word(sev, ctx.lang);
  return sev === 'error' ? ctx.chalk.red(label) : sev === 'warning' ? ctx.chalk.yellow(label) : ctx.chalk.blue(label);
}

/**
 * One diagnostic on one line: values it quotes shortened, and control characters from cells, sheet and file names
 * shown as pictures, so that nothing from a sheet can split the line or drive the terminal.
 */
export function diagnosticLine(d: Diagnostic, ctx: TextContext): string {
  const hint = hintOf(d, ctx.lang);
  const where = visibleControls(formatLocation(d.location, ctx.lang));
  return (
    `${where}${where ? '  ' : ''}${severityLabel(d.severity, ctx)}  ${ctx.chalk.dim(d.code)}  ${visibleControls(messageText(d, ctx.lang))}` +
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
