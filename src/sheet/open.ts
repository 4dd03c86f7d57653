/**
 * The sheet stage's door: what kind of file this is (by its bytes first, its name second), and its sheets read by
 * the matching reader. Every problem of reading ends here as one located diagnostic; nothing is thrown to the caller
 * for a bad file, and a reader's internal object never reaches a cell as text.
 */
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { diag } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import type { Location } from '../diagnostics/types.js';
import { firstInvalidUtf8, readCsv, type TextEncoding } from './csv.js';
import { DEFAULT_LIMITS, SheetError, type ReadLimits, type SheetReason } from './errors.js';
import { replay } from './read-ahead.js';
import type { InputFile, RawSheet, SheetRow } from './types.js';
import { looksLikeZip, readXlsx } from './xlsx.js';
import { memorySource, randomSource, streamSource } from './zip.js';

export type FileKind =
  | 'xlsx'
  | { readonly csv: TextEncoding }
  | { readonly unsupported: SheetReason }
  | { readonly unreadable: SheetReason };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes hold `name` as UTF-16LE (the names of streams in an OLE container are stored so). */
function holdsUtf16Name(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** An OLE container (Compound File): a password-protected XLSX, an old .xls, or something else of Office's. */
function oleKind(bytes: Uint8Array): FileKind {
  if (holdsUtf16Name(bytes, 'EncryptionInfo') || holdsUtf16Name(bytes, 'EncryptedPackage'))
    return { unsupported: { reason: 'encrypted-workbook' } };
  if (holdsUtf16Name(bytes, 'WordDocument'))
    return { unsupported: { reason: 'word-97' } };
  return { unsupported: { reason: 'xls' } };
}

/** UTF-16 by its BOM, or by the zero bytes of ASCII text written in UTF-16 without one. */
function utf16Of(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  if (oddZero > n / 4 && evenZero === 0) return 'utf-16le';
  if (evenZero > n / 4 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** The kind of a file from its first bytes (whole, for an OLE container) and its name. */
export function fileKind(name: string, bytes: Uint8Array, size = bytes.length): FileKind {
  const ext = path.extname(name).toLowerCase();
  if (size === 0) return { unreadable: { reason: 'empty-file' } };
  if (looksLikeZip(bytes)) {
    if (ext === '.ods') return { unsupported: { reason: 'ods' } };
    return 'xlsx';
  }
  if (CFB.every((v, i) => bytes[i] === v)) return oleKind(bytes);
  if (['.xlsx', '.xlsm'].includes(ext)) return { unsupported: { reason: 'not-zip' } };
  if (['.csv', '.txt', '.tsv', ''].includes(ext)) return { csv: utf16Of(bytes) ?? 'utf-8' };
  return { unsupported: { reason: 'unknown-extension', ext } };
}

export interface OpenOptions {
  /** Caps on what a workbook may unpack to (tests lower them to make small bombs) */
  readonly limits?: ReadLimits;
}

function report(sink: DiagnosticSink, file: string, e: SheetError, sheet?: string): void {
  const at: Location = { file, ...(sheet !== undefined ? { sheet } : {}), ...e.at };
  delete (at as { offset?: number }).offset;
  if (e.code === 'file/not-utf8') sink.push(diag('file/not-utf8', { file }, { offset: e.at.offset ?? 0 }));
  else sink.push(diag(e.code, at, e.reason));
}

/** A sheet whose rows end, with a diagnostic, where its reader met a problem. */
function guarded(sheet: RawSheet, fail: (e: SheetError) => void): RawSheet {
  const source = sheet.rows;
  async function* rows(): AsyncGenerator<SheetRow> {
    try {
      yield* source;
    } catch (e) {
      if (!(e instanceof SheetError)) throw e;
      fail(e);
    }
  }
  return { ...sheet, rows: rows() };
}

async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of pieces) parts.push(p);
  return Buffer.concat(parts);
}

function* piecesOf(bytes: Uint8Array, size = 1 << 16): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * The sheets of an input file (CSV: one; XLSX: each visible or hidden sheet in the workbook's order, each streaming
 * its rows — consume them before asking for the next). A file that cannot be read is a located diagnostic in `sink`.
 */
export async function* openSheets(input: InputFile, sink: DiagnosticSink, options: OpenOptions = {}): AsyncGenerator<RawSheet> {
  let failed = false;
  let current: string | undefined;
  const fail = (e: SheetError): void => {
    failed = true;
    report(sink, input.name, e, current);
  };
  try {
    let bytes = input.bytes;
    if (input.stream && bytes.length >= 8 && CFB.every((v, i) => bytes[i] === v)) bytes = await collect(input.stream());
    const kind = fileKind(input.name, bytes, input.stream && bytes.length > 0 ? Infinity : bytes.length);
    if (kind === 'xlsx') {
      // A workbook read ahead (with the default limits) is replayed, its rows' problem going to `fail` as guarded.
      const ahead = input.readAhead && !options.limits ? await input.readAhead() : undefined;
      const source = ahead ? undefined : input.random ? randomSource(input.random) : input.stream ? await streamSource(input.stream) : memorySource(bytes);
      for await (const sheet of source ? readXlsx(source, input.name, options.limits ?? DEFAULT_LIMITS) : replay(ahead!, input.name, fail)) {
        current = sheet.sheet;
        yield source ? guarded(sheet, fail) : sheet;
        if (failed) return;
      }
      return;
    }
    if ('unsupported' in kind) throw new SheetError('file/unsupported-type', kind.unsupported);
    if ('unreadable' in kind) throw new SheetError('file/unreadable', kind.unreadable);
    const encoding = kind.csv;
    // A file in memory is checked whole first: no row is handed out from a file that is not UTF-8.
    if (encoding === 'utf-8' && !input.stream && !isUtf8(bytes)) {
      throw new SheetError('file/not-utf8', { reason: 'not-utf8' }, { offset: firstInvalidUtf8(bytes) });
    }
    // the CSV reader guards its own rows (one generator per row less than `guarded`)
    yield readCsv(input.stream ? input.stream() : piecesOf(bytes), input.name, encoding, !input.stream, fail);
  } catch (e) {
    if (!(e instanceof SheetError)) throw e;
    fail(e);
  }
}
