/** What `parindex compare` reads (one year's results) and what it produces (the comparison), as plain data. */
import type { Micro } from '../core/decimal.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Fraction } from './fraction.js';

export interface YearField {
  readonly code: string;
  /** Unknown when the report does not carry it (a JSON report whose criteria file could not be read) */
  readonly name?: string;
  /** The set's maximum for the field (the largest effective maximum seen when the set itself is not at hand) */
  readonly max?: Micro;
}

export interface YearUnit {
  readonly code: string;
  readonly name: string;
  readonly blockKey: string;
  readonly rank: number;
  /** Total points, exact */
  readonly points: Micro;
  readonly effectiveMax: Micro;
  /** points / effectiveMax × 100, exactly */
  readonly index: Fraction;
  readonly band: string | null;
  /** Component index per field of the year (aligned with YearReport.fields); undefined when non-applicable */
  readonly fields: readonly (Fraction | undefined)[];
}

export interface YearBlock {
  /** Matching key across years: the block id where the report has it, else its folded name */
  readonly key: string;
  /** Whether key is the block id (JSON) rather than the folded name (XLSX, which shows names only) */
  readonly idKnown: boolean;
  readonly name: string;
  readonly bandCounts: readonly { readonly label: string; readonly count: number }[];
  readonly units: readonly YearUnit[];
}

/** One year's results report, as compare needs it. */
export interface YearReport {
  readonly file: string;
  readonly year: number;
  readonly set: { readonly id: string; readonly title: string; readonly sha256?: string };
  readonly fields: readonly YearField[];
  /** Leaf codes of the set, where the report lists them */
  readonly leaves?: readonly string[];
  /** Whether field component indexes are exact (JSON) or the rounded values of the report (XLSX) */
  readonly exactFields: boolean;
  readonly blocks: readonly YearBlock[];
}

export type YearRead = { ok: true; report: YearReport } | { ok: false; reason: string; reasonVi: string };

// ── the comparison ───────────────────────────────────────────────────────────────────────────────────────────

export interface UnitRef {
  readonly code: string;
  readonly name: string;
}

/** Where a later unit comes from. */
export type Origin =
  | { readonly kind: 'same' }
  | { readonly kind: 'renamed'; readonly from: UnitRef }
  | { readonly kind: 'merged'; readonly from: readonly UnitRef[]; readonly weighted: boolean }
  | { readonly kind: 'split'; readonly from: UnitRef }
  | { readonly kind: 'new' };

export type FieldStatus = 'matched' | 'code-only' | 'name-differs' | 'earlier-only' | 'later-only';

export interface FieldMatch {
  readonly code: string;
  readonly earlierName?: string;
  readonly laterName?: string;
  readonly status: FieldStatus;
  readonly earlierMax?: Micro;
  readonly laterMax?: Micro;
}

export interface UnitChange {
  readonly code: string;
  readonly name: string;
  readonly origin: Origin;
  readonly index: Fraction;
  readonly rank: number;
  readonly band: string | null;
  readonly earlierIndex?: Fraction;
  readonly indexChange?: Fraction;
  readonly earlierRank?: number;
  /** earlier rank − later rank: positive is a rise */
  readonly rankChange?: number;
  readonly earlierBand?: string | null;
  readonly bandChanged?: boolean;
  /** Total points change, only when both years used the same criteria set and the unit is the same unit */
  readonly pointsChange?: Micro;
  /** Per matched field (PairComparison.fields with status matched or code-only, in order) */
  readonly fieldChanges: readonly (Fraction | undefined)[];
}

export interface BlockStats {
  readonly units: number;
  readonly mean?: Fraction;
  readonly bandCounts: readonly { readonly label: string; readonly count: number }[];
}

export interface BlockComparison {
  readonly key: string;
  readonly name: string;
  readonly earlier?: BlockStats;
  readonly later?: BlockStats;
  readonly rows: readonly UnitChange[];
  /** Earlier units of this block with no successor in the later year */
  readonly gone: readonly UnitRef[];
}

export type SetChange =
  | { readonly kind: 'field-added' | 'field-removed'; readonly code: string }
  | { readonly kind: 'field-renamed'; readonly code: string; readonly from: string; readonly to: string }
  | { readonly kind: 'field-max'; readonly code: string; readonly from: Micro; readonly to: Micro }
  | { readonly kind: 'leaves'; readonly added: readonly string[]; readonly removed: readonly string[] };

export interface PairComparison {
  readonly earlier: number;
  readonly later: number;
  /** Empty when both years used the same criteria set (same fields, names, maxima and leaves) */
  readonly setChanges: readonly SetChange[];
  readonly fields: readonly FieldMatch[];
  readonly blocks: readonly BlockComparison[];
  readonly newUnits: readonly UnitRef[];
  readonly goneUnits: readonly UnitRef[];
}

export interface TrendRow {
  readonly code: string;
  readonly name: string;
  readonly origin: Origin;
  /** Index per year; for a merged unit the predecessors' weighted mean; undefined where the unit has no value */
  readonly values: readonly (Fraction | undefined)[];
}

export interface TrendBlock {
  readonly key: string;
  readonly name: string;
  readonly means: readonly (Fraction | undefined)[];
  readonly rows: readonly TrendRow[];
}

export interface YearHead {
  readonly year: number;
  readonly file: string;
  readonly setId: string;
  readonly setTitle: string;
}

export interface Comparison {
  readonly years: readonly YearHead[];
  readonly pairs: readonly PairComparison[];
  /** Only with three years or more */
  readonly trend?: readonly TrendBlock[];
  readonly mapFile?: string;
  /** The unit map's weight column (population…), when it has one */
  readonly mapWeightColumn?: string;
  readonly diagnostics: readonly Diagnostic[];
}
