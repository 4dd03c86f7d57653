/** export → import gives the same set, for generated sets: every rule kind, labels in the usual schemes, flags, notes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annexDocx } from '../../src/annex/export-docx.js';
import { annexXlsx } from '../../src/annex/export-xlsx.js';
import { annexOf } from '../../src/annex/export.js';
import { importAnnex } from '../../src/annex/import.js';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import { walk, type CriteriaSet, type Level } from '../../src/criteria/model.js';
import type { CriterionInput, RuleInput } from '../../src/criteria/schema.js';

const WORDS = ['Kế hoạch', 'cải cách', 'hành chính', 'công khai', 'thủ tục', 'hồ sơ', 'trực tuyến', 'đúng hạn', 'cán bộ', 'công chức', 'ngân sách', 'văn bản', 'kiểm tra', 'tuyên truyền', 'Bộ phận Một cửa', 'chữ ký số', 'phản ánh', 'kiến nghị'];
const LEVELS: [Level, string, string][] = [
  ['commune', 'xa', 'cấp xã'],
  ['district', 'huyen', 'cấp huyện'],
  ['department', 'so', 'cấp sở'],
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
/** Numbering per depth: "code" prints the dotted code; others print their own label. */
const SCHEMES = [
  ['code', 'code', 'code'],
  ['roman', 'arabic', 'letter'],
  ['roman', 'code', 'dash'],
  ['code', 'code', 'letter'],
] as const;

const micro = (n: number): number => n / 1e6;
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

/** A leaf's max and a rule that fits it. */
const leaf = fc.oneof(
  fc.record({ max: fc.integer({ min: 1, max: 20_000_000 }).map(micro), rule: fc.constant<RuleInput | undefined>(undefined) }),
  fc.record({ k: fc.integer({ min: 1, max: 40 }), step: fc.constantFrom(0.25, 0.5, 0.1, 1) }).map(({ k, step }) => ({ max: micro(Math.round(k * step * 1e6)), rule: { kind: 'points', step } as RuleInput })),
  fc.integer({ min: 2, max: 10_000_000 }).chain((m) => fc.integer({ min: 1, max: m - 1 }).map((mid) => ({ max: micro(m), rule: { kind: 'points', allowed: [0, micro(mid), micro(m)] } as RuleInput }))),
  fc.integer({ min: 1, max: 10_000_000 }).map((m) => ({ max: micro(m), rule: { kind: 'yesno' } as RuleInput })),
  fc.record({
    max: fc.integer({ min: 4, max: 40 }).map((q) => q / 4),
    mins: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
    percent: fc.boolean(),
  }).map(({ max, mins, percent }) => {
    const sorted = [...mins].sort((a, b) => b - a);
    const bands = sorted.map((min, i) => ({ min, points: i === sorted.length - 1 && min === 0 ? 0 : Math.max(0, max - i * 0.25) }));
    return { max, rule: { kind: 'bands', unit: percent ? 'percent' : 'number', bands } as RuleInput };
  }),
  fc.record({ max: fc.integer({ min: 1, max: 20 }), target: fc.integer({ min: 1, max: 100 }), percent: fc.boolean() }).map(({ max, target, percent }) => ({
    max,
    rule: { kind: 'ratio', target, unit: percent ? 'percent' : 'number' } as RuleInput,
  })),
  fc.record({ max: fc.integer({ min: 1, max: 20 }), values: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'Rất hài lòng', 'Hài lòng'), { minLength: 1, maxLength: 4 }), p: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }) }).map(({ max, values, p }) => ({
    max,
    rule: { kind: 'options', options: values.map((value, i) => ({ value, percent: p[i] as number })) } as RuleInput,
  })),
);

interface Shape {
  name: string;
  note?: string;
  survey: boolean;
  na: boolean;
  evidence: boolean;
  leaf?: { max: number; rule: RuleInput | undefined };
  children?: Shape[];
}

const flags = { survey: fc.boolean(), na: fc.boolean(), evidence: fc.boolean() };
const noteArb = fc.option(text, { nil: undefined });
const leafShape = fc.record({ name: text, note: noteArb, leaf, ...flags });
const shape = (depth: number): fc.Arbitrary<Shape> =>
  depth >= 2
    ? leafShape
    : fc.oneof(leafShape, fc.record({ name: text, note: noteArb, ...flags, children: fc.array(shape(depth + 1), { minLength: 1, maxLength: 3 }) }));

function labelOf(scheme: readonly string[], depth: number, i: number): string | undefined {
  switch (scheme[depth]) {
    case 'roman':
      return ROMAN[i];
    case 'arabic':
      return String(i + 1);
    case 'letter':
      return `${'abcdefgh'[i]})`;
    case 'dash':
      return '-';
    default:
      return undefined;
  }
}

function toInput(s: Shape, code: string, depth: number, i: number, scheme: readonly string[], parent: { survey: boolean; na: boolean; evidence: boolean }): CriterionInput {
  const own = { survey: parent.survey || s.survey, na: parent.na || s.na, evidence: parent.evidence || s.evidence };
  const children = s.children?.map((c, k) => toInput(c, `${code}.${k + 1}`, depth + 1, k, scheme, own));
  const max = children ? children.reduce((a, c) => a + Math.round(c.max * 1e6), 0) / 1e6 : (s.leaf?.max ?? 1);
  const label = labelOf(scheme, depth, i);
  return {
    code,
    ...(label !== undefined ? { label } : {}),
    name: s.name,
    max,
    ...(s.survey ? { method: 'survey' as const } : {}),
    ...(s.na ? { naAllowed: true } : {}),
    ...(s.evidence ? { evidenceRequired: true } : {}),
    ...(s.leaf?.rule ? { rule: s.leaf.rule } : {}),
    ...(s.note !== undefined ? { note: s.note } : {}),
    ...(children ? { children } : {}),
  };
}

const setArb = fc
  .record({ level: fc.constantFrom(...LEVELS), year: fc.integer({ min: 2015, max: 2035 }), decision: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }), scheme: fc.constantFrom(...SCHEMES), fields: fc.array(shape(0), { minLength: 1, maxLength: 4 }) })
  .map(({ level, year, decision, scheme, fields }) => {
    const criteria = fields.map((f, i) => toInput(f, String(i + 1), 0, i, scheme, { survey: false, na: false, evidence: false }));
    return {
      id: `${level[1]}-${year}`,
      title: `Bộ chỉ số cải cách hành chính ${level[2]} năm ${year}`,
      year,
      level: level[0],
      ...(decision !== undefined ? { decision: `${decision}/QĐ-UBND` } : {}),
      total: criteria.reduce((a, c) => a + Math.round(c.max * 1e6), 0) / 1e6,
      criteria,
    };
  });

function load(json: string): CriteriaSet {
  const r = loadCriteriaSet(json, 'set.json');
  if (!r.ok || r.fatal || !r.set) throw new Error(JSON.stringify(r.diagnostics.slice(0, 3)));
  return r.set;
}

/** What an annex carries of a set, in comparable form. */
function projection(set: CriteriaSet): unknown {
  return {
    id: set.id,
    title: set.title,
    year: set.year,
    level: set.level,
    decision: set.decision,
    total: set.total,
    nodes: [...walk(set.fields)].map((c) => ({
      code: c.code,
      label: c.label,
      name: c.name,
      max: c.max,
      method: c.method,
      naAllowed: c.naAllowed,
      evidenceRequired: c.evidenceRequired,
      rule: c.rule,
      note: c.note,
    })),
  };
}

describe('criteria export → criteria import', () => {
  for (const [format, write] of [['xlsx', annexXlsx], ['docx', annexDocx]] as const) {
    it(`gives the same set (${format})`, async () => {
      await fc.assert(
        fc.asyncProperty(setArb, async (input) => {
          const set = load(JSON.stringify(input));
          const bytes = await write(annexOf(set));
          const back = await importAnnex(bytes, `annex.${format}`);
          expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(projection(load(back.json ?? ''))).toEqual(projection(set));
        }),
        { numRuns: Number(process.env.RUNS ?? 30), ...(process.env.RUNS ? {} : { seed: 20240115 }) },
      );
    }, 120_000);
  }
});
