/**
 * The XLSX report of `parindex score` (a sheet per block, the criteria sheet, the run sheet), read back as one
 * year's results. Its indexes are exact (total / effective maximum); its field component indexes are the rounded
 * values the sheet shows, since the sheet does not carry each field's effective maximum.
 */
import { fromNumber, type Micro } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import type { Cell, RawSheet } from '../sheet/types.js';
import { cellText } from '../submission/headers.js';
import { fromMicro, percentOf, type Fraction } from './fraction.js';
import type { YearBlock, YearField, YearRead } from './model.js';

const is = (cell: Cell | undefined, ...words: string[]): boolean => words.includes(asciiKey(cellText(cell)));
const FIELD_POINTS = /^(\S+?)\.? (.+)$/;
const FIELD_INDEX = /^(?:chi so|index) (?:lv|f)(\S+) \(%\)$/;

interface BlockColumns {
  readonly rank: number;
  readonly code: number;
  readonly unit: number;
  readonly fieldPoints: readonly { readonly col: number; readonly code: string; readonly name: string }[];
  readonly fieldIndex: ReadonlyMap<string, number>;
  readonly total: number;
  readonly max: number;
  readonly band: number;
}

/** The columns of a block sheet's header row, or undefined when the row is not one. */
function blockColumns(header: readonly Cell[]): BlockColumns | undefined {
  const find = (...words: string[]): number => header.findIndex((c) => is(c, ...words));
  const rank = find('hang', 'rank');
  const code = find('ma', 'code');
  const unit = find('don vi', 'unit');
  const total = find('tong diem', 'total points');
  const max = find('diem toi da thuc te', 'effective max');
  if ([rank, code, unit, total, max].some((c) => c < 0)) return undefined;
  const fieldPoints: { col: number; code: string; name: string }[] = [];
  const fieldIndex = new Map<string, number>();
  for (let col = unit + 1; col < total; col++) {
    const text = cellText(header[col]);
    const idx = FIELD_INDEX.exec(asciiKey(text));
    if (idx) fieldIndex.set(idx[1] as string, col);
    else {
      const m = FIELD_POINTS.exec(text);
      if (m) fieldPoints.push({ col, code: m[1] as string, name: m[2] as string });
    }
  }
  return { rank, code, unit, fieldPoints, fieldIndex, total, max, band: find('xep loai', 'band') };
}

const numberOf = (cell: Cell | undefined): number | undefined => (typeof cell === 'number' ? cell : undefined);
const microOf = (cell: Cell | undefined): Micro | undefined => {
  const n = numberOf(cell);
  if (n === undefined) return undefined;
  const r = fromNumber(n);
  return r.ok ? r.value : undefined;
};

type Problem = { readonly reason: string; readonly reasonVi: string };

async function readBlockSheet(sheet: RawSheet, cols: BlockColumns, rows: AsyncIterator<{ row: number; cells: readonly Cell[] }>): Promise<YearBlock | Problem> {
  const name = sheet.sheet ?? '';
  const units: YearBlock['units'][number][] = [];
  const bandCounts: { label: string; count: number }[] = [];
  let blockName = name;
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { row, cells } = next.value;
    const rank = numberOf(cells[cols.rank]);
    if (rank === undefined) {
      const band = /^(?:Xếp loại|Band): (.+)$/.exec(cellText(cells[3]));
      const count = numberOf(cells[4]);
      if (band && count !== undefined) bandCounts.push({ label: band[1] as string, count });
      continue;
    }
    const points = microOf(cells[cols.total]);
    const max = microOf(cells[cols.max]);
    if (points === undefined || max === undefined || max <= 0)
      return { reason: `${name} row ${row}: no total points or effective maximum`, reasonVi: `${name} dòng ${row}: thiếu tổng điểm hoặc điểm tối đa thực tế` };
    blockName = cellText(cells[1]) || blockName;
    units.push({
      code: cellText(cells[cols.code]),
      name: cellText(cells[cols.unit]),
      blockKey: '',
      rank,
      points,
      effectiveMax: max,
      index: percentOf(points, max),
      band: cols.band >= 0 ? cellText(cells[cols.band]) || null : null,
      fields: cols.fieldPoints.map((f): Fraction | undefined => {
        const col = cols.fieldIndex.get(f.code);
        const value = col === undefined ? undefined : microOf(cells[col]);
        return value === undefined ? undefined : fromMicro(value);
      }),
    });
  }
  const key = asciiKey(blockName);
  return { key, name: blockName, idKnown: false, bandCounts, units: units.map((u) => ({ ...u, blockKey: key })) };
}

/** Year, set id and title from the run sheet; field maxima from the criteria sheet. */
function noteRunAndCriteria(cells: readonly Cell[], facts: Map<string, Cell>, maxima: Map<string, Micro>): void {
  const key = asciiKey(cellText(cells[0]));
  if (['id', 'nam', 'year', 'ten', 'title'].includes(key) && !facts.has(key)) facts.set(key, cells[1] ?? null);
  const max = microOf(cells[2]);
  if (max !== undefined && typeof cells[1] === 'string' && cellText(cells[0]) !== '') maxima.set(cellText(cells[0]), max);
}

export async function readResultsXlsx(sheets: AsyncIterable<RawSheet>, file: string): Promise<YearRead> {
  const blocks: YearBlock[] = [];
  let fields: { code: string; name: string }[] = [];
  const facts = new Map<string, Cell>();
  const maxima = new Map<string, Micro>();
  for await (const sheet of sheets) {
    const rows = sheet.rows[Symbol.asyncIterator]();
    let cols: BlockColumns | undefined;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const { row, cells } = next.value;
      cols = row === 2 ? blockColumns(cells) : undefined;
      if (cols) break;
      noteRunAndCriteria(cells, facts, maxima);
    }
    if (!cols) continue;
    const block = await readBlockSheet(sheet, cols, rows);
    if ('reason' in block) return { ok: false, ...block };
    if (fields.length === 0) fields = cols.fieldPoints.map((f) => ({ code: f.code, name: f.name }));
    blocks.push(block);
  }
  const year = numberOf(facts.get('nam') ?? facts.get('year') ?? undefined);
  if (blocks.length === 0 || year === undefined)
    return { ok: false, reason: 'not a parindex XLSX report (no ranked block sheet or no year on the run sheet)', reasonVi: 'không phải báo cáo XLSX của parindex (không có trang xếp hạng theo khối hoặc không có năm ở trang thông tin)' };
  const yearFields: YearField[] = fields.map((f) => ({ ...f, ...(maxima.has(f.code) ? { max: maxima.get(f.code) as Micro } : {}) }));
  return {
    ok: true,
    report: {
      file,
      year,
      set: { id: cellText(facts.get('id') ?? null), title: cellText(facts.get('ten') ?? facts.get('title') ?? null) },
      fields: yearFields,
      exactFields: false,
      blocks,
    },
  };
}
