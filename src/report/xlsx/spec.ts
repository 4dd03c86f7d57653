/** What the XLSX writer (writer.ts) writes: sheets as plain data, their rows read as they are written. */

export type CellValue = string | number | boolean | null;

/** A cell to write: a value (null: left empty), the number format it is shown in, how it sits. */
export interface CellSpec {
  readonly value: CellValue;
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (11 when not given) */
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  /** Wrapped text, vertically centred */
  readonly wrap?: boolean;
  /** A thin border all round */
  readonly border?: boolean;
  /** Merged with the cells to its right (`columns`) and below (`rows`); the next cell spec starts after it */
  readonly merge?: { readonly columns?: number; readonly rows?: number };
  /** Indentation level (left-aligned) */
  readonly indent?: number;
  /** The text to size the column by, when it is not the value (an indented code) */
  readonly widthText?: string;
}

export interface RowSpec {
  /** 1-based row number */
  readonly at: number;
  readonly cells: readonly CellSpec[];
  /** Whether the row's text sizes its columns: as body text, or as a header (which wraps) */
  readonly sizes?: 'body' | 'header';
  /** The whole row in bold */
  readonly bold?: boolean;
  /** Height in points */
  readonly height?: number;
}

/** How a sheet prints, beyond A4 landscape one page wide. */
export interface PrintSpec {
  /** Rows printed at the top of every page, e.g. [8, 9] */
  readonly titleRows?: readonly [number, number];
  /** Footer text in Excel's codes: &P the page, &N the number of pages */
  readonly footer?: string;
  /** Columns printed at the left of every page, e.g. "A:C" */
  readonly titleColumns?: string;
  /** Printed at this scale (%) over as many pages wide as it needs, rather than shrunk to one page wide */
  readonly scale?: number;
  /** Margins in inches */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
}

export interface SheetSpec {
  readonly name: string;
  /** Bold title in row 1, merged over `span` columns; none when the rows carry their own heading */
  readonly title?: { readonly text: string; readonly span: number };
  /** In ascending order of `at`; read once, or twice when the columns are sized by their text (no `widths`) */
  readonly rows: Iterable<RowSpec>;
  /** Columns and rows kept in view; the rows are also printed on every page unless `print.titleRows` says */
  readonly freeze?: { readonly columns: number; readonly rows: number };
  /** The header row, shaded and wrapped once the columns are sized */
  readonly header?: { readonly at: number; readonly cells: readonly string[] };
  readonly autoFilter?: { readonly fromRow: number; readonly toRow: number; readonly columns: number };
  /** Widest a column may grow */
  readonly maxWidth: number;
  /** Column widths given rather than measured */
  readonly widths?: readonly number[];
  readonly print?: PrintSpec;
}

export interface WorkbookSpec {
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}
