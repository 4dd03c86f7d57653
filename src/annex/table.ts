/** An annex table as read from any file: rows of cell texts, each row numbered as the file shows it. */

export interface AnnexRow {
  /** 1-based row as the spreadsheet shows it, or the row of the Word table */
  readonly row: number;
  /** Cell texts, trimmed; a merged or empty cell is '' (multi-line cells keep their line breaks) */
  readonly cells: readonly string[];
  /** Cells that held numbers (a spreadsheet's max column), by column */
  readonly numbers?: readonly (number | undefined)[];
}

export interface AnnexTable {
  readonly file: string;
  /** Sheet name (XLSX) or "Bảng 2" (the second table of a Word document) */
  readonly sheet?: string;
  readonly rows: readonly AnnexRow[];
  /** Paragraphs above a Word table (the title, the decision); a sheet's title rows are among its rows */
  readonly preamble?: readonly string[];
}

/** A cell's text: lines trimmed, blank lines dropped, NFC. */
export function cellLines(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
