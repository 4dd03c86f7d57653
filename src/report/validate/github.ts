/**
 * `--format github`: GitHub Actions workflow commands, one per diagnostic, so that a pull request shows annotations
 * on the submitted files.
 */
import { hintOf } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Lang, Severity } from '../../diagnostics/types.js';
import type { RunReport } from '../model/schema.js';
import { placeInFile } from './text.js';
import { validationView } from './view.js';
import { messageText, visibleControls } from '../text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The message of a workflow command: `%`, CR and LF encoded so that the command stays on one line, and other
 * control characters from cell values shown as their pictures so that they cannot drive the log viewer.
 */
export function escapeData(s: string): string {
  return s
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => visibleControls(c));
}

/** A property value of a workflow command: as the message, and `:` `,` too, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One annotation. A text file's line and column (a criteria file) are given as they are. The row is the line for a
 * CSV file; GitHub cannot show a line of a workbook, so there the sheet and cell lead the message instead (they lead
 * it for CSV too: the line alone does not say which column). No `col` for a sheet: a spreadsheet column is not the
 * character column GitHub would mark.
 */
export function workflowCommand(d: Diagnostic, lang: Lang): string {
  const loc = d.location;
  const props: string[] = [];
  if (loc.file !== undefined) {
    props.push(`file=${escapeProperty(loc.file)}`);
    if (loc.line !== undefined) props.push(`line=${loc.line}`, ...(loc.col !== undefined ? [`col=${loc.col}`] : []));
    else if (loc.row !== undefined && loc.sheet === undefined) props.push(`line=${loc.row}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const place = placeInFile(loc, lang);
  const hint = hintOf(d, lang);
  const message = `${place ? `${place}: ` : ''}${messageText(d, lang)}${hint !== undefined ? ` — ${hint}` : ''}`;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`;
}

export function renderGithub(report: RunReport, ctx: { readonly lang: Lang }): string {
  const lines = validationView(report).diagnostics.map((d) => workflowCommand(d, ctx.lang));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
