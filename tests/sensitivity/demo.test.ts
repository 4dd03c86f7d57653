/**
 * The demo (fixtures/demo/xa.xlsx, 150 communes in three blocks, criteria-xa.json): golden outputs of `sensitivity`
 * and `whatif`, byte-reproducibility, the progress bar only on a terminal, and the runs that cannot happen.
 * `UPDATE_GOLDEN=1 npx vitest run tests/sensitivity` rewrites the goldens in fixtures/sensitivity/golden/.
 */
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/memory-io.js';
import { run } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { runInMemory as parindexInProcess } from '../compare/memory-io.js';

const DEMO = ['fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json'];
const SENS = ['sensitivity', ...DEMO, '--draws', '400', '--drop-field', '--seed', '11'];

describe('sensitivity on the demo', () => {
  it('prints the golden table and CSV (English and Vietnamese)', async () => {
    const table = await parindexInProcess(SENS);
    expect(table.code, table.stderr).toBe(0);
    expectGolden(table.stdout, 'sensitivity', 'golden', 'demo-sensitivity.txt');
    const csv = await parindexInProcess([...SENS, '--format', 'csv', '--lang', 'vi', '--noise', '5']);
    expect(csv.code, csv.stderr).toBe(0);
    expectGolden(csv.stdout, 'sensitivity', 'golden', 'demo-sensitivity-noise.vi.csv');
  });

  it('gives the same bytes for the same seed, and other draws for another seed', async () => {
    const a = await parindexInProcess([...SENS, '--format', 'json', '--noise', '5']);
    const b = await parindexInProcess([...SENS, '--format', 'json', '--noise', '5']);
    const c = await parindexInProcess([...SENS, '--format', 'json', '--noise', '5', '--seed', '12']);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const x1 = await parindexInProcess([...SENS, '--format', 'xlsx']);
    const x2 = await parindexInProcess([...SENS, '--format', 'xlsx']);
    expect(Buffer.from(x1.bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(Buffer.compare(x1.bytes, x2.bytes)).toBe(0);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const quiet = await parindexInProcess([...SENS, '--format', 'csv']);
    expect(quiet.stderr).toBe('');
    const io = memoryIO({ cwd: repoRoot, env: { LANG: 'C', NO_COLOR: '1' }, stderrIsTTY: true });
    expect(await run([...SENS, '--format', 'csv'], io)).toBe(0);
    expect(io.err()).toContain('] 100 %');
    expect(io.out()).toBe(quiet.stdout);
  });

  it.each([
    [['--weights', '120'], /--weights/],
    [['--noise', 'abc'], /--noise/],
    [['--draws', '-3'], /--draws/],
  ])('refuses %j with exit 2 and one line', async (args, line) => {
    const r = await parindexInProcess([...SENS, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(line);
  });
});

describe('whatif on the demo', () => {
  it('prints the golden table of --reweight 7=25', async () => {
    const r = await parindexInProcess(['whatif', ...DEMO, '--reweight', '7=25']);
    expect(r.code, r.stderr).toBe(0);
    expectGolden(r.stdout, 'sensitivity', 'golden', 'demo-whatif-7=25.txt');
  });

  it('ranks the same sheets under a second set (a draft with higher bands, one band table for every block, exact ties)', async () => {
    const r = await parindexInProcess(['whatif', ...DEMO, '--compare-criteria', 'fixtures/sensitivity/criteria-xa-draft.json', '--format', 'csv', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expectGolden(r.stdout, 'sensitivity', 'golden', 'demo-whatif-draft.vi.csv');
  });

  it.each([
    [[], /exactly one of --compare-criteria or --reweight/],
    [['--reweight', '9=10'], /no field '9' \(fields: 1, 2, 3, 4, 5, 6, 7\)/],
    [['--reweight', '7=0'], /FIELD=POINTS/],
    [['--reweight', '7=25', '--compare-criteria', 'fixtures/demo/criteria-xa.json'], /exactly one/],
  ])('refuses %j with exit 2 and one line', async (args, line) => {
    const r = await parindexInProcess(['whatif', ...DEMO, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(line);
  });
});

describe('--help', () => {
  it.each(['sensitivity', 'whatif'])('%s --help shows examples', async (command) => {
    const r = await parindexInProcess([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`parindex ${command} fixtures/demo/xa.xlsx`);
  });
});
