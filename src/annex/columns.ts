/** Finding the header row of an annex table and what each column holds. */
import { asciiKey } from '../core/text.js';
import type { AnnexRow } from './table.js';

export interface AnnexColumns {
  readonly headerRow: number;
  /** Index in the table's rows of the first data row */
  readonly dataStart: number;
  readonly label: number;
  readonly name: number;
  readonly max: number;
  readonly guide?: number;
  readonly method?: number;
  readonly note?: number;
}

type Role = 'label' | 'name' | 'max' | 'guide' | 'method' | 'note';

/** Headers as annexes print them, without diacritics; the first that matches a cell wins. */
const HEADERS: readonly [Role, RegExp][] = [
  ['label', /^(stt|tt|so tt|so thu tu|ma|ma so|ky hieu|ma tieu chi|code|no\.?)$/],
  ['guide', /^(huong dan|cach cham|cach tinh|phuong phap cham|tieu chuan danh gia|scoring guide)/],
  ['method', /^(phuong thuc|hinh thuc danh gia|phuong phap danh gia|nguon diem|method)/],
  ['max', /^(diem toi da|diem chuan|thang diem|so diem toi da|diem|max)/],
  ['note', /^(ghi chu|note)/],
  ['name', /^(noi dung|tieu chi|linh vuc|ten tieu chi|chi tieu|linh vuc, tieu chi|criterion|criteria)/],
];

function roleOf(cell: string): Role | undefined {
  const a = asciiKey(cell).replace(/\s*\(.*\)\s*$/, '');
  if (a === '') return undefined;
  return HEADERS.find(([, re]) => re.test(a))?.[0];
}

/** "(1) (2) (3)" or "1 2 3 4" under the header: a row numbering the columns. */
function numbersColumns(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}

export function findColumns(rows: readonly AnnexRow[]): AnnexColumns | undefined {
  for (let i = 0; i < Math.min(rows.length, 40); i++) {
    const found: Partial<Record<Role, number>> = {};
    (rows[i] as AnnexRow).cells.forEach((cell, col) => {
      const role = roleOf(cell);
      if (role && found[role] === undefined) found[role] = col;
    });
    if (found.name === undefined || found.max === undefined) continue;
    const label = found.label ?? (found.name > 0 ? found.name - 1 : -1);
    if (label < 0) continue;
    let dataStart = i + 1;
    while (dataStart < rows.length) {
      const cells = (rows[dataStart] as AnnexRow).cells;
      // A second header row (merged "Điểm" over "Tối đa") or the column numbers.
      if (numbersColumns(cells) || cells.every((c, col) => c === '' || (roleOf(c) !== undefined && col !== label))) dataStart++;
      else break;
    }
    return {
      headerRow: (rows[i] as AnnexRow).row,
      dataStart,
      label,
      name: found.name,
      max: found.max,
      ...(found.guide !== undefined ? { guide: found.guide } : {}),
      ...(found.method !== undefined ? { method: found.method } : {}),
      ...(found.note !== undefined ? { note: found.note } : {}),
    };
  }
  return undefined;
}
