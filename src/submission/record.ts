/**
 * What a submission is made of, as plain immutable values: one `UnitRecord` per unit read, its points behind an
 * accessor (Int32 micro-point slabs, not one array per unit) and the totals someone wrote beside them.
 */
import { NOT_APPLICABLE, NOT_GIVEN, type ExactDecimal, type LeafPoints, type Micro } from '../core/decimal.js';
import type { Location } from '../diagnostics/types.js';

export type { Layout } from './layout-names.js';
import type { Layout } from './layout-names.js';

export interface SourceRef {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
}

/** A number someone wrote in the sheet, exactly as written. */
export interface WrittenValue {
  readonly value: ExactDecimal;
  /** Decimals written (at most 6): the check allows half a unit of the last one */
  readonly decimals: number;
  readonly text: string;
}

/** Which computed figure a written number states. */
export type WrittenTarget =
  /** The unit's total, adjustments and caps included ("Tổng điểm" column of a wide sheet) */
  | { readonly kind: 'total' }
  /** The index in % ("Chỉ số") */
  | { readonly kind: 'index' }
  /** The plain sum of the leaves under a criterion, or of all leaves (a form's subtotal and total rows) */
  | { readonly kind: 'sum'; readonly nodeKey: string | undefined; readonly column: 'final' | 'self' };

export interface WrittenTotal {
  readonly target: WrittenTarget;
  readonly written: WrittenValue;
  readonly at: Location;
}

/** Where a leaf's score was read: a row and a column per leaf, or one for all (0-based column, 1-based row). */
export interface LeafCells {
  readonly sheet: { readonly file: string; readonly sheet?: string };
  readonly rows: number | Int32Array;
  readonly cols: number | Int32Array;
}

/** The Int32Array over the whole of a view's buffer, one per buffer (a PointsSlab block serves 1,024 units). */
const wholeBlocks = new WeakMap<ArrayBufferLike, Int32Array>();
function wholeOf(view: LeafPoints): Int32Array {
  let block = wholeBlocks.get(view.buffer);
  if (!block) wholeBlocks.set(view.buffer, (block = new Int32Array(view.buffer)));
  return block;
}

/** Leaf points as stored: codes into a list of values (one byte or two a leaf), or the values themselves (Int32). */
export type PointCodes = Uint8Array | Uint16Array | Int32Array;

/**
 * A unit's points, in micro-points, read through accessors; the arrays stay inside. A unit's leaves are a place in a
 * slab block shared with other units (its block and offset), not a typed-array view of its own (about 90 bytes each).
 * A block holds codes into its slab's list of the values seen (a column of scores repeats a few dozen values: one
 * byte a leaf where 256 values do), or the values themselves.
 */
export class UnitPoints {
  /** (A unit being read moves its leaves to a wider block: the place is set again, until the unit is frozen.) */
  protected constructor(
    protected codes: PointCodes,
    /** What the codes stand for; undefined: the codes are the values */
    protected values: readonly number[] | undefined,
    protected at: number,
    protected readonly adjustmentPoints: LeafPoints,
    protected selfPoints: UnitPoints | undefined,
  ) {}

  /** Points from the views a reader filled: leaf points, bonus and penalty points, self-assessed leaf points. */
  static of(leaves: LeafPoints, adjustmentPoints: LeafPoints, selfLeaves?: LeafPoints): UnitPoints {
    return new UnitPoints(wholeOf(leaves), undefined, leaves.byteOffset >> 2, adjustmentPoints, selfLeaves ? UnitPoints.of(selfLeaves, NO_POINTS) : undefined);
  }

  /** Points from a place in a slab block (a draft's leaves), the rest as `of` takes them. */
  static at(codes: PointCodes, values: readonly number[] | undefined, at: number, adjustmentPoints: LeafPoints, selfLeaves?: LeafPoints): UnitPoints {
    return new UnitPoints(codes, values, at, adjustmentPoints, selfLeaves ? UnitPoints.of(selfLeaves, NO_POINTS) : undefined);
  }

  /** Points of a leaf by its index in the set; NOT_APPLICABLE where the leaf does not apply. Appraised where known. */
  leaf(i: number): number {
    const code = this.codes[this.at + i] as number;
    return this.values === undefined ? code : (this.values[code] as number);
  }

  /**
   * Where the leaves are kept, for a reader of many units that converts each distinct value once (the JSON report):
   * leaf i is values[codes[at + i]], or codes[at + i] itself where there are no values (leaf(i) says the same).
   */
  leafStore(): LeafStore {
    return { codes: this.codes, values: this.values, at: this.at };
  }

  /** Self-assessed points of a leaf; NOT_GIVEN where the submission has none. */
  self(i: number): number {
    return this.selfPoints ? this.selfPoints.leaf(i) : NOT_GIVEN;
  }

  get hasSelf(): boolean {
    return this.selfPoints !== undefined;
  }

  /** Points of a bonus or penalty (always ≥ 0; its kind gives the sign); 0 when absent. */
  adjustment(i: number): Micro {
    return this.adjustmentPoints[i] ?? 0;
  }

  /** The same points with self-assessed ones beside them (the other's leaves). */
  withSelf(self: UnitPoints): UnitPoints {
    return new UnitPoints(this.codes, this.values, this.at, this.adjustmentPoints, UnitPoints.leavesOf(self));
  }

  /** The leaves of other points alone (not the record they may be part of) */
  protected static leavesOf(p: UnitPoints): UnitPoints {
    return new UnitPoints(p.codes, p.values, p.at, NO_POINTS, undefined);
  }

  /** The arguments that make these points again, with other self-assessed ones */
  protected storage(self: UnitPoints | undefined): PointsStorage {
    return [this.codes, this.values, this.at, this.adjustmentPoints, self];
  }

}

const NO_POINTS = new Int32Array(0);

/** A unit's leaves as stored (UnitPoints.leafStore) */
export interface LeafStore {
  readonly codes: PointCodes;
  readonly values: readonly number[] | undefined;
  readonly at: number;
}

/** What makes a UnitPoints: codes (or values), what the codes stand for, the place, adjustments, self-assessed leaves */
export type PointsStorage = [PointCodes, readonly number[] | undefined, number, LeafPoints, UnitPoints | undefined];

export interface UnitRecord {
  /** Position among the units of the submission: the unit's key (two rows may share a code) */
  readonly key: number;
  readonly code: string;
  readonly name: string;
  readonly blockId: string | undefined;
  readonly source: SourceRef;
  /** Layout of the sheet the unit came from */
  readonly layout: Layout;
  readonly points: UnitPoints;
  /** Totals someone wrote beside the scores, to check against ours */
  readonly written: readonly WrittenTotal[];
  /** Where each leaf's score was read, for messages about it */
  readonly cells?: { readonly final: LeafCells; readonly self?: LeafCells };
  /** Errors found for this unit (see unitHasErrors) */
  readonly errors: number;
}

/** Where the units of a wide sheet had their leaves: the sheet and a column per leaf (the row is each unit's own). */
export interface RowCells {
  readonly sheet: LeafCells['sheet'];
  readonly cols: Int32Array;
}

type CellsOf = NonNullable<UnitRecord['cells']>;

/**
 * A unit as a run keeps it: one object holding its identity, its points (it is its own `points`: the leaves' place in
 * a slab block, no object beside it) and where its leaves were read (a wide sheet's units share the sheet's columns;
 * their `cells` are made when asked for). Frozen once made.
 */
export class Unit extends UnitPoints implements UnitRecord {
  /** The fields are set while the unit is read (src/submission/registry.ts), then the unit is frozen. */
  constructor(
    storage: PointsStorage,
    public key: number,
    readonly code: string,
    public name: string,
    public blockId: string | undefined,
    readonly source: SourceRef,
    readonly layout: Layout,
    protected writtenList: readonly WrittenTotal[],
    public errors: number,
    protected where: CellsOf | RowCells | undefined,
  ) {
    super(...storage);
  }

  get points(): UnitPoints {
    return this;
  }

  get written(): readonly WrittenTotal[] {
    return this.writtenList;
  }

  get cells(): CellsOf | undefined {
    const w = this.where;
    if (w === undefined || 'final' in w) return w;
    return { final: { sheet: w.sheet, rows: this.source.row, cols: w.cols } };
  }

  /** The same unit with `errors` errors, or with other self-assessed points. */
  with(change: { readonly errors?: number; readonly self?: UnitPoints }): Unit {
    const self = change.self ? UnitPoints.leavesOf(change.self) : this.selfPoints;
    const copy = new Unit(this.storage(self), this.key, this.code, this.name, this.blockId, this.source, this.layout, this.writtenList, change.errors ?? this.errors, this.where);
    Object.freeze(copy);
    return copy;
  }
}

/** The unit with self-assessed points beside its own (those of `self`). */
export function withSelfPoints(unit: UnitRecord, self: UnitPoints): UnitRecord {
  if (unit instanceof Unit) return unit.with({ self });
  return Object.freeze({ ...unit, points: unit.points.withSelf(self) });
}

/** @deprecated the earlier name of UnitRecord, kept while the report stage still uses it */
export type UnitRow = UnitRecord;

/** The one definition: a unit with an error is not scored, ranked or reconciled. */
export function unitHasErrors(unit: Pick<UnitRecord, 'errors'>): boolean {
  return unit.errors > 0;
}

/** The unit with one more error, found once it was read (by scoring: no criterion applies to it). */
export function withError(unit: UnitRecord): UnitRecord {
  if (unit instanceof Unit) return unit.with({ errors: unit.errors + 1 });
  return Object.freeze({ ...unit, errors: unit.errors + 1 });
}

/** A point value as stored: NaN (non-applicable) becomes NOT_APPLICABLE. */
export const storedPoints = (v: number): number => (Number.isNaN(v) ? NOT_APPLICABLE : v);

/** Slots of PointsSlab's table of recent values (a power of two), and a value no leaf holds (marks a free slot) */
const RECENT_BITS = 10;
const RECENT = 1 << RECENT_BITS;
const NEVER = -0x7ffffffe;

/** Codes a block of `bytes` a code can hold: 256 values in one byte, 65,536 in two. */
const CODES_IN = { 1: 0x100, 2: 0x10000 } as const;

/**
 * Hands out the places of units' leaf points in shared blocks, not one allocation per unit. Points are stored as
 * codes into `values` (the distinct values seen, in order; code 0 is 0 points, what a fresh block holds): one byte a
 * leaf while 256 values do, two while 65,536 do, then the values themselves (Int32). A block keeps its width; a unit
 * whose next value needs a wider one moves (see `widen`).
 */
export class PointsSlab {
  private block: PointCodes = new Uint8Array(0);
  private used = 0;
  private bytes: 1 | 2 | 4 = 1;
  readonly values: number[] = [0];
  private readonly codeOf = new Map<number, number>([[0, 0]]);
  constructor(readonly width: number, private readonly perBlock = 1024) {}

  /** The offset of a unit's leaves in `current` (which it may replace): a place, with no typed-array view per unit. */
  next(): number {
    if (this.used + this.width > this.block.length || this.block.BYTES_PER_ELEMENT !== this.bytes) {
      const n = this.width * this.perBlock;
      this.block = this.bytes === 1 ? new Uint8Array(n) : this.bytes === 2 ? new Uint16Array(n) : new Int32Array(n);
      this.used = 0;
    }
    const at = this.used;
    this.used += this.width;
    return at;
  }

  /** The block `next` handed its last place in. */
  get current(): PointCodes {
    return this.block;
  }

  /** What the codes of a block stand for; undefined for a block of values. */
  valuesOf(block: PointCodes): readonly number[] | undefined {
    return block.BYTES_PER_ELEMENT === 4 ? undefined : this.values;
  }

  /** The last value seen in each slot of a small table by hash, and its code: most leaves find theirs here */
  private readonly recentValue = new Int32Array(RECENT).fill(NEVER);
  private readonly recentCode = new Int32Array(RECENT);

  /** The code of a value, kept in blocks as wide as `bytes` (a value never seen gets the next code). */
  code(v: number): number {
    const slot = Math.imul(v, 0x9e3779b1) >>> (32 - RECENT_BITS);
    if (this.recentValue[slot] === v && v !== NEVER) return this.recentCode[slot] as number;
    let c = this.codeOf.get(v);
    if (c !== undefined && v === (v | 0)) {
      this.recentValue[slot] = v;
      this.recentCode[slot] = c;
    }
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.codeOf.set(v, c);
      // a block of codes that cannot hold this one: new blocks are wider (a list of values past 2^16 is not kept)
      if (this.bytes !== 4 && c >= CODES_IN[this.bytes]) this.bytes = c >= CODES_IN[2] ? 4 : 2;
    }
    return c;
  }

  /** Whether codes of `block` can hold `code`. */
  static holds(block: PointCodes, code: number): boolean {
    return block.BYTES_PER_ELEMENT === 4 || code < CODES_IN[block.BYTES_PER_ELEMENT as 1 | 2];
  }

  /** A place in a block as wide as the codes need now, holding the leaves of `block` at `at` (a unit that moves). */
  widen(block: PointCodes, at: number): number {
    const to = this.next();
    const into = this.block;
    const values = this.valuesOf(into) === undefined ? this.values : undefined;
    for (let i = 0; i < this.width; i++) {
      const c = block[at + i] as number;
      into[to + i] = values ? (values[c] as number) : c;
    }
    return to;
  }
}
