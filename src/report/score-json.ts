/** The JSON report of a scoring run, documented by schemas/results.schema.json. */
import { formatScaled, NOT_APPLICABLE } from '../core/decimal.js';
import type { BlockTable, RankedRow } from '../ranking/rank.js';
import { diagnosticJson, fieldIndexText, meanText, num, type FormatContext, type RunResult } from './result.js';

const leafValue = (p: number): number | null => (p === NOT_APPLICABLE ? null : num(p));

/** Text that is already JSON, written as it is. */
class RawJson {
  constructor(readonly text: string) {}
}

/** A ranked row without its leaves and source (they follow, in this order, in both renderings). */
function rowHead(row: RankedRow, block: BlockTable, r: RunResult): Record<string, unknown> {
  const s = row.score;
  return {
    rank: row.rank,
    code: s.unit.code,
    name: s.unit.name,
    block: block.id,
    points: num(s.total),
    effectiveMax: num(s.effectiveMax),
    index: Number(formatScaled(row.indexScaled, r.criteria.set.decimals)),
    band: row.band,
    appraisal: num(s.appraisal),
    survey: num(s.survey),
    bonus: num(s.bonus),
    penalty: num(s.penalty),
    fields: r.criteria.set.fields.map((f, i) => {
      const idx = fieldIndexText(row, i, r);
      return { code: f.code, points: num(s.fieldPoints[i] ?? 0), max: num(s.fieldMax[i] ?? 0), index: idx === '' ? null : Number(idx) };
    }),
  };
}

function rowObject(row: RankedRow, block: BlockTable, r: RunResult): Record<string, unknown> {
  const points = row.score.unit.points;
  return {
    ...rowHead(row, block, r),
    leaves: Object.fromEntries(r.criteria.set.leaves.map((l) => [l.code, leafValue(points.leaf(l.leafIndex))])),
    source: row.score.unit.source,
  };
}

/** JSON text of micro-points; scores repeat (0.25, 0.5, 1…), so each distinct value is converted once. */
function pointsText(cache: Map<number, string>, p: number): string {
  let text = cache.get(p);
  if (text === undefined) {
    text = p === NOT_APPLICABLE ? 'null' : String(num(p));
    if (cache.size < 100_000) cache.set(p, text);
  }
  return text;
}

/** The same row as rowObject, as JSON text, built without an object per leaf (120 leaves × 100,000 units). */
function rowText(row: RankedRow, block: BlockTable, r: RunResult, leafKeys: readonly string[], cache: Map<number, string>): string {
  const points = row.score.unit.points;
  let leaves = '';
  for (let i = 0; i < leafKeys.length; i++) leaves += `${i === 0 ? '' : ','}${leafKeys[i]}${pointsText(cache, points.leaf(i))}`;
  const head = JSON.stringify(rowHead(row, block, r));
  return `${head.slice(0, -1)},"leaves":{${leaves}},"source":${JSON.stringify(row.score.unit.source)}}`;
}

/** Items built one at a time while the report is written (a report of 100,000 units is never held whole). */
function* lazily<T, U>(items: readonly T[], build: (item: T) => U): Generator<U> {
  for (const item of items) yield build(item);
}

/**
 * The report as plain data. With `lazy`, the ranked rows are generated as they are written, so that memory does not
 * grow with the report; without, every list is an array (for tests and other programs).
 */
export function resultsDocument(r: RunResult, ctx: FormatContext, lazy = false): Record<string, unknown> {
  const list = <T, U>(items: readonly T[], build: (item: T) => U): U[] | Iterable<U> => (lazy ? lazily(items, build) : items.map(build));
  const set = r.criteria.set;
  const leafKeys = set.leaves.map((l) => `${JSON.stringify(l.code)}:`);
  const texts = new Map<number, string>();
  const sink = r.outcome.sink;
  return {
    tool: r.tool,
    criteriaSet: { id: set.id, title: set.title, year: set.year, level: set.level, file: r.criteria.file, sha256: r.criteria.sha256 },
    inputs: r.inputs,
    options: r.options,
    summary: {
      units: r.outcome.units.length,
      ranked: r.outcome.scores.length,
      excluded: r.outcome.excluded.length,
      errors: sink.counts.error,
      warnings: sink.counts.warning,
      infos: sink.counts.info,
    },
    blocks: r.outcome.blocks.map((block) => ({
      id: block.id,
      name: block.name,
      units: block.rows.length,
      meanIndex: block.meanScaled12 === undefined ? null : Number(meanText(block, r)),
      bandCounts: block.bandCounts,
      rows: list(block.rows, (row) => (lazy ? new RawJson(rowText(row, block, r, leafKeys, texts)) : rowObject(row, block, r))),
    })),
    reconciliation: r.outcome.reconciliation.map((rc) => ({
      code: rc.unit.code,
      name: rc.unit.name,
      block: rc.unit.blockId ?? null,
      selfTotal: num(rc.selfTotal),
      appraisedTotal: num(rc.appraisedTotal),
      difference: num(rc.appraisedTotal - rc.selfTotal),
      leaves: rc.differences.map((d) => ({
        code: d.leaf.code,
        self: Number.isNaN(d.self) ? null : num(d.self),
        appraised: Number.isNaN(d.appraised) ? null : num(d.appraised),
      })),
    })),
    excluded: r.outcome.excluded.map((u) => ({ code: u.code, name: u.name, block: u.blockId ?? null, source: u.source, errors: u.errors })),
    diagnostics: sink.kept.map((dg) => diagnosticJson(dg, ctx.lang)),
    diagnosticsDropped: sink.dropped,
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

/** The report as one string (small runs and tests). */
export function stringifyReport(value: unknown): string {
  return [...reportChunks(value)].join('');
}

/** Pieces of text, written one after another. */
export function* renderJson(r: RunResult, ctx: FormatContext): Generator<string> {
  yield* reportChunks(resultsDocument(r, ctx, true));
  yield '\n';
}
