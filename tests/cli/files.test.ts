/**
 * Issue 8 #1 and #10: what `-o` does to devices, FIFOs and links, and how inputs that are not regular files are
 * read (once, as a stream, with a size cap). In process, on real files in a temporary folder.
 */
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOutput, pendingTemps, removePendingTemps, writeOutput } from '../../src/cli/outputs.js';
import { MAX_ROWS, XlsxTooLarge } from '../../src/report/xlsx/limits.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import { fixturePath } from '../helpers/fixtures.js';
import { lines, parindex } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parindex-files-'));
  copyFileSync(fixturePath('score', 'valid.csv'), join(dir, 'valid.csv'));
  copyFileSync(fixturePath('score', 'criteria-mini.json'), join(dir, 'criteria-mini.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (...args: string[]) => parindex(['score', 'valid.csv', '-c', 'criteria-mini.json', ...args], { cwd: dir });
const csvReport = async (): Promise<string> => (await inDir('--format', 'csv')).stdout;

/** A FIFO in the temporary folder, and a `cat` reading it into `into` (or writing `from` into it). */
function fifo(name: string): string {
  const p = join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}
function catProcess(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', ...args], { stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sh exited ${code}`))));
  });
}

describe('-o onto something that is not a regular file', () => {
  it('/dev/null is written to, never replaced by a regular file', async () => {
    const r = await inDir('-o', '/dev/null', '--format', 'csv');
    expect(r.status, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('/dev/full: no space left, one line, exit 2', async () => {
    const r = await inDir('-o', '/dev/full', '--format', 'csv');
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["parindex: cannot write '/dev/full': no space left on the device"]);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a FIFO receives the report and stays a FIFO', async () => {
    const pipe = fifo('report.fifo');
    const received = join(dir, 'received.csv');
    const reader = catProcess([`cat '${pipe}' > '${received}'`]);
    const r = await inDir('-o', 'report.fifo', '--format', 'csv');
    await reader;
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(received, 'utf8')).toBe(await csvReport());
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    rmSync(pipe);
    rmSync(received);
  });

  it('a symbolic link is followed: the file it points to gets the report, the link stays a link', async () => {
    writeFileSync(join(dir, 'old.csv'), 'old');
    symlinkSync('old.csv', join(dir, 'link.csv'));
    const r = await inDir('-o', 'link.csv');
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe(await csvReport());
    rmSync(join(dir, 'link.csv'));
    rmSync(join(dir, 'old.csv'));
  });

  it('a link to an input is refused like the input itself; a link to nothing is refused', async () => {
    symlinkSync('valid.csv', join(dir, 'to-input.csv'));
    symlinkSync('nowhere.csv', join(dir, 'dangling.csv'));
    const before = readFileSync(join(dir, 'valid.csv'));
    const r = await inDir('-o', 'to-input.csv');
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["parindex: refusing to overwrite the input file 'to-input.csv'"]);
    expect(readFileSync(join(dir, 'valid.csv')).equals(before)).toBe(true);
    const d = await inDir('-o', 'dangling.csv');
    expect(d.status).toBe(2);
    expect(lines(d.stderr)).toEqual(["parindex: cannot write 'dangling.csv': a symbolic link to nothing"]);
    expect(existsSync(join(dir, 'nowhere.csv'))).toBe(false);
    rmSync(join(dir, 'to-input.csv'));
    rmSync(join(dir, 'dangling.csv'));
  });

  it('a folder is refused, not replaced', async () => {
    execFileSync('mkdir', [join(dir, 'folder.csv')]);
    const r = await inDir('-o', 'folder.csv');
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["parindex: cannot write 'folder.csv': is a folder, not a file"]);
    expect(statSync(join(dir, 'folder.csv')).isDirectory()).toBe(true);
    rmSync(join(dir, 'folder.csv'), { recursive: true });
  });

  it('an interrupted write leaves no temporary file: the signal handler removes what is pending', async () => {
    const io = memoryIO({ cwd: dir });
    const seen: { temps: string[]; existed: boolean; after: boolean }[] = [];
    const piece = 'x'.repeat(70_000);
    function* report(): Generator<string> {
      // pieces over 64 KB are written (and waited for) one by one, so the temporary file is on disk by the third
      yield piece;
      yield piece;
      const temps = [...pendingTemps()];
      const existed = temps.length === 1 && existsSync(temps[0] as string);
      removePendingTemps(); // what SIGINT/SIGTERM run before exiting
      seen.push({ temps, existed, after: temps.some((t) => existsSync(t)) });
      yield piece;
    }
    await expect(writeOutput(io, 'interrupted.csv', report(), [], 'en')).rejects.toThrow(/cannot write 'interrupted\.csv'/);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.temps[0]).toMatch(/\.interrupted\.csv\.\d+\.\d+\.tmp$/);
    expect(seen[0]?.existed).toBe(true);
    expect(seen[0]?.after).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('interrupted'))).toEqual([]);
  });
});

describe('a report too large for its format', () => {
  it('a sheet past Excel’s last row, found before writing: one line in the user’s language, no file', async () => {
    const io = memoryIO({ cwd: dir });
    const refuse = (): never => {
      throw new XlsxTooLarge({ kind: 'rows', sheet: 'Xã', rows: 1_200_040, max: MAX_ROWS });
    };
    await expect(emitOutput(io, 'lon.xlsx', refuse, [], 'vi')).rejects.toThrow(
      "không ghi được 'lon.xlsx': trang tính 'Xã' cần 1.200.040 dòng, mà một trang tính XLSX chỉ chứa tối đa 1.048.576 dòng; dùng --format csv hoặc json",
    );
    await expect(emitOutput(io, undefined, refuse, [], 'en')).rejects.toThrow(
      "cannot write '-': the sheet 'Xã' would need 1,200,040 rows and an XLSX sheet holds at most 1,048,576; use --format csv or json",
    );
    expect(io.outBytes().length).toBe(0);
    expect(existsSync(join(dir, 'lon.xlsx'))).toBe(false);
  });

  it('past 4 GiB while writing: the half-written temporary file goes, the old file stays', async () => {
    const io = memoryIO({ cwd: dir });
    writeFileSync(join(dir, 'old.xlsx'), 'the old report');
    function* bytes(): Generator<Uint8Array> {
      yield new Uint8Array(70_000);
      throw new XlsxTooLarge({ kind: 'bytes', part: 'xl/worksheets/sheet2.xml' });
    }
    await expect(emitOutput(io, 'old.xlsx', () => bytes(), [], 'en')).rejects.toThrow(
      "cannot write 'old.xlsx': the workbook would pass 4 GiB (xl/worksheets/sheet2.xml), more than an XLSX file written here can hold; use --format csv or json",
    );
    expect(readFileSync(join(dir, 'old.xlsx'), 'utf8')).toBe('the old report');
    expect(readdirSync(dir).filter((f) => f.includes('old.xlsx'))).toEqual(['old.xlsx']);
  });
});

describe('inputs that are not regular files', () => {
  it('a named FIFO is read once: the sheet written into it scores like the file', async () => {
    const pipe = fifo('sheet-fifo.csv');
    const writer = catProcess([`cat '${join(dir, 'valid.csv')}' > '${pipe}'`]);
    const r = await parindex(['score', 'sheet-fifo.csv', '-c', 'criteria-mini.json'], { cwd: dir });
    await writer;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe((await inDir()).stdout);
    rmSync(pipe);
  });

  it('a named FIFO nobody writes to yet: the run says what it waits for, then reads it when a writer comes', async () => {
    const pipe = fifo('late.csv');
    const running = parindex(['score', 'late.csv', '-c', 'criteria-mini.json'], { cwd: dir });
    await new Promise((resolve) => setTimeout(resolve, 2400));
    await catProcess([`cat '${join(dir, 'valid.csv')}' > '${pipe}'`]);
    const r = await running;
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual(["parindex: waiting for something to write into the named pipe 'late.csv' (Ctrl-C to stop)"]);
    rmSync(pipe);
  });

  it('/dev/zero as a criteria file: one line, exit 2, after 16 MiB', async () => {
    const r = await parindex(['score', 'valid.csv', '-c', '/dev/zero'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["parindex: cannot read criteria file '/dev/zero': larger than 16 MiB, the most one input may hold"]);
    const check = await parindex(['criteria', 'check', '/dev/zero', '--lang', 'vi'], { cwd: dir });
    expect(check.status).toBe(2);
    expect(lines(check.stderr)).toEqual(["parindex: không đọc được tệp bộ chỉ số '/dev/zero': lớn hơn 16 MiB, mức tối đa cho một tệp đầu vào"]);
  });

  it('/dev/zero as a score sheet: one line, exit 2, in bounded memory (the cap lowered to 4 MiB for speed)', async () => {
    const r = await parindex(['score', '/dev/zero', '-c', 'criteria-mini.json'], { cwd: dir, inputCap: { criteria: 1024 * 1024, sheet: 4 * 1024 * 1024 } });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["parindex: cannot read score sheet '/dev/zero': larger than 4 MiB, the most one input may hold"]);
    const regular = await parindex(['score', 'valid.csv', '-c', 'criteria-mini.json'], { cwd: dir, inputCap: { criteria: 1024 * 1024, sheet: 100 } });
    expect(lines(regular.stderr)).toEqual(["parindex: cannot read score sheet 'valid.csv': larger than 0 MiB, the most one input may hold"]);
  });
});
