/**
 * The trace of one unit, as plain data: where each leaf's score was read, what was written there, the rule that made
 * it points, the subtotals, adjustments and cap, the exact fraction and its rounding, the rank and the band. Every
 * number is integer micro-points (or micro-percent for band thresholds); renderers only format.
 */
import type { LeafRule } from '../criteria/model.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface CellRef {
  readonly file: string;
  readonly sheet?: string;
  /** A1 reference, e.g. F12 */
  readonly ref: string;
}

export interface LeafTrace {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly method: 'appraisal' | 'survey';
  readonly rule: LeafRule;
  readonly cell: CellRef | null;
  /** The cell's value as written (text as typed, a number as stored); null when the cell is empty or unknown */
  readonly raw: string | null;
  /** Points awarded; null = non-applicable */
  readonly points: number | null;
  /** What the leaf removes from the maximum (its max when non-applicable, else 0) */
  readonly removed: number;
  /** The code of an error found in the cell (its points then count for nothing: the unit is not ranked) */
  readonly problem: string | null;
}

/** A criterion with its subtotal: points over its effective maximum (its max less non-applicable leaves). */
export interface NodeTrace {
  readonly code: string;
  readonly name: string;
  readonly depth: number;
  readonly max: number;
  readonly effectiveMax: number;
  readonly points: number;
  readonly leaf: LeafTrace | null;
  readonly children: readonly NodeTrace[];
}

export interface AdjustmentTrace {
  readonly code: string;
  readonly name: string;
  readonly kind: 'bonus' | 'penalty';
  readonly max: number;
  readonly points: number;
}

export interface Neighbour {
  readonly rank: number;
  readonly code: string;
  readonly name: string;
  /** The index as displayed */
  readonly index: string;
  /** What put this unit and the neighbour in their order: 'index', 'exact-index', a tie-break key, or 'shared' (equal) */
  readonly decidedBy: string;
}

export interface RankTrace {
  readonly rank: number;
  readonly of: number;
  readonly block: string;
  readonly compare: 'shared' | 'exact';
  readonly breakBy: readonly string[];
  /** Units sharing the rank (codes, this unit left out) */
  readonly sharedWith: readonly string[];
  readonly above: Neighbour | null;
  readonly below: Neighbour | null;
}

export interface BandTrace {
  readonly label: string | null;
  /** Lowest index of the band, micro-percent */
  readonly min: number | null;
  /** The next band up and its threshold, when there is one */
  readonly next: { readonly label: string; readonly min: number } | null;
}

export interface FractionTrace {
  /** total / effectiveMax in micro-points */
  readonly num: number;
  readonly den: number;
  /** The same fraction in lowest terms */
  readonly reducedNum: string;
  readonly reducedDen: string;
  /** The index in % with more digits than shown, truncated (for the reader to see the rounding) */
  readonly long: string;
  /** Half-up to the set's decimals: what every report shows */
  readonly shown: string;
  readonly decimals: number;
}

export interface ExplainTrace {
  readonly set: { readonly id: string; readonly title: string; readonly total: number; readonly allowIndexAbove100: boolean };
  /** block: the block's name (its id when the set does not declare it) */
  readonly unit: { readonly code: string; readonly name: string; readonly block: string | null; readonly file: string; readonly sheet?: string; readonly row: number };
  /** false: the unit has errors and is not ranked */
  readonly ranked: boolean;
  readonly fields: readonly NodeTrace[];
  readonly adjustments: readonly AdjustmentTrace[];
  readonly totals: {
    readonly appraisal: number;
    readonly survey: number;
    readonly bonus: number;
    readonly penalty: number;
    /** appraisal + survey + bonus − penalty, before the cap */
    readonly uncapped: number;
    /** After the cap (at most the effective maximum, at least 0); null when not scored */
    readonly total: number | null;
    readonly capped: 'above' | 'below' | null;
    readonly setTotal: number;
    readonly removed: number;
    readonly effectiveMax: number;
  };
  readonly fraction: FractionTrace | null;
  readonly rank: RankTrace | null;
  readonly band: BandTrace | null;
  readonly diagnostics: readonly Diagnostic[];
}
