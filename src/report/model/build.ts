/**
 * The run result → the report model, once per run. This is the only module that reads the pipeline's outcome
 * (units, scores, ranked blocks, excluded units, reconciliation, the diagnostics sink) and decodes its sentinels
 * (NOT_APPLICABLE, NaN): every format renders the plain RunReport it returns.
 */
import { watchHeap } from '../../core/heap.js';
import { formatScaled, NOT_APPLICABLE, percentScaledNumber, ratioScaled, roundDiv, type Ratio } from '../../core/decimal.js';
import type { CriteriaSet, Criterion } from '../../criteria/model.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BlockTable, RankedRow } from '../../ranking/rank.js';
import type { UnitRow } from '../../submission/ingest.js';
import type { RunResult } from '../result.js';
import type { UnitScore } from '../../scoring/score.js';
import type { CriteriaReport, CriterionNode, LeafStore, MaterialReport, ReportBlock, ReportDiagnostic, ReportRow, RowFacts, RowList, RunReport } from './schema.js';

/** A value × 10^decimals, rounded, as the model shows it: a JSON number and its text with a decimal point. */
function shown(scaled: bigint, decimals: number): { value: number; text: string } {
  // An integer divided by a power of ten is the double nearest the decimal, as parsing its text would give.
  return { value: Number(scaled) / 10 ** decimals, text: formatScaled(scaled, decimals) };
}

/**
 * shown(ratioScaled({ num, den }, 100, decimals), decimals), in doubles wherever every step is an integer below 2^53
 * (so exact, and the same digits): a row has an index per field, and BigInt is slow to make and collect.
 */
export function shownPercent(num: number, den: number, decimals: number): { value: number; text: string } {
  const pow = 10 ** decimals;
  const q = percentScaledNumber(num, den, pow);
  if (q !== q) return shown(ratioScaled({ num, den }, 100, decimals), decimals);
  const digits = String(q).padStart(decimals + 1, '0');
  const neg = num < 0 && q !== 0;
  const int = digits.slice(0, digits.length - decimals);
  return {
    value: (neg ? -q : q) / pow,
    text: (neg ? '-' : '') + int + (decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : ''),
  };
}

/** shownPercent(num, den, decimals).value, without its text. */
export function percentValue(num: number, den: number, decimals: number): number {
  const pow = 10 ** decimals;
  const q = percentScaledNumber(num, den, pow);
  if (q !== q) return shown(ratioScaled({ num, den }, 100, decimals), decimals).value;
  return (num < 0 && q !== 0 ? -q : q) / pow;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/** The mean of exact indexes (%), summed as exact fractions and rounded once, half-up, to `decimals`. */
export function meanIndex(indexes: readonly Ratio[], decimals: number): { value: number; text: string } | null {
  if (indexes.length === 0) return null;
  let num = 0n;
  let den = 1n;
  for (const r of indexes) {
    const n = BigInt(r.num);
    const d = BigInt(r.den);
    num = num * d + n * den;
    den *= d;
    const g = gcd(num, den);
    if (g > 1n) [num, den] = [num / g, den / g];
  }
  const scaled = roundDiv(num * 100n * 10n ** BigInt(decimals), den * BigInt(indexes.length));
  return shown(scaled, decimals);
}

const pointsOrNull = (p: number): number | null => (p === NOT_APPLICABLE || Number.isNaN(p) ? null : p);

function node(c: Criterion): CriterionNode {
  return {
    code: c.code,
    name: c.name,
    max: c.max,
    method: c.method,
    depth: c.depth,
    naAllowed: c.naAllowed,
    evidenceRequired: c.evidenceRequired,
    rule: c.children.length === 0 && c.rule ? c.rule : null,
    children: c.children.map(node),
  };
}

/** The criteria set as the reports show it (also the model `criteria show` renders). */
export function buildCriteriaReport(set: CriteriaSet): CriteriaReport {
  return {
    id: set.id,
    title: set.title,
    year: set.year,
    level: set.level,
    ...(set.decision !== undefined ? { decision: set.decision } : {}),
    decimals: set.decimals,
    total: set.total,
    appraisalMax: set.appraisalMax,
    surveyMax: set.surveyMax,
    naTokens: set.naTokens,
    ties: set.ties,
    allowIndexAbove100: set.allowIndexAbove100,
    bands: set.bands.map((b) => ({ label: b.label, min: b.min })),
    blocks: set.blocks.map((b) => ({ id: b.id, name: b.name, bands: b.bands.map((x) => ({ label: x.label, min: x.min })) })),
    fields: set.fields.map(node),
    leaves: set.leaves.map((l) => ({ code: l.code, name: l.name })),
    adjustments: set.adjustments.map((a) => ({ code: a.code, name: a.name, kind: a.kind, max: a.max })),
  };
}

function leavesOf(points: { leaf(i: number): number }, count: number): (number | null)[] {
  const out = new Array<number | null>(count);
  for (let i = 0; i < count; i++) out[i] = pointsOrNull(points.leaf(i));
  return out;
}

function rowOf(row: RankedRow, set: CriteriaSet): ReportRow {
  const s = row.score;
  const d = set.decimals;
  const { fieldPoints, fieldMax } = s;
  return {
    rank: row.rank,
    code: s.unit.code,
    name: s.unit.name,
    fields: set.fields.map((_, i) => {
      const points = fieldPoints[i] ?? 0;
      const max = fieldMax[i] ?? 0;
      return { points, max, index: max > 0 ? shownPercent(points, max, d) : null };
    }),
    appraisal: s.appraisal,
    survey: s.survey,
    bonus: s.bonus,
    penalty: s.penalty,
    total: s.total,
    effectiveMax: s.effectiveMax,
    index: { exact: { num: s.index.num, den: s.index.den }, ...shownPercent(s.index.num, s.index.den, d) },
    band: row.band,
    capped: s.achieved + s.bonus - s.penalty > s.total,
    leaves: leavesOf(s.unit.points, set.leaves.length),
    source: s.unit.source,
  };
}

/** A ranked row read in place (RowFacts): what rowOf would put in its ReportRow, computed when asked for. */
class RankedFacts implements RowFacts {
  private row!: RankedRow;
  private score!: UnitScore;
  /** The row's points per field, once read (UnitScore makes the list each time it is asked for) */
  private fields: readonly number[] | undefined;
  constructor(private readonly decimals: number) {}

  /** Points the cursor at the next row */
  at(row: RankedRow): this {
    this.row = row;
    this.score = row.score;
    this.fields = undefined;
    return this;
  }

  private get fieldList(): readonly number[] {
    return (this.fields ??= this.score.fieldPoints);
  }

  get rank(): number {
    return this.row.rank;
  }
  get code(): string {
    return this.score.unit.code;
  }
  get name(): string {
    return this.score.unit.name;
  }
  get total(): number {
    return this.score.total;
  }
  get effectiveMax(): number {
    return this.score.effectiveMax;
  }
  get indexValue(): number {
    const { num, den } = this.score.index;
    return percentValue(num, den, this.decimals);
  }
  get band(): string | null {
    return this.row.band;
  }
  get appraisal(): number {
    return this.score.appraisal;
  }
  get survey(): number {
    return this.score.survey;
  }
  get bonus(): number {
    return this.score.bonus;
  }
  get penalty(): number {
    return this.score.penalty;
  }
  get capped(): boolean {
    const s = this.score;
    return s.achieved + s.bonus - s.penalty > s.total;
  }
  get source(): ReportRow['source'] {
    return this.score.unit.source;
  }
  fieldPoints(i: number): number {
    return this.fieldList[i] ?? 0;
  }
  fieldMax(i: number): number {
    return this.score.fieldMax[i] ?? 0;
  }
  fieldIndex(i: number): number | null {
    const max = this.score.fieldMax[i] ?? 0;
    return max > 0 ? percentValue(this.fieldList[i] ?? 0, max, this.decimals) : null;
  }
  leaf(i: number): number | null {
    return pointsOrNull(this.score.unit.points.leaf(i));
  }
  leafStore(): LeafStore | undefined {
    const store = this.score.unit.points.leafStore();
    return store.values === undefined ? undefined : store;
  }
}

/** A block's rows, each made from its ranked row when it is read: nothing per row is kept between readings. */
class RankedRows implements RowList {
  constructor(
    private readonly ranked: readonly RankedRow[],
    private readonly set: CriteriaSet,
  ) {}

  get length(): number {
    return this.ranked.length;
  }

  /**
   * Each row is made as it is read, and is garbage once used; the heap is watched as they go, since V8 comes to
   * place such rows straight in the old generation (their allocation sites were long-lived while scoring), where
   * they would pile up to four times what is live before a collection (src/core/heap.ts).
   */
  *[Symbol.iterator](): Iterator<ReportRow> {
    const heapCheck = watchHeap();
    let n = 0;
    for (const row of this.ranked) {
      if ((++n & 255) === 0) heapCheck();
      yield rowOf(row, this.set);
    }
  }

  /** The rows read in place: one RowFacts, pointed at each ranked row in turn. */
  readonly facts = (): Iterable<RowFacts> => {
    const { ranked, set } = this;
    return {
      *[Symbol.iterator](): Iterator<RowFacts> {
        const facts = new RankedFacts(set.decimals);
        for (const row of ranked) yield facts.at(row);
      },
    };
  };
}

function blockOf(block: BlockTable, set: CriteriaSet): ReportBlock {
  return {
    id: block.id,
    name: block.name,
    rows: new RankedRows(block.rows, set),
    // The ranking's exact mean, rounded once: what meanIndex above gives from the rows' indexes, without reading them.
    mean: block.meanScaled === undefined ? null : shown(block.meanScaled, set.decimals),
    bandCounts: block.bandCounts.map((b) => ({ label: b.label, count: b.count })),
  };
}

/** The report with every block's rows made into an array: for a schema check, a test, a small run. */
export function materialised(report: RunReport): MaterialReport {
  return { ...report, blocks: report.blocks.map((b) => ({ ...b, rows: [...b.rows] })) };
}

const unitRef = (u: UnitRow): RunReport['units'][number] => ({ code: u.code, name: u.name, block: u.blockId ?? null, source: u.source });

/** The first error kept for a unit: at its row, else naming its code in its file. */
function firstErrors(kept: readonly Diagnostic[]): (u: UnitRow) => ReportDiagnostic | null {
  const byRow = new Map<string, Diagnostic>();
  const byCode = new Map<string, Diagnostic>();
  for (const d of kept) {
    const { file, sheet, row, unit } = d.location;
    if (d.severity !== 'error' || unit === undefined || file === undefined) continue;
    const rowKey = `${file}\u0000${sheet ?? ''}\u0000${row ?? ''}\u0000${unit}`;
    if (row !== undefined && !byRow.has(rowKey)) byRow.set(rowKey, d);
    if (!byCode.has(`${file}\u0000${unit}`)) byCode.set(`${file}\u0000${unit}`, d);
  }
  return (u) =>
    byRow.get(`${u.source.file}\u0000${u.source.sheet ?? ''}\u0000${u.source.row}\u0000${u.code}`) ?? byCode.get(`${u.source.file}\u0000${u.code}`) ?? null;
}

function reconciliationOf(r: RunResult): RunReport['reconciliation'] {
  return r.outcome.reconciliation.map((rc) => ({
    code: rc.unit.code,
    name: rc.unit.name,
    block: rc.unit.blockId ?? null,
    selfTotal: rc.selfTotal,
    appraisedTotal: rc.appraisedTotal,
    leaves: rc.differences.map((x) => ({ code: x.leaf.code, name: x.leaf.name, self: pointsOrNull(x.self), appraised: pointsOrNull(x.appraised) })),
  }));
}

/** Everything every format needs, built once from the run. */
export function buildReport(r: RunResult): RunReport {
  const set = r.criteria.set;
  const { sink } = r.outcome;
  const firstError = firstErrors(sink.kept);
  return {
    tool: { name: 'parindex', version: r.tool.version },
    // read through: the hashes are made when a report first reads them (the terminal table does not)
    criteria: { file: r.criteria.file, get sha256() { return r.criteria.sha256; }, ...(r.criteria.bytes !== undefined ? { bytes: r.criteria.bytes } : {}), set: buildCriteriaReport(set) },
    inputs: r.inputs.map((i) => ({ file: i.file, get sha256() { return i.sha256; }, bytes: i.bytes })),
    options: r.options,
    units: r.outcome.units.map(unitRef),
    blocks: r.outcome.blocks.map((b) => blockOf(b, set)),
    excluded: r.outcome.excluded.map((u) => ({ ...unitRef(u), errors: u.errors, firstError: firstError(u) })),
    reconciliation: reconciliationOf(r),
    diagnostics: {
      kept: sink.kept,
      counts: { error: sink.counts.error, warning: sink.counts.warning, info: sink.counts.info },
      dropped: sink.dropped,
    },
  };
}
