import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheet } from '../../src/cli/inputs.js';
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
