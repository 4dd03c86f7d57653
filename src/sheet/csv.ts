/**
 * CSV as people export it: UTF-8 (with or without BOM) or UTF-16 ("Unicode Text"), `,` `;` or tab, quoted cells.
 * Read as a stream of byte pieces by a small parser of our own: every row break spreadsheets accept (CRLF, LF and
 * a lone CR, mixed in one file) ends a record, a quote that is never closed is reported at the line that opened
 * it, and each cell is decoded from whole bytes (a character is never cut at a piece boundary). Per row the work is
 * a scan of its bytes and one string per non-empty cell; no closure, no copy of the record.
 */
import { isUtf8 } from 'node:buffer';
import { SheetError, unreadable } from './errors.js';
import type { RawSheet, SheetRow } from './types.js';

export type Delimiter = ',' | ';' | '\t';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

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
    else if (!inQuotes && (ch === '\n' || (ch === '\r' && sample[i + 1] !== '\n'))) {
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

/** Offset of the first byte that is not part of a valid UTF-8 sequence (bytes.length if there is none). */
export function firstInvalidUtf8(b: Uint8Array): number {
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

const notUtf8 = (offset: number): SheetError => new SheetError('file/not-utf8', { reason: 'not-utf8' }, { offset });

/** Checks UTF-8 piece by piece, carrying an unfinished character over to the next piece. */
class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);
  private seen = 0;

  check(piece: Buffer): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, piece]) : piece;
    let cut = data.length;
    // an unfinished sequence at the end waits for the next piece
    for (let k = 1; k <= 3 && k <= data.length; k++) {
      const c = data[data.length - k]!;
      if ((c & 0xc0) === 0x80) continue;
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (need > k) cut = data.length - k;
      break;
    }
    const whole = data.subarray(0, cut);
    if (!isUtf8(whole)) throw notUtf8(this.seen + firstInvalidUtf8(whole));
    this.seen += cut;
    this.carry = Buffer.from(data.subarray(cut));
  }

  end(): void {
    if (this.carry.length > 0) throw notUtf8(this.seen);
  }
}

/** UTF-16 text as UTF-8 bytes, piece by piece (the BOM is dropped by the decoder). */
async function* utf16AsUtf8(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const p of pieces) {
    const s = decoder.decode(p, { stream: true });
    if (s !== '') yield Buffer.from(s, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

/** Node's Buffer decoders without toString's argument checks (present on every Buffer since node 0.x). */
interface FastSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** Longest ASCII cell looked up among the texts seen lately, and the size of that table (a power of two) */
const SHORT = 8;
const SHORT_TABLE = 1024;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** The record parser: fields of whole records out of byte pieces. */
class CsvParser {
  readonly ready: SheetRow[] = [];
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private end = 0;
  private resume = 0;
  /** The fields of the record being read (the first `count` of a scratch list; a row takes an exact copy) */
  private readonly record: (string | null)[] = [];
  private count = 0;
  private row = 0;
  /** 1-based line of `pos` */
  private line = 1;
  private afterDelimiter = false;
  /** a CR ended the last piece: a LF starting the next one belongs to it */
  private skipLf = false;
  private first = true;
  /** OR of the bytes of the unfinished field scanned so far (0x80 set: not ASCII) */
  private high = 0;

  constructor(private readonly delimiter: number) {}

  /** Whether `buf` is our own storage (else it is the caller's piece) */
  private owned = false;

  /** Adds a piece after what is left of an unfinished field; storage grows by doubling, so a huge cell is linear. */
  push(piece: Buffer): void {
    const left = this.end - this.pos;
    if (left === 0) {
      this.buf = piece;
      this.owned = false;
      this.resume = 0;
      this.pos = 0;
      this.end = piece.length;
    } else if (this.owned && this.buf.length - this.end >= piece.length) {
      piece.copy(this.buf, this.end);
      this.end += piece.length;
    } else if (this.owned && this.buf.length >= left + piece.length) {
      // what is left moves to the front of our storage (every cell read so far is a string of its own by now)
      this.buf.copy(this.buf, 0, this.pos, this.end);
      piece.copy(this.buf, left);
      this.resume = Math.max(0, this.resume - this.pos);
      this.pos = 0;
      this.end = left + piece.length;
    } else {
      const need = left + piece.length;
      const next = Buffer.allocUnsafe(Math.max(need * 2, 1 << 17));
      this.buf.copy(next, 0, this.pos, this.end);
      piece.copy(next, left);
      this.buf = next;
      this.owned = true;
      this.resume = Math.max(0, this.resume - this.pos);
      this.pos = 0;
      this.end = need;
    }
    if (this.first && this.end - this.pos >= 3) {
      this.first = false;
      const b = this.buf;
      if (b[this.pos] === 0xef && b[this.pos + 1] === 0xbb && b[this.pos + 2] === 0xbf) this.pos += 3;
    }
  }

  /**
   * Short ASCII texts seen lately: a column of scores repeats a few dozen texts. A text of up to 8 ASCII bytes is
   * its own key, packed 7 bits a byte into two integers (the first 4 bytes; the rest and the length), so a text seen
   * before is found by comparing two numbers.
   */
  private readonly recent: string[] = new Array<string>(SHORT_TABLE).fill('');
  private readonly recentHead = new Int32Array(SHORT_TABLE);
  private readonly recentTail = new Int32Array(SHORT_TABLE).fill(-1);

  private shortText(b: Buffer, start: number, stop: number): string {
    const mid = Math.min(stop, start + 4);
    let head = 0;
    let tail = (stop - start) << 28;
    for (let i = start; i < mid; i++) head = (head << 7) | b[i]!;
    for (let i = mid; i < stop; i++) tail |= b[i]! << (7 * (i - mid));
    const slot = (head ^ (head >>> 11) ^ (tail * 31) ^ (tail >>> 13)) & (SHORT_TABLE - 1);
    if (this.recentHead[slot] === head && this.recentTail[slot] === tail) return this.recent[slot]!;
    const text = (b as unknown as FastSlices).latin1Slice(start, stop);
    this.recent[slot] = text;
    this.recentHead[slot] = head;
    this.recentTail[slot] = tail;
    return text;
  }

  private add(value: string | null): void {
    if (this.count < this.record.length) this.record[this.count] = value;
    else this.record.push(value);
    this.count++;
  }

  private emit(): void {
    this.ready.push({ row: ++this.row, cells: this.record.slice(0, this.count) });
    this.count = 0;
    this.afterDelimiter = false;
  }

  /**
   * Takes every field whose end is in the buffer; at the end of the file (`final`) the rest too. Stops early, returning
   * true, once `budget` records are ready: the rows of a whole piece made at once would outlive a young-generation
   * collection or two while they wait their turn, and be moved to the old generation only to die there.
   */
  run(final: boolean, budget = Infinity): boolean {
    const b = this.buf;
    const fast = b as unknown as FastSlices;
    const end = this.end;
    const d = this.delimiter;
    for (;;) {
      let pos = this.pos;
      if (pos >= end) {
        if (final && (this.afterDelimiter || this.count > 0)) {
          if (this.afterDelimiter) this.add(null);
          this.emit();
        }
        return false;
      }
      if (this.skipLf) {
        this.skipLf = false;
        if (b[pos] === LF) {
          this.pos = ++pos;
          continue;
        }
      }
      let value: string | null;
      let t: number;
      if (b[pos] === QUOTE) {
        const q = this.closingQuote(final);
        if (q < 0) return false;
        // text after the closing quote, up to the delimiter, is kept as typed
        t = q + 1;
        while (t < end && b[t] !== d && b[t] !== LF && b[t] !== CR) t++;
        if (t >= end && !final) return false;
        const inner = b.toString('utf8', pos + 1, q);
        value = (inner.indexOf('"') >= 0 ? inner.replace(/""/g, '"') : inner) + (t > q + 1 ? b.toString('utf8', q + 1, t) : '');
        this.line += countBreaks(b, pos + 1, q);
      } else {
        const resumed = this.resume > pos;
        t = resumed ? this.resume : pos;
        let high = resumed ? this.high : 0;
        while (t < end) {
          const c = b[t]!;
          if (c === d || c === LF || c === CR) break;
          high |= c;
          t++;
        }
        if (t >= end && !final) {
          this.resume = t;
          this.high = high;
          return false;
        }
        // ASCII (most cells: codes and numbers) is copied as one-byte text, skipping the UTF-8 decoder; a short one
        // ("0.75", "1") is most often a text seen before, taken from the table rather than made again
        value = t === pos ? null : high >= 0x80 ? fast.utf8Slice(pos, t) : t - pos <= SHORT ? this.shortText(b, pos, t) : fast.latin1Slice(pos, t);
      }
      this.add(value === '' ? null : value);
      this.afterDelimiter = false;
      this.resume = 0;
      if (t >= end) {
        this.pos = end;
        this.emit();
        return false;
      }
      const c = b[t];
      if (c === d) {
        this.afterDelimiter = true;
        this.pos = t + 1;
        continue;
      }
      this.emit();
      this.line++;
      if (c === CR) {
        if (t + 1 < end) this.pos = b[t + 1] === LF ? t + 2 : t + 1;
        else {
          this.pos = t + 1;
          this.skipLf = true;
        }
      } else this.pos = t + 1;
      if (this.ready.length >= budget) return true;
    }
  }

  /** Offset of the quote that closes the quoted field at `pos`, or -1 when more bytes are needed. */
  private closingQuote(final: boolean): number {
    const b = this.buf;
    let i = Math.max(this.pos + 1, this.resume);
    for (;;) {
      const q = b.indexOf(QUOTE, i);
      if (q < 0 || q >= this.end) {
        if (final) {
          const line = this.line;
          throw unreadable({ reason: 'unclosed-quote', line, row: this.row + 1 }, { line, row: this.row + 1 });
        }
        this.resume = this.end;
        return -1;
      }
      if (q + 1 >= this.end && !final) {
        this.resume = q;
        return -1;
      }
      if (b[q + 1] === QUOTE) {
        i = q + 2;
        continue;
      }
      return q;
    }
  }
}

function countBreaks(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c === LF || (c === CR && b[i + 1] !== LF)) n++;
  }
  return n;
}

const SAMPLE = 64 * 1024;

/** Records parsed ahead of the reader at most (a piece of 1 MiB holds thousands) */
const ROWS_AT_ONCE = 64;

/**
 * Streams the records of a CSV file. Row numbers count records, as a spreadsheet program shows them when it opens
 * the file (a quoted cell with a line break stays in one row). Throws SheetError: file/not-utf8 at the first
 * invalid byte, file/unreadable for a quote never closed.
 */
export function readCsv(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
  encoding: TextEncoding = 'utf-8',
  /** The caller has checked the whole file is UTF-8 already: it is not checked again piece by piece */
  checked = false,
  /**
   * Where a SheetError goes, the rows ending there (else it is thrown to the reader): the caller's guard without one
   * more generator that every row passes through.
   */
  fail?: (e: SheetError) => void,
): RawSheet {
  return { file, hidden: false, rows: csvRows(pieces, encoding, checked, fail) };
}

async function* csvRows(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, encoding: TextEncoding, checked: boolean, fail?: (e: SheetError) => void): AsyncGenerator<SheetRow> {
  const pieces = encoding === 'utf-8' ? source : utf16AsUtf8(source, encoding);
  const check = encoding === 'utf-8' && !checked ? new Utf8Check() : undefined;
  // the first 64 KiB decide the delimiter
  const head: Buffer[] = [];
  let headBytes = 0;
  let parser: CsvParser | undefined;
  try {
    for await (const p of pieces) {
      const piece = Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
      check?.check(piece);
      if (!parser) {
        head.push(piece);
        headBytes += piece.length;
        if (headBytes < SAMPLE) continue;
        parser = startParser(head);
      } else parser.push(piece);
      const ready = parser.ready;
      for (let more = true; more; ) {
        more = parser.run(false, ROWS_AT_ONCE);
        for (let i = 0; i < ready.length; i++) yield ready[i]!;
        ready.length = 0;
      }
    }
    check?.end();
    parser ??= startParser(head);
    const ready = parser.ready;
    for (let more = true; more; ) {
      more = parser.run(true, ROWS_AT_ONCE);
      for (let i = 0; i < ready.length; i++) yield ready[i]!;
      ready.length = 0;
    }
  } catch (e) {
    if (!fail || !(e instanceof SheetError)) throw e;
    fail(e);
  }
}

function startParser(head: Buffer[]): CsvParser {
  const bytes = Buffer.concat(head);
  const sample = new TextDecoder('utf-8').decode(bytes.subarray(0, SAMPLE), { stream: true }).replace(/^\ufeff/, '');
  const parser = new CsvParser(detectDelimiter(sample).charCodeAt(0));
  parser.push(bytes);
  head.length = 0;
  return parser;
}
