/**
 * Issue 14: a folder of many forms is read on reading threads (src/cli/read-pool.ts) and its workbooks read ahead —
 * with the same report, byte for byte, as when they are read one by one on the main thread (PARINDEX_READ_THREADS=0),
 * on a folder of good and broken forms: the same units in the same order, the same diagnostics, the same exit code,
 * whatever the number of threads and on every run. In the test process (the sources) workbooks are read ahead on the
 * main thread; the built CLI in a real process starts the threads.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readThreads, THREADS_FROM_FILES } from '../../src/cli/read-pool.js';
import { environment, parindex, STACK_FRAME } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makeZip, workbookParts, type Part } from '../sheet/zip-writer.js';
import { assertBuilt, bin } from './process.js';

const SET = fixturePath('demo', 'criteria-xa.json');
const FORMS = fixturePath('submissions', 'bieu-tu-danh-gia');

let dir: string;

/**
 * The fixture forms (four of them with planted problems) twice over — the second copy of each unit a duplicate of
 * the first — and broken workbooks among them: cut short, empty, text named .xlsx, a Word file, a sheet whose XML
 * stops halfway, a bad shared string after some rows, no worksheet.
 */
function writeFolder(to: string): void {
  mkdirSync(to, { recursive: true });
  const forms = readdirSync(FORMS).filter((f) => f.endsWith('.xlsx') && !f.startsWith('~$'));
  for (const f of forms) {
    copyFileSync(join(FORMS, f), join(to, f));
    copyFileSync(join(FORMS, f), join(to, `zz ${f}`));
  }
  const good = makeZip(workbookParts([{ name: 'Biểu', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c></row>' }]));
  const cutXml = workbookParts([{ name: 'Biểu', data: Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('') }]).map(
    (p): Part => (p[0].endsWith('sheet1.xml') ? [p[0], String(p[1]).slice(0, 400)] : p),
  );
  const badShared = workbookParts([{ name: 'Biểu', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>5</v></c></row>' }], { shared: ['Mã đơn vị'] });
  const noSheet = workbookParts([{ name: 'Biểu đồ', data: '' }]).map((p): Part => (p[0] === 'xl/_rels/workbook.xml.rels' ? [p[0], String(p[1]).replace('/worksheet"', '/chartsheet"')] : p));
  writeFileSync(join(to, '25300 - cut short.xlsx'), good.subarray(0, good.length - 30));
  writeFileSync(join(to, '25301 - empty.xlsx'), '');
  writeFileSync(join(to, '25302 - text.xlsx'), 'Mã đơn vị,Tên\n25302,Xã\n');
  writeFileSync(join(to, '25303 - word.xlsx'), makeZip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]));
  writeFileSync(join(to, '25304 - cut xml.xlsx'), makeZip(cutXml));
  writeFileSync(join(to, '25305 - bad shared string.xlsx'), makeZip(badShared));
  writeFileSync(join(to, '25306 - no sheet.xlsx'), makeZip(noSheet));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parindex-threads-'));
  writeFolder(join(dir, 'forms'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUNS: readonly (readonly string[])[] = [
  ['validate', 'forms', '-c', SET, '--format', 'json'],
  ['validate', 'forms', '-c', SET],
  ['score', 'forms', '-c', SET, '--format', 'csv'],
  ['score', 'forms', '-c', SET, '--lang', 'vi'],
];

describe('many forms read ahead give the same report as forms read one by one (in the test process)', () => {
  it(`below ${THREADS_FROM_FILES} files, nothing is read ahead unless asked for (PARINDEX_READ_THREADS)`, () => {
    expect(readdirSync(join(dir, 'forms')).length).toBeLessThan(THREADS_FROM_FILES);
    expect(readThreads({}, THREADS_FROM_FILES - 1)).toBe(0);
    expect(readThreads({ PARINDEX_READ_THREADS: '0' }, 500)).toBe(0);
    // the sources have no thread script: read ahead on the main thread
    expect(readThreads({ PARINDEX_READ_THREADS: '2' }, 3)).toBeUndefined();
    expect(readThreads({}, 500)).toBeUndefined();
  });

  for (const [i, argv] of RUNS.entries())
    it(`parindex ${argv.join(' ').replace(SET, 'SET')}`, async () => {
      const serial = await parindex(argv, { cwd: dir, env: { PARINDEX_READ_THREADS: '0' } });
      const ahead = await parindex(argv, { cwd: dir, env: { PARINDEX_READ_THREADS: '2' } });
      expect(serial.status).toBe(1);
      expect(serial.stderr + serial.stdout).toMatch(/file\/unreadable/);
      expect(serial.stderr).not.toMatch(STACK_FRAME);
      expect(ahead).toEqual(serial);
      // and again: the same bytes on every run (once is enough to say so)
      if (i === 0) expect(await parindex(argv, { cwd: dir, env: { PARINDEX_READ_THREADS: '2' } })).toEqual(ahead);
    });

  it('a file over the size cap stops the run with the first such file in order, as one by one', async () => {
    const argv = ['validate', 'forms', '-c', SET];
    // 14,000 bytes: the first two forms in order are smaller, the third (14,338 bytes) is not
    const inputCap = { criteria: 16 * 2 ** 20, sheet: 14_000 };
    const serial = await parindex(argv, { cwd: dir, env: { PARINDEX_READ_THREADS: '0' }, inputCap });
    expect(serial.status).toBe(2);
    expect(serial.stderr).toMatch(/^parindex: cannot read score sheet 'forms\/25186 - Xã Thanh Thành\.xlsx': larger than 0\.01 MiB/);
    expect(await parindex(argv, { cwd: dir, inputCap, env: { PARINDEX_READ_THREADS: '2' } })).toEqual(serial);
  });
});

describe('reading threads in a real process (the built CLI)', () => {
  /** Runs the CLI; with `profiles`, V8 writes one CPU profile per thread there (how many threads ran). */
  const run = (argv: readonly string[], env: Record<string, string | undefined>, profiles?: string) => {
    const r = spawnSync(process.execPath, [...(profiles ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []), bin, ...argv], {
      cwd: dir,
      env: environment(env, process.env),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('the same bytes with 0, 1 and 3 threads; the threads run and end with the process', () => {
    assertBuilt();
    // one profile per thread: the main one alone when told none, and three more when told three
    const profiled = (threads: string) => {
      const profiles = join(dir, `profiles-${threads}`);
      const r = run(RUNS[3]!, { PARINDEX_READ_THREADS: threads }, profiles);
      return { r, profiles: readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).length };
    };
    const serial = profiled('0');
    expect(serial.r.status).toBe(1);
    expect(serial.r.stderr).not.toMatch(STACK_FRAME);
    expect(serial.profiles).toBe(1);
    const three = profiled('3');
    expect(three.r).toEqual(serial.r);
    expect(three.profiles).toBe(4);
    expect(run(RUNS[3]!, { PARINDEX_READ_THREADS: '1' })).toEqual(serial.r);
  }, 120_000);

  it('a single file is read without threads, as before', () => {
    const profiles = join(dir, 'profiles-one');
    const one = run(['validate', join(FORMS, '25144 - Xã Hải Xá.xlsx'), '-c', SET], {}, profiles);
    expect(one.status).toBe(0);
    expect(readdirSync(profiles)).toHaveLength(1);
  });
});

