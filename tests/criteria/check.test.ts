import { describe, expect, it } from 'vitest';
import { heldExactly, setRules } from '../../src/criteria/check.js';
import { resolveTieKey } from '../../src/criteria/ties.js';
import { isLeaf, walk, type Criterion } from '../../src/criteria/model.js';
import { CriteriaSetSchema } from '../../src/criteria/schema.js';
import { catalogue, messageOf } from '../../src/diagnostics/catalogue.js';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import { micro } from '../../src/core/decimal.js';
import { loadObject, smallSet, type Json, type JsonObject } from '../helpers/criteria.js';
import { readFileSync } from 'node:fs';
import { formatPath, literalPrecision, MAX_JSON_DEPTH } from '../../src/criteria/json-locate.js';
import { fixturePath, jsonFixtures, loadCriteriaFixture, readFixture, validCriteriaFixture } from '../helpers/fixtures.js';

/** The text found at a 1-based line and column of a file. */
function textAt(text: string, line: number, col: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(col - 1);
}

interface BrokenCase {
  readonly path: string | undefined;
  /** What the file shows at the reported line:column. */
  readonly at: string;
  readonly message?: string;
  /** The file cannot be worked with at all (exit 2) */
  readonly fatal?: boolean;
}

/** One broken fixture per check, named after the code it must fire. */
const broken: Record<string, BrokenCase> = {
  'set/invalid-json': { path: 'criteria[1]', at: '}', fatal: true, message: 'not valid JSON: a comma before the closing bracket; found "}"' },
  'set/not-text': {
    path: undefined,
    at: '\ufffd',
    fatal: true,
    message: 'not a text file: it holds bytes that are not UTF-8 (maybe Windows-1258 or TCVN3)',
  },
  'set/too-deep': {
    path: `criteria[1].note${'[0]'.repeat(MAX_JSON_DEPTH + 1 - 4)}`,
    // The 65th container (root, criteria, criteria[1], then the note's 62nd bracket of 70): 9 brackets from there
    at: `${'['.repeat(9)}]`,
    fatal: true,
    message: 'objects and arrays are nested more than 64 deep here',
  },
  'set/duplicate-key': {
    path: 'criteria[1].max',
    at: '"max": 4 }',
    message: 'key "max" is written again (first at line 31, column 59); only one value can count',
  },
  'set/unknown-key': { path: 'criteria[0].children[1].weight', at: '"weight"', message: 'unknown key "weight"' },
  'set/missing-key': { path: 'criteria[1].name', at: '{ "code": "2"', message: 'missing required key "name" (expected a string)' },
  'set/wrong-type': { path: 'criteria[0].children[0].max', at: '"2"', message: 'expected a number; found "2"' },
  'set/not-a-choice': {
    path: 'level',
    at: '"xa"',
    message: 'expected one of "department", "district", "commune", "province", "ministry"; found "xa"',
  },
  'set/out-of-range': { path: 'criteria[1].max', at: '-4 }', message: '-4 is out of range: expected ≥ 0' },
  'set/too-precise': {
    path: 'criteria[1].children[1].max',
    at: '1e-320 }',
    message: '1e-320 has more than 6 decimals (a value this small or this precise would be read as a different number)',
  },
  'set/invalid-value': { path: 'criteria[1].name', at: '""', message: 'expected a non-empty text; found ""' },
  'set/total-zero': { path: 'total', at: '0,', message: 'the total is 0, so no index can be computed; give the fields their maxima' },
  'set/na-token-numeric': { path: 'naTokens[1]', at: '"0"' },
  'set/na-token-answer': {
    path: 'naTokens[1]',
    at: '"x"',
    message: 'non-applicable token "x" is also a yes answer, so that answer would be read as "not applicable"',
  },
  'ties/unknown-field': {
    path: 'ties.breakBy[1]',
    at: '"field:9"',
    message: '"field:9" names no field; expected field:<code of a top-level criterion> (1, 2)',
  },
  'criteria/duplicate-code': {
    path: 'criteria[0].children[1].code',
    at: '"1.1"',
    message: 'code "1.1" is used again (first at criteria[0].children[0].code)',
  },
  'criteria/code-not-under-parent': {
    path: 'criteria[0].children[1].code',
    at: '"2.2"',
    message: 'code "2.2" does not extend its parent\'s code "1" (expected "1.…")',
  },
  'criteria/children-sum': { path: 'criteria[0].max', at: '6,', message: "children add up to 5.5 but the criterion's max is 6" },
  'criteria/total-mismatch': { path: 'total', at: '100,', message: 'fields add up to 10 but "total" is 100' },
  'criteria/rule-on-parent': { path: 'criteria[0].rule', at: '{ "kind": "yesno" }' },
  'bands/not-decreasing': { path: 'bands[2].min', at: '80 }' },
  'bands/out-of-range': { path: 'blocks[1].bands[0].min', at: '920 }', message: 'band "Xuất sắc" threshold 920 is outside 0–100' },
  'blocks/duplicate-id': { path: 'blocks[2].id', at: '"Xa"' },
  'blocks/empty-bands': {
    path: 'blocks[1].bands',
    at: '[] }',
    message: 'block "phuong" has "bands": [] — leave the key out to use the set\'s bands',
  },
  'rule/points-above-max': {
    path: 'criteria[0].children[1].rule.bands[0].points',
    at: '4.5 }',
    message: "the rule awards 4.5 points but the leaf's max is 4",
  },
  'rule/thresholds-unordered': { path: 'criteria[0].children[1].rule.bands[1].min', at: '95,' },
  'rule/threshold-out-of-range': { path: 'criteria[0].children[1].rule.bands[0].min', at: '120,' },
  'rule/step-not-dividing': { path: 'criteria[0].children[0].rule.step', at: '0.75 }' },
  'rule/allowed-above-max': { path: 'criteria[0].children[0].rule.allowed[2]', at: '2.5]', message: 'allowed value 2.5 is outside 0–2' },
  'rule/percent-out-of-range': { path: 'criteria[1].rule.options[0].percent', at: '120 }' },
  'rule/duplicate-option': { path: 'criteria[1].rule.options[3].value', at: '"C"', message: 'option "C" is listed twice' },
};

/** Codes with no fixture file: the file that fires them is made at test time (tests/criteria/hostile.test.ts). */
const madeAtTestTime = ['set/too-large'];

const fileOf = (code: string): string => `${code.replace('/', '-')}.json`;

/** The fixture's text as the location counts it (bytes that are not UTF-8 read as U+FFFD). */
const fixtureText = (code: string): string => readFileSync(fixturePath('criteria', 'broken', fileOf(code))).toString('utf8');

describe('broken criteria fixtures', () => {
  it.each(Object.entries(broken))('%s fires exactly its code, located', (code, expected) => {
    const loaded = loadCriteriaFixture('criteria', 'broken', fileOf(code));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual([code]);
    const [d] = loaded.diagnostics;
    expect(d?.severity).toBe('error');
    expect(d?.location.file).toBe(`fixtures/criteria/broken/${fileOf(code)}`);
    expect(d?.location.path).toBe(expected.path);
    const { line, col } = d?.location ?? {};
    expect(line).toBeTypeOf('number');
    expect(col).toBeTypeOf('number');
    expect(textAt(fixtureText(code), line ?? 0, col ?? 0).startsWith(expected.at)).toBe(true);
    if (expected.message && d) expect(messageOf(d, 'en')).toBe(expected.message);
    if (d) expect(messageOf(d, 'vi')).not.toBe(messageOf(d, 'en'));
  });

  it('a file that is not JSON text is fatal, the others are not', () => {
    for (const [code, expected] of Object.entries(broken)) {
      const loaded = loadCriteriaFixture('criteria', 'broken', fileOf(code));
      expect(loaded.fatal, code).toBe(expected.fatal === true);
      expect('set' in loaded && loaded.set, code).toBeFalsy();
    }
  });

  it('every criteria-set code in the catalogue has a broken fixture, and every fixture a code', () => {
    const codes = Object.keys(catalogue).filter((c) => /^(set|criteria|bands|blocks|rule|ties)\//.test(c));
    expect(codes.sort()).toEqual([...Object.keys(broken), ...madeAtTestTime].sort());
    expect(jsonFixtures('criteria', 'broken')).toEqual(Object.keys(broken).map(fileOf).sort());
  });

  // Each named rule, run alone on the fixture made for it, must report exactly its finding: emptying, dropping or
  // loosening a rule fails here, and a new rule without a fixture fails the first test.
  const ruleFixtures: Record<string, readonly [code: string, path: string][]> = {
    precision: [['set/too-precise', 'criteria[1].children[1].max']],
    'unique-codes': [['criteria/duplicate-code', 'criteria[0].children[1].code']],
    'codes-extend-parents': [['criteria/code-not-under-parent', 'criteria[0].children[1].code']],
    'children-add-up': [['criteria/children-sum', 'criteria[0].max']],
    'fields-add-up-to-total': [['criteria/total-mismatch', 'total']],
    'rules-on-leaves-only': [['criteria/rule-on-parent', 'criteria[0].rule']],
    'leaf-rules-fit': [
      ['rule/points-above-max', 'criteria[0].children[1].rule.bands[0].points'],
      ['rule/thresholds-unordered', 'criteria[0].children[1].rule.bands[1].min'],
      ['rule/threshold-out-of-range', 'criteria[0].children[1].rule.bands[0].min'],
      ['rule/step-not-dividing', 'criteria[0].children[0].rule.step'],
      ['rule/allowed-above-max', 'criteria[0].children[0].rule.allowed[2]'],
      ['rule/percent-out-of-range', 'criteria[1].rule.options[0].percent'],
      ['rule/duplicate-option', 'criteria[1].rule.options[3].value'],
    ],
    'bands-ordered': [
      ['bands/not-decreasing', 'bands[2].min'],
      ['bands/out-of-range', 'blocks[1].bands[0].min'],
    ],
    'unique-blocks': [['blocks/duplicate-id', 'blocks[2].id']],
    'na-tokens-are-words': [
      ['set/na-token-numeric', 'naTokens[1]'],
      ['set/na-token-answer', 'naTokens[1]'],
    ],
    'block-bands-not-empty': [['blocks/empty-bands', 'blocks[1].bands']],
    'tie-keys-exist': [['ties/unknown-field', 'ties.breakBy[1]']],
    'something-to-score': [['set/total-zero', 'total']],
  };

  it('every semantic rule has its fixtures listed here', () => {
    expect(setRules.map(([name]) => name).sort()).toEqual(Object.keys(ruleFixtures).sort());
  });

  it.each(setRules.map(([name, rule]) => [name, rule] as const))('semantic rule "%s" reports exactly its fixtures\' problems', (name, rule) => {
    const reported: [string, string][] = [];
    const expected = ruleFixtures[name] ?? [];
    for (const [code] of expected) {
      const parsed = CriteriaSetSchema.safeParse(JSON.parse(fixtureText(code)));
      expect(parsed.success, code).toBe(true);
      if (parsed.success) rule({ set: parsed.data, report: (c, path) => reported.push([c, formatPath(path)]) });
    }
    expect(reported).toEqual(expected);
  });
});

/** A set whose only problem is a value with seven decimals. */
function tooPreciseSet(): JsonObject {
  const set = smallSet();
  const leaf = ((set.criteria as JsonObject[])[0]?.children as JsonObject[])[0];
  if (leaf) leaf.rule = { kind: 'points', allowed: [0, 0.1234567, 2] };
  return set;
}

/** A set whose tie-break names a field it does not have. */
function unknownTieFieldSet(): JsonObject {
  return { ...smallSet(), ties: { compare: 'shared', breakBy: ['field:9'] } };
}

/** A set with nothing to score: every maximum and the total are 0. */
function zeroTotalSet(): JsonObject {
  return {
    ...smallSet(),
    total: 0,
    criteria: [{ code: '1', name: 'Lĩnh vực', max: 0, children: [{ code: '1.1', name: 'Tiêu chí', max: 0 }] }],
  };
}

const found = (set: Json): [string, string | undefined][] => loadObject(set).diagnostics.map((d) => [d.code, d.location.path]);

describe('checks added after the first fixtures', () => {
  it('a tie-break field that does not exist is reported where it is written', () => {
    expect(found(unknownTieFieldSet())).toEqual([['ties/unknown-field', 'ties.breakBy[0]']]);
  });
  it('a set with a total of 0 is refused', () => {
    expect(found(zeroTotalSet())).toEqual([['set/total-zero', 'total']]);
  });
  it('band thresholds and option percentages with seven decimals are diagnostics, not a crash', () => {
    const set = smallSet();
    (set.bands as JsonObject[])[0] = { label: 'Tốt', min: 80.1234567 };
    expect(found(set)).toEqual([['set/too-precise', 'bands[0].min']]);
  });

  // Each spelling a person writes for "field 1" names field 1, for the check and the ranking alike (one resolver).
  it.each(['field:1', 'field:1.', 'field: 1', 'field:LV1', 'field:LV 1', 'field:TC 1'])('the tie-break "%s" names field 1', (key) => {
    expect(found({ ...smallSet(), ties: { compare: 'shared', breakBy: [key] } })).toEqual([]);
    expect(resolveTieKey(key, [{ code: '1' }, { code: '2' }])).toEqual({ kind: 'field', fieldIndex: 0 });
  });
  it.each(['field:1.1', 'field:3', 'field:x'])('the tie-break "%s" names no field', (key) => {
    expect(found({ ...smallSet(), ties: { compare: 'shared', breakBy: ['name', key] } })).toEqual([['ties/unknown-field', 'ties.breakBy[1]']]);
    expect(resolveTieKey(key, [{ code: '1' }, { code: '2' }])).toBeUndefined();
  });

  it.each([
    ['0%', 'set/na-token-numeric'],
    ['0,5', 'set/na-token-numeric'],
    ['x', 'set/na-token-answer'],
    ['Không', 'set/na-token-answer'],
    ['KHÔNG ĐẠT', 'set/na-token-answer'],
    ['Có', 'set/na-token-answer'],
    ['Đạt', 'set/na-token-answer'],
  ])('the non-applicable token "%s" is refused (%s)', (token, code) => {
    expect(found({ ...smallSet(), naTokens: ['KĐG', token] })).toEqual([[code, 'naTokens[1]']]);
  });
  it('a non-applicable token that is an answer option of the set is refused, naming the option', () => {
    const set = smallSet();
    const field = (set.criteria as JsonObject[])[1] as JsonObject;
    field.rule = { kind: 'options', options: [{ value: 'Đạt yêu cầu', percent: 100 }, { value: 'Không áp dụng', percent: 0 }] };
    set.naTokens = ['KĐG', 'không áp dụng'];
    const [d] = loadObject(set).diagnostics;
    expect([d?.code, d?.location.path, d?.details.option]).toEqual(['set/na-token-answer', 'naTokens[1]', 'Không áp dụng']);
  });
  it.each(['KĐG', 'N/A', '-', 'KDG', 'Không đánh giá'])('the non-applicable token "%s" is accepted', (token) => {
    expect(found({ ...smallSet(), naTokens: [token] })).toEqual([]);
  });
});

describe('shapes nothing else names are set/invalid-value, worded in each language', () => {
  const first = (set: JsonObject) => {
    const [d] = loadObject(set).diagnostics;
    return [d?.code, d?.location.path, d && messageOf(d, 'en'), d && messageOf(d, 'vi')];
  };
  it('a tie-break key that is no key', () => {
    expect(first({ ...smallSet(), ties: { breakBy: ['diem'] } })).toEqual([
      'set/invalid-value',
      'ties.breakBy[0]',
      'expected points, appraisal, survey, name, code or field:<code>; found "diem"',
      'cần points, appraisal, survey, name, code hoặc field:<mã>; giá trị hiện có: "diem"',
    ]);
  });
  it('a blank code, an empty list, a ties value of no allowed form', () => {
    const set = smallSet();
    ((set.criteria as JsonObject[])[1] as JsonObject).code = '  ';
    expect(first(set).slice(0, 3)).toEqual(['set/invalid-value', 'criteria[1].code', 'a code must not be blank; found "  "']);
    expect(first({ ...smallSet(), criteria: [] }).slice(0, 3)).toEqual(['set/invalid-value', 'criteria', 'expected at least one entry; found []']);
    expect(first({ ...smallSet(), ties: 5 }).slice(0, 3)).toEqual([
      'set/invalid-value',
      'ties',
      'expected "shared", "exact" or { "compare": …, "breakBy": [...] }; found 5',
    ]);
  });
  it('a missing key whose value is one of a list is a missing key', () => {
    const set = smallSet();
    delete set.level;
    expect(first(set)).toEqual(['set/missing-key', 'level', 'missing required key "level" (expected a string)', 'thiếu khoá bắt buộc "level" (cần một chuỗi ký tự)']);
  });
  it('a year out of range and a whole number expected', () => {
    expect(first({ ...smallSet(), year: 1999 })).toEqual(['set/out-of-range', 'year', '1999 is out of range: expected ≥ 2000', '1999 nằm ngoài phạm vi: cần ≥ 2000']);
    expect(first({ ...smallSet(), decimals: 2.5 }).slice(0, 3)).toEqual(['set/wrong-type', 'decimals', 'expected a whole number; found 2.5']);
    expect(first({ ...smallSet(), total: -0.5 })).toEqual(['set/out-of-range', 'total', '-0.5 is out of range: expected ≥ 0', '-0,5 nằm ngoài phạm vi: cần ≥ 0']);
  });
});

describe('numbers as written', () => {
  const withMax = (literal: string): string =>
    `${JSON.stringify(smallSet(), null, 2)}\n`.replace('"max": 4\n', `"max": ${literal}\n`);
  it.each([
    ['1e-320', 'too-precise'],
    ['4.0000001', 'too-precise'],
    ['4.0000000000000001', 'too-precise'],
    ['0.00000004e8', 'exact'],
    ['4e0', 'exact'],
    ['400e-2', 'exact'],
    ['4.000000', 'exact'],
    ['4e400', 'too-large'],
    ['1234567890123456', 'too-large'],
  ])('%s is %s', (literal, held) => {
    expect(literalPrecision(literal)).toBe(held);
    const loaded = loadCriteriaSet(withMax(literal), 'a.json');
    if (held === 'exact') expect(loaded.diagnostics).toEqual([]);
    else {
      // One diagnostic at the value as written, not a second one from the schema or the sums for the same path.
      const ds = loaded.diagnostics.filter((d) => d.location.path === 'criteria[1].max');
      expect(ds.map((d) => [d.code, d.details.value, d.details.reason])).toEqual([['set/too-precise', literal, held]]);
      expect(ds[0]?.location.line).toBe(withMax(literal).split('\n').findIndex((l) => l.includes(`"max": ${literal}`)) + 1);
    }
  });
  it('a value too small to be held (1e-320) is refused by the rule itself, for sets checked without their text', () => {
    expect(heldExactly(1e-320)).toBe(false);
    expect(heldExactly(1e-14)).toBe(false);
    expect(heldExactly(0)).toBe(true);
    expect(heldExactly(0.000001)).toBe(true);
  });
});

describe('checks on in-memory sets', () => {
  const criteria = (set: JsonObject): JsonObject[] => set.criteria as JsonObject[];
  const children = (node: JsonObject | undefined): JsonObject[] => (node?.children ?? []) as JsonObject[];

  it('the base set is valid', () => {
    const loaded = loadObject(smallSet());
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it('refuses point values with more than six decimals (precision rule)', () => {
    const loaded = loadObject(tooPreciseSet());
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['set/too-precise']);
    const d = loaded.diagnostics[0];
    expect(d?.location.path).toBe('criteria[0].children[0].rule.allowed[1]');
    expect(d && messageOf(d, 'en')).toBe('0.1234567 has more than 6 decimals (a value this small or this precise would be read as a different number)');
  });

  it('reports every problem of a set in one run', () => {
    const set = smallSet();
    set.total = 12;
    set.naTokens = ['KĐG', '1'];
    set.blocks = [
      { id: 'xa', name: 'Xã' },
      { id: 'xa', name: 'Xã khác' },
    ];
    const loaded = loadObject(set);
    expect(loaded.diagnostics.map((d) => d.code).sort()).toEqual(['blocks/duplicate-id', 'criteria/total-mismatch', 'set/na-token-numeric']);
  });

  it('compares codes the way people write them ("TC 1.1", "1.1.")', () => {
    const set = smallSet();
    const [a, b] = children(criteria(set)[0]);
    if (a) a.code = 'TC 1.1';
    if (b) b.code = '1.2.';
    expect(loadObject(set).diagnostics).toEqual([]);
    if (b) b.code = '1.1.';
    expect(loadObject(set).diagnostics.map((d) => d.code)).toEqual(['criteria/duplicate-code']);
  });

  it('does not take "1.10" for a duplicate of "1.1", nor "10" for a parent of "1.1"', () => {
    const set = smallSet();
    const [, b] = children(criteria(set)[0]);
    if (b) b.code = '1.10';
    expect(loadObject(set).diagnostics).toEqual([]);
    const field = criteria(set)[0];
    if (field) field.code = '10';
    expect(loadObject(set).diagnostics.map((d) => d.code)).toEqual(['criteria/code-not-under-parent', 'criteria/code-not-under-parent']);
  });

  it('counts an adjustment code against criteria codes', () => {
    const set = smallSet();
    set.adjustments = [{ code: '2', name: 'Điểm thưởng', kind: 'bonus', max: 1 }];
    const [d] = loadObject(set).diagnostics;
    expect(d?.code).toBe('criteria/duplicate-code');
    expect(d?.location.path).toBe('adjustments[0].code');
  });

  it('sums decimal maxima exactly (0.1 + 0.2 = 0.3)', () => {
    const set = smallSet();
    criteria(set)[1] = {
      code: '2',
      name: 'Thủ tục hành chính',
      max: 4,
      children: [
        { code: '2.1', name: 'a', max: 0.1 },
        { code: '2.2', name: 'b', max: 0.2 },
        { code: '2.3', name: 'c', max: 3.7 },
      ],
    };
    expect(loadObject(set).diagnostics).toEqual([]);
  });

  it('checks a ratio target on a percentage and number-band thresholds', () => {
    const set = smallSet();
    const [a, b] = children(criteria(set)[0]);
    if (a) a.rule = { kind: 'ratio', target: 120, unit: 'percent' };
    if (b) b.rule = { kind: 'bands', unit: 'number', bands: [{ min: 500, points: 4 }, { min: -1, points: 0 }] };
    const found = loadObject(set).diagnostics.map((d) => [d.code, d.location.path]);
    expect(found).toEqual([
      ['rule/threshold-out-of-range', 'criteria[0].children[0].rule.target'],
      ['rule/threshold-out-of-range', 'criteria[0].children[1].rule.bands[1].min'],
    ]);
  });

  it('names an unknown rule kind', () => {
    const set = smallSet();
    const [a] = children(criteria(set)[0]);
    if (a) a.rule = { kind: 'percent' };
    const [d] = loadObject(set).diagnostics;
    expect(d?.code).toBe('set/not-a-choice');
    expect(d?.location.path).toBe('criteria[0].children[0].rule.kind');
    expect(d && messageOf(d, 'en')).toBe('expected one of "points", "bands", "yesno", "ratio", "options"; found "percent"');
  });

  it('explains a wrong "ties" value', () => {
    const set = smallSet();
    set.ties = 'chung';
    const [d] = loadObject(set).diagnostics;
    expect(d?.code).toBe('set/not-a-choice');
    expect(d?.location.path).toBe('ties');
    expect(d && messageOf(d, 'en')).toBe('expected one of "shared", "exact"; found "chung"');
    set.ties = 5;
    const [e] = loadObject(set).diagnostics;
    expect([e?.code, e?.location.path]).toEqual(['set/invalid-value', 'ties']);
  });

  it('reads a file that starts with a byte-order mark, with the same locations', () => {
    const set = smallSet();
    set.total = 11;
    const text = `${JSON.stringify(set, null, 2)}\n`;
    const plain = loadCriteriaSet(text, 'a.json');
    const bom = loadCriteriaSet(`\ufeff${text}`, 'a.json');
    expect(bom.diagnostics).toEqual(plain.diagnostics);
    expect(bom.diagnostics.map((d) => d.code)).toEqual(['criteria/total-mismatch']);
  });
});

// ── valid fixtures ───────────────────────────────────────────────────────────────────────────────────────────

interface Expected {
  readonly level: string;
  readonly fieldMax: readonly number[];
  readonly criteria: number;
  readonly leaves: number;
  readonly surveyMax: number;
}

const valid: Record<string, Expected> = {
  'xa-2024.json': { level: 'commune', fieldMax: [12, 7, 16, 12, 7, 16, 30], criteria: 36, leaves: 75, surveyMax: 30 },
  'huyen-2024.json': { level: 'district', fieldMax: [9, 6, 12, 7, 11, 6, 14, 35], criteria: 39, leaves: 81, surveyMax: 30 },
  'so-2024.json': { level: 'department', fieldMax: [13, 12, 15.5, 11, 15.5, 12, 21], criteria: 37, leaves: 74, surveyMax: 31.5 },
  // The real field maxima of Decision 2948/QĐ-BNV (2017).
  'tinh-2017-2948.json': { level: 'province', fieldMax: [10, 10, 14.5, 11, 16, 7, 16, 15.5], criteria: 35, leaves: 86, surveyMax: 34 },
};

const sumOf = (nodes: readonly Criterion[]): number => nodes.reduce((a, n) => a + n.max, 0);

describe('valid criteria fixtures', () => {
  it('are all listed here', () => {
    expect(jsonFixtures('criteria')).toEqual(Object.keys(valid).sort());
  });

  it.each(Object.entries(valid))('%s loads with no diagnostics and the expected shape', (file, e) => {
    const loaded = loadCriteriaFixture('criteria', file);
    expect(loaded.diagnostics).toEqual([]);
    const set = validCriteriaFixture('criteria', file);
    expect(set.level).toBe(e.level);
    expect(set.fields.map((f) => f.max)).toEqual(e.fieldMax.map(micro));
    expect(set.fields.reduce((n, f) => n + f.children.length, 0)).toBe(e.criteria);
    expect(set.leaves).toHaveLength(e.leaves);
    expect(set.total).toBe(micro(100));
    expect(set.surveyMax).toBe(micro(e.surveyMax));
    expect(set.appraisalMax + set.surveyMax).toBe(set.total);
    // The size the issue asks of a realistic set.
    expect(set.fields.length).toBeGreaterThanOrEqual(7);
    expect(set.fields.length).toBeLessThanOrEqual(8);
    const criteriaCount = set.fields.reduce((n, f) => n + f.children.length, 0);
    expect(criteriaCount).toBeGreaterThanOrEqual(25);
    expect(criteriaCount).toBeLessThanOrEqual(40);
    expect(set.leaves.length).toBeGreaterThanOrEqual(60);
    expect(set.leaves.length).toBeLessThanOrEqual(100);
    // Every parent is the sum of its children, recomputed here independently of check.ts.
    for (const node of walk(set.fields)) if (!isLeaf(node)) expect(sumOf(node.children), node.code).toBe(node.max);
    expect(sumOf(set.fields)).toBe(set.total);
    expect(sumOf(set.leaves)).toBe(set.total);
  });

  it.each(Object.keys(valid))('%s is written in NFC Vietnamese and points editors at the schema', (file) => {
    const text = readFixture('criteria', file);
    expect(text.normalize('NFC')).toBe(text);
    const data = JSON.parse(text) as { $schema: string };
    expect(data.$schema).toBe('../../schemas/criteria-set.schema.json');
    const set = validCriteriaFixture('criteria', file);
    for (const node of walk(set.fields)) expect(node.name, node.code).toMatch(/[\u00c0-\u1ef9]/u);
  });

  it('xa-2024 has every rule kind, three blocks, the commune bands and the set options the issue names', () => {
    const set = validCriteriaFixture('criteria', 'xa-2024.json');
    expect(set.blocks.map((b) => [b.id, b.name])).toEqual([
      ['xa', 'Xã'],
      ['phuong', 'Phường'],
      ['thitran', 'Thị trấn'],
    ]);
    expect(set.blocks.map((b) => b.bands.length > 0)).toEqual([false, true, false]);
    expect(set.bands.map((b) => [b.label, b.min])).toEqual(
      [['Xuất sắc', 90], ['Tốt', 80], ['Khá', 70], ['Trung bình', 50], ['Yếu', 0]].map(([l, m]) => [l, micro(Number(m))]),
    );
    expect(set.naTokens).toEqual(['KĐG', 'N/A', '-']);
    expect(set.ties).toEqual({ compare: 'shared', breakBy: ['appraisal', 'name'] });
    expect(set.adjustments.map((a) => a.kind)).toEqual(['bonus', 'penalty']);

    const kinds = new Set(set.leaves.map((l) => l.rule.kind));
    expect([...kinds].sort()).toEqual(['bands', 'options', 'points', 'ratio', 'yesno']);
    const steps = set.leaves.flatMap((l) => (l.rule.kind === 'points' && l.rule.step !== undefined ? [l.rule.step] : []));
    expect(new Set(steps)).toEqual(new Set([micro(0.25), micro(0.5)]));
    expect(set.leaves.some((l) => l.rule.kind === 'points' && l.rule.allowed)).toBe(true);
    expect(set.leaves.some((l) => l.rule.kind === 'ratio' && l.rule.unit === 'percent')).toBe(true);
    expect(set.leaves.filter((l) => l.naAllowed).length).toBeGreaterThan(2);

    const survey = set.leaves.filter((l) => l.method === 'survey');
    expect(survey.length).toBeGreaterThan(0);
    expect(survey.every((l) => l.fieldIndex === 6)).toBe(true);
    for (const leaf of survey)
      expect(leaf.rule.kind === 'options' && leaf.rule.options.map((o) => [o.value, o.percent])).toEqual(
        [['A', 100], ['B', 60], ['C', 20], ['D', 0]].map(([v, p]) => [v, micro(Number(p))]),
      );
  });

  it('so-2024 ranks on the unrounded index and keeps line agencies in their own block', () => {
    const set = validCriteriaFixture('criteria', 'so-2024.json');
    expect(set.ties.compare).toBe('exact');
    expect(set.blocks.map((b) => b.name)).toEqual(['Sở, ban, ngành', 'Cơ quan ngành dọc']);
  });

  it('tinh-2017-2948 carries the national bands A ≥ 90, B ≥ 80, C ≥ 70', () => {
    const set = validCriteriaFixture('criteria', 'tinh-2017-2948.json');
    expect(set.decision).toBe('2948/QĐ-BNV');
    expect(set.bands.slice(0, 3).map((b) => b.min)).toEqual([90, 80, 70].map(micro));
  });
});

