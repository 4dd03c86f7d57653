import type { ChalkInstance } from 'chalk';
import type { Lang } from '../diagnostics/types.js';

/** What the annex workbook's heading and signature block say; each line is left out when its parts are not given. */
export interface AnnexOptions {
  /** The issuing body, e.g. "UBND TỈNH ĐỒNG THÁP" */
  readonly issuer?: string;
  /** The decision's number, e.g. "125/QĐ-UBND" */
  readonly decision?: string;
  /** The decision's date, YYYY-MM-DD */
  readonly date?: string;
  /** Where it is signed, e.g. "Đồng Tháp" */
  readonly place?: string;
  /** The signer's title, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (a line break starts a new line) */
  readonly signerTitle?: string;
  readonly signer?: string;
}

export type CsvDialect = 'rfc' | 'excel-vi';

/** What every format is rendered with besides the report: the language, and colours (level 0 when off). */
export interface RenderContext {
  readonly lang: Lang;
  readonly chalk: ChalkInstance;
  /** The terminal's width in characters; undefined for a pipe or a file (the full table) */
  readonly width?: number;
  /** Every column of the terminal table whatever the width */
  readonly wide?: boolean;
  /** CSV: RFC 4180 with a decimal point (default), or `;` and decimal commas for spreadsheets set to Vietnamese */
  readonly csvDialect?: CsvDialect;
  readonly annex?: AnnexOptions;
}
