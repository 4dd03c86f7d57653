import type { Lang, Location } from './types.js';

/**
 * A location as a person looks for it: `diem-xa.xlsx › Xã!F12 (unit 00123, criterion 3.2.1)` for a sheet,
 * `set.json:12:7 criteria[2].max` for a criteria file.
 */
export function formatLocation(loc: Location, lang: Lang): string {
  const parts: string[] = [];
  if (loc.file !== undefined) {
    const lineCol = loc.line !== undefined ? `:${loc.line}${loc.col !== undefined ? `:${loc.col}` : ''}` : '';
    parts.push(loc.file + lineCol);
  }
  if (loc.path !== undefined) parts.push(loc.path);
  const cell = cellOf(loc, lang);
  if (cell) parts.push(loc.file !== undefined ? `› ${cell}` : cell);
  const about: string[] = [];
  if (loc.unit !== undefined) about.push(`${lang === 'vi' ? 'đơn vị' : 'unit'} ${loc.unit}`);
  if (loc.criterion !== undefined) about.push(`${lang === 'vi' ? 'tiêu chí' : 'criterion'} ${loc.criterion}`);
  if (about.length > 0) parts.push(`(${about.join(', ')})`);
  return parts.join(' ');
}

/** `Xã!F12`, `F12`, or `Xã row 12` / `dòng 12` when only the row is known. */
export function cellOf(loc: Location, lang: Lang): string {
  const sheet = loc.sheet !== undefined ? `${loc.sheet}!` : '';
  if (loc.ref !== undefined) return sheet + loc.ref;
  if (loc.row !== undefined) return `${loc.sheet !== undefined ? `${loc.sheet} ` : ''}${lang === 'vi' ? 'dòng' : 'row'} ${loc.row}`;
  return loc.sheet ?? '';
}
