/** What an XLSX file can hold, and the error a report too large for it stops with (the CLI says it in one line). */

/** The most rows a sheet can hold in Excel */
export const MAX_ROWS = 1_048_576;

export type TooLarge =
  /** A sheet would need `rows` rows */
  | { readonly kind: 'rows'; readonly sheet: string; readonly rows: number; readonly max: number }
  /** A part of the archive, or the archive, would pass 4 GiB (no ZIP64 records are written) */
  | { readonly kind: 'bytes'; readonly part: string };

/** Its name and data say what it is: the command line tells it by them, without loading the report layer at start-up. */
export class XlsxTooLarge extends Error {
  constructor(readonly what: TooLarge) {
    super(what.kind === 'rows' ? `sheet ${what.sheet} would need ${what.rows} rows; a sheet holds at most ${what.max}` : `${what.part} would pass 4 GiB`);
    this.name = 'XlsxTooLarge';
  }
}
