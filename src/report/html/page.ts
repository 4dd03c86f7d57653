/** The HTML document around the report's sections: one file, nothing fetched (a CSP that forbids it says so). */
import type { Lang } from '../../diagnostics/types.js';
import { esc } from './escape.js';
import { SORT_SCRIPT } from './script.js';
import { styleSheet } from './style.js';

/** Nothing may be loaded from anywhere: only the inline style sheet and script, and data: images. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** HTML: one string, or pieces made as they are read (a report of 100,000 units is never one string). */
export type Html = string | Iterable<string>;

export interface PageParts {
  readonly lang: Lang;
  readonly title: string;
  readonly generator: string;
  readonly pageWord: string;
  /** Already HTML */
  readonly body: Html;
}

/** The pieces of each part in turn with a newline between parts: the text of parts.join('\n'), never joined. */
export function* lines(parts: Iterable<Html>): Generator<string> {
  let first = true;
  for (const part of parts) {
    if (!first) yield '\n';
    first = false;
    if (typeof part === 'string') yield part;
    else yield* part;
  }
}

export function* htmlPage(p: PageParts): Generator<string> {
  yield [
    '<!DOCTYPE html>',
    `<html lang="${p.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="generator" content="${esc(p.generator)}">`,
    `<title>${esc(p.title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>\n${styleSheet(p.pageWord)}\n</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
  yield* lines([p.body]);
  yield ['', `<script>\n${SORT_SCRIPT}\n</script>`, '</body>', '</html>', ''].join('\n');
}

/** A table: header cells (already HTML, with their attributes) and rows of cells. */
export function table(cls: string, header: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  return [...tableLines(cls, header, rows, caption)].join('');
}

/** The same table in pieces, a row at a time, reading the rows as it goes (they may be made as they are read). */
export function* tableLines(cls: string, header: readonly string[], rows: Iterable<readonly string[]>, caption?: string): Generator<string> {
  yield `<table class="${cls}">${caption ? `<caption>${caption}</caption>` : ''}\n<thead><tr>${header.join('')}</tr></thead>\n<tbody>\n`;
  let first = true;
  for (const r of rows) {
    yield `${first ? '' : '\n'}<tr>${r.join('')}</tr>`;
    first = false;
  }
  yield '\n</tbody></table>';
}

/** Cells of a table: text (already HTML) with an optional class and data-v (the value a sort compares). */
export const th = (html: string, cls = '', title = ''): string => `<th scope="col"${cls ? ` class="${cls}"` : ''}${title ? ` title="${esc(title)}"` : ''}>${html}</th>`;
export const td = (html: string, cls = '', sortValue?: number): string =>
  `<td${cls ? ` class="${cls}"` : ''}${sortValue !== undefined ? ` data-v="${sortValue}"` : ''}>${html}</td>`;
