/**
 * `--format stylish`: the report for a person at a terminal, after ESLint's. Each file, then its own problems, then
 * its units in row order, one aligned line per diagnostic; a summary line at the end.
 */
import { displayWidth, padEndDisplay } from '../../core/text.js';
import { hintOf } from '../../diagnostics/catalogue.js';
import { cellOf } from '../../diagnostics/location.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { severityLabel, type TextContext } from '../diagnostics-text.js';
import type { RunReport } from '../model/schema.js';
import { summarySentence, unitTitle } from './text.js';
import { validationView, type FileGroup } from './view.js';
import { word } from '../words.js';
import { messageText, visibleControls } from '../text.js';

const UNIT_INDENT = '    ';
const FILE_INDENT = '  ';

interface Widths {
  readonly place: number;
  readonly severity: number;
  readonly code: number;
}

function widthsOf(group: FileGroup, ctx: TextContext): Widths {
  const ds = group.diagnostics;
  return {
    place: Math.max(0, ...ds.map((d) => displayWidth(cellOf(d.location, ctx.lang)))),
    severity: Math.max(0, ...ds.map((d) => displayWidth(word(d.severity, ctx.lang)))),
    code: Math.max(0, ...ds.map((d) => d.code.length)),
  };
}

/** `  Xã!F12  lỗi  cell/out-of-range  12 nằm ngoài khoảng 0–10 … — gợi ý`, columns aligned across the file. */
function line(d: Diagnostic, indent: string, w: Widths, ctx: TextContext): string {
  const { chalk, lang } = ctx;
  // File-level lines sit two columns left of unit lines; widen their place so the columns after it still align.
  const place = padEndDisplay(visibleControls(cellOf(d.location, lang)), w.place + UNIT_INDENT.length - indent.length);
  const severity = severityLabel(d.severity, ctx) + ' '.repeat(w.severity - displayWidth(word(d.severity, lang)));
  const code = chalk.dim(d.code.padEnd(w.code));
  const hint = hintOf(d, lang);
  return `${indent}${place}  ${severity}  ${code}  ${visibleControls(messageText(d, lang))}${hint ? chalk.dim(` — ${hint}`) : ''}`;
}

function fileSection(group: FileGroup, ctx: TextContext): string[] {
  const { chalk, lang } = ctx;
  const w = widthsOf(group, ctx);
  const out = [chalk.underline(visibleControls(group.file))];
  for (const d of group.fileLevel) out.push(line(d, FILE_INDENT, w, ctx));
  for (const { unit, diagnostics } of group.units) {
    if (diagnostics.length === 0) continue;
    const where = cellOf({ ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), row: unit.source.row }, lang);
    out.push(`${FILE_INDENT}${chalk.bold(visibleControls(unitTitle(unit.code, unit.name)))} ${chalk.dim(`(${where})`)}`);
    for (const d of diagnostics) out.push(line(d, UNIT_INDENT, w, ctx));
  }
  return out;
}

export function renderStylish(report: RunReport, ctx: TextContext): string {
  const { chalk, lang } = ctx;
  const view = validationView(report);
  const out: string[] = [];
  for (const group of view.files) {
    if (group.diagnostics.length === 0) continue;
    out.push(...fileSection(group, ctx), '');
  }
  if (view.unfiled.length > 0) {
    const w: Widths = {
      place: 0,
      severity: Math.max(...view.unfiled.map((d) => displayWidth(word(d.severity, lang)))),
      code: Math.max(...view.unfiled.map((d) => d.code.length)),
    };
    out.push(chalk.underline(lang === 'vi' ? '(không thuộc tệp nào)' : '(no file)'), ...view.unfiled.map((d) => line(d, FILE_INDENT, w, ctx)), '');
  }
  const sentence = summarySentence(view, lang);
  const { error, warning } = view.counts;
  out.push(error > 0 ? chalk.red.bold(`✖ ${sentence}`) : warning > 0 ? chalk.yellow.bold(`⚠ ${sentence}`) : chalk.green.bold(`✔ ${sentence}`));
  return `${out.join('\n')}\n`;
}
