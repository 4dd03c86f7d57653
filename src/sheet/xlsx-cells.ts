/**
 * The cells of a worksheet part, row by row, from the XML scanner's tokens. One instance per sheet; its state is
 * plain fields (no closure per row or cell); finished rows wait in `ready` until the reader hands them out.
 */
import { unreadable, type SheetReason } from './errors.js';
import { DATE, PERCENT } from './xlsx-parts.js';
import { CLOSE, decodeEntities, MORE, OPEN, TEXT, type XmlScanner } from './xml.js';
import { columnLetters, type Cell, type SheetRow } from './types.js';

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** A number as XLSX writes it; anything else in a numeric cell (`1.5abc`, `0x10`, ` 1`) is not read as one. */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `_x000D_`: how Excel escapes characters XML cannot hold in a string (ECMA-376 §22.9.2.19). */
export function unescapeExcel(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

export interface SheetContext {
  readonly sheet: string;
  readonly shared: readonly (string | null)[];
  readonly styles: Uint8Array;
  readonly date1904: boolean;
}

/** A serial day number of Excel as a moment (as exceljs reads it: 1900 system, or 1904). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isoDate(text: string): Date | undefined {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(t)) return undefined;
  const d = new Date(/T.*(?:Z|[+-]\d{2}:\d{2})$/.test(t) || !t.includes('T') ? t : `${t}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export class SheetCells {
  readonly ready: SheetRow[] = [];
  private inData = false;
  private rowNumber = 0;
  private cells: Cell[] | null = null;
  private col = 0;
  private type = T_NUMBER;
  private style = 0;
  private hasFormula = false;
  private formula = '';
  /**
   * `formula` is one text token not yet decoded: a formula is needed only when its cell has no cached value (or it
   * is shared), and most formulas' text is entities (`&quot;`, `&gt;`) — the demo's sheet is 90 % formulas.
   */
  private formulaRaw = false;
  private sharedIndex = '';
  private value: string | null = null;
  /** The <v> of a number cell, read by the fast path */
  private hasNumber = false;
  private numberValue = 0;
  /** 1 in <v>, 2 in <f>, 3 in an inline <t> */
  private into = 0;
  private inInline = false;
  private phonetic = 0;
  private readonly sharedFormulas = new Map<string, string>();

  constructor(private readonly ctx: SheetContext) {}

  /** Takes every whole token the scanner holds. */
  run(sc: XmlScanner): void {
    for (let t = sc.next(); t !== MORE; t = sc.next()) {
      if (t === TEXT) {
        if (this.into === 1 && this.type === T_NUMBER && this.value === null && !this.hasNumber && !sc.cdata && this.fastNumber(sc)) continue;
        if (this.into === 2) this.formulaText(sc);
        else if (this.into !== 0) this.text(sc.text());
      } else if (t === OPEN) this.open(sc);
      else if (t === CLOSE) this.close(sc);
      else return;
    }
  }

  /** A text token of <f>: the first one kept undecoded (see formulaRaw); any more decoded and appended, as text() did. */
  private formulaText(sc: XmlScanner): void {
    if (this.formula === '' && !this.formulaRaw && !sc.cdata) {
      this.formula = sc.rawText();
      this.formulaRaw = true;
    } else this.formula = this.decodedFormula() + sc.text();
  }

  private decodedFormula(): string {
    if (this.formulaRaw) {
      this.formula = decodeEntities(this.formula);
      this.formulaRaw = false;
    }
    return this.formula;
  }

  /** Text of a value (<v>, or an inline string's <t>). */
  private text(s: string): void {
    if (this.hasNumber) {
      // text after a number in the same <v> (never written by a spreadsheet program): all of it is text
      this.value = String(this.numberValue);
      this.hasNumber = false;
    }
    this.value = this.value === null ? s : this.value + s;
  }

  /**
   * A plain decimal of at most 15 digits read straight from the bytes: digits ÷ 10^k is exact on both sides and
   * rounded once, so it equals Number(text) without making the string. Anything else takes the slow path.
   */
  private fastNumber(sc: XmlScanner): boolean {
    const b = sc.buf;
    let i = sc.textStart;
    const end = sc.textEnd;
    const negative = b[i] === 0x2d;
    if (negative) i++;
    let digits = 0;
    let int = 0;
    let scale = -1;
    for (; i < end; i++) {
      const c = b[i]!;
      if (c >= 0x30 && c <= 0x39) {
        int = int * 10 + (c - 0x30);
        digits++;
        if (scale >= 0) scale++;
      } else if (c === 0x2e && scale < 0) scale = 0;
      else return false;
    }
    if (digits === 0 || digits > 15) return false;
    const n = scale > 0 ? int / POWERS[scale]! : int;
    this.numberValue = negative ? -n : n;
    this.hasNumber = true;
    return true;
  }

  private open(sc: XmlScanner): void {
    if (!this.inData) {
      if (sc.is('sheetData')) this.inData = !sc.selfClosing;
      return;
    }
    if (sc.is('c')) this.openCell(sc);
    else if (sc.is('v')) this.into = sc.selfClosing ? 0 : 1;
    else if (sc.is('row')) this.openRow(sc);
    else if (sc.is('f')) this.openFormula(sc);
    else if (sc.is('is')) this.inInline = !sc.selfClosing;
    else if (sc.is('t')) this.into = this.inInline && this.phonetic === 0 && !sc.selfClosing ? 3 : 0;
    else if (sc.is('rPh')) this.phonetic += sc.selfClosing ? 0 : 1;
  }

  private close(sc: XmlScanner): void {
    if (!this.inData) return;
    if (sc.is('c')) this.closeCell();
    else if (sc.is('v') || sc.is('t')) this.into = 0;
    else if (sc.is('f')) {
      this.into = 0;
      if (this.sharedIndex !== '' && this.formula !== '') this.sharedFormulas.set(this.sharedIndex, this.decodedFormula());
    } else if (sc.is('row')) this.closeRow();
    else if (sc.is('is')) this.inInline = false;
    else if (sc.is('rPh')) this.phonetic--;
    else if (sc.is('sheetData')) this.inData = false;
  }

  private fail(reason: SheetReason, ref?: string): never {
    throw unreadable(reason, { sheet: this.ctx.sheet, row: this.rowNumber, ...(ref ? { ref } : {}) });
  }

  private openRow(sc: XmlScanner): void {
    let r = this.rowNumber + 1;
    if (sc.attr('r')) {
      r = 0;
      for (let i = sc.valueStart; i < sc.valueEnd; i++) r = r * 10 + (sc.buf[i]! - 48);
      if (!(r >= 1 && r <= MAX_ROW)) this.fail({ reason: 'row-number', value: sc.attrText('r') ?? '' });
    }
    this.rowNumber = r;
    this.cells = [];
    this.col = 0;
    if (sc.selfClosing) this.closeRow();
  }

  private closeRow(): void {
    if (this.cells) this.ready.push({ row: this.rowNumber, cells: this.cells });
    this.cells = null;
  }

  private openCell(sc: XmlScanner): void {
    if (!this.cells) this.fail({ reason: 'cell-outside-row' });
    const b = sc.buf;
    let col = this.col + 1;
    sc.cellAttrs();
    if (sc.rStart >= 0) {
      col = 0;
      let i = sc.rStart;
      for (; i < sc.rEnd; i++) {
        const c = b[i]! | 0x20;
        if (c < 0x61 || c > 0x7a) break;
        col = col * 26 + (c - 0x60);
      }
      if (i === sc.rStart) col = this.col + 1; // a reference without letters: the next column
    }
    if (col > MAX_COLUMN) this.fail({ reason: 'beyond-xfd', ref: sc.attrText('r') ?? '' });
    this.col = col;
    let style = 0;
    if (sc.sStart >= 0) for (let i = sc.sStart; i < sc.sEnd; i++) style = style * 10 + (b[i]! - 48);
    this.style = style;
    this.type = sc.tStart >= 0 ? cellType(b, sc.tStart, sc.tEnd) : T_NUMBER;
    this.hasFormula = false;
    this.formula = '';
    this.formulaRaw = false;
    this.sharedIndex = '';
    this.value = null;
    this.hasNumber = false;
    this.into = 0;
    this.inInline = false;
    this.phonetic = 0;
    if (sc.selfClosing) this.closeCell();
    else if (sc.plainValue()) {
      // `<v>TEXT</v></c>` taken at once: what the tokens <v>, TEXT, </v>, </c> would do, in their order
      this.into = 1;
      if (!(this.type === T_NUMBER && this.fastNumber(sc))) this.text(sc.text());
      this.closeCell();
    }
  }

  private openFormula(sc: XmlScanner): void {
    this.hasFormula = true;
    this.sharedIndex = sc.attrText('t') === 'shared' ? (sc.attrText('si') ?? '') : '';
    this.into = sc.selfClosing ? 0 : 2;
  }

  private closeCell(): void {
    const cell = this.cellValue();
    this.into = 0;
    if (cell === null) return;
    const cells = this.cells!;
    const at = this.col - 1;
    while (cells.length < at) cells.push(null);
    cells[at] = cell;
  }

  private cellValue(): Cell {
    if (this.hasNumber) return this.styled(this.numberValue);
    const v = this.value;
    if (this.hasFormula && (v === null || (v === '' && this.type !== T_STR))) {
      const f = this.formula !== '' ? this.decodedFormula() : (this.sharedFormulas.get(this.sharedIndex) ?? '');
      return { kind: 'formula-no-value', formula: f };
    }
    if (v === null) return null;
    switch (this.type) {
      case T_SHARED:
        return this.sharedString(v);
      case T_STR:
      case T_INLINE:
        return v === '' ? null : unescapeExcel(v);
      case T_BOOL:
        return v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v;
      case T_ERROR:
        return { kind: 'error', value: v };
      case T_DATE: {
        const d = isoDate(v);
        return d ? { kind: 'date', value: d } : v;
      }
      default:
        return this.number(v);
    }
  }

  private number(v: string): Cell {
    if (!NUMBER.test(v)) return v.trim() === '' ? null : v;
    return this.styled(Number(v));
  }

  private styled(n: number): Cell {
    const kind = this.ctx.styles[this.style];
    // A cell shown as "99.5%" holds 0.995: read it as the percentage a person sees.
    if (kind === PERCENT) return Math.round(n * 100 * 1e9) / 1e9;
    if (kind === DATE) return { kind: 'date', value: excelDate(n, this.ctx.date1904) };
    return n;
  }

  private sharedString(v: string): Cell {
    const i = /^\d+$/.test(v) ? Number(v) : -1;
    const shared = this.ctx.shared;
    if (i < 0 || i >= shared.length) {
      const ref = `${columnLetters(this.col)}${this.rowNumber}`;
      this.fail({ reason: 'shared-string-index', ref, value: v, count: shared.length }, ref);
    }
    return shared[i]!;
  }
}

function cellType(b: Buffer, start: number, end: number): number {
  const n = end - start;
  const c = b[start];
  if (n === 1) return c === 0x73 ? T_SHARED : c === 0x62 ? T_BOOL : c === 0x65 ? T_ERROR : c === 0x64 ? T_DATE : T_NUMBER;
  if (n === 3 && c === 0x73) return T_STR;
  if (n === 9 && c === 0x69) return T_INLINE;
  return T_NUMBER;
}
