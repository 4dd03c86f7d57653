/**
 * A problem met while reading a file, with where it is. The readers throw it; `openSheets` turns it into one located
 * diagnostic, so a damaged or hostile file never ends a run with a stack trace.
 */
import type { SheetReason } from '../i18n/details.js';

export type SheetErrorCode = 'file/unreadable' | 'file/unsupported-type' | 'file/not-utf8';
export type { SheetReason };

export interface SheetErrorPlace {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: number;
  readonly ref?: string;
  /** 1-based line of a text file */
  readonly line?: number;
  /** Byte offset (file/not-utf8) */
  readonly offset?: number;
}

/** The reason is data (a key and its values); the catalogues (src/i18n) word it in the run's language. */
export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    readonly reason: SheetReason,
    readonly at: SheetErrorPlace = {},
  ) {
    super(`${code}: ${reason.reason}`);
    this.name = 'SheetError';
  }
}

export const unreadable = (reason: SheetReason, at?: SheetErrorPlace): SheetError => new SheetError('file/unreadable', reason, at);
export const unsupported = (reason: SheetReason): SheetError => new SheetError('file/unsupported-type', reason);

/** How much a workbook may unpack to: a small file that inflates to gigabytes is refused, not read. */
export interface ReadLimits {
  /** Inflated bytes of one part (a sheet, the shared strings) */
  readonly partBytes: number;
  /** Inflated bytes of all parts read from one file */
  readonly totalBytes: number;
  /** Inflated ÷ compressed bytes of a part, checked once it has inflated past `ratioAfter` bytes */
  readonly ratio: number;
  readonly ratioAfter: number;
  /** Number of shared strings, and their total length in characters */
  readonly sharedStrings: number;
  readonly sharedChars: number;
}

/**
 * A 100,000-unit × 120-criterion sheet inflates to about 0.4 GB at a ratio near 15; real XML seldom packs better
 * than 100:1, while a zip bomb packs near deflate's limit of 1032:1.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  partBytes: 2 ** 31,
  totalBytes: 2 ** 32,
  ratio: 400,
  ratioAfter: 64 * 2 ** 20,
  sharedStrings: 4_000_000,
  sharedChars: 128 * 2 ** 20,
};

