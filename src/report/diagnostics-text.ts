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

export function summaryLine(diagnostics: readonly Diagnostic[], ctx: TextContext, shown = diagnostics.length): string {
  const c = countBySeverity(diagnostics);
  const parts = [`${c.error} ${word('errors', ctx.lang)}`, `${c.warning} ${word('warnings', ctx.lang)}`];
  const hidden = diagnostics.length - shown;
  if (hidden > 0) parts.push(ctx.lang === 'vi' ? `${hidden} thông báo không hiển thị (--max-diagnostics)` : `${hidden} not shown (--max-diagnostics)`);
  return parts.join(', ');
}
