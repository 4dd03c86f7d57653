/** Raw cells as a spreadsheet holds them, with where they are. No interpretation happens here. */
import type { SheetErrorCode, SheetErrorPlace, SheetReason } from './errors.js';

export type SpecialCell =
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'error'; readonly value: string }
  /** A formula whose file carries no cached result (saved by a program that does not compute) */
  | { readonly kind: 'formula-no-value'; readonly formula: string };

/** null: empty. Strings are as typed (not trimmed); numbers are binary values from XLSX. */
export type Cell = null | string | number | boolean | SpecialCell;

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it */
  readonly row: number;
  /** cells[0] is column A */
  readonly cells: readonly Cell[];
}

export interface RawSheet {
  readonly file: string;
  /** Sheet name for XLSX; undefined for CSV */
  readonly sheet?: string;
  readonly hidden: boolean;
  readonly rows: AsyncIterable<SheetRow>;
}

/** An input file as the caller hands it to the sheet stage. */
export interface InputFile {
  /** The name as the user gave it (shown in locations) */
  readonly name: string;
  /** The whole file; or, when `stream` is given, at least its first bytes (enough to tell its type) */
  readonly bytes: Uint8Array;
  /** Reads the whole file from the start in pieces, so a large workbook is never held in memory */
  readonly stream?: () => AsyncIterable<Uint8Array>;
  /** Positional reads of a regular file (a workbook's parts are then read where they lie, not by re-reading a stream) */
  readonly random?: RandomAccess;
  /**
   * The workbook's sheets as read ahead elsewhere (src/sheet/read-ahead.ts; on a reading thread, while the sheets of
   * the files before it are read), once they are: replayed instead of read again from `bytes`. undefined: read here.
   */
  readonly readAhead?: () => Promise<ReadAhead | undefined>;
}

/** A workbook read whole ahead of its turn (src/sheet/read-ahead.ts) is plain data: what stopped its reader, as a
 * SheetError's fields or any other error's message. */
export type Stop =
  | { readonly sheetError: { readonly code: SheetErrorCode; readonly reason: SheetReason; readonly at: SheetErrorPlace } }
  | { readonly message: string };

/**
 * A sheet's rows packed flat (a message port copies one array of cells far faster than an object and an array per
 * row): row k is numbered `rowNumbers[k]` and holds `cells[ends[k - 1] ?? 0 .. ends[k]]`.
 */
export interface ReadAheadSheet {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly rowNumbers: Int32Array;
  readonly ends: Int32Array;
  readonly cells: readonly Cell[];
  /** The problem met after these rows, if any */
  readonly stop?: Stop;
}

export interface ReadAhead {
  readonly sheets: readonly ReadAheadSheet[];
  /** The problem met after the last sheet (the package's own: a missing part, no worksheet…), if any */
  readonly stop?: Stop;
  /** What the workbook's parts declare they unpack to, all together */
  readonly bytes: number;
}

/** Reads `length` bytes at `position` of a file of `size` bytes (fewer only at its end). */
export interface RandomAccess {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
}

export type SheetReadProblem =
  | { readonly kind: 'not-utf8'; readonly offset: number }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'sheet-not-found'; readonly sheet: string; readonly available: readonly string[] };

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based column number of letters: A → 1, AA → 27; undefined if not letters. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
