/**
 * `parindex explain`: a small set and sheet whose every number is computed by hand below, golden traces of a demo
 * unit in each format and language, and finding a unit by what a person types.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnit } from '../../src/explain/match.js';
import { fractionTrace } from '../../src/explain/build.js';
import { lines, parindex, STACK_FRAME } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const HAND = ['fixtures/explain/tinh-tay.csv', '-c', 'fixtures/explain/tinh-tay.json'];
const DEMO = ['fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json'];

interface Leaf {
  code: string;
  raw: string | null;
  points: number | null;
  removed: number;
  cell: { file: string; ref: string } | null;
  problem: string | null;
}
interface Node {
  code: string;
  points: number;
  effectiveMax: number;
  leaf: Leaf | null;
  children: Node[];
}
interface Trace {
  units: string;
  ranked: boolean;
  fields: Node[];
  totals: Record<string, number | string | null>;
  fraction: { num: number; den: number; reducedNum: string; reducedDen: string; long: string; shown: string } | null;
  rank: { rank: number; of: number; sharedWith: string[]; above: { code: string; decidedBy: string } | null; below: { code: string; decidedBy: string } | null } | null;
  band: { label: string; min: number; next: { label: string; min: number } | null } | null;
  diagnostics: { code: string }[];
}

async function trace(unit: string): Promise<{ status: number; t: Trace }> {
  const r = await parindex(['explain', ...HAND, '--unit', unit, '--format', 'json']);
  return { status: r.status, t: JSON.parse(r.stdout) as Trace };
}

const leavesOf = (nodes: Node[]): Leaf[] => nodes.flatMap((n) => (n.leaf ? [n.leaf] : leavesOf(n.children)));
const M = 1_000_000;

describe('explain: a case computed by hand', () => {
  it('X1 Xã An Bình: a ratio, a band, a non-applicable leaf and a bonus, 6.75 / 9 = 75 %', async () => {
    const { status, t } = await trace('X1');
    expect(status).toBe(0);
    expect(t.units).toBe('micro-points');
    // 1.1 "Có" → 2; 1.2 60 % of a target of 80 % × 3 = 2.25; 1.3 KĐG; 2.1 95 % ≥ 90 % → 2
    expect(leavesOf(t.fields).map((l) => [l.code, l.raw, l.points, l.removed, l.cell?.ref])).toEqual([
      ['1.1', 'Có', 2 * M, 0, 'C3'],
      ['1.2', '60', 2.25 * M, 0, 'D3'],
      ['1.3', 'KĐG', null, 1 * M, 'E3'],
      ['2.1', '95', 2 * M, 0, 'F3'],
    ]);
    // field 1: 2 + 2.25 = 4.25 of 6 − 1 = 5; field 2: 2 of 4
    expect(t.fields.map((f) => [f.code, f.points, f.effectiveMax])).toEqual([
      ['1', 4.25 * M, 5 * M],
      ['2', 2 * M, 4 * M],
    ]);
    // 6.25 + 0.5 bonus = 6.75; maximum 10 − 1 = 9
    expect(t.totals).toMatchObject({ appraisal: 6.25 * M, bonus: 0.5 * M, penalty: 0, uncapped: 6.75 * M, total: 6.75 * M, capped: null, removed: 1 * M, effectiveMax: 9 * M });
    // 6 750 000 / 9 000 000 = 3 / 4 = 75 %
    expect(t.fraction).toMatchObject({ num: 6.75 * M, den: 9 * M, reducedNum: '3', reducedDen: '4', long: '75.000000', shown: '75.00' });
    // X2 and X4 at 100 % above, X3 at 63 % below
    expect(t.rank).toMatchObject({ rank: 3, of: 4, sharedWith: [], above: { code: 'X4', decidedBy: 'index' }, below: { code: 'X3', decidedBy: 'index' } });
    expect(t.band).toEqual({ label: 'Khá', min: 50 * M, next: { label: 'Tốt', min: 80 * M } });
  });

  it('X4 Xã Đông Hà: 10 + 1 bonus is capped at 10, and ranks below X2 by name after equal index and appraisal', async () => {
    const { t } = await trace('x4');
    expect(t.totals).toMatchObject({ appraisal: 10 * M, bonus: 1 * M, uncapped: 11 * M, total: 10 * M, capped: 'above', effectiveMax: 10 * M });
    expect(t.fraction).toMatchObject({ reducedNum: '1', reducedDen: '1', shown: '100.00' });
    expect(t.rank).toMatchObject({ rank: 2, above: { code: 'X2', decidedBy: 'name' }, below: { code: 'X1', decidedBy: 'index' } });
  });

  it('X3 Xã Cẩm Lệ: "Không" → 0, 80 % of 80 % → 3, 90 % → 2, bonus 1, penalty 0.2: 6.3 / 10 = 63 %', async () => {
    const { t } = await trace('Xã Cẩm Lệ');
    expect(leavesOf(t.fields).map((l) => l.points)).toEqual([0, 3 * M, 0.5 * M, 2 * M]);
    expect(t.totals).toMatchObject({ uncapped: 6.3 * M, total: 6.3 * M, penalty: 0.2 * M });
    expect(t.fraction).toMatchObject({ reducedNum: '63', reducedDen: '100', shown: '63.00' });
    expect(t.rank).toMatchObject({ rank: 4, below: null });
  });

  it('X5 Xã Gia Lộc: a cell that is not a number; the trace shows it with the error and says the unit is not ranked (exit 1)', async () => {
    const { status, t } = await trace('X5');
    expect(status).toBe(1);
    expect(t.ranked).toBe(false);
    expect(t.rank).toBeNull();
    expect(t.fraction).toBeNull();
    expect(leavesOf(t.fields)[1]).toMatchObject({ code: '1.2', raw: 'abc', problem: 'cell/not-a-number' });
    expect(t.diagnostics.map((d) => d.code)).toEqual(['cell/not-a-number']);
    const text = await parindex(['explain', ...HAND, '--unit', 'X5']);
    expect(text.stdout).toContain('NOT ranked');
    expect(text.stdout).toContain('error cell/not-a-number (see below)');
  });

  it('the rounding is half-up on the exact fraction', () => {
    // 2 / 3 = 66.666…% → 66.67; 1 / 8 = 12.5 % exactly; 0.00125 / 1 = 0.125 % → 0.13 (half-up)
    expect(fractionTrace(2 * M, 3 * M, 2)).toMatchObject({ reducedNum: '2', reducedDen: '3', long: '66.666666…', shown: '66.67' });
    expect(fractionTrace(M / 8, M, 2)).toMatchObject({ long: '12.500000', shown: '12.50' });
    expect(fractionTrace(1250, M, 2)).toMatchObject({ shown: '0.13' });
  });
});

describe('explain: finding the unit', () => {
  const units = [
    { code: '25264', name: 'Xã Phú Hòa' },
    { code: '25129', name: 'Phường Phú Sơn' },
    { code: '25489', name: 'Xã Quảng Hòa' },
  ];
  it('by code, by name in any case, without diacritics, in NFD, with the old tone placement', () => {
    expect(findUnit(units, '25264')).toEqual({ kind: 'one', unit: units[0] });
    expect(findUnit(units, 'XÃ PHÚ HÒA')).toEqual({ kind: 'one', unit: units[0] });
    expect(findUnit(units, 'xa phu hoa')).toEqual({ kind: 'one', unit: units[0] });
    expect(findUnit(units, 'Xã Phú Hòa'.normalize('NFD'))).toEqual({ kind: 'one', unit: units[0] });
    expect(findUnit(units, 'Xã Phú Hoà')).toEqual({ kind: 'one', unit: units[0] });
  });
  it('a part of several names is ambiguous; a name nobody has is none', () => {
    expect(findUnit(units, 'phu')).toMatchObject({ kind: 'many', candidates: [units[0], units[1]] });
    expect(findUnit(units, 'Xã Hải Vân')).toEqual({ kind: 'none' });
    expect(findUnit(units, '  ')).toEqual({ kind: 'none' });
  });
  it('on the command line: an ambiguous name lists the candidates and exits 2; an unknown one says so', async () => {
    const many = await parindex(['explain', ...DEMO, '--unit', 'phú hòa'.toUpperCase().slice(0, 3)]);
    expect(many.status).toBe(2);
    expect(many.stdout).toBe('');
    expect(many.stderr).toContain("'PHÚ' matches");
    expect(many.stderr).toContain('25264  Xã Phú Hòa');
    expect(many.stderr).not.toMatch(STACK_FRAME);
    const none = await parindex(['explain', ...DEMO, '--unit', 'Xã Không Có', '--lang', 'vi']);
    expect(none.status).toBe(2);
    expect(lines(none.stderr)).toEqual(["parindex: không có đơn vị nào có mã hoặc tên 'Xã Không Có'"]);
  });
  it('when the sheet could not be read, its errors come before the line saying the unit was not found', async () => {
    const r = await parindex(['explain', 'fixtures/explain/tinh-tay.json', '-c', 'fixtures/explain/tinh-tay.json', '--unit', 'X1']);
    expect(r.status).toBe(2);
    const err = lines(r.stderr);
    expect(err.length).toBeGreaterThan(1);
    expect(err[0]).toContain('error');
    expect(err.at(-1)).toBe("parindex: no unit has the code or name 'X1'");
  });
});

describe('explain: golden traces of a demo unit with a non-applicable leaf (25498 Xã Trung Tường)', () => {
  for (const [format, lang, ext] of [
    ['text', 'en', 'txt'],
    ['text', 'vi', 'txt'],
    ['md', 'vi', 'md'],
    ['json', 'en', 'json'],
    ['html', 'vi', 'html'],
  ] as const) {
    it(`${format} (${lang})`, async () => {
      const r = await parindex(['explain', ...DEMO, '--unit', 'xa trung tuong', '--format', format, '--lang', lang]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expectGolden(r.stdout, 'explain', 'golden', `25498-${lang}.${ext}`);
    });
  }

  it('the same inputs give the same bytes', async () => {
    const a = await parindex(['explain', ...DEMO, '--unit', '25198', '--format', 'json']);
    const b = await parindex(['explain', ...DEMO, '--unit', '25198', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--help shows examples and exit codes, in English and Vietnamese', async () => {
    const en = await parindex(['explain', '--help']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('--unit <code|name>');
    const vi = await parindex(['explain', '--help', '--lang', 'vi']);
    expect(vi.stdout).toContain('Ví dụ:');
    expect(vi.stdout).toContain('Mã thoát');
  });

  it.each(['fixtures/demo/xa.csv', 'fixtures/demo/xa.xlsx'])('a sheet from standard input shows its cells as written, as the same file does (%s)', async (file) => {
    const given = (await parindex(['explain', file, '-c', 'fixtures/demo/criteria-xa.json', '--unit', '25498', '--format', 'json'])).stdout;
    const piped = await parindex(['explain', '-', '-c', 'fixtures/demo/criteria-xa.json', '--unit', '25498', '--format', 'json'], { stdin: readFileSync(file) });
    expect(piped.status).toBe(0);
    const raws = (out: string) => leavesOf((JSON.parse(out) as Trace).fields).map((l) => [l.code, l.raw, l.points, l.cell?.ref]);
    expect(raws(piped.stdout)).toEqual(raws(given));
    expect(raws(piped.stdout).filter(([, raw]) => raw !== null).length).toBeGreaterThan(20);
  });
});
