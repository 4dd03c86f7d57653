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

/**
 * A unit's points, in micro-points, read through accessors; the arrays stay inside. A unit's leaves are a place in a
 * slab block shared with other units (its block and offset), not a typed-array view of its own (about 90 bytes each).
 */
export class UnitPoints {
  private constructor(
    private readonly block: Int32Array,
    private readonly at: number,
    private readonly adjustmentPoints: LeafPoints,
    private readonly selfBlock: Int32Array | undefined,
    private readonly selfAt: number,
  ) {}

  /** Points from the views a reader filled: leaf points, bonus and penalty points, self-assessed leaf points. */
  static of(leaves: LeafPoints, adjustmentPoints: LeafPoints, selfLeaves?: LeafPoints): UnitPoints {
    const self = selfLeaves ? wholeOf(selfLeaves) : undefined;
    return new UnitPoints(wholeOf(leaves), leaves.byteOffset >> 2, adjustmentPoints, self, selfLeaves ? selfLeaves.byteOffset >> 2 : 0);
  }

  /** Points of a leaf by its index in the set; NOT_APPLICABLE where the leaf does not apply. Appraised where known. */
  leaf(i: number): number {
    return this.block[this.at + i] as number;
  }

  /** Self-assessed points of a leaf; NOT_GIVEN where the submission has none. */
  self(i: number): number {
    return this.selfBlock ? (this.selfBlock[this.selfAt + i] as number) : NOT_GIVEN;
  }

  get hasSelf(): boolean {
    return this.selfBlock !== undefined;
  }

  /** Points of a bonus or penalty (always ≥ 0; its kind gives the sign); 0 when absent. */
  adjustment(i: number): Micro {
    return this.adjustmentPoints[i] ?? 0;
  }

  /** Points from a place in a slab block (a draft's leaves), the rest as `of` takes them. */
  static at(block: Int32Array, at: number, adjustmentPoints: LeafPoints, selfLeaves?: LeafPoints): UnitPoints {
    return new UnitPoints(block, at, adjustmentPoints, selfLeaves ? wholeOf(selfLeaves) : undefined, selfLeaves ? selfLeaves.byteOffset >> 2 : 0);
  }

  /** The same points with self-assessed ones beside them. */
  withSelf(self: UnitPoints): UnitPoints {
    return new UnitPoints(this.block, this.at, this.adjustmentPoints, self.block, self.at);
  }
}

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

/** @deprecated the earlier name of UnitRecord, kept while the report stage still uses it */
export type UnitRow = UnitRecord;

/** The one definition: a unit with an error is not scored, ranked or reconciled. */
export function unitHasErrors(unit: Pick<UnitRecord, 'errors'>): boolean {
  return unit.errors > 0;
}

/** The unit with one more error, found once it was read (by scoring: no criterion applies to it). */
export function withError(unit: UnitRecord): UnitRecord {
  return Object.freeze({ ...unit, errors: unit.errors + 1 });
}

/** A point value as stored: NaN (non-applicable) becomes NOT_APPLICABLE. */
export const storedPoints = (v: number): number => (Number.isNaN(v) ? NOT_APPLICABLE : v);

/** Hands out the leaf-points arrays of units from shared blocks, not one allocation per unit. */
export class PointsSlab {
  private block = new Int32Array(0);
  private used = 0;
  constructor(private readonly width: number, private readonly perBlock = 1024) {}
  take(): LeafPoints {
    const at = this.next();
    return this.block.subarray(at, at + this.width);
  }

  /** The offset of a unit's leaves in `current` (which it may replace): a place, with no typed-array view per unit. */
  next(): number {
    if (this.used + this.width > this.block.length) {
      this.block = new Int32Array(this.width * this.perBlock);
      this.used = 0;
    }
    const at = this.used;
    this.used += this.width;
    return at;
  }

  /** The block `next` handed its last place in. */
  get current(): Int32Array {
    return this.block;
  }
}
