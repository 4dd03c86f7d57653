/**
 * The cell styles of a workbook: each distinct look (font, fill, border, number format, alignment) gets one index in
 * styles.xml's cellXfs, handed out in the order the looks are first met, so the same sheets give the same styles.
 */
import { escapeXml } from './xml.js';

export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; 11 when not given */
  readonly size?: number;
  readonly numFmt?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly fill?: string;
  readonly border?: 'all' | 'bottom';
}

const DEFAULT_SIZE = 11;
/** The first number format id a workbook may define (ids below are Excel's built-in formats) */
const FIRST_CUSTOM_FORMAT = 164;

/** Keeps the index of every distinct item of one kind, in order of first use. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: readonly string[]) {
    for (const item of first) this.add(item);
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

const fontXml = (bold: boolean, italic: boolean, size: number): string =>
  `<font>${bold ? '<b/>' : ''}${italic ? '<i/>' : ''}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
const THIN = '<color indexed="64"/>';
const borderXml = (border: Look['border']): string =>
  border === 'all'
    ? `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`
    : border === 'bottom'
      ? `<border><left/><right/><top/><bottom style="thin">${THIN}</bottom><diagonal/></border>`
      : '<border><left/><right/><top/><bottom/><diagonal/></border>';
const fillXml = (argb: string | undefined): string =>
  argb === undefined ? '<fill><patternFill patternType="none"/></fill>' : `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

export class Styles {
  private readonly fonts = new Table([fontXml(false, false, DEFAULT_SIZE)]);
  // Excel requires the first two fills to be these
  private readonly fills = new Table([fillXml(undefined), '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table([borderXml(undefined)]);
  private readonly formats = new Table([]);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /** Looks already indexed, by a key of their fields: most cells repeat a handful of looks */
  private readonly known = new Map<string, number>();

  /** Looks of plain cells (no size, no indent) by number format, then by a mask of their flags */
  private readonly plain = new Map<string, Map<number, number>>();

  /**
   * The cellXfs index of a plain look (no size, no indent), without building a key: most cells of a large sheet
   * come here, a few looks over and over.
   */
  ofPlain(numFmt: string | undefined, bold: boolean, italic: boolean, horizontal: Look['horizontal'], wrap: boolean, border: boolean): number {
    const mask = (bold ? 1 : 0) | (italic ? 2 : 0) | (wrap ? 4 : 0) | (border ? 8 : 0) | (horizontal === 'left' ? 16 : horizontal === 'center' ? 32 : horizontal === 'right' ? 48 : 0);
    let byMask = this.plain.get(numFmt ?? '');
    if (byMask === undefined) this.plain.set(numFmt ?? '', (byMask = new Map()));
    let i = byMask.get(mask);
    if (i === undefined) {
      const look: { -readonly [K in keyof Look]: Look[K] } = {};
      if (numFmt !== undefined) look.numFmt = numFmt;
      if (bold) look.bold = true;
      if (italic) look.italic = true;
      if (horizontal !== undefined) look.horizontal = horizontal;
      if (wrap) {
        look.wrap = true;
        look.vertical = 'middle';
      }
      if (border) look.border = 'all';
      i = this.of(look);
      byMask.set(mask, i);
    }
    return i;
  }

  /** The cellXfs index of a look (0: the default look). */
  of(look: Look): number {
    const key = `${look.bold ? 1 : 0}${look.italic ? 1 : 0}|${look.size ?? ''}|${look.numFmt ?? ''}|${look.horizontal ?? ''}|${look.vertical ?? ''}|${look.wrap ? 1 : 0}|${look.indent ?? ''}|${look.fill ?? ''}|${look.border ?? ''}`;
    let i = this.known.get(key);
    if (i === undefined) {
      i = this.xfs.add(this.xfOf(look));
      this.known.set(key, i);
    }
    return i;
  }

  private xfOf(look: Look): string {
    const font = this.fonts.add(fontXml(look.bold === true, look.italic === true, look.size ?? DEFAULT_SIZE));
    const fill = look.fill === undefined ? 0 : this.fills.add(fillXml(look.fill));
    const border = this.borders.add(borderXml(look.border));
    const format = look.numFmt === undefined || look.numFmt === 'General' ? 0 : FIRST_CUSTOM_FORMAT + this.formats.add(look.numFmt);
    const align = [
      look.horizontal !== undefined ? ` horizontal="${look.horizontal}"` : '',
      look.vertical !== undefined ? ` vertical="${look.vertical === 'middle' ? 'center' : 'top'}"` : '',
      look.wrap ? ' wrapText="1"' : '',
      look.indent !== undefined && look.indent > 0 ? ` indent="${look.indent}"` : '',
    ].join('');
    const applies = [
      format !== 0 ? ' applyNumberFormat="1"' : '',
      font !== 0 ? ' applyFont="1"' : '',
      fill !== 0 ? ' applyFill="1"' : '',
      border !== 0 ? ' applyBorder="1"' : '',
      align !== '' ? ' applyAlignment="1"' : '',
    ].join('');
    const attrs = `numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    return align === '' ? `<xf ${attrs}/>` : `<xf ${attrs}><alignment${align}/></xf>`;
  }

  /** styles.xml, with every look handed out so far. */
  xml(): string {
    const list = (tag: string, items: readonly string[]): string => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const formats = this.formats.items.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(code)}"/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      formats.length > 0 ? list('numFmts', formats) : '',
      list('fonts', this.fonts.items),
      list('fills', this.fills.items),
      list('borders', this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    ].join('');
  }
}
