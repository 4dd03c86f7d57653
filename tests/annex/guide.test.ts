import { describe, expect, it } from 'vitest';
import { guideOf, ruleOfGuide } from '../../src/annex/guide.js';
import { readFileSync } from 'node:fs';
import { importAnnex } from '../../src/annex/import.js';
import { fixturePath } from '../helpers/fixtures.js';
import { numberingOf, settleLetters } from '../../src/annex/numbering.js';
import type { RuleInput } from '../../src/criteria/schema.js';

describe('scoring guides read as rules', () => {
  it('reads the usual wordings', () => {
    expect(ruleOfGuide('Hoàn thành 100% kế hoạch: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm', 1)).toEqual({
      kind: 'bands',
      unit: 'percent',
      bands: [{ min: 100, points: 1 }, { min: 80, points: 0.5 }, { min: 0, points: 0 }],
    });
    expect(ruleOfGuide('Có: 1 điểm; Không: 0 điểm', 1)).toEqual({ kind: 'yesno' });
    expect(ruleOfGuide('- Đạt: 0,5 điểm\n- Không đạt: 0 điểm', 0.5)).toEqual({ kind: 'yesno' });
    expect(ruleOfGuide('Đạt từ 5 sáng kiến trở lên: 2 điểm; từ 2 đến dưới 5: 1 điểm', 2)).toEqual({
      kind: 'bands',
      unit: 'number',
      bands: [{ min: 5, points: 2 }, { min: 2, points: 1 }],
    });
  });

  it('leaves as points what says more than one thing or something else', () => {
    // "Có" worth less than the max: not done / not done, but not yes → max.
    expect(ruleOfGuide('Có: 1 điểm; Không: 0 điểm', 2)).toBeUndefined();
    // "trên 80%" excludes 80: bands start inclusive, so the wording is not a bands rule.
    expect(ruleOfGuide('Trên 80%: 1 điểm; dưới 80%: 0 điểm', 1)).toBeUndefined();
    // A gap between 70 and 80.
    expect(ruleOfGuide('Từ 80% trở lên: 1 điểm; từ 50% đến dưới 70%: 0,5 điểm', 1)).toBeUndefined();
    // Percent and counts mixed.
    expect(ruleOfGuide('Từ 80% trở lên: 1 điểm; dưới 3: 0 điểm', 1)).toBeUndefined();
    expect(ruleOfGuide('Báo cáo đầy đủ: 1 điểm; không đầy đủ: 0,5 điểm; không báo cáo: 0 điểm', 1)).toBeUndefined();
    expect(ruleOfGuide('Hội đồng thẩm định căn cứ thực tế để chấm', 1)).toBeUndefined();
  });

  it('writes every rule kind in words it reads back', () => {
    const cases: [RuleInput, number][] = [
      [{ kind: 'points', step: 0.25 }, 1],
      [{ kind: 'points', allowed: [0, 0.5, 1.5] }, 1.5],
      [{ kind: 'yesno' }, 0.75],
      [{ kind: 'bands', unit: 'percent', bands: [{ min: 95, points: 2 }, { min: 0, points: 0 }] }, 2],
      [{ kind: 'ratio', target: 30, unit: 'percent' }, 1],
      [{ kind: 'options', options: [{ value: 'A', percent: 100 }, { value: 'B', percent: 60 }] }, 3],
    ];
    for (const [rule, max] of cases) {
      const text = guideOf(rule, max);
      expect(ruleOfGuide(text, max), text).toEqual(rule);
    }
  });
});

describe('numbering of an annex', () => {
  it('tells styles apart and reads their numbers', () => {
    expect(numberingOf('IV')).toMatchObject({ style: 'roman', value: '4' });
    expect(numberingOf('II.')).toMatchObject({ style: 'roman', value: '2' });
    expect(numberingOf('3.2.1')).toMatchObject({ style: 'd3', value: '3.2.1' });
    expect(numberingOf('1.')).toMatchObject({ style: 'd1', value: '1' });
    expect(numberingOf('b)')).toMatchObject({ style: 'letter' });
    expect(numberingOf('–')).toMatchObject({ style: '-', label: '-' });
    expect(numberingOf('TC 1.2')).toMatchObject({ style: 'd2', value: '1.2' });
    expect(numberingOf('')).toBeUndefined();
  });
});

describe('capital letters that look like Roman numerals', () => {
  const styles = (labels: string[]) => settleLetters(labels.map(numberingOf)).map((n) => `${n?.label}:${n?.style}${n?.value ? `=${n.value}` : ''}`);
  it.each([
    // a list of capital letters: C, I, L, V and X are letters in it
    [['A.', '1.', 'B.', '1.', 'C.', 'D.'], ['A.:LETTER', '1.:d1=1', 'B.:LETTER', '1.:d1=1', 'C.:LETTER', 'D.:LETTER']],
    [['H.', 'I.', 'K.', 'L.'], ['H.:LETTER', 'I.:LETTER', 'K.:LETTER', 'L.:LETTER']],
    [['T.', 'U.', 'V.', 'X.'], ['T.:LETTER', 'U.:LETTER', 'V.:LETTER', 'X.:LETTER']],
    [['Ư.', 'V.'], ['Ư.:LETTER', 'V.:LETTER']],
    // numerals stay numerals: a list of them, numerals under a letter, a letter not next in the alphabet
    [['I.', 'II.', 'III.', 'IV.', 'V.'], ['I.:roman=1', 'II.:roman=2', 'III.:roman=3', 'IV.:roman=4', 'V.:roman=5']],
    [['H.', 'I.', '1.', 'II.'], ['H.:LETTER', 'I.:roman=1', '1.:d1=1', 'II.:roman=2']],
    [['A.', 'I.', 'II.', 'B.', 'I.'], ['A.:LETTER', 'I.:roman=1', 'II.:roman=2', 'B.:LETTER', 'I.:roman=1']],
    [['C', 'X'], ['C:roman=100', 'X:roman=10']],
  ])('%j', (labels, expected) => {
    expect(styles(labels)).toEqual(expected);
  });
});


describe('an annex whose fields are lettered A., B., C., D.', () => {
  it('numbers C. as the third field, not as the Roman numeral 100', async () => {
    const r = await importAnnex(readFileSync(fixturePath('annex', 'phan-chu-cai.csv')), 'phan-chu-cai.csv', { year: 2024, level: 'commune' });
    const fields = (JSON.parse(r.json ?? '{}') as { criteria: { code: string; label?: string; children: { code: string }[] }[] }).criteria;
    expect(fields.map((f) => [f.code, f.label, f.children.map((c) => c.code)])).toEqual([
      ['1', 'A.', ['1.1', '1.2']],
      ['2', 'B.', ['2.1']],
      ['3', 'C.', ['3.1']],
      ['4', 'D.', ['4.1']],
    ]);
  });
});
