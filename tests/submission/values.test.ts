/**
 * A cell read as points: the per-cell path every score cell of a sheet takes (text through the decimal parser and a
 * per-column cache, numbers straight to micro-points), as a table of what people type.
 */
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/text.js';
import type { CriteriaSet, Leaf } from '../../src/criteria/model.js';
import type { Cell } from '../../src/sheet/types.js';
import { isProblem, leafInterpreter, type Interpretation } from '../../src/submission/values.js';
import { loadObject, smallSet } from '../helpers/criteria.js';

function setWithNa(): CriteriaSet {
  const json = smallSet();
  json.naTokens = ['KĐG', 'N/A'];
  (json.criteria as { naAllowed?: boolean }[])[1]!.naAllowed = true;
  const load = loadObject(json);
  if (load.fatal || !load.set) throw new Error(JSON.stringify(load.diagnostics));
  return load.set;
}

const set = setWithNa();
const leaf = (code: string): Leaf => set.leaves.find((l) => l.code === code)!;
const opts = { naKeys: new Set<string>(set.naTokens.map(foldKey)), naTokens: set.naTokens };
const outcome = (v: Interpretation): unknown => (isProblem(v) ? [v.problem, v.details.value] : v);

describe('a points leaf (max 4, non-applicable allowed): what a cell reads as', () => {
  const cases: [string, Cell, unknown][] = [
    ['an integer', '1', 1_000_000],
    ['a decimal point', '0.5', 500_000],
    ['a decimal comma', '0,5', 500_000],
    ['white space around', ' \t2.25 ', 2_250_000],
    ['a no-break space around', '\u00a03,75\u00a0', 3_750_000],
    ['the maximum', '4', 4_000_000],
    ['six decimals', '0.000001', 1],
    ['a plus sign', '+1', 1_000_000],
    ['minus zero', '-0', 0],
    ['"1.000": a decimal point, not thousands', '1.000', 1_000_000],
    ['"1,000": a decimal comma, not thousands', '1,000', 1_000_000],
    ['above the maximum, shown trimmed', ' 4,5 ', ['cell/out-of-range', '4,5']],
    ['negative', '-1', ['cell/out-of-range', '-1']],
    ['seven decimals', '0.1234567', ['cell/too-precise', '0.1234567']],
    ['a thousands separator and a decimal', '1.000,5', ['cell/not-a-number', '1.000,5']],
    ['a space inside', '1 000', ['cell/not-a-number', '1 000']],
    ['two separators', '1..5', ['cell/not-a-number', '1..5']],
    ['a lone separator', ',', ['cell/not-a-number', ',']],
    ['a word', 'abc', ['cell/not-a-number', 'abc']],
    ['a percent sign (not a percent leaf)', '50%', ['cell/not-a-number', '50%']],
    ['blank text', '   ', ['cell/empty', undefined]],
    ['the non-applicable mark', 'KĐG', Number.NaN],
    ['the mark in lower case, spaced', ' kđg ', Number.NaN],
    ['the other mark', 'n/a', Number.NaN],
    ['a look-alike of the mark', 'KDG', ['cell/na-lookalike', 'KDG']],
    ['a binary number', 0.79, 790_000],
    ['a binary number past float noise', 0.1 + 0.2, 300_000],
    ['a binary number above the maximum', 5, ['cell/out-of-range', '5']],
    ['a binary number with seven decimals', 0.1234567, ['cell/too-precise', '0.1234567']],
    ['a binary number that is not finite', Number.POSITIVE_INFINITY, ['cell/not-a-number', 'Infinity']],
    ['an empty cell', null, ['cell/empty', undefined]],
    ['a boolean', true, ['cell/not-a-number', 'true']],
  ];
  const read = leafInterpreter(leaf('2'), opts);
  it.each(cases)('%s', (_what, cell, expected) => {
    expect(outcome(read(cell))).toEqual(expected);
    // the second reading comes from the column's cache: the same
    expect(outcome(read(cell))).toEqual(expected);
  });
});

describe('the other rules read numbers and texts alike', () => {
  it('yes/no: 1 and 0 as text or number, words; anything else is an unknown answer shown as typed', () => {
    const read = leafInterpreter(leaf('1.1'), opts);
    expect([read('1'), read(1), read('0'), read(0), read('Có'), read('không')]).toEqual([2_000_000, 2_000_000, 0, 0, 2_000_000, 0]);
    expect(outcome(read(0.5))).toEqual(['cell/unknown-answer', '0.5']);
    expect(outcome(read(' 2 '))).toEqual(['cell/unknown-answer', '2']);
  });

  it('bands: a measured value from text or a number, out of range shown as typed', () => {
    const read = leafInterpreter(leaf('1.2'), opts);
    expect([read('100'), read(95), read('95,5'), read(10)]).toEqual([4_000_000, 2_000_000, 2_000_000, 0]);
    expect(outcome(read(101))).toEqual(['cell/value-out-of-range', '101']);
    expect(outcome(read(' 101 % '))).toEqual(['cell/value-out-of-range', '101 %']);
  });
});
