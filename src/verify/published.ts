/**
 * A ranking table as someone published it (a decision's annex, a newspaper's table): title rows, merged cells,
 * decimal commas, three decimals. The header row is found by its words; each row with a unit and an index is read.
 */
import { parseDecimal, type Micro } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import type { Location } from '../diagnostics/types.js';
import type { Cell, RawSheet } from '../sheet/types.js';
import { cellLocator } from '../submission/locate.js';
import { cellText } from '../submission/headers.js';

/** A number as printed: its value and how many decimals were printed. */
export interface Printed {
  readonly value: Micro;
  readonly decimals: number;
  readonly text: string;
}

export interface PublishedRow {
  readonly rank: number | undefined;
  readonly code: string | undefined;
  readonly name: string;
  readonly index: Printed | undefined;
  readonly points: Printed | undefined;
  readonly band: string | undefined;
  readonly at: Location;
  /** Cells that hold something that is not a number where one was expected */
  readonly unreadable: readonly { readonly what: 'rank' | 'index' | 'points'; readonly text: string; readonly at: Location }[];
}

interface Columns {
  readonly rank: number;
  readonly code: number;
  readonly name: number;
  readonly index: number;
  readonly points: number;
  readonly band: number;
}

/** Header words, without diacritics, in the order they are tried (the first column a list finds is taken). */
const WORDS = {
  rank: [['xep hang'], ['thu hang'], ['hang'], ['rank'], ['stt'], ['tt'], ['no.']],
  code: [['ma don vi'], ['ma dv'], ['ma'], ['code']],
  name: [['ten don vi'], ['don vi'], ['ten'], ['unit'], ['name']],
  index: [['chi so'], ['ket qua', '%'], ['ket qua'], ['index'], ['%']],
  points: [['tong diem'], ['diem dat'], ['diem'], ['points'], ['total']],
  band: [['xep loai'], ['band'], ['muc']],
} as const;

function columnOf(heads: readonly string[], lists: readonly (readonly string[])[], taken: Set<number>): number {
  for (const words of lists) {
    const i = heads.findIndex((h, j) => !taken.has(j) && words.every((w) => (w.length <= 3 ? h === w || h.split(/[^a-z0-9.%]+/).includes(w) : h.includes(w))));
    if (i >= 0) return i;
  }
  return -1;
}

/** The columns of a header row, or undefined when the row names no unit or no index. */
export function publishedColumns(cells: readonly Cell[]): Columns | undefined {
  const heads = cells.map((c) => asciiKey(cellText(c)));
  const taken = new Set<number>();
  const take = (key: keyof typeof WORDS): number => {
    const i = columnOf(heads, WORDS[key], taken);
    if (i >= 0) taken.add(i);
    return i;
  };
  const band = take('band');
  const rank = take('rank');
  const index = take('index');
  const code = take('code');
  const name = take('name');
  const points = take('points');
  return name >= 0 && index >= 0 ? { rank, code, name, index, points, band } : undefined;
}

/** A printed number: a binary number (its shortest decimals), or text with a decimal comma or point, % allowed. */
export function printedNumber(cell: Cell | undefined): Printed | 'unreadable' | undefined {
  if (cell === null || cell === undefined) return undefined;
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/\s*%$/, '');
  if (text === '') return undefined;
  const r = parseDecimal(text);
  if (!r.ok) return 'unreadable';
  const m = /[.,](\d+)$/.exec(text);
  return { value: r.value, decimals: m ? m[1]!.length : 0, text: cellText(cell) };
}

function rowOf(cells: readonly Cell[], cols: Columns, at: (col: number) => Location): PublishedRow | undefined {
  const name = cols.name >= 0 ? cellText(cells[cols.name]) : '';
  const code = cols.code >= 0 ? cellText(cells[cols.code]) : '';
  const index = printedNumber(cells[cols.index]);
  if ((name === '' && code === '') || index === undefined) return undefined;
  const unreadable: PublishedRow['unreadable'][number][] = [];
  const read = (what: 'rank' | 'index' | 'points', col: number): Printed | undefined => {
    if (col < 0) return undefined;
    const p = printedNumber(cells[col]);
    if (p === 'unreadable') unreadable.push({ what, text: cellText(cells[col]), at: at(col) });
    return p === 'unreadable' ? undefined : p;
  };
  const rank = read('rank', cols.rank);
  const band = cols.band >= 0 ? cellText(cells[cols.band]) : '';
  return {
    rank: rank && rank.decimals === 0 ? rank.value / 1_000_000 : undefined,
    code: code === '' ? undefined : code,
    name,
    index: read('index', cols.index),
    points: read('points', cols.points),
    band: band === '' ? undefined : band,
    at: at(cols.name >= 0 ? cols.name : cols.code),
    unreadable,
  };
}

/** Every ranked row of every sheet that has a header row; a sheet's rows before its header are titles. */
export async function readPublished(sheets: AsyncIterable<RawSheet>): Promise<PublishedRow[]> {
  const rows: PublishedRow[] = [];
  for await (const sheet of sheets) {
    const locate = cellLocator(sheet);
    let cols: Columns | undefined;
    for await (const { row, cells } of sheet.rows) {
      if (!cols) {
        cols = publishedColumns(cells);
        continue;
      }
      const r = rowOf(cells, cols, (col) => locate(row, col));
      if (r) rows.push(r);
    }
  }
  return rows;
}
