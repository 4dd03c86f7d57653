/**
 * Every output format, by command and --format name, behind one contract. A format that is written but not
 * registered here is not offered; the names, file names and extensions the CLI uses all come from this record.
 */
import type { RenderContext } from './context.js';
import { showJson, showMarkdown, showTable } from './criteria/show.js';
import type { CriteriaReport, RunReport } from './model/schema.js';
import { renderJson } from './score/json.js';
import { renderCsv, renderMarkdown, renderTable } from './score/text.js';
import { renderGithub } from './validate/github.js';
import { renderValidationJson } from './validate/json.js';
import { renderJunit } from './validate/junit.js';
import { renderValidationMarkdown } from './validate/md.js';
import { renderSarif } from './validate/sarif.js';
import { renderStylish } from './validate/stylish.js';

/**
 * Text, text in pieces (large reports are written as they are made), or — once its writer is loaded, which only runs
 * that ask for it do (the page, the workbook) — text or a binary file's bytes in pieces.
 */
export type Rendered = string | Iterable<string> | Promise<Iterable<string> | Iterable<Uint8Array>>;

export interface Formatter<R> {
  /** The file's name in --out-dir */
  readonly fileName: string;
  /** Extensions of an -o file that choose this format (the longest that matches wins); none: never chosen so */
  readonly extensions: readonly string[];
  /** Bytes, not text: never written to a terminal */
  readonly binary: boolean;
  readonly render: (report: R, ctx: RenderContext) => Rendered;
}

/** A text format; its render's own return type is kept (validate and criteria formats give one string). */
const text = <R, T extends string | Iterable<string>>(fileName: string, extensions: readonly string[], render: (report: R, ctx: RenderContext) => T) => ({
  fileName,
  extensions,
  binary: false as const,
  render,
});

export const formats = {
  score: {
    table: text('par-index.txt', ['.txt'], renderTable),
    csv: text('par-index.csv', ['.csv'], renderCsv),
    md: text('par-index.md', ['.md'], renderMarkdown),
    json: text('par-index.json', ['.json'], renderJson),
    xlsx: {
      fileName: 'par-index.xlsx',
      extensions: ['.xlsx'],
      binary: true as const,
      render: async (report: RunReport, ctx: RenderContext): Promise<Iterable<Uint8Array>> => (await import('./score/xlsx.js')).renderXlsx(report, ctx),
    },
    html: {
      fileName: 'par-index.html',
      extensions: ['.html', '.htm'],
      binary: false as const,
      render: async (report: RunReport, ctx: RenderContext): Promise<Iterable<string>> => (await import('./score/html.js')).renderHtml(report, ctx),
    },
  },
  validate: {
    stylish: text('validation.txt', ['.txt'], renderStylish),
    json: text('validation.json', ['.json'], renderValidationJson),
    junit: text('validation.junit.xml', ['.xml'], renderJunit),
    sarif: text('validation.sarif', ['.sarif', '.sarif.json'], renderSarif),
    github: text('validation.github.txt', [], renderGithub),
    md: text('validation.md', ['.md'], renderValidationMarkdown),
  },
  criteria: {
    table: text('criteria.txt', ['.txt'], showTable),
    md: text('criteria.md', ['.md'], showMarkdown),
    json: text('criteria.json', ['.json'], showJson),
  },
} satisfies { readonly score: Record<string, Formatter<RunReport>>; readonly validate: Record<string, Formatter<RunReport>>; readonly criteria: Record<string, Formatter<CriteriaReport>> };

export type FormatKind = keyof typeof formats;
export type FormatName<K extends FormatKind> = keyof (typeof formats)[K] & string;
export type ScoreFormat = FormatName<'score'>;
export type ValidateFormat = FormatName<'validate'>;
export type CriteriaFormat = FormatName<'criteria'>;

const entries = <K extends FormatKind>(kind: K): [FormatName<K>, Formatter<unknown>][] =>
  Object.entries(formats[kind]) as [FormatName<K>, Formatter<unknown>][];

/** The --format names of a command, in the registry's order. */
export function formatNames<K extends FormatKind>(kind: K): FormatName<K>[] {
  return entries(kind).map(([name]) => name);
}

/** The format an output file's name asks for, by its longest matching extension (`x.sarif.json` → sarif). */
export function formatForFile<K extends FormatKind>(kind: K, file: string): FormatName<K> | undefined {
  const lower = file.toLowerCase();
  let best: { name: FormatName<K>; length: number } | undefined;
  for (const [name, f] of entries(kind))
    for (const ext of f.extensions) if (lower.endsWith(ext) && ext.length > (best?.length ?? 0)) best = { name, length: ext.length };
  return best?.name;
}

/** The file a format is written to in --out-dir. */
export function fileNameOf<K extends FormatKind>(kind: K, format: FormatName<K>): string {
  return (formats[kind] as Record<string, Formatter<unknown>>)[format]!.fileName;
}
