export type Severity = 'error' | 'warning' | 'info';
export type { Lang } from '../core/lang.js';

/** Where a problem is, as a person opening the file would look for it. All fields optional; rows/columns 1-based. */
export interface Location {
  file?: string;
  /** Spreadsheet sheet name (XLSX) */
  sheet?: string;
  row?: number;
  column?: number;
  /** A1 reference of the cell, e.g. "F12" */
  ref?: string;
  /** Unit code the problem concerns */
  unit?: string;
  /** Criterion code the problem concerns */
  criterion?: string;
  /** JSON path in a criteria file, e.g. "criteria[2].children[1].max" */
  path?: string;
  /** 1-based line and column in a text file (criteria JSON) */
  line?: number;
  col?: number;
}

export type DetailValue = string | number | boolean | null | readonly string[];
export type Details = Readonly<Record<string, DetailValue | undefined>>;

export interface Diagnostic<C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly location: Location;
  /** Values the message is built from (raw cell value, expected range…), also emitted in machine formats. */
  readonly details: Details;
}
