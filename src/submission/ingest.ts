/**
 * Sheet + CriteriaSet → unit rows and diagnostics. Rows stream through: each is interpreted column by column with
 * the interpreters built once for the sheet, and only the numbers are kept.
 */
import { NOT_APPLICABLE, NOT_GIVEN, parseDecimal, type LeafPoints } from '../core/decimal.js';
import { asciiKey, cleanText, foldKey, toneKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag, type Code } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import type { Details, Location } from '../diagnostics/types.js';
import { formatLocation } from '../diagnostics/location.js';
import type { Cell, RawSheet, SheetRow } from '../sheet/types.js';
import { columnLetters } from '../sheet/types.js';
import { readForm } from './form.js';
import { cellText, leafMatchCount, planColumns, type ColumnOverrides, type ColumnPlan } from './headers.js';
import { detectLayout } from './layout.js';
import { readLong } from './long.js';
import type { UnitList } from './units-list.js';
import { adjustmentInterpreter, isProblem, leafInterpreter, reportedNumber, type Interpreter } from './values.js';

/** Rows searched for the header. */
export const HEADER_SCAN_ROWS = 50;

export interface SourceRef {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
}

export interface ReportedValue {
  readonly col: number;
  readonly value: number;
  readonly decimals: number;
  readonly text: string;
}

export interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly blockId: string | undefined;
  readonly source: SourceRef;
  /** Layout of the sheet the unit came from */
  readonly layout: Layout;
  /** Points per leaf in micro-points, in the set's leaf order; NOT_APPLICABLE where a leaf does not apply. Appraised where known. */
  readonly leafPoints: LeafPoints;
  /** Self-assessed points per leaf, when the submission carries them beside the appraised ones */
  selfPoints?: LeafPoints;
  /** Points per adjustment in micro-points (always ≥ 0; the adjustment's kind says the sign) */
  readonly adjustments: LeafPoints;
  /** Totals someone wrote in the sheet, to be checked against ours (absent when the sheet has none) */
  reported?: {
    total?: ReportedValue;
    index?: ReportedValue;
    nodes: { nodeKey: string; value: ReportedValue }[];
  };
  /** Errors found in this row; a unit with errors is not ranked */
  errors: number;
  /** Where the unit's score (or self-assessed score) of a leaf was read, for messages about it */
  leafCell?: (leafIndex: number, self: boolean) => Location | undefined;
}

export type Layout = 'wide' | 'form' | 'long';

const NO_ADJUSTMENTS = new Int32Array(0);

/** A point value as stored: NaN (non-applicable) becomes NOT_APPLICABLE. */
export const storedPoints = (v: number): number => (Number.isNaN(v) ? NOT_APPLICABLE : v);

/** Hands out the leaf-points arrays of units from shared blocks, not one allocation per unit. */
export class PointsSlab {
  private block = new Int32Array(0);
  private used = 0;
  constructor(private readonly width: number, private readonly perBlock = 1024) {}
  take(): LeafPoints {
    if (this.used + this.width > this.block.length) {
      this.block = new Int32Array(this.width * this.perBlock);
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + this.width);
    this.used += this.width;
    return view;
  }
}

export interface IngestOptions {
  /** Block for every unit of the input (overrides the block column) */
  readonly block?: string;
  readonly columns?: ColumnOverrides;
  /** The layout of the sheets; detected when absent */
  readonly layout?: Layout;
  /** The official list of units: names and blocks by code, and the codes that may appear */
  readonly units?: UnitList;
}

/** What a sheet reader needs from the builder, whatever the layout. */
export interface IngestContext {
  readonly set: CriteriaSet;
  readonly naKeys: ReadonlySet<string>;
  readonly blockList: string;
  report(code: Code, location: Location, details?: Details): void;
  resolveBlock(raw: string): string | undefined;
  /** A unit row with zero points and no errors yet */
  newUnit(code: string, name: string, blockId: string | undefined, source: SourceRef, layout: Layout): UnitRow;
  /** Sets the unit's block from --block, its own cell, the unit list or the set's only block */
  assignBlock(unit: UnitRow, fixed: string | undefined, raw: string, rawLoc: Location | undefined, unitLoc: Location): void;
  /** Adds a finished unit, checking it against the units already seen */
  admit(unit: UnitRow, rawName: string, codeAt: Locate, nameAt: Locate | undefined): void;
}

/** The file and sheet of a sheet, as a location. */
export function sheetLocation(sheet: RawSheet): { file: string; sheet?: string } {
  return { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
}

/** Locations of the cells of one sheet: `Xã!F12`, with the unit and criterion the cell belongs to. */
export function cellLocator(sheet: RawSheet): (row: number, col: number, unit?: string, criterion?: string) => Location {
  const base = sheetLocation(sheet);
  const letters: string[] = [];
  return (row, col, unit, criterion) => ({
    ...base,
    row,
    column: col + 1,
    ref: `${(letters[col] ??= columnLetters(col + 1))}${row}`,
    ...(unit !== undefined && unit !== '' ? { unit } : {}),
    ...(criterion !== undefined ? { criterion } : {}),
  });
}

/** A location, or how to make it: most rows never need theirs, and 100,000 of them cost time. */
export type Locate = Location | (() => Location);
const located = (at: Locate): Location => (typeof at === 'function' ? at() : at);

/** The first unit seen with a code or a name, and where (its locator is only called for a message). */
interface Seen {
  readonly unit: UnitRow;
  readonly at: Locate;
  /** The name as typed, when it differs from the unit's cleaned name */
  readonly raw?: string;
}

/** Where a unit was first seen, as a message names it (formatted only when a duplicate needs it). */
const whereOf = (at: Location): { first: string; firstVi: string } => ({
  first: formatLocation({ ...at, unit: undefined }, 'en'),
  firstVi: formatLocation({ ...at, unit: undefined }, 'vi'),
});

/**
 * Collects units from any number of sheets, checking what spans them: a unit code seen twice, a name typed in two
 * Unicode forms, two codes with one name.
 */
export class SubmissionBuilder implements IngestContext {
  readonly units: UnitRow[] = [];
  private readonly byCode = new Map<string, Seen>();
  private readonly byName = new Map<string, Seen>();
  readonly naKeys: Set<string>;
  /** Leaf-points arrays for this builder's units */
  readonly slab: PointsSlab;
  private readonly blockByKey = new Map<string, string>();
  readonly blockList: string;

  constructor(
    readonly set: CriteriaSet,
    private readonly sink: DiagnosticSink,
    private readonly unitList?: UnitList,
    /** 'self': sheets of self-assessed points beside the appraised ones — criteria may be left out, blocks are not needed */
    readonly role: 'scores' | 'self' = 'scores',
  ) {
    this.naKeys = new Set(set.naTokens.map(foldKey));
    this.slab = new PointsSlab(set.leaves.length);
    for (const b of set.blocks) {
      this.blockByKey.set(asciiKey(b.id), b.id);
      this.blockByKey.set(asciiKey(b.name), b.id);
    }
    this.blockList = set.blocks.map((b) => `${b.id} (${b.name})`).join(', ');
  }

  report(code: Code, location: Location, details?: Details): void {
    this.sink.push(diag(code, location, details));
  }

  newUnit(code: string, name: string, blockId: string | undefined, source: SourceRef, layout: Layout): UnitRow {
    return {
      code,
      name,
      blockId,
      source,
      layout,
      leafPoints: this.slab.take(),
      adjustments: this.set.adjustments.length > 0 ? new Int32Array(this.set.adjustments.length) : NO_ADJUSTMENTS,
      errors: 0,
    };
  }

  /** Reads one sheet; `headerFound` is false when no layout could be recognised in it. */
  async addSheet(sheet: RawSheet, options: IngestOptions): Promise<{ headerFound: boolean; scanned: number }> {
    const iterator = sheet.rows[Symbol.asyncIterator]();
    const buffered: SheetRow[] = [];
    while (buffered.length < HEADER_SCAN_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      buffered.push(next.value);
      if (options.layout === undefined && leafMatchCount(next.value.cells, this.set) === this.set.leaves.length) break;
    }
    const layout = options.layout ?? detectLayout(buffered, this.set);
    let found = false;
    if (layout === 'wide') found = await this.readWide(buffered, iterator, sheet, options);
    else if (layout === 'long') found = await readLong(this, buffered, iterator, sheet, options);
    else if (layout === 'form') found = await readForm(this, buffered, iterator, sheet, options);
    await drain(iterator);
    return { headerFound: found, scanned: buffered.length };
  }

  private async readWide(buffered: SheetRow[], iterator: AsyncIterator<SheetRow>, sheet: RawSheet, options: IngestOptions): Promise<boolean> {
    const counts = buffered.map((r) => leafMatchCount(r.cells, this.set, true));
    const best = Math.max(0, ...counts);
    if (best === 0) return false;
    // The first row naming at least half as many leaves as the best (a data row may look like codes).
    const headerIndex = counts.findIndex((c) => c * 2 >= best);
    const headerRow = buffered[headerIndex] as SheetRow;
    const plan = planColumns(this.set, headerRow.cells, headerRow.row, buffered[headerIndex - 1]?.cells, options.columns ?? {});
    const base: Location = { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
    if (this.checkPlan(plan, base)) return true;
    const rowReader = this.rowReader(plan, sheet, options);
    const before = this.units.length + this.sink.counts.error;
    for (const r of buffered.slice(headerIndex + 1)) rowReader(r);
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      rowReader(next.value);
    }
    // Neither a unit nor a row with a problem: an empty form of the table, sent by mistake.
    if (this.units.length + this.sink.counts.error === before) this.report('sheet/no-units', { ...base, row: plan.headerRow }, { row: plan.headerRow });
    return true;
  }

  /** Reports header problems; true when no unit can be read from the sheet. */
  private checkPlan(plan: ColumnPlan, base: Location): boolean {
    const at = (col: number): Location => ({ ...base, row: plan.headerRow, column: col + 1, ref: `${columnLetters(col + 1)}${plan.headerRow}` });
    for (const u of plan.unknown) this.report('header/unknown-criterion', { ...at(u.col), criterion: u.code }, { header: u.header, code: u.code, set: this.set.id });
    for (const d of plan.duplicates) this.report('header/duplicate-criterion', { ...at(d.col), criterion: d.code.replace(/^adj:/, '') }, { code: d.code.replace(/^adj:/, ''), first: columnLetters(d.first + 1) });
    const present = new Set(plan.leaves.map((l) => l.leaf.leafIndex));
    for (const leaf of this.set.leaves) {
      if (!present.has(leaf.leafIndex) && this.role === 'scores')
        this.report('header/missing-criterion', { ...base, row: plan.headerRow, criterion: leaf.code }, { code: leaf.code, name: leaf.name });
    }
    if (plan.code === undefined) {
      this.report('header/missing-unit-column', { ...base, row: plan.headerRow });
      return true;
    }
    if (plan.name === undefined) this.report('header/missing-name-column', { ...base, row: plan.headerRow });
    return false;
  }

  private rowReader(plan: ColumnPlan, sheet: RawSheet, options: IngestOptions): (r: SheetRow) => void {
    const set = this.set;
    const leafCols = plan.leaves.map((l) => ({ col: l.col, index: l.leaf.leafIndex, leaf: l.leaf, interpret: leafInterpreter(l.leaf, { naKeys: this.naKeys }) }));
    const adjCols = plan.adjustments.map((a) => ({ col: a.col, index: a.adjustment.index, interpret: adjustmentInterpreter(a.adjustment) as Interpreter }));
    const missingLeaves = set.leaves.length - leafCols.length;
    const sheetLoc = sheetLocation(sheet);
    const cellLoc = cellLocator(sheet);

    const headerCode = cellText(plan.headerCells[plan.code as number]);
    // Made here, not in the row's scope, so that a kept locator does not keep the row's cells alive.
    const locateCell = (row: number, col: number, unit: string): Locate => () => cellLoc(row, col, unit);
    const colOfLeaf = new Map(leafCols.map((c) => [c.index, c.col]));
    const leafCellOf =
      (row: number, unit: string) =>
      (leafIndex: number): Location | undefined => {
        const col = colOfLeaf.get(leafIndex);
        return col === undefined ? undefined : cellLoc(row, col, unit, set.leaves[leafIndex]?.code);
      };

    return ({ row, cells }) => {
      const code = cellText(cells[plan.code as number]);
      const rawName = typeof cells[plan.name ?? -1] === 'string' ? (cells[plan.name as number] as string).trim() : cellText(cells[plan.name ?? -1]);
      const name = cleanText(rawName);
      const hasScores = leafCols.some((c) => this.looksLikeScore(cells[c.col]));
      // A row numbering the columns "(1) (2) (3)…", or the header repeated above a second table, is no unit.
      if (/^\(?\d+\)$/.test(code) || code === headerCode) return;
      if (code === '') {
        if (!hasScores || isSummaryName(name)) return; // blank, signature or total rows
        this.report('row/missing-unit-code', cellLoc(row, plan.code as number), { name });
        return;
      }
      if (!hasScores && name === '' && leafCols.length > 0) return;

      const unit = this.newUnit(code, name || code, undefined, { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}), row }, 'wide');
      if (this.role === 'self') unit.leafPoints.fill(NOT_GIVEN);
      else unit.errors = missingLeaves > 0 ? 1 : 0;
      for (const c of leafCols) {
        const v = c.interpret(cells[c.col] ?? null);
        if (isProblem(v)) {
          unit.errors++;
          this.report(v.problem, cellLoc(row, c.col, code, c.leaf.code), v.details);
        } else unit.leafPoints[c.index] = storedPoints(v);
      }
      for (const c of adjCols) {
        const v = c.interpret(cells[c.col] ?? null);
        if (isProblem(v)) {
          unit.errors++;
          this.report(v.problem, cellLoc(row, c.col, code, set.adjustments[c.index]?.code), v.details);
        } else unit.adjustments[c.index] = v;
      }
      const reported = (col: number | undefined): ReportedValue | undefined => {
        if (col === undefined) return undefined;
        const r = reportedNumber(cells[col] ?? null);
        return r && { col, ...r };
      };
      const total = reported(plan.total);
      const index = reported(plan.index);
      const nodes = plan.nodes.flatMap((n) => {
        const value = reported(n.col);
        return value ? [{ nodeKey: n.node.key, value }] : [];
      });
      if (total || index || nodes.length > 0) unit.reported = { ...(total ? { total } : {}), ...(index ? { index } : {}), nodes };

      const blockRaw = plan.block !== undefined ? cellText(cells[plan.block]) : '';
      this.assignBlock(unit, options.block, blockRaw, plan.block !== undefined ? cellLoc(row, plan.block, code) : undefined, { ...sheetLoc, row, unit: code });
      unit.leafCell = leafCellOf(row, code);
      this.admit(unit, rawName, locateCell(row, plan.code as number, code), plan.name !== undefined ? locateCell(row, plan.name, code) : undefined);
    };
  }

  /** A value a person enters as a score (a number, a decimal text, a non-applicable mark), not a signature or a note. */
  private looksLikeScore(cell: Cell | undefined): boolean {
    if (typeof cell === 'number' || typeof cell === 'boolean') return true;
    if (typeof cell !== 'string') return cell !== null && cell !== undefined;
    return parseDecimal(cell.replace(/\s*%\s*$/, '')).ok || this.naKeys.has(foldKey(cell));
  }

  resolveBlock(raw: string): string | undefined {
    return this.blockByKey.get(asciiKey(raw));
  }

  /**
   * Gives a unit its block: --block for the whole input, else what its row or form says, else the official unit
   * list, else the set's only block. A block the set does not have, or none where the set ranks by block, is an error.
   */
  assignBlock(unit: UnitRow, fixed: string | undefined, raw: string, rawLoc: Location | undefined, unitLoc: Location): void {
    const set = this.set;
    if (set.blocks.length === 0 || this.role === 'self') return;
    const listed = this.unitList?.byCode.get(unit.code)?.block;
    const given = fixed ?? (raw !== '' ? raw : listed);
    let blockId: string | undefined;
    if (given !== undefined && given !== '') {
      blockId = this.resolveBlock(given);
      if (blockId === undefined) {
        unit.errors++;
        this.report('row/unknown-block', rawLoc && given === raw ? rawLoc : unitLoc, { block: given, blocks: this.blockList });
      }
    } else if (set.blocks.length === 1) blockId = set.blocks[0]?.id;
    else {
      unit.errors++;
      this.report('row/missing-block', rawLoc ?? unitLoc, { blocks: this.blockList });
    }
    (unit as { blockId: string | undefined }).blockId = blockId;
  }

  /** Units of the official list that no input had (call once every sheet is read). */
  reportUnsubmitted(): void {
    if (!this.unitList) return;
    for (const listed of this.unitList.byCode.values()) {
      if (!this.byCode.has(listed.code))
        this.report('units/not-submitted', { file: this.unitList.file, row: listed.row, unit: listed.code }, { unit: listed.code, name: listed.name });
    }
  }

  admit(unit: UnitRow, rawName: string, codeAt: Locate, nameAt: Locate | undefined): void {
    const codeLoc = (): Location => located(codeAt);
    const nameLoc = (): Location | undefined => (nameAt === undefined ? undefined : located(nameAt));
    if (this.unitList) {
      const listed = this.unitList.byCode.get(unit.code);
      if (!listed) {
        unit.errors++;
        this.report('units/unknown-unit', codeLoc(), { unit: unit.code, list: this.unitList.file });
      } else {
        if (rawName !== '' && unit.name !== unit.code && toneKey(listed.name) !== toneKey(unit.name))
          this.report('units/name-mismatch', nameLoc() ?? codeLoc(), { unit: unit.code, name: unit.name, listed: listed.name, list: this.unitList.file });
        // Published tables use the official name.
        (unit as { name: string }).name = listed.name;
      }
    }
    const first = this.byCode.get(unit.code);
    if (first) {
      this.report('row/duplicate-unit', codeLoc(), { unit: unit.code, ...whereOf(located(first.at)) });
      if (first.unit.errors === 0) first.unit.errors++;
      unit.errors++;
    } else this.byCode.set(unit.code, { unit, at: codeAt });

    if (nameAt !== undefined && rawName !== '') {
      const key = `${unit.blockId ?? ''}\u0000${foldKey(rawName)}`;
      const seen = this.byName.get(key);
      const seenRaw = seen ? (seen.raw ?? seen.unit.name) : '';
      if (!seen) this.byName.set(key, rawName === unit.name ? { unit, at: nameAt } : { unit, at: nameAt, raw: rawName });
      else if (seenRaw !== rawName && seenRaw.normalize('NFC') === rawName.normalize('NFC'))
        this.report('row/name-unicode-variant', located(nameAt), { name: unit.name, ...whereOf(located(seen.at)) });
      else if (seen.unit.code !== unit.code)
        this.report('row/duplicate-name', located(nameAt), { unit: unit.code, other: seen.unit.code, name: unit.name });
    }
    this.units.push(unit);
  }
}

const SUMMARY_ROW = /^(tong|cong|tong cong|trung binh|binh quan|total|average|mean)\b/;
function isSummaryName(name: string): boolean {
  return SUMMARY_ROW.test(asciiKey(name));
}

export async function drain(iterator: AsyncIterator<unknown>): Promise<void> {
  for (;;) if ((await iterator.next()).done) return;
}
