import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheet, readSheets } from '../../src/cli/inputs.js';
import { memoryIO } from '../../src/cli/memory-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'parindex-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV above the size from which inputs are streamed (16 MiB). */
function largeCsv(): { file: string; bytes: Buffer } {
  const row = 'DV00001,Phường Thạch Thang,0.5,1,0.75\n';
  const bytes = Buffer.from(`Mã đơn vị,Tên đơn vị,1.1,1.2,1.3\n${row.repeat(Math.ceil((17 * 1024 * 1024) / Buffer.byteLength(row)))}`);
  const file = path.join(dir, 'lon.csv');
  writeFileSync(file, bytes);
  return { file, bytes };
}

const hex = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('a large CSV input', () => {
  const { bytes } = largeCsv();
  const io = memoryIO({ cwd: dir });

  it('is streamed (only its first bytes held) and hashed in the same pass', async () => {
    const src = await readSheet(io, 'lon.csv', 'bảng điểm', 'vi');
    expect(src.stream).toBeDefined();
    expect(src.bytes.length).toBeLessThan(64 * 1024);
    expect(src.size).toBe(bytes.length);
    let total = 0;
    for await (const piece of src.stream!()) total += piece.length;
    expect(total).toBe(bytes.length);
    expect(src.sha256).toBe(hex(bytes));
  });

  it('still has the hash of the whole file when the reader stopped early', async () => {
    const src = await readSheet(io, 'lon.csv', 'bảng điểm', 'vi');
    for await (const piece of src.stream!()) if (piece.length > 0) break;
    expect(src.sha256).toBe(hex(bytes));
  });

  it('a small CSV is read whole', async () => {
    writeFileSync(path.join(dir, 'nho.csv'), 'Mã đơn vị,Tên đơn vị,1.1\nDV1,Xã A,1\n');
    const src = await readSheet(io, 'nho.csv', 'bảng điểm', 'vi');
    expect(src.stream).toBeUndefined();
    expect(Buffer.from(src.bytes).toString()).toContain('Xã A');
  });
});

describe('several files', () => {
  const io = memoryIO({ cwd: dir });
  const names = Array.from({ length: 20 }, (_, i) => `xa-${String(i).padStart(2, '0')}.csv`);
  for (const [i, n] of names.entries()) writeFileSync(path.join(dir, n), `Mã đơn vị,Tên đơn vị,1.1\nDV${i},Xã số ${i},1\n`);

  it('are read at once and come back in the order given, each with its own hash', async () => {
    const order = [...names].reverse();
    const got = await readSheets(io, order, 'bảng điểm', 'vi');
    expect(got.map((s) => s.name)).toEqual(order);
    for (const s of got) expect(Buffer.from(s.bytes).toString()).toContain(`Xã số ${Number(s.name.slice(3, 5))},`);
    expect(new Set(got.map((s) => s.sha256)).size).toBe(names.length);
  });

  it('stop at the first file in the order given that cannot be read', async () => {
    const big = (n: string): string => (writeFileSync(path.join(dir, n), `Mã đơn vị,Tên đơn vị,1.1\n${'DV9,Xã quá lớn,1\n'.repeat(20)}`), n);
    const list = [...names.slice(0, 12), big('lon-1.csv'), ...names.slice(12, 15), big('lon-2.csv'), ...names.slice(15)];
    const capped = memoryIO({ cwd: dir, inputCap: { criteria: 1000, sheet: 200 } });
    await expect(readSheets(capped, list, 'bảng điểm', 'vi')).rejects.toThrow(/lon-1\.csv/);
    await expect(readSheets(capped, list.filter((n) => n !== 'lon-1.csv'), 'bảng điểm', 'vi')).rejects.toThrow(/lon-2\.csv/);
  });
});
