/**
 * The units of a submission as they are read from any number of sheets: their identity (a code seen twice, a name
 * typed in two Unicode forms, two codes with one name, the official unit list), their blocks, and the errors found
 * for each. Layout readers fill a `UnitDraft`; `finish` turns the drafts into immutable `UnitRecord`s.
 */
import type { FirstPlace } from '../i18n/details.js';
import type { LeafPoints } from '../core/decimal.js';
import { asciiKey, foldKey, toneKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag, diagOf, type Code, type DetailsOf } from '../diagnostics/catalogue.js';
import { formatLocation } from '../diagnostics/location.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import type { Details, Diagnostic, Location } from '../diagnostics/types.js';
import { located, Places, unitLocation, type Locate } from './locate.js';
import { PointsSlab, Unit, UnitPoints, type Layout, type PointCodes, type PointsStorage, type RowCells, type LeafCells, type SourceRef, type UnitRecord, type WrittenTotal } from './record.js';
import type { UnitList } from './units-list.js';

/** A unit while its sheet is read. Only the registry counts its errors. */
export interface UnitDraft {
  /** Sets the points of a leaf (by its index in the set) */
  setLeaf(i: number, v: number): void;
  /** Sets the points of every leaf: to `v`, or to `v[i]` for leaf i */
  setLeaves(v: number | LeafPoints): void;
  /** Gives the unit self-assessed points beside its own (a form's self column) */
  setSelf(points: LeafPoints): void;
  /** Where each leaf's score was read (a form's or a long sheet's rows and columns) */
  setCells(cells: { final: LeafCells; self?: LeafCells }): void;
  /** Where a wide sheet's unit had its leaves: its row, and the sheet's columns (shared by the sheet's units) */
  setRowCells(cells: RowCells): void;
  /** Adds totals written beside the scores */
  addWritten(...totals: WrittenTotal[]): void;
  readonly key: number;
  readonly code: string;
  name: string;
  blockId: string | undefined;
  readonly source: SourceRef;
  readonly layout: Layout;
  readonly adjustments: LeafPoints;
  readonly cells: UnitRecord['cells'];
  /** Read-only outside the registry */
  readonly errors: number;
}

/** How a unit was found, for the identity checks. */
export interface Sighting {
  /** The name as typed ('' when the sheet has none) */
  readonly rawName: string;
  /** cleanText(rawName), where the reader has made it already: the name is folded from it, not cleaned again */
  readonly cleanName?: string;
  readonly codeAt: Locate;
  readonly nameAt?: Locate;
}

/** Where a unit was first seen, as a message names it (formatted only when a duplicate needs it). */
const whereOf = (at: Location): FirstPlace => ({
  ...(at.file !== undefined ? { firstFile: at.file } : {}),
  ...(at.sheet !== undefined ? { firstSheet: at.sheet } : {}),
  ...(at.row !== undefined ? { firstRow: at.row } : {}),
  ...(at.ref !== undefined ? { firstRef: at.ref } : {}),
});

const NO_ADJUSTMENTS = new Int32Array(0);

/**
 * A unit's place as a fresh object of one fixed shape. A layout's `{ ...base, row }` can leave each unit's object with
 * a hidden class of its own (about 150 bytes more per unit); the key order, which reports print, is kept.
 */
const sourceOf = (s: SourceRef): SourceRef => (s.sheet === undefined ? { file: s.file, row: s.row } : { file: s.file, sheet: s.sheet, row: s.row });

export type RegistryRole = 'scores' | 'self';

export class UnitRegistry {
  private readonly drafts: UnitDraft[] = [];
  /**
   * The first unit seen with a code, and with a name by block (its id, '' for none) then folded name. Where each was
   * seen is kept as numbers in `codeAt` and `nameAt` by the unit's key (located only for a message), and a name as
   * typed in `rawNames` only where it differs from the unit's cleaned name: nothing is made per unit for them. Names
   * are looked up by a hash of the folded name (a small integer), not by a folded string kept per unit.
   */
  private readonly byCode = new Map<string, UnitDraft>();
  private readonly byName = new Map<string, Map<number, UnitDraft | UnitDraft[]>>();
  private readonly codeAt = new Places();
  private readonly nameAt = new Places();
  private readonly rawNames = new Map<number, string>();
  private readonly blockByKey = new Map<string, string>();
  private readonly slab: PointsSlab;
  /** The units each diagnostic was reported about (kept diagnostics only) */
  private readonly concerns = new Map<Diagnostic, UnitDraft[]>();
  private created = 0;
  /** unitKeys() as it was when finish() let the drafts go */
  private finishedKeys?: ReadonlyMap<Diagnostic, readonly number[]>;
  readonly blockList: string;

  constructor(
    readonly set: CriteriaSet,
    private readonly sink: DiagnosticSink,
    readonly unitList?: UnitList,
    /** 'self': sheets of self-assessed points beside the appraised ones — criteria may be left out, blocks are not needed */
    readonly role: RegistryRole = 'scores',
  ) {
    this.slab = new PointsSlab(set.leaves.length);
    for (const b of set.blocks) {
      this.blockByKey.set(asciiKey(b.id), b.id);
      this.blockByKey.set(asciiKey(b.name), b.id);
    }
    this.blockList = set.blocks.map((b) => `${b.id} (${b.name})`).join(', ');
  }

  /** Units admitted so far. */
  get size(): number {
    return this.drafts.length;
  }

  /**
   * Reports a diagnostic; an error counts against the unit(s) it concerns. This is the only place where a unit's
   * errors are counted.
   */
  report<C extends Code>(code: C, location: Location, details?: DetailsOf<C>, about?: UnitDraft | readonly UnitDraft[]): void {
    const d = diagOf(code, location, details);
    const keptBefore = this.sink.kept.length;
    this.sink.push(d);
    if (about === undefined) return;
    const units = Array.isArray(about) ? (about as readonly UnitDraft[]) : [about as UnitDraft];
    if (this.sink.kept.length > keptBefore) this.concerns.set(d, units.slice(0, 1000));
    if (d.severity === 'error') for (const unit of units) (unit as { errors: number }).errors++;
  }

  /**
   * Errors already reported for a unit's whole sheet (a criterion with no column) that each of its units carries:
   * the one other place, beside `report`, where a unit's errors are counted.
   */
  carry(unit: UnitDraft, errors: number): void {
    (unit as { errors: number }).errors += errors;
  }

  /** Errors reported so far in the run. */
  get errorCount(): number {
    return this.sink.counts.error;
  }

  /** A unit with zero points and no errors yet. */
  draft(code: string, name: string, source: SourceRef, layout: Layout): UnitDraft {
    const adjustments = this.set.adjustments.length > 0 ? new Int32Array(this.set.adjustments.length) : NO_ADJUSTMENTS;
    const at = this.slab.next();
    return new Draft(this.created++, code, name, sourceOf(source), layout, this.slab, this.slab.current, at, adjustments);
  }

  resolveBlock(raw: string): string | undefined {
    return this.blockByKey.get(asciiKey(raw));
  }

  /** The block a unit needs and has not: none given where the set ranks by block. */
  needsBlock(unit: UnitDraft, fixed: string | undefined, raw: string): boolean {
    if (this.set.blocks.length <= 1 || this.role === 'self') return false;
    return (fixed ?? (raw !== '' ? raw : this.unitList?.byCode.get(unit.code)?.block) ?? '') === '';
  }

  /**
   * Gives a unit its block: --block for the whole input, else what its row or form says, else the official unit
   * list, else the set's only block. A block the set does not have, or none where the set ranks by block, is an error
   * (`missing` says where that one is reported: at the unit, or collected for one diagnostic over a sheet). The unit is
   * located at `unitLoc`, by default its row.
   */
  assignBlock(unit: UnitDraft, fixed: string | undefined, raw: string, rawLoc: Locate | undefined, unitLoc?: Location, missing?: UnitDraft[]): void {
    const set = this.set;
    if (set.blocks.length === 0 || this.role === 'self') return;
    const listed = this.unitList?.byCode.get(unit.code)?.block;
    const given = fixed ?? (raw !== '' ? raw : listed);
    if (given !== undefined && given !== '') {
      unit.blockId = this.resolveBlock(given);
      if (unit.blockId === undefined) this.report('row/unknown-block', rawLoc && given === raw ? located(rawLoc) : (unitLoc ?? unitLocation(unit)), { block: given, blocks: this.blockList }, unit);
    } else if (set.blocks.length === 1) unit.blockId = set.blocks[0]?.id;
    else if (missing) missing.push(unit);
    else this.report('row/missing-block', rawLoc ? located(rawLoc) : (unitLoc ?? unitLocation(unit)), { blocks: this.blockList }, unit);
  }

  /** Adds a finished unit, checking it against the official list and the units already seen. */
  admit(unit: UnitDraft, seen: Sighting): void {
    this.checkListed(unit, seen);
    const first = this.byCode.get(unit.code);
    if (first) this.report('row/duplicate-unit', located(seen.codeAt), { unit: unit.code, ...whereOf(this.codeAt.location(first.key, first.code)) }, first.errors === 0 ? [unit, first] : unit);
    else {
      this.byCode.set(unit.code, unit);
      this.codeAt.set(unit.key, unit.code, seen.codeAt);
    }
    this.checkName(unit, seen);
    this.drafts.push(unit);
  }

  private checkListed(unit: UnitDraft, { rawName, codeAt, nameAt }: Sighting): void {
    if (!this.unitList) return;
    const listed = this.unitList.byCode.get(unit.code);
    if (!listed) {
      this.report('units/unknown-unit', located(codeAt), { unit: unit.code, list: this.unitList.file }, unit);
      return;
    }
    if (rawName !== '' && unit.name !== unit.code && toneKey(listed.name) !== toneKey(unit.name))
      this.report('units/name-mismatch', located(nameAt ?? codeAt), { unit: unit.code, name: unit.name, listed: listed.name, list: this.unitList.file });
    // Published tables use the official name.
    unit.name = listed.name;
  }

  private checkName(unit: UnitDraft, { rawName, cleanName, nameAt }: Sighting): void {
    if (nameAt === undefined || rawName === '') return;
    const block = unit.blockId ?? '';
    let names = this.byName.get(block);
    if (!names) this.byName.set(block, (names = new Map()));
    // foldKey is cleanText, lower-cased: from the name the reader cleaned, only the lower-casing is left
    const key = cleanName !== undefined ? cleanName.toLowerCase() : foldKey(rawName);
    const hash = hashOf(key);
    const found = names.get(hash);
    // The units under one hash are told apart by their folded names, made again from the names as typed (rare).
    let seen: UnitDraft | undefined;
    if (found !== undefined) for (const u of Array.isArray(found) ? found : [found]) if (foldKey(this.rawNames.get(u.key) ?? u.name) === key) (seen ??= u);
    const seenRaw = seen ? (this.rawNames.get(seen.key) ?? seen.name) : '';
    if (!seen) {
      names.set(hash, found === undefined ? unit : Array.isArray(found) ? [...found, unit] : [found, unit]);
      this.nameAt.set(unit.key, unit.code, nameAt);
      if (rawName !== unit.name) this.rawNames.set(unit.key, rawName);
    } else if (seenRaw !== rawName && seenRaw.normalize('NFC') === rawName.normalize('NFC'))
      this.report('row/name-unicode-variant', located(nameAt), { name: unit.name, ...whereOf(this.nameAt.location(seen.key, seen.code)) });
    else if (seen.code !== unit.code) this.report('row/duplicate-name', located(nameAt), { unit: unit.code, other: seen.code, name: unit.name });
  }

  /** True when a unit of this code was admitted. */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Units of the official list that no input had (call once every sheet is read). */
  reportUnsubmitted(): void {
    if (!this.unitList) return;
    for (const listed of this.unitList.byCode.values()) {
      if (!this.byCode.has(listed.code))
        this.report('units/not-submitted', { file: this.unitList.file, row: listed.row, unit: listed.code }, { unit: listed.code, name: listed.name });
    }
  }

  /**
   * The units read, as immutable records, in the order they were admitted (a unit's key is its position). Called
   * once, last: what reading needed (the lookups by code and name, the drafts) is let go as the records are made, so
   * that the two are not held at once.
   */
  finish(): readonly UnitRecord[] {
    this.finishedKeys = this.unitKeys();
    this.byCode.clear();
    this.byName.clear();
    this.codeAt.clear();
    this.nameAt.clear();
    this.rawNames.clear();
    this.concerns.clear();
    const drafts: (UnitDraft | undefined)[] = this.drafts.splice(0);
    const records = new Array<UnitRecord>(drafts.length);
    for (let i = 0; i < drafts.length; i++) {
      records[i] = recordOf(drafts[i]!, i);
      drafts[i] = undefined;
    }
    return Object.freeze(records);
  }

  /** The keys of the units each kept diagnostic was reported about (in the order of finish()). */
  unitKeys(): ReadonlyMap<Diagnostic, readonly number[]> {
    if (this.finishedKeys) return this.finishedKeys;
    const out = new Map<Diagnostic, readonly number[]>();
    if (this.concerns.size === 0) return out;
    const keyOf = new Map(this.drafts.map((d, i) => [d, i]));
    for (const [d, units] of this.concerns) {
      const keys = units.flatMap((u) => (keyOf.has(u) ? [keyOf.get(u)!] : []));
      if (keys.length > 0) out.set(d, Object.freeze(keys));
    }
    return out;
  }
}

/** FNV-1a of a string's UTF-16 code units, in 30 bits (a small integer: a map keyed by it keeps no number objects). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * A unit while it is read is already its record (a Unit: no second object is made for it when the sheet is done):
 * its leaves a place in a slab block, as codes of the slab's values where the block holds codes; frozen by `finish`.
 */
class Draft extends Unit implements UnitDraft {
  constructor(
    key: number,
    code: string,
    name: string,
    source: SourceRef,
    layout: Layout,
    private readonly slab: PointsSlab,
    block: PointCodes,
    at: number,
    adjustments: LeafPoints,
  ) {
    super([block, slab.valuesOf(block), at, adjustments, undefined], key, code, name, undefined, source, layout, NONE_WRITTEN, 0, undefined);
  }

  get adjustments(): LeafPoints {
    return this.adjustmentPoints;
  }

  setLeaf(i: number, v: number): void {
    const block = this.codes;
    if (block.BYTES_PER_ELEMENT === 4) {
      block[this.at + i] = v;
      return;
    }
    const code = this.slab.code(v);
    if (!PointsSlab.holds(block, code)) {
      // a value past what this block's codes hold: the unit moves to a block as wide as the codes need now
      this.at = this.slab.widen(block, this.at);
      this.codes = this.slab.current;
      this.values = this.slab.valuesOf(this.codes);
      return this.setLeaf(i, v);
    }
    block[this.at + i] = code;
  }

  setLeaves(v: number | LeafPoints): void {
    const width = this.slab.width;
    for (let i = 0; i < width; i++) this.setLeaf(i, typeof v === 'number' ? v : (v[i] as number));
  }

  setSelf(points: LeafPoints): void {
    this.selfPoints = UnitPoints.of(points, NO_ADJUSTMENTS);
  }

  setCells(cells: { final: LeafCells; self?: LeafCells }): void {
    this.where = cells;
  }

  setRowCells(cells: RowCells): void {
    this.where = cells;
  }

  addWritten(...totals: WrittenTotal[]): void {
    if (totals.length === 0) return;
    this.writtenList = this.writtenList === NONE_WRITTEN ? totals : [...this.writtenList, ...totals];
  }

  /** The unit as a record: its key (its place among the units admitted), frozen with its list of written totals. */
  record(key: number): Unit {
    this.key = key;
    Object.freeze(this.writtenList);
    Object.freeze(this);
    return this;
  }
}

/** No written totals: one frozen empty list shared by every unit without any. */
const NONE_WRITTEN: readonly WrittenTotal[] = Object.freeze([]);

function recordOf(u: UnitDraft, key: number): UnitRecord {
  return (u as Draft).record(key);
}
