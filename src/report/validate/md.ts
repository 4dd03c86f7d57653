/**
 * `--format md`: a Markdown summary for a pull-request comment or a CI job summary. A headline, a table of the
 * files, then each file's problems (capped, so that a comment stays within the host's size limit).
 */
import { hintOf } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import type { RunReport } from '../model/schema.js';
import { renderMarkdownTable, type Column } from '../text-table.js';
import { placeInFile, summarySentence } from './text.js';
import { mdWord } from '../words.js';
import { validationView, type FileGroup } from './view.js';
import { word } from '../words.js';
import { messageText, visibleControls } from '../text.js';

/** Rows of problems shown per file. */
export const MD_ROWS_PER_FILE = 100;



const t = mdWord;

/**
 * Text from cells and file names made inert: no emphasis, links, HTML or code spans from what someone typed.
 * (Pipes are left to the table, which escapes them.)
 */
export function mdEscape(s: string): string {
  return visibleControls(s).replace(/[\\`*_[\]<>~&#]/g, (c) => `\\${c}`);
}

function problemRows(ds: readonly Diagnostic[], lang: Lang): string[][] {
  return ds.map((d) => {
    const hint = hintOf(d, lang);
    return [
      mdEscape(placeInFile(d.location, lang)),
      word(d.severity, lang),
      `\`${d.code}\``,
      mdEscape(messageText(d, lang)) + (hint !== undefined ? ` — _${mdEscape(hint)}_` : ''),
    ];
  });
}

function problemsTable(ds: readonly Diagnostic[], lang: Lang): string[] {
  const columns: Column[] = [{ header: t('place', lang) }, { header: t('severity', lang) }, { header: word('code', lang) }, { header: t('message', lang) }];
  const shown = ds.slice(0, MD_ROWS_PER_FILE);
  const out = renderMarkdownTable(columns, problemRows(shown, lang));
  const more = ds.length - shown.length;
  if (more > 0) out.push('', lang === 'vi' ? `… và ${more} vấn đề khác` : `… and ${more} more`);
  return out;
}

function filesTable(files: readonly FileGroup[], lang: Lang): string[] {
  const columns: Column[] = [
    { header: t('file', lang) },
    { header: t('units', lang), align: 'right' },
    { header: t('unitsWithErrors', lang), align: 'right' },
    { header: t('errors', lang), align: 'right' },
    { header: t('warnings', lang), align: 'right' },
    { header: t('notes', lang), align: 'right' },
  ];
  const rows = files.map((f) => [
    `${f.counts.error > 0 ? '❌' : f.counts.warning > 0 ? '⚠️' : '✅'} ${mdEscape(f.file)}`,
    String(f.units.length),
    String(f.units.filter((u) => u.counts.error > 0).length),
    String(f.counts.error),
    String(f.counts.warning),
    String(f.counts.info),
  ]);
  return renderMarkdownTable(columns, rows);
}

export function renderValidationMarkdown(report: RunReport, ctx: { readonly lang: Lang }): string {
  const { lang } = ctx;
  const view = validationView(report);
  const out = [`### ${view.valid ? '✅' : '❌'} ${t('title', lang)}: ${summarySentence(view, lang)}`, ''];
  if (view.files.length > 0) out.push(...filesTable(view.files, lang), '');
  for (const f of view.files) {
    if (f.diagnostics.length === 0) continue;
    out.push(`#### ${mdEscape(f.file)}`, '', ...problemsTable(f.diagnostics, lang), '');
  }
  if (view.unfiled.length > 0) out.push(`#### ${t('noFile', lang)}`, '', ...problemsTable(view.unfiled, lang), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
