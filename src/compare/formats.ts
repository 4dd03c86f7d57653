/**
 * The output formats of `parindex compare`, registered by --format name in the shape of the report registry
 * ({ fileName, binary, render }): a format written but not registered does not compile.
 */
import type { Comparison } from './model.js';
import { renderCompareHtml } from './render-html.js';
import { renderCompareJson } from './render-json.js';
import { renderCompareCsv, renderCompareMarkdown, renderCompareTable, type CompareFormatContext } from './render-text.js';
import { renderCompareXlsx } from './render-xlsx.js';

export type CompareFormat = 'table' | 'csv' | 'md' | 'json' | 'xlsx' | 'html';

export interface CompareFormatter {
  readonly fileName: string;
  readonly binary: boolean;
  readonly render: (model: Comparison, ctx: CompareFormatContext) => string | Promise<Uint8Array>;
}

export const compareFormats: Record<CompareFormat, CompareFormatter> = {
  table: { fileName: 'so-sanh.txt', binary: false, render: renderCompareTable },
  csv: { fileName: 'so-sanh.csv', binary: false, render: renderCompareCsv },
  md: { fileName: 'so-sanh.md', binary: false, render: renderCompareMarkdown },
  json: { fileName: 'so-sanh.json', binary: false, render: renderCompareJson },
  xlsx: { fileName: 'so-sanh.xlsx', binary: true, render: renderCompareXlsx },
  html: { fileName: 'so-sanh.html', binary: false, render: renderCompareHtml },
};

/** The format a file name asks for, by its extension. */
export function compareFormatForFile(file: string): CompareFormat | undefined {
  const ext = file.toLowerCase().replace(/^.*\.([^.]+)$/, '$1');
  if (ext === 'txt') return 'table';
  return (Object.keys(compareFormats) as CompareFormat[]).find((f) => f === ext || (f === 'html' && ext === 'htm'));
}

export type { CompareFormatContext };
