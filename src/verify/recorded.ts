/**
 * What a results report records of its run — the criteria file and inputs with their SHA-256, the options — and the
 * numbers it reports per unit, read from the JSON of `score --format json` or the XLSX report (its run sheet and
 * block sheets).
 */
import * as z from 'zod';
import { fromNumber, type Micro } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import { readResultsXlsx } from '../compare/read-xlsx.js';
import type { RawSheet } from '../sheet/types.js';
import { cellText } from '../submission/headers.js';

/** One unit's numbers as a report states them (micro-points; the index as the report shows it, in %). */
export interface ReportedRow {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly points: Micro;
  readonly effectiveMax: Micro;
  /** The index in %, as a number (rounded as the report shows it, or exact where the report carries the fraction) */
  readonly index: number;
  readonly band: string | null;
  /** Field points by field code, where the report has them */
  readonly fields?: readonly { readonly code: string; readonly points: Micro }[];
}

export interface RecordedFile {
  readonly file: string;
  readonly sha256: string;
}

export interface RecordedRun {
  readonly criteria: RecordedFile;
  readonly inputs: readonly RecordedFile[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly rows: readonly ReportedRow[];
  /** Whether the reported index is the exact fraction (XLSX) rather than the value rounded for display (JSON) */
  readonly indexExact: boolean;
}

export type ReadRecorded = { readonly ok: true; readonly run: RecordedRun } | { readonly ok: false; readonly reason: string; readonly reasonVi: string };

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const jsonReport = z.object({
  tool: z.object({ name: z.literal('parindex') }),
  criteriaSet: z.object({ file: z.string(), sha256: sha }),
  inputs: z.array(z.object({ file: z.string(), sha256: sha })),
  options: z.record(z.string(), z.unknown()),
  blocks: z.array(
    z.object({
      rows: z.array(
        z.object({
          rank: z.number().int(),
          code: z.string(),
          name: z.string(),
          points: z.number(),
          effectiveMax: z.number(),
          index: z.number(),
          band: z.string().nullable(),
          fields: z.array(z.object({ code: z.string(), points: z.number() })),
        }),
      ),
    }),
  ),
});

const microOf = (x: number): Micro => {
  const r = fromNumber(x);
  return r.ok ? r.value : Number.NaN;
};

export function readRecordedJson(text: string): ReadRecorded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `not JSON (${why})`, reasonVi: `không phải JSON (${why})` };
  }
  const parsed = jsonReport.safeParse(value);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `not a parindex results report (${at})`, reasonVi: `không phải báo cáo kết quả của parindex (${at})` };
  }
  const r = parsed.data;
  const rows = r.blocks.flatMap((b) =>
    b.rows.map((x) => ({
      code: x.code,
      name: x.name,
      rank: x.rank,
      points: microOf(x.points),
      effectiveMax: microOf(x.effectiveMax),
      index: x.index,
      band: x.band,
      fields: x.fields.map((f) => ({ code: f.code, points: microOf(f.points) })),
    })),
  );
  return { ok: true, run: { criteria: { file: r.criteriaSet.file, sha256: r.criteriaSet.sha256 }, inputs: r.inputs, options: r.options, rows, indexExact: false } };
}

const OPTION_KEYS = ['layout', 'sheet', 'block', 'units', 'self', 'diffThreshold', 'codeColumn', 'nameColumn', 'blockColumn', 'failOn', 'lang'];
const isSha = (s: string): boolean => /^[0-9a-f]{64}$/.test(s);

/** The run sheet's record: the criteria file (the line before its SHA-256), the inputs (file, SHA-256, bytes), options. */
async function runSheetFacts(sheets: AsyncIterable<RawSheet>): Promise<Omit<RecordedRun, 'rows' | 'indexExact'> | undefined> {
  let criteria: RecordedFile | undefined;
  let previous = '';
  const inputs: RecordedFile[] = [];
  const options: Record<string, unknown> = {};
  for await (const sheet of sheets) {
    for await (const { cells } of sheet.rows) {
      const [a, b] = [cellText(cells[0]), cellText(cells[1])];
      if (!criteria && asciiKey(a) === 'sha-256' && isSha(b)) criteria = { file: previous, sha256: b };
      else if (criteria && isSha(b) && a !== '') inputs.push({ file: a, sha256: b });
      else if (criteria && OPTION_KEYS.includes(a) && !(a in options)) options[a] = a === 'self' ? (b === '' ? null : b.split(', ')) : b === '' ? null : b;
      previous = b;
    }
  }
  return criteria ? { criteria, inputs, options } : undefined;
}

/** An XLSX report: `open` gives its sheets afresh (it is read twice: the run sheet, then the block sheets). */
export async function readRecordedXlsx(open: () => AsyncIterable<RawSheet>, file: string): Promise<ReadRecorded> {
  const facts = await runSheetFacts(open());
  if (!facts) return { ok: false, reason: 'no criteria file and SHA-256 on its run sheet', reasonVi: 'trang thông tin không ghi tệp bộ chỉ số và SHA-256' };
  const read = await readResultsXlsx(open(), file);
  if (!read.ok) return read;
  const rows = read.report.blocks.flatMap((b) =>
    b.units.map((u) => ({ code: u.code, name: u.name, rank: u.rank, points: u.points, effectiveMax: u.effectiveMax, index: Number(u.index.num) / Number(u.index.den), band: u.band })),
  );
  return { ok: true, run: { ...facts, rows, indexExact: true } };
}
