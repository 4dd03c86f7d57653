/**
 * Running sums of the answers, per unit × survey item × respondent group. Nothing per respondent is kept here, so
 * a million questionnaires take the memory of the units × items × groups they are about.
 */
import { SCALE, scaleMicro, type Micro } from '../core/decimal.js';
import type { CriteriaSet, Leaf } from '../criteria/model.js';
import type { Location } from '../diagnostics/types.js';

export interface UnitTally {
  readonly code: string;
  name: string;
  /** Where the unit's first questionnaire was read */
  readonly first: Location;
  respondents: number;
  /** Sum of points (micro) per item × group: index slot * groups + group */
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  /** Answers at or above "satisfied", per item */
  readonly satisfied: Int32Array;
}

export class SurveyTally {
  /** The set's survey leaves, in the set's order; an item's slot is its index here */
  readonly items: readonly Leaf[];
  readonly slotOf: ReadonlyMap<number, number>;
  /** Points from which an answer counts as satisfied, per slot */
  readonly satisfiedFrom: readonly Micro[];
  readonly groups: number;
  readonly units = new Map<string, UnitTally>();

  /** `satisfiedAt`: the share of an item's max (micro-percent, 60 % → 60_000_000) from which an answer is "satisfied". */
  constructor(readonly set: CriteriaSet, readonly satisfiedAt: Micro) {
    this.items = set.leaves.filter((l) => l.method === 'survey');
    this.slotOf = new Map(this.items.map((l, slot) => [l.leafIndex, slot]));
    this.satisfiedFrom = this.items.map((l) => scaleMicro(l.max, satisfiedAt, 100 * SCALE));
    this.groups = Math.max(1, set.surveyGroups.length);
  }

  unit(code: string, name: string, at: () => Location): UnitTally {
    let u = this.units.get(code);
    if (!u) {
      const cells = this.items.length * this.groups;
      u = { code, name, first: at(), respondents: 0, sums: new Float64Array(cells), counts: new Int32Array(cells), satisfied: new Int32Array(this.items.length) };
      this.units.set(code, u);
    } else if (u.name === u.code && name !== '') u.name = name;
    return u;
  }

  add(u: UnitTally, slot: number, group: number, points: Micro): void {
    const i = slot * this.groups + group;
    u.sums[i] = (u.sums[i] ?? 0) + points;
    u.counts[i] = (u.counts[i] ?? 0) + 1;
    if (points >= (this.satisfiedFrom[slot] ?? 0)) u.satisfied[slot] = (u.satisfied[slot] ?? 0) + 1;
  }
}
