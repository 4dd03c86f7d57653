/** `parindex score --format json`: the JSON projection of the report model, documented by schemas/results.schema.json. */
import { toNumber } from '../../core/decimal.js';
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang } from '../../diagnostics/types.js';
import type { RenderContext } from '../context.js';
import type { ReportBlock, ReportDiagnostic, ReportRow, RowFacts, RowList, RunReport } from '../model/schema.js';
import { messageText } from '../text.js';

/** Exact JSON number of micro-points (68.32, never 68.31999…). */
const num = toNumber;
const leafValue = (p: number | null): number | null => (p === null ? null : num(p));

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

/** A cache of texts by key (scores, indexes and pairs repeat across units), bounded for odd inputs. */
function cached<K>(cache: Map<K, string>, key: K, make: (key: K) => string, limit = 100_000): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make(key);
    if (cache.size < limit) cache.set(key, text);
  }
  return text;
}

/** The leaf codes whose texts are kept, per leaf */
const CODES_KEPT = 4096;

/**
 * What every row of a report shares, as JSON text: the keys, and the texts of numbers by value. Every text here is
 * one byte a character where the set's codes are (the numbers and keys are ASCII), so that the text of a row past its
 * name is one-byte text, cheap to join and to write.
 */
class RowTexts {
  private readonly fieldHeads: readonly string[];
  /** The fields' maxima when every leaf applies: a field at its full max is written whole from `fieldTexts` */
  private readonly fieldFull: readonly number[];
  /** Per field, `{"code":…,"points":…,"max":…,"index":…}` by points, at the field's full max */
  private readonly fieldTexts: Map<number, string>[];
  private readonly leafKeys: readonly string[];
  /** Per leaf, `,"code":value` by micro-points: a leaf's scores repeat across units */
  private readonly leafPairs: Map<number | null, string>[];
  /** JSON text of micro-points */
  private readonly points = new Map<number, string>();
  /** JSON text of the indexes (%), by value (0.00–100.00 by 0.01 are 10,001 values) */
  private readonly indexes = new Map<number | null, string>();
  private readonly pointsText = (m: number): string => numberText(num(m));

  constructor(report: RunReport) {
    const set = report.criteria.set;
    this.fieldHeads = set.fields.map((f, i) => `${i === 0 ? '' : ','}{"code":${JSON.stringify(f.code)},"points":`);
    this.fieldFull = set.fields.map((f) => f.max);
    this.fieldTexts = set.fields.map(() => new Map());
    this.leafKeys = set.leaves.map((l, i) => `${i === 0 ? '' : ','}${JSON.stringify(l.code)}:`);
    this.leafPairs = set.leaves.map(() => new Map());
  }

  get fieldCount(): number {
    return this.fieldHeads.length;
  }

  p(m: number): string {
    return cached(this.points, m, this.pointsText);
  }

  index(x: number | null): string {
    return cached(this.indexes, x, numberText);
  }

  /** A field of a row, as JSON */
  field(row: RowFacts, i: number): string {
    const points = row.fieldPoints(i);
    const max = row.fieldMax(i);
    if (max === this.fieldFull[i] && max > 0) {
      const texts = this.fieldTexts[i] as Map<number, string>;
      const text = texts.get(points);
      if (text !== undefined) return text;
      return cached(texts, points, () => this.fieldText(row, i, points, max), 10_000);
    }
    return this.fieldText(row, i, points, max);
  }

  private fieldText(row: RowFacts, i: number, points: number, max: number): string {
    return `${this.fieldHeads[i]}${this.p(points)},"max":${this.p(max)},"index":${this.index(row.fieldIndex(i))}}`;
  }

  /** Per list of values a unit's leaf codes point into: per leaf, its text by code */
  private readonly byCodes = new WeakMap<readonly number[], (string | undefined)[][]>();
  private lastValues: readonly number[] | undefined;
  private lastTexts: (string | undefined)[][] = [];

  /** The leaves of a row, `"code":value,…`: by the codes they are kept as where the row has them (one array read a leaf) */
  leaves(row: RowFacts): string {
    const leaves = this.leafKeys.length;
    let text = '';
    const store = row.leafStore?.();
    if (store === undefined || store.values === undefined) {
      for (let i = 0; i < leaves; i++) text += this.leaf(i, row.leaf(i));
      return text;
    }
    if (store.values !== this.lastValues) {
      let texts = this.byCodes.get(store.values);
      if (texts === undefined) this.byCodes.set(store.values, (texts = this.leafKeys.map(() => [])));
      this.lastValues = store.values;
      this.lastTexts = texts;
    }
    const { codes, at } = store;
    const texts = this.lastTexts;
    for (let i = 0; i < leaves; i++) {
      const byCode = texts[i] as (string | undefined)[];
      const code = codes[at + i] as number;
      let pair = byCode[code];
      if (pair === undefined) {
        pair = this.leaf(i, row.leaf(i));
        // (a list of tens of thousands of values: the rarer ones are made again when met)
        if (code < CODES_KEPT) byCode[code] = pair;
      }
      text += pair;
    }
    return text;
  }

  /** A leaf of a row, `,"code":value` */
  leaf(i: number, p: number | null): string {
    const pairs = this.leafPairs[i] as Map<number | null, string>;
    const pair = pairs.get(p);
    if (pair !== undefined) return pair;
    return cached(pairs, p, () => `${this.leafKeys[i]}${p === null ? 'null' : this.p(p)}`, 1000);
  }
}

/**
 * A row as rowObject would make it, as JSON text (JSON.stringify's, keys in the same order), in two pieces: up to its
 * name's end, then the rest — one-byte text that is never joined to the name (any Vietnamese letter would make the
 * whole row two-byte text). No object or array is made per field or leaf (120 leaves × 100,000 units).
 */
function rowPieces(row: RowFacts, blockText: string, t: RowTexts): [string, string] {
  const head = `{"rank":${row.rank},"code":${JSON.stringify(row.code)},"name":${JSON.stringify(row.name)}`;
  const band = row.band;
  let text =
    `,"block":${blockText},"points":${t.p(row.total)},"effectiveMax":${t.p(row.effectiveMax)},"index":${t.index(row.indexValue)}` +
    `,"band":${band === null ? 'null' : JSON.stringify(band)},"appraisal":${t.p(row.appraisal)},"survey":${t.p(row.survey)}` +
    `,"bonus":${t.p(row.bonus)},"penalty":${t.p(row.penalty)},"capped":${row.capped},"fields":[`;
  const fields = t.fieldCount;
  for (let i = 0; i < fields; i++) text += t.field(row, i);
  text += `],"leaves":{${t.leaves(row)}`;
  return [head, `${text}},"source":${JSON.stringify(row.source)}}`];
}

/** A ReportRow read as RowFacts (rows given as plain objects: a hand-built report, a test's) */
class FactsOfRow implements RowFacts {
  private row!: ReportRow;
  at(row: ReportRow): this {
    this.row = row;
    return this;
  }
  get rank(): number {
    return this.row.rank;
  }
  get code(): string {
    return this.row.code;
  }
  get name(): string {
    return this.row.name;
  }
  get total(): number {
    return this.row.total;
  }
  get effectiveMax(): number {
    return this.row.effectiveMax;
  }
  get indexValue(): number {
    return this.row.index.value;
  }
  get band(): string | null {
    return this.row.band;
  }
  get appraisal(): number {
    return this.row.appraisal;
  }
  get survey(): number {
    return this.row.survey;
  }
  get bonus(): number {
    return this.row.bonus;
  }
  get penalty(): number {
    return this.row.penalty;
  }
  get capped(): boolean {
    return this.row.capped;
  }
  get source(): ReportRow['source'] {
    return this.row.source;
  }
  fieldPoints(i: number): number {
    return this.row.fields[i]?.points ?? 0;
  }
  fieldMax(i: number): number {
    return this.row.fields[i]?.max ?? 0;
  }
  fieldIndex(i: number): number | null {
    return this.row.fields[i]?.index?.value ?? null;
  }
  leaf(i: number): number | null {
    return this.row.leaves[i] ?? null;
  }
}

function factsOf(rows: RowList): Iterable<RowFacts> {
  if (rows.facts) return rows.facts();
  return {
    *[Symbol.iterator]() {
      const facts = new FactsOfRow();
      for (const row of rows) yield facts.at(row);
    },
  };
}

/** A block's rows in the JSON report, written as text when the document is (reportChunks). */
class JsonRows {
  constructor(
    private readonly block: ReportBlock,
    private readonly texts: RowTexts,
  ) {}

  /** The array of rows, one a line, as reportChunks writes an array of ONE_LINE_ITEMS at `indent` */
  *chunks(indent: string): Generator<string> {
    const blockText = JSON.stringify(this.block.id);
    const first = `[\n${indent}  `;
    const next = `,\n${indent}  `;
    let sep = first;
    for (const row of factsOf(this.block.rows)) {
      const [head, rest] = rowPieces(row, blockText, this.texts);
      yield sep + head;
      yield rest;
      sep = next;
    }
    yield sep === first ? '[]' : `\n${indent}]`;
  }
}

/**
 * The JSON document. With `lazy`, the ranked rows are generated as they are written, so that memory does not grow
 * with the text; without, every list is an array (for tests and other programs).
 */
export function resultsDocument(report: RunReport, ctx: Pick<RenderContext, 'lang'>, lazy = false): Record<string, unknown> {
  const set = report.criteria.set;
  const texts = lazy ? new RowTexts(report) : undefined;
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
      rows: texts ? new JsonRows(block, texts) : Array.from(block.rows, (row) => rowObject(row, block, report)),
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
    if (v instanceof JsonRows) yield* v.chunks(inner);
    else if (ONE_LINE_ITEMS.has(k) && v !== null && typeof v === 'object' && Symbol.iterator in v) {
      let first = true;
      for (const item of v as Iterable<unknown>) {
        yield `${first ? '[\n' : ',\n'}${inner}  ${JSON.stringify(item)}`;
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
