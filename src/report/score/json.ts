/** `parindex score --format json`: the JSON projection of the report model, documented by schemas/results.schema.json. */
import { toNumber } from '../../core/decimal.js';
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang } from '../../diagnostics/types.js';
import type { RenderContext } from '../context.js';
import type { ReportBlock, ReportDiagnostic, ReportRow, RunReport } from '../model/schema.js';
import { messageText } from '../text.js';

/** Exact JSON number of micro-points (68.32, never 68.31999…). */
const num = toNumber;
const leafValue = (p: number | null): number | null => (p === null ? null : num(p));

/** Text that is already JSON, written as it is. */
class RawJson {
  constructor(readonly text: string) {}
}

export function diagnosticJson(d: ReportDiagnostic, lang: Lang): Record<string, unknown> {
  return { code: d.code, severity: d.severity, message: messageText(d, lang), location: d.location, details: d.details };
}

/** A ranked row without its leaves and source (they follow, in this order, in both renderings). */
function rowHead(row: ReportRow, block: ReportBlock, report: RunReport): Record<string, unknown> {
  return {
    rank: row.rank,
    code: row.code,
    name: row.name,
    block: block.id,
    points: num(row.total),
    effectiveMax: num(row.effectiveMax),
    index: row.index.value,
    band: row.band,
    appraisal: num(row.appraisal),
    survey: num(row.survey),
    bonus: num(row.bonus),
    penalty: num(row.penalty),
    capped: row.capped,
    fields: report.criteria.set.fields.map((f, i) => {
      const field = row.fields[i];
      return { code: f.code, points: num(field?.points ?? 0), max: num(field?.max ?? 0), index: field?.index?.value ?? null };
    }),
  };
}

function rowObject(row: ReportRow, block: ReportBlock, report: RunReport): Record<string, unknown> {
  return {
    ...rowHead(row, block, report),
    leaves: Object.fromEntries(report.criteria.set.leaves.map((l, i) => [l.code, leafValue(row.leaves[i] ?? null)])),
    source: row.source,
  };
}

/** JSON text of a finite number or null, as JSON.stringify writes it. */
const numberText = (x: number | null): string => (x !== null && Number.isFinite(x) ? String(x) : 'null');

/** JSON text of micro-points; scores repeat (0.25, 0.5, 1…), so each distinct value is converted once. */
function pointsText(cache: Map<number, string>, p: number | null): string {
  if (p === null) return 'null';
  let text = cache.get(p);
  if (text === undefined) {
    text = numberText(num(p));
    if (cache.size < 100_000) cache.set(p, text);
  }
  return text;
}

/** What every row of a report shares, escaped for JSON once: the keys of the fields and leaves, the number texts. */
interface RowTexts {
  readonly fieldHeads: readonly string[];
  readonly leafKeys: readonly string[];
  /** Per leaf, `,"code":value` by micro-points: a leaf's scores repeat across units */
  readonly leafPairs: readonly Map<number | null, string>[];
  readonly points: Map<number, string>;
  /** JSON text of the indexes (%), by value: String() of a fraction allocates its text in the old generation each time */
  readonly indexes: Map<number, string>;
  readonly blocks: Map<string, string>;
}

/** numberText, each distinct value converted once (indexes repeat: 0.00–100.00 by 0.01 are 10,001 values). */
function indexText(cache: Map<number, string>, x: number | null): string {
  if (x === null) return 'null';
  let text = cache.get(x);
  if (text === undefined) {
    text = numberText(x);
    if (cache.size < 100_000) cache.set(x, text);
  }
  return text;
}

function rowTexts(report: RunReport): RowTexts {
  const set = report.criteria.set;
  return {
    fieldHeads: set.fields.map((f, i) => `${i === 0 ? '' : ','}{"code":${JSON.stringify(f.code)},"points":`),
    leafKeys: set.leaves.map((l, i) => `${i === 0 ? '' : ','}${JSON.stringify(l.code)}:`),
    leafPairs: set.leaves.map(() => new Map()),
    points: new Map(),
    indexes: new Map(),
    blocks: new Map(),
  };
}

/**
 * The same row as rowObject, as JSON text (JSON.stringify's bytes, keys in the same order), written without an
 * object per field or leaf (120 leaves × 100,000 units).
 */
function rowText(row: ReportRow, block: ReportBlock, t: RowTexts): string {
  const p = (m: number): string => pointsText(t.points, m);
  let blockText = t.blocks.get(block.id);
  if (blockText === undefined) t.blocks.set(block.id, (blockText = JSON.stringify(block.id)));
  let text =
    `{"rank":${row.rank},"code":${JSON.stringify(row.code)},"name":${JSON.stringify(row.name)},"block":${blockText}` +
    `,"points":${p(row.total)},"effectiveMax":${p(row.effectiveMax)},"index":${indexText(t.indexes, row.index.value)}` +
    `,"band":${row.band === null ? 'null' : JSON.stringify(row.band)},"appraisal":${p(row.appraisal)},"survey":${p(row.survey)}` +
    `,"bonus":${p(row.bonus)},"penalty":${p(row.penalty)},"capped":${row.capped},"fields":[`;
  const { fieldHeads, leafKeys } = t;
  for (let i = 0; i < fieldHeads.length; i++) {
    const field = row.fields[i];
    text += `${fieldHeads[i]}${p(field?.points ?? 0)},"max":${p(field?.max ?? 0)},"index":${indexText(t.indexes, field?.index?.value ?? null)}}`;
  }
  text += '],"leaves":{';
  const { leafPairs } = t;
  for (let i = 0; i < leafKeys.length; i++) {
    const pairs = leafPairs[i] as Map<number | null, string>;
    const p = row.leaves[i] ?? null;
    let pair = pairs.get(p);
    if (pair === undefined) {
      pair = `${leafKeys[i]}${pointsText(t.points, p)}`;
      if (pairs.size < 1000) pairs.set(p, pair);
    }
    text += pair;
  }
  return `${text}},"source":${JSON.stringify(row.source)}}`;
}

/** Items built one at a time while the report is written (a report of 100,000 units is never held whole as text). */
function* lazily<T, U>(items: Iterable<T>, build: (item: T) => U): Generator<U> {
  for (const item of items) yield build(item);
}

/**
 * The JSON document. With `lazy`, the ranked rows are generated as they are written, so that memory does not grow
 * with the text; without, every list is an array (for tests and other programs).
 */
export function resultsDocument(report: RunReport, ctx: Pick<RenderContext, 'lang'>, lazy = false): Record<string, unknown> {
  const list = <T, U>(items: Iterable<T>, build: (item: T) => U): U[] | Iterable<U> => (lazy ? lazily(items, build) : Array.from(items, (item) => build(item)));
  const set = report.criteria.set;
  const texts = lazy ? rowTexts(report) : undefined;
  const { counts } = report.diagnostics;
  return {
    tool: report.tool,
    criteriaSet: { id: set.id, title: set.title, year: set.year, level: set.level, file: report.criteria.file, sha256: report.criteria.sha256 },
    inputs: report.inputs,
    options: report.options,
    summary: {
      units: report.units.length,
      ranked: report.blocks.reduce((n, b) => n + b.rows.length, 0),
      excluded: report.excluded.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    },
    blocks: report.blocks.map((block) => ({
      id: block.id,
      name: block.name,
      units: block.rows.length,
      meanIndex: block.mean?.value ?? null,
      bandCounts: block.bandCounts,
      rows: list(block.rows, (row) => (texts ? new RawJson(rowText(row, block, texts)) : rowObject(row, block, report))),
    })),
    reconciliation: report.reconciliation.map((rc) => ({
      code: rc.code,
      name: rc.name,
      block: rc.block,
      selfTotal: num(rc.selfTotal),
      appraisedTotal: num(rc.appraisedTotal),
      difference: num(rc.appraisedTotal - rc.selfTotal),
      leaves: rc.leaves.map((d) => ({ code: d.code, self: leafValue(d.self), appraised: leafValue(d.appraised) })),
    })),
    excluded: report.excluded.map((u) => ({
      code: u.code,
      name: u.name,
      block: u.block,
      source: u.source,
      errors: u.errors,
      firstError: u.firstError ? `${formatLocation(u.firstError.location, ctx.lang)}: ${messageText(u.firstError, ctx.lang)}` : null,
    })),
    diagnostics: report.diagnostics.kept.map((dg) => diagnosticJson(dg, ctx.lang)),
    diagnosticsDropped: report.diagnostics.dropped,
  };
}

/** Arrays whose items are printed one per line: a report of 100,000 units stays readable, diffable and fast. */
const ONE_LINE_ITEMS = new Set(['rows', 'excluded', 'diagnostics', 'reconciliation', 'inputs']);

/** JSON indented by two spaces, except that the items of the arrays above take one line each; written in pieces. */
export function* reportChunks(value: unknown, indent = ''): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    const inner = `${indent}  `;
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      yield* reportChunks(value[i], inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  if (value === null || typeof value !== 'object') return yield JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return yield '{}';
  const inner = `${indent}  `;
  yield '{\n';
  for (let e = 0; e < entries.length; e++) {
    const [k, v] = entries[e] as [string, unknown];
    yield `${inner}${JSON.stringify(k)}: `;
    if (ONE_LINE_ITEMS.has(k) && v !== null && typeof v === 'object' && Symbol.iterator in v) {
      let first = true;
      for (const item of v as Iterable<unknown>) {
        yield `${first ? '[\n' : ',\n'}${inner}  ${item instanceof RawJson ? item.text : JSON.stringify(item)}`;
        first = false;
      }
      yield first ? '[]' : `\n${inner}]`;
    } else yield* reportChunks(v, inner);
    yield e < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Pieces of text, written one after another. */
export function* renderJson(report: RunReport, ctx: RenderContext): Generator<string> {
  yield* reportChunks(resultsDocument(report, ctx, true));
  yield '\n';
}
