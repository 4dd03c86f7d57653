import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { openSheets } from '../../src/sheet/open.js';
import type { Cell, InputFile } from '../../src/sheet/types.js';
import { randomSource } from '../../src/sheet/zip.js';
import { cellsOf, readFile } from './read.js';

/** Every cell of every sheet of an input, as the pipeline reads it. */
async function cellsThrough(input: InputFile): Promise<Cell[][]> {
  const out: Cell[][] = [];
  for await (const s of openSheets(input, new DiagnosticSink())) for await (const r of s.rows) out.push([...r.cells]);
  return out;
}

describe('workbooks read by positional reads', () => {
  for (const fixture of ['fixtures/demo/so.xlsx', 'fixtures/annex/xa-2024.xlsx']) {
    it(`reads the same cells as from memory, and never re-reads the stream: ${fixture}`, async () => {
      const bytes = readFileSync(fixture);
      const reads: [number, number][] = [];
      const input: InputFile = {
        name: fixture,
        bytes: bytes.subarray(0, 8),
        stream: () => {
          throw new Error('the stream was read although positional reads were given');
        },
        random: {
          size: bytes.length,
          read: async (position, length) => {
            reads.push([position, length]);
            return bytes.subarray(position, position + length);
          },
        },
      };
      const expected = cellsOf(await readFile(fixture, bytes));
      expect(expected.length).toBeGreaterThan(0);
      expect(await cellsThrough(input)).toEqual(expected);
      // The directory and each part are read where they lie: a part is not read twice from its start.
      expect(reads.length).toBeGreaterThan(1);
      expect(new Set(reads.map(([p]) => p)).size).toBe(reads.length);
    });
  }

  it('hands out a range in pieces and stops at the end of the file', async () => {
    const bytes = Buffer.from('0123456789');
    const source = randomSource({ size: bytes.length, read: async (p, n) => bytes.subarray(p, p + n) }, 3);
    const pieces: string[] = [];
    for await (const p of source.pieces(2, 100)) pieces.push(p.toString());
    expect(pieces).toEqual(['234', '567', '89']);
    expect((await source.read(8, 10)).toString()).toBe('89');
  });
});
