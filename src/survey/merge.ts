/**
 * Survey points meet the appraisal sheets. Today's reader takes one row per unit with every leaf, and reads an
 * `options` leaf as an answer (A–D), not as points; so the merge (1) appends the survey columns to each appraisal
 * sheet as it streams, rows and cells staying where they were (problems keep their real cell), and (2) gives the
 * set with survey leaves read as points (their means are not options).
 */
import { formatExact } from '../core/decimal.js';
import { isLeaf, type Criterion, type CriteriaSet, type Leaf } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Location } from '../diagnostics/types.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import { cellText, fileKind, leafMatchCount, planColumns, readAhead, sheetsOf, type Cell, type InputFile, type RawSheet, type SheetRow } from './deps.js';
import type { SurveyResult } from './model.js';
import { surveyResponses, type SurveyOptions } from './run.js';

const HEADER_SCAN_ROWS = 50;

/** Survey points per unit code: the cell text per survey leaf (by leaf index), and where the unit was read. */
export type SurveyPoints = ReadonlyMap<string, { readonly cells: ReadonlyMap<number, string>; readonly at: Location }>;

/** The points of a survey result, by unit; `at` is where its units are said to come from (the responses file). */
export function pointsOfResult(result: SurveyResult, at: Location = {}): SurveyPoints {
  return new Map(
    result.units.map((u) => [
      u.code,
      { cells: new Map(u.items.flatMap((i) => (i.points !== undefined ? [[i.leaf.leafIndex, formatExact(i.points)] as const] : []))), at: { ...at, unit: u.code } },
    ]),
  );
}

/** The set with every survey leaf scored as points entered (0 … max): the form survey points take once aggregated. */
export function surveyPointsSet(set: CriteriaSet): CriteriaSet {
  const leaves: Leaf[] = [];
  const byKey = new Map<string, Criterion>();
  const copy = (c: Criterion): Criterion => {
    const children = c.children.map(copy);
    let node: Criterion = { ...c, children };
    if (isLeaf(c)) {
      const leaf: Leaf = c.method === 'survey' ? { ...c, children, rule: { kind: 'points' } } : { ...c, children };
      leaves[c.leafIndex] = leaf;
      node = leaf;
    }
    byKey.set(node.key, node);
    return node;
  };
  const fields = set.fields.map(copy);
  return { ...set, fields, leaves, byKey };
}

/** The unit columns named on the command line (`--code-column` …), as the sheet readers take them. */
export type UnitColumns = Parameters<typeof planColumns>[4];

/** Where the header of a wide sheet is and which column holds the unit code; undefined if none is found. */
function findWideHeader(rows: readonly SheetRow[], set: CriteriaSet, file: string, columns: UnitColumns = {}): { index: number; plan: ReturnType<typeof planColumns> } | undefined {
  // A row naming every leaf is the best there can be: the rows after it need not be counted (the header is the first
  // row naming at least half as many as the best, so it is that row or one before it).
  const counts: number[] = [];
  for (const r of rows) {
    const count = leafMatchCount(r.cells, set, true);
    counts.push(count);
    if (count >= set.leaves.length) break;
  }
  const best = Math.max(0, ...counts);
  if (best === 0) return undefined;
  const index = counts.findIndex((c) => c * 2 >= best);
  const header = rows[index] as SheetRow;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const plan = planColumns(set, header.cells, header.row, rows[index - 1]?.cells, columns, { file, width });
  return plan.code === undefined ? undefined : { index, plan };
}

/** Merges survey points into appraisal sheets, one sheet at a time, and says which surveyed units no sheet had. */
export class SurveyMerge {
  private readonly seen = new Set<string>();
  private readonly surveyLeaves: readonly Leaf[];
  /** The set the merged sheets are read and scored with: survey leaves hold points */
  readonly readSet: CriteriaSet;

  constructor(
    readonly set: CriteriaSet,
    private readonly points: SurveyPoints,
    private readonly columns: UnitColumns = {},
  ) {
    this.surveyLeaves = set.leaves.filter((l) => l.method === 'survey');
    this.readSet = surveyPointsSet(set);
  }

  /** The sheet with the survey columns filled (those it has) or appended (those it lacks), streamed. */
  sheet(raw: RawSheet): RawSheet {
    return { ...raw, rows: this.rows(raw.rows, raw.file) };
  }

  private async *rows(source: AsyncIterable<SheetRow>, file: string): AsyncGenerator<SheetRow> {
    const iterator = source[Symbol.asyncIterator]();
    const buffered: SheetRow[] = [];
    while (buffered.length < HEADER_SCAN_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      buffered.push(next.value);
    }
    const found = findWideHeader(buffered, this.set, file, this.columns);
    if (!found) {
      yield* buffered;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      return;
    }
    const fill = this.filler(found.plan);
    for (const [i, r] of buffered.entries()) yield i < found.index ? r : i === found.index ? fill.header(r) : fill.row(r);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield fill.row(next.value);
  }

  private filler(plan: ReturnType<typeof planColumns>): { header: (r: SheetRow) => SheetRow; row: (r: SheetRow) => SheetRow } {
    const present = new Map(plan.leaves.map((l) => [l.leaf.leafIndex, l.col]));
    const width = plan.headerCells.length;
    const appended = this.surveyLeaves.filter((l) => !present.has(l.leafIndex));
    const columns = new Map<number, number>(this.surveyLeaves.map((l) => [l.leafIndex, present.get(l.leafIndex) ?? width + appended.indexOf(l)]));
    const widen = (cells: readonly Cell[]): Cell[] => {
      const out = [...cells];
      while (out.length < width + appended.length) out.push(null);
      return out;
    };
    return {
      header: (r) => {
        const cells = widen(r.cells);
        for (const l of appended) cells[columns.get(l.leafIndex) as number] = `${l.code} ${l.name}`;
        return { row: r.row, cells };
      },
      row: (r) => {
        const code = cellText(r.cells[plan.code as number]);
        const unit = code === '' ? undefined : this.points.get(code);
        if (!unit) return appended.length === 0 ? r : { row: r.row, cells: widen(r.cells) };
        this.seen.add(code);
        const cells = widen(r.cells);
        for (const l of this.surveyLeaves) cells[columns.get(l.leafIndex) as number] = unit.cells.get(l.leafIndex) ?? null;
        return { row: r.row, cells };
      },
    };
  }

  /** Surveyed units that no appraisal sheet had (call after every sheet was read). */
  reportUnmatched(sink: DiagnosticSink, appraisal: string): void {
    for (const [code, unit] of this.points)
      if (!this.seen.has(code)) sink.push(diag('survey/unknown-unit', { ...unit.at, unit: code }, { unit: code, list: appraisal }));
  }
}

type UnitPoints = { readonly cells: ReadonlyMap<number, string>; readonly at: Location };
type PointsByUnit = Map<string, UnitPoints>;

/** Where a unit's points were first given, as the duplicate's message names it. */
const firstPlace = (at: Location): { firstFile?: string; firstSheet?: string; firstRow?: number } => ({
  ...(at.file !== undefined ? { firstFile: at.file } : {}),
  ...(at.sheet !== undefined ? { firstSheet: at.sheet } : {}),
  ...(at.row !== undefined ? { firstRow: at.row } : {}),
});

/**
 * Survey points gathered from questionnaires, points files and points sheets. A unit whose points are given twice
 * (twice in one sheet, in two files, or by questionnaires and a points file) is `row/duplicate-unit` at the second
 * place, and neither is merged: its survey cells stay empty and the unit is not ranked, as with an appraisal row
 * given twice. Nothing is silently overwritten.
 */
class PointsGatherer {
  readonly points: PointsByUnit = new Map();
  private readonly twice = new Map<string, Location>();

  constructor(private readonly sink: DiagnosticSink) {}

  add(code: string, unit: UnitPoints): void {
    const first = this.points.get(code)?.at ?? this.twice.get(code);
    if (first === undefined) {
      this.points.set(code, unit);
      return;
    }
    this.sink.push(diag('row/duplicate-unit', { ...unit.at, unit: code }, { unit: code, ...firstPlace(first) }));
    this.points.delete(code);
    this.twice.set(code, first);
  }
}

/** Survey points read back from a wide sheet written by `parindex survey` (or by hand): unit code → leaf → cell. */
export async function readSurveyPoints(sheet: RawSheet, set: CriteriaSet, sink = new DiagnosticSink()): Promise<PointsByUnit> {
  const read = await readPoints(sheet, set, false);
  const gathered = new PointsGatherer(sink);
  if (read.kind === 'points') for (const [code, unit] of read.points) gathered.add(code, unit);
  return gathered.points;
}

/**
 * A sheet read as survey points when it is a points sheet (a wide header whose leaf columns are all survey leaves);
 * 'other' (read no further than its first rows) when its header has other leaves; 'none' (read whole) when it has
 * no header.
 */
async function readPoints(sheet: RawSheet, set: CriteriaSet, onlyPoints: boolean): Promise<{ kind: 'points'; points: [string, UnitPoints][] } | { kind: 'other' | 'none' }> {
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const buffered: SheetRow[] = [];
  while (buffered.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
  }
  const header = findWideHeader(buffered, set, sheet.file);
  if (!header || (onlyPoints && !header.plan.leaves.every((l) => l.leaf.method === 'survey'))) {
    if (header) await iterator.return?.();
    else for (let next = await iterator.next(); !next.done; next = await iterator.next());
    return { kind: header ? 'other' : 'none' };
  }
  const points: [string, UnitPoints][] = [];
  for (const b of buffered.slice(header.index + 1)) addPointsRow(points, b, header.plan, sheet);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) addPointsRow(points, next.value, header.plan, sheet);
  return { kind: 'points', points };
}

/**
 * The survey points of an input file whose sheets are points sheets (written by `parindex survey -o`); undefined for
 * any other file (an appraisal sheet, a file that cannot be read). Hidden sheets and sheets without a header are
 * passed over; the problems met reading a points file go to `sink`.
 */
export async function pointsOfFile(input: InputFile, set: CriteriaSet, sink: DiagnosticSink): Promise<[string, UnitPoints][] | undefined> {
  const scratch = new DiagnosticSink();
  let points: [string, UnitPoints][] | undefined;
  try {
    for await (const sheet of sheetsOf(input, scratch)) {
      if (sheet.hidden) {
        for await (const _ of sheet.rows); // passed over, as score does
        continue;
      }
      const read = await readPoints(sheet, set, true);
      if (read.kind === 'other') return undefined;
      if (read.kind === 'points') (points ??= []).push(...read.points);
    }
  } catch {
    return undefined; // the pipeline reads the file again and says what is wrong with it
  }
  if (points) for (const d of scratch.kept) sink.push(d);
  return points;
}

/**
 * A small workbook (src/sheet/read-ahead.ts: at most 8 MiB unpacked) read whole once, here: looking for points files
 * reads its rows, and the pipeline then replays them instead of unpacking and scanning the sheet a second time
 * (issue 14: half the demo's run). Any other input (a CSV, a larger workbook, one already read ahead) as it is.
 */
async function heldWhole<F extends InputFile>(input: F): Promise<F> {
  if (input.readAhead || fileKind(input.name, input.bytes) !== 'xlsx') return input;
  const read = await readAhead(input.bytes, input.name);
  if (!read) return input;
  // the input's own properties as they stand, not their values: a hash made when first read (src/core/sha256.ts) stays so
  const held = Object.defineProperties({}, Object.getOwnPropertyDescriptors(input)) as F;
  return Object.assign(held, { readAhead: () => Promise.resolve(read) });
}

/** What `score` does with survey points: the merge into the appraisal sheets, and the inputs left to score. */
export interface SurveyScoring<F extends InputFile> {
  /** Present when survey points were given (questionnaires or points files) */
  readonly merge?: SurveyMerge;
  /** The inputs that are not points files */
  readonly appraisal: readonly F[];
  /** Problems of the questionnaires and points files */
  readonly sink: DiagnosticSink;
}

/**
 * Survey points from questionnaires (`score --survey`) and from points files among the inputs, ready to merge into
 * the appraisal sheets. Points files are looked for only when the set has survey leaves: each input's first rows are
 * read once more (a points file is read whole).
 */
export async function surveyScoring<F extends InputFile>(
  set: CriteriaSet,
  inputs: readonly F[],
  responses: readonly InputFile[],
  options: SurveyOptions & { readonly columns?: UnitColumns } = {},
): Promise<SurveyScoring<F>> {
  const sink = new DiagnosticSink(options.keepDiagnostics);
  const gathered = new PointsGatherer(sink);
  if (responses.length > 0) {
    const computed = await surveyResponses(set, responses, options);
    for (const d of computed.sink.kept) sink.push(d);
    // With one responses file, a surveyed unit that no sheet has is said to come from it.
    const at = responses.length === 1 && responses[0] ? { file: responses[0].name } : {};
    for (const [code, unit] of pointsOfResult(computed.result, at)) gathered.add(code, unit);
  }
  const appraisal: F[] = [];
  const surveyed = set.leaves.some((l) => l.method === 'survey');
  let pointsFiles = 0;
  for (const input of inputs) {
    // A workbook large enough to be streamed from disk (over 16 MiB) is an appraisal sheet, not read twice.
    const held = surveyed && !input.stream ? await heldWhole(input) : input;
    const found = surveyed && !input.stream ? await pointsOfFile(held, set, sink) : undefined;
    if (!found) appraisal.push(held);
    else {
      pointsFiles++;
      for (const [code, unit] of found) gathered.add(code, unit);
    }
  }
  const merge = responses.length > 0 || pointsFiles > 0 ? new SurveyMerge(set, gathered.points, options.columns) : undefined;
  return { ...(merge ? { merge } : {}), appraisal, sink };
}

function addPointsRow(out: [string, UnitPoints][], r: SheetRow, plan: ReturnType<typeof planColumns>, sheet: RawSheet): void {
  const code = cellText(r.cells[plan.code as number]);
  if (code === '') return;
  const cells = new Map<number, string>();
  for (const l of plan.leaves) if (l.leaf.method === 'survey') cells.set(l.leaf.leafIndex, cellText(r.cells[l.col]));
  out.push([code, { cells, at: { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}), row: r.row } }]);
}

/** A sheet as CSV bytes (UTF-8, BOM): how merged sheets reach a pipeline that takes files. */
export async function sheetAsCsv(sheet: RawSheet): Promise<Uint8Array> {
  const lines: string[] = [];
  for await (const r of sheet.rows) {
    while (lines.length < r.row - 1) lines.push('');
    lines.push(r.cells.map(csvField).join(','));
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvField(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'object' ? (cell.kind === 'date' ? cell.value.toISOString().slice(0, 10) : cell.kind === 'error' ? cell.value : '') : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
