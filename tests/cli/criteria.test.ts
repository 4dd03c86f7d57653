/**
 * `parindex criteria check|show|schema` end to end: the built CLI on the criteria fixtures, checking stdout,
 * stderr and the exit code (0 valid, 1 the set has errors, 2 the file cannot be worked with).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonFixtures, repoRoot } from '../helpers/fixtures.js';
import { parindex, STACK_FRAME } from '../helpers/cli.js';

const check = (...args: string[]) => parindex(['criteria', 'check', ...args]);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('criteria check on a valid set', () => {
  it('exits 0 with a one-line summary on stdout', async () => {
    const r = await check('fixtures/score/criteria-mini.json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✓ Bộ chỉ số thử nghiệm cấp xã (mini-xa): 3 fields, 8 criteria, 8 scored leaves, 20.00 points (survey 4.00); 2 blocks\n');
  });

  it('summarises in Vietnamese with --lang vi', async () => {
    const r = await check('fixtures/score/criteria-mini.json', '--lang', 'vi');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✓ Bộ chỉ số thử nghiệm cấp xã (mini-xa): 3 lĩnh vực, 8 tiêu chí, 8 tiêu chí chấm điểm, 20.00 điểm (điều tra XHH 4.00); 2 khối\n');
  });

  it.each([...jsonFixtures('criteria').map((f) => `fixtures/criteria/${f}`), 'fixtures/score/criteria-all-na.json', 'fixtures/score/criteria-form.json'])('%s passes', async (file) => {
    const r = await check(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✓ .+: \d+ fields, \d+ criteria, \d+ scored leaves, [\d.]+ points/);
  });
});

describe('criteria check on each broken set', () => {
  /** Files that are not JSON text at all (or nested too deep to read): the run cannot go on, exit 2. */
  const unreadable = ['set-invalid-json.json', 'set-not-text.json', 'set-too-deep.json'];
  const broken = jsonFixtures('criteria', 'broken').filter((f) => !unreadable.includes(f));
  /** The code a fixture is named after: "rule-step-not-dividing.json" → "rule/step-not-dividing". */
  const codeOf = (file: string): string => file.replace(/\.json$/, '').replace('-', '/');

  it.each(broken)('%s exits 1 with its located diagnostic and a count on stderr', async (file) => {
    const path = `fixtures/criteria/broken/${file}`;
    const r = await check(path);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const [first, ...rest] = lines(r.stderr);
    expect(first).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}:\\d+:\\d+ \\S+  error  ${codeOf(file)}  \\S`));
    expect(rest.at(-1)).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}: 1 errors?, 0 warnings?, 0 notes?$`));
  });

  it.each(broken)('%s with --format json: a document saying it is not valid, exit 1', async (file) => {
    const r = await check(`fixtures/criteria/broken/${file}`, '--format', 'json');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { valid: boolean; diagnostics: { code: string; severity: string; location: { line?: number } }[] };
    expect(doc.valid).toBe(false);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([[codeOf(file), 'error']]);
    expect(doc.diagnostics[0]?.location.line).toBeTypeOf('number');
  });

  it('set-invalid-json.json cannot be worked with: exit 2, one line with line:column, no stack trace', async () => {
    const r = await check('fixtures/criteria/broken/set-invalid-json.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(lines(r.stderr)).toEqual(['parindex: fixtures/criteria/broken/set-invalid-json.json:31:69 criteria[1]: not valid JSON: a comma before the closing bracket; found "}"']);
  });

  it.each([
    ['set-not-text.json', 'fixtures/criteria/broken/set-not-text.json:4:14: not a text file: it holds bytes that are not UTF-8 (maybe Windows-1258 or TCVN3)'],
    ['set-too-deep.json', `fixtures/criteria/broken/set-too-deep.json:31:138 criteria[1].note${'[0]'.repeat(61)}: objects and arrays are nested more than 64 deep here`],
  ])('%s cannot be worked with either: exit 2, one located line', async (file, line) => {
    const r = await check(`fixtures/criteria/broken/${file}`);
    expect([r.status, r.stdout, lines(r.stderr)]).toEqual([2, '', [`parindex: ${line}`]]);
  });

  it('a file that does not exist: exit 2, one line', async () => {
    const r = await check('khong-co.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("parindex: cannot read criteria file 'khong-co.json': no such file\n");
  });

  it('a broken set in Vietnamese', async () => {
    const r = await check('fixtures/criteria/broken/criteria-children-sum.json', '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      'fixtures/criteria/broken/criteria-children-sum.json:20:14 criteria[0].max  lỗi  criteria/children-sum  ' +
        'tổng điểm tối đa các tiêu chí con là 5,5 nhưng điểm tối đa của tiêu chí là 6',
    );
  });
});

describe('criteria show and schema', () => {
  it('show prints the tree of a valid set; a broken set cannot be shown (exit 2)', async () => {
    const ok = await parindex(['criteria', 'show', 'fixtures/score/criteria-mini.json']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('2.1  Số thủ tục được rà soát, đơn giản hoá');
    const bad = await parindex(['criteria', 'show', 'fixtures/criteria/broken/set-missing-key.json']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(lines(bad.stderr).at(-1)).toBe("parindex: criteria set 'fixtures/criteria/broken/set-missing-key.json' has errors; see 'parindex criteria check'");
  });

  it('schema prints the committed JSON Schema', async () => {
    const r = await parindex(['criteria', 'schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(repoRoot, 'schemas', 'criteria-set.schema.json'), 'utf8')));
  });

  it('criteria check --help exits 0 with an example; an unknown option exits 2', async () => {
    const help = await parindex(['criteria', 'check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Example');
    const bad = await check('fixtures/score/criteria-mini.json', '--strict');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option '--strict'");
    expect(bad.stderr).not.toMatch(STACK_FRAME);
  });
});
