/** CSV as people export it: UTF-8 with or without BOM, `,` `;` or tab, quoted cells. */
import { parse } from 'csv-parse';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import type { RawSheet, SheetReadProblem, SheetRow } from './types.js';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter that splits the first lines most consistently, counting only outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  const candidates: Delimiter[] = [',', ';', '\t'];
  const lines: Record<Delimiter, number[]> = { ',': [], ';': [], '\t': [] };
  let inQuotes = false;
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    else if (!inQuotes && ch === '\n') {
      for (const c of candidates) lines[c].push(counts[c]);
      counts[','] = counts[';'] = counts['\t'] = 0;
      if (lines[','].length >= 30) break;
    }
  }
  for (const c of candidates) lines[c].push(counts[c]);
  // Score: the highest per-line count that most lines share (title rows above a table have fewer).
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const c of candidates) {
    const freq = new Map<number, number>();
    for (const n of lines[c]) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    let score = 0;
    for (const [n, f] of freq) score = Math.max(score, f * 1000 + n);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

const CHUNK = 1 << 16;

function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < all.length; i += CHUNK) yield all.subarray(i, i + CHUNK);
}

/**
 * Streams the records of a CSV file. Row numbers count records, as a spreadsheet program shows them when it opens
 * the file (a quoted cell with a line break stays in one row). The bytes go to csv-parse as they are: checking them
 * for UTF-8 is native and decoding once is csv-parse's job.
 */
export function readCsv(bytes: Uint8Array, file: string): { ok: true; sheet: RawSheet } | { ok: false; problem: SheetReadProblem } {
  if (!isUtf8(bytes)) return { ok: false, problem: { kind: 'not-utf8', offset: firstInvalidUtf8(bytes) } };
  const sample = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024), { stream: true }).replace(/^\ufeff/, '');
  const delimiter = detectDelimiter(sample);
  async function* rows(): AsyncGenerator<SheetRow> {
    const parser = Readable.from(chunksOf(bytes)).pipe(
      parse({ delimiter, bom: true, encoding: 'utf8', relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
    );
    let row = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      // The record is ours: empty cells become null in place, without a copy per row.
      const cells = record as (string | null)[];
      for (let i = 0; i < cells.length; i++) if (cells[i] === '') cells[i] = null;
      yield { row, cells };
    }
  }
  return { ok: true, sheet: { file, hidden: false, rows: rows() } };
}
