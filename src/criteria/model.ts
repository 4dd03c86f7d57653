import type { Micro } from '../core/decimal.js';

export type Method = 'appraisal' | 'survey';
export type Level = 'department' | 'district' | 'commune' | 'province' | 'ministry';
export type MeasureUnit = 'percent' | 'number';

export type LeafRule =
  | { readonly kind: 'points'; readonly step?: Micro; readonly allowed?: readonly Micro[] }
  | { readonly kind: 'bands'; readonly unit: MeasureUnit; readonly bands: readonly { min: Micro; points: Micro }[] }
  | { readonly kind: 'yesno' }
  | { readonly kind: 'ratio'; readonly target: Micro; readonly unit: MeasureUnit }
  | { readonly kind: 'options'; readonly options: readonly { value: string; key: string; percent: Micro }[] };

export interface Criterion {
  readonly code: string;
  /** Comparable code (see codeKey) */
  readonly key: string;
  /** The numbering printed in the annex, when it differs from the code ("II", "a)") */
  readonly label?: string;
  readonly name: string;
  readonly max: Micro;
  readonly method: Method;
  readonly naAllowed: boolean;
  readonly evidenceRequired: boolean;
  readonly note?: string;
  readonly children: readonly Criterion[];
  /** JSON path in the criteria file */
  readonly path: string;
  /** 0 for a field */
  readonly depth: number;
  /** Index of the field (top-level criterion) it belongs to */
  readonly fieldIndex: number;
  /** Present on leaves only */
  readonly rule?: LeafRule;
  /** Position among the set's leaves, present on leaves only */
  readonly leafIndex?: number;
}

export interface Leaf extends Criterion {
  readonly rule: LeafRule;
  readonly leafIndex: number;
}

export interface Adjustment {
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly kind: 'bonus' | 'penalty';
  readonly max: Micro;
  readonly index: number;
}

export interface Band {
  readonly label: string;
  /** Lowest index in the band, in micro-percent */
  readonly min: Micro;
}

export interface Block {
  readonly id: string;
  readonly name: string;
  readonly bands: readonly Band[];
}

export interface SurveyGroup {
  readonly id: string;
  readonly name: string;
  /** Relative weight in micro-units */
  readonly weight: Micro;
}

export type TieKey = 'points' | 'appraisal' | 'survey' | 'name' | 'code' | `field:${string}`;

export interface TieRule {
  readonly compare: 'shared' | 'exact';
  readonly breakBy: readonly TieKey[];
}

export interface CriteriaSet {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly level: Level;
  readonly decision?: string;
  readonly total: Micro;
  readonly decimals: number;
  readonly naTokens: readonly string[];
  readonly ties: TieRule;
  readonly allowIndexAbove100: boolean;
  readonly bands: readonly Band[];
  /** Declared blocks; empty when the set ranks every unit together */
  readonly blocks: readonly Block[];
  readonly fields: readonly Criterion[];
  readonly leaves: readonly Leaf[];
  readonly adjustments: readonly Adjustment[];
  /** Every criterion by its comparable code */
  readonly byKey: ReadonlyMap<string, Criterion>;
  readonly appraisalMax: Micro;
  readonly surveyMax: Micro;
  /** Respondent groups with weights; empty when every survey answer counts the same */
  readonly surveyGroups: readonly SurveyGroup[];
  /** Fewest answers per unit and survey item before a warning; 0 when the set does not say */
  readonly minResponses: number;
}

export function isLeaf(c: Criterion): c is Leaf {
  return c.children.length === 0;
}

/** Walks the tree depth-first in the set's order. */
export function* walk(nodes: readonly Criterion[]): Generator<Criterion> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** The bands that apply to a block (its own, or the set's). */
export function bandsFor(set: CriteriaSet, blockId: string | undefined): readonly Band[] {
  const block = set.blocks.find((b) => b.id === blockId);
  return block && block.bands.length > 0 ? block.bands : set.bands;
}
