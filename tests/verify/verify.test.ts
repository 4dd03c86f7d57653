/**
 * `parindex verify`: a report re-run from what it records (identical, changed numbers, changed or missing inputs),
 * the XLSX report, and a published table of the demo with two planted differences.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences, type RecomputedRow } from '../../src/verify/differences.js';
import { printedNumber, publishedColumns } from '../../src/verify/published.js';
import { comparePublished } from '../../src/verify/published-diff.js';
import { lines, parindex, STACK_FRAME } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';

const REPORT = 'fixtures/verify/ket-qua-xa.json';
const DEMO = ['fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json'];
const M = 1_000_000;

/** A folder holding the demo's criteria set and sheet under their own names (what --inputs points at). */
function inputsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parindex-verify-'));
  copyFileSync(fixturePath('demo', 'xa.xlsx'), join(dir, 'xa.xlsx'));
  copyFileSync(fixturePath('demo', 'criteria-xa.json'), join(dir, 'criteria-xa.json'));
  return dir;
}

describe('verify <results.json>', () => {
  it('the report written by score on the demo verifies: exit 0', async () => {
    const r = await parindex(['verify', REPORT]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('verified: 150 units, every number identical to the recomputed run\n');
  });

  it('numbers changed in the report are each listed: exit 1', async () => {
    const dir = inputsDir();
    const report = JSON.parse(readFileSync(join(repoRoot, REPORT), 'utf8'));
    const row = report.blocks[0].rows[1]; // 25198 Xã Đức Tường, rank 2, 95.52
    row.rank = 3;
    row.points = 95.5;
    row.fields[0].points = 11.5;
    writeFileSync(join(dir, 'ket-qua.json'), JSON.stringify(report));
    const r = await parindex(['verify', join(dir, 'ket-qua.json'), '--inputs', dir]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual([
      '3 differences between the report and the recomputed run',
      '25198 Xã Đức Tường: rank — reported 3; recomputed 2',
      '25198 Xã Đức Tường: points — reported 95.5; recomputed 95.52',
      '25198 Xã Đức Tường: field 1 — reported 11.5; recomputed 12',
    ]);
  });

  it('an input changed since the report: which file, the recorded and the actual SHA-256; exit 2', async () => {
    const dir = inputsDir();
    writeFileSync(join(dir, 'criteria-xa.json'), `${readFileSync(join(dir, 'criteria-xa.json'), 'utf8')} `);
    const r = await parindex(['verify', REPORT, '--inputs', dir, '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const [changed, summary] = lines(r.stderr);
    expect(changed).toMatch(/criteria-xa\.json: tệp bộ chỉ số đã thay đổi — SHA-256 ghi nhận 9109fa53[0-9a-f]{56}, hiện tại [0-9a-f]{64}$/);
    expect(summary).toBe('parindex: không kiểm tra được: 1 tệp đã ghi nhận bị thiếu hoặc đã thay đổi');
  });

  it('inputs missing: each named with where it was looked for; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-verify-'));
    const r = await parindex(['verify', REPORT, '--inputs', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`fixtures/demo/xa.xlsx: input is missing (looked for ${join(dir, 'fixtures/demo/xa.xlsx')}, ${join(dir, 'xa.xlsx')})`);
    expect(r.stderr).toContain('2 recorded file(s) missing or changed');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a file that is not a results report: one line, exit 2', async () => {
    const r = await parindex(['verify', 'fixtures/demo/criteria-xa.json']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('not a parindex results report');
  });
});

describe('verify <results.xlsx>', () => {
  it('the XLSX report of the demo verifies from its run sheet', async () => {
    const dir = inputsDir();
    const written = await parindex(['score', ...DEMO, '-o', join(dir, 'ket-qua.xlsx')]);
    expect(written.status).toBe(0);
    const r = await parindex(['verify', join(dir, 'ket-qua.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('verified: 150 units, every number identical to the recomputed run\n');
    expect(r.status).toBe(0);
  });
});

describe('verify --published', () => {
  for (const [file, lang] of [
    ['bang-cong-bo-xa.xlsx', 'en'],
    ['bang-cong-bo-xa.csv', 'vi'],
  ] as const) {
    it(`${file}: the two planted differences, and nothing else (${lang})`, async () => {
      const r = await parindex(['verify', '--published', `fixtures/verify/${file}`, ...DEMO, '--lang', lang]);
      expect(r.status).toBe(1);
      expect(lines(r.stdout)).toHaveLength(3);
      expectGolden(r.stdout, 'verify', 'golden', `${file}.${lang}.txt`);
    });
  }

  it('the planted rank: "published: rank 3, 95.520; recomputed: rank 2, 95.520"', async () => {
    const r = await parindex(['verify', '--published', 'fixtures/verify/bang-cong-bo-xa.xlsx', ...DEMO]);
    expect(r.stdout).toContain('25198 Xã Đức Tường — published: rank 3, 95.520; recomputed: rank 2, 95.520');
  });

  it('without -c: one line, exit 2', async () => {
    const r = await parindex(['verify', '--published', 'fixtures/verify/bang-cong-bo-xa.csv', 'fixtures/demo/xa.xlsx']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['parindex: verify --published needs the score sheets and -c <criteria set>']);
  });

  it('--help shows examples and exit codes', async () => {
    const r = await parindex(['verify', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('parindex verify --published');
  });
});

describe('verify: the pieces', () => {
  it('finds a published header by its words, and reads printed numbers as printed', () => {
    const cols = publishedColumns(['STT', 'Tên đơn vị', 'Tổng điểm', 'Kết quả (%)', 'Thứ hạng', 'Xếp loại']);
    expect(cols).toEqual({ rank: 4, code: -1, name: 1, index: 3, points: 2, band: 5 });
    expect(publishedColumns(['ỦY BAN NHÂN DÂN TỈNH', null])).toBeUndefined();
    expect(printedNumber('90,020')).toEqual({ value: 90.02 * M, decimals: 3, text: '90,020' });
    expect(printedNumber(' 87.5 %')).toMatchObject({ value: 87.5 * M, decimals: 1 });
    expect(printedNumber(91.5)).toMatchObject({ value: 91.5 * M, decimals: 1 });
    expect(printedNumber('9O,02')).toBe('unreadable');
    expect(printedNumber('')).toBeUndefined();
  });

  const row = (code: string, name: string, rank: number, points: number, max: number): RecomputedRow => ({
    code,
    name,
    rank,
    points: points * M,
    effectiveMax: max * M,
    index: Math.round((points / max) * 10000) / 100,
    indexText: ((points / max) * 100).toFixed(2),
    exactIndex: (points / max) * 100,
    exact: { num: points * M, den: max * M },
    band: 'Tốt',
  });

  it('a published index agrees when it is the exact index at the printed decimals, or the rounded one padded', () => {
    // 2 / 3 = 66.6666…%: shown 66.67; printed 66,667 (exact to three decimals) or 66,670 (the shown value padded)
    const mine = [row('A', 'Xã An Phú', 1, 2, 3)];
    const at = (text: string) => ({ rank: 1, code: undefined, name: 'xa an phu', index: printedNumber(text) as never, points: undefined, band: undefined, at: {}, unreadable: [] });
    expect(comparePublished([at('66,667')], mine)).toEqual([]);
    expect(comparePublished([at('66,670')], mine)).toEqual([]);
    expect(comparePublished([at('66,666')], mine)).toMatchObject([{ code: 'A', problem: { kind: 'differs', what: ['index'] }, published: ['rank 1', '66.666'], recomputed: ['rank 1', '66.667'] }]);
  });

  it('a unit only one side has is a difference', () => {
    const mine = [row('A', 'Xã An Phú', 1, 2, 3)];
    const d = differences({ rows: [{ ...mine[0]!, code: 'B' }], indexExact: false }, mine);
    expect(d.map((x) => [x.code, x.what, x.reported, x.recomputed])).toEqual([
      ['B', 'unit', 'ranked', null],
      ['A', 'unit', null, 'ranked'],
    ]);
  });
});
