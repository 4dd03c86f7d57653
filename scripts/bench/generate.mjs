/**
 * Deterministic inputs for `npm run bench`: a 120-leaf criteria set and wide score sheets (CSV and XLSX).
 *
 * Everything is derived from a seeded PRNG (mulberry32), so the same parameters always give the same bytes.
 * The parameters are part of each file name and files are written to `*.tmp` then renamed, so an interrupted
 * run never leaves a half file that a later run would reuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../lib/seeded.mjs';

/** Bump when the content of generated files changes, so old files in .bench/ are not reused. */
export const GENERATOR_VERSION = 1;
export const FIELDS = 8;
export const LEAVES_PER_FIELD = 15;
export const LEAVES = FIELDS * LEAVES_PER_FIELD;
export const SEED = 20240601;


/** Leaf j (1-based) of a field: ten leaves of 1 point and five of 0.5 → 12.5 per field, 100 for eight fields. */
export function leafMax(j) {
  return j <= 10 ? 1 : 0.5;
}

export function leafCodes() {
  const codes = [];
  for (let f = 1; f <= FIELDS; f++) for (let j = 1; j <= LEAVES_PER_FIELD; j++) codes.push(`${f}.${j}`);
  return codes;
}

const FIELD_NAMES = [
  'Công tác chỉ đạo, điều hành cải cách hành chính',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
  'Tác động của cải cách hành chính đến người dân và tổ chức',
];

export function criteriaSet() {
  const criteria = [];
  for (let f = 1; f <= FIELDS; f++) {
    const children = [];
    for (let j = 1; j <= LEAVES_PER_FIELD; j++) {
      children.push({ code: `${f}.${j}`, name: `Tiêu chí thành phần ${f}.${j} của lĩnh vực ${f}`, max: leafMax(j), rule: { kind: 'points' } });
    }
    criteria.push({ code: String(f), name: FIELD_NAMES[f - 1], max: 12.5, children });
  }
  return {
    id: 'bench-120',
    title: 'Bộ chỉ số đo hiệu năng (8 lĩnh vực × 15 tiêu chí thành phần)',
    year: 2024,
    level: 'commune',
    total: 100,
    decimals: 2,
    criteria,
  };
}

const KINDS = ['Phường', 'Xã', 'Thị trấn'];
const PLACES = [
  'Hoà Khánh Bắc', 'Thạch Thang', 'Hải Châu Một', 'Thuận Phước', 'Nại Hiên Đông', 'Mân Thái', 'Phước Mỹ',
  'An Hải Bắc', 'Khuê Mỹ', 'Hòa Quý', 'Điện Ngọc', 'Quảng Điền', 'Tân Định', 'Bến Nghé', 'Đa Kao',
  'Nguyễn Thái Bình', 'Cầu Ông Lãnh', 'Phạm Ngũ Lão', 'Yên Thế', 'Hương Sơn', 'Ea Kao', 'Đắk Mil',
  'Thủy Xuân', 'Vĩnh Ninh', 'Phú Hội', 'Xuân Phú', 'Trường An', 'Kim Long', 'Hương Sơ', 'Tây Lộc',
  'Ngũ Hành Sơn', 'Sơn Trà', 'Cẩm Lệ', 'Liên Chiểu', 'Hòa Vang', 'Quế Sơn', 'Duy Xuyên', 'Hội An Đông',
];

export const CODE_HEADER = 'Mã đơn vị';
export const NAME_HEADER = 'Tên đơn vị';

/**
 * The rows of a score sheet: header, then one row per unit — code, Vietnamese name, then points for each leaf
 * (two decimals, never above the leaf's max). The header is all strings; a unit row is [string, string, ...number].
 */
export function* sheetRows(units) {
  const codes = leafCodes();
  const maxes = codes.map((_, i) => leafMax((i % LEAVES_PER_FIELD) + 1));
  yield [CODE_HEADER, NAME_HEADER, ...codes];
  const rnd = mulberry32(SEED ^ units);
  const width = Math.max(5, String(units).length);
  for (let u = 1; u <= units; u++) {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)];
    const place = PLACES[Math.floor(rnd() * PLACES.length)];
    const row = new Array(2 + codes.length);
    row[0] = `DV${String(u).padStart(width, '0')}`;
    row[1] = `${kind} ${place} ${u}`;
    for (let i = 0; i < codes.length; i++) {
      // Mostly good scores, as real sheets are: 0.6–1.0 of the max, in hundredths.
      const share = 0.6 + 0.4 * rnd();
      row[2 + i] = Math.round(share * maxes[i] * 100) / 100;
    }
    yield row;
  }
}

function csvCell(v) {
  if (typeof v === 'number') return String(v);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function fileStem(units) {
  return `units-${units}-leaves-${LEAVES}-seed-${SEED}-v${GENERATOR_VERSION}`;
}

function exists(p) {
  try {
    return fs.statSync(p).size > 0;
  } catch {
    return false;
  }
}

/** Writes (or reuses) the CSV for `units` units; returns { path, reused, seconds }. */
export function ensureCsv(dir, units) {
  const file = path.join(dir, `${fileStem(units)}.csv`);
  if (exists(file)) return { path: file, reused: true, seconds: 0 };
  const t0 = performance.now();
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let buf = [];
  let size = 0;
  const flush = () => {
    fs.writeSync(fd, buf.join(''));
    buf = [];
    size = 0;
  };
  for (const row of sheetRows(units)) {
    const line = `${row.map(csvCell).join(',')}\n`;
    buf.push(line);
    size += line.length;
    if (size > 1 << 20) flush();
  }
  flush();
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  return { path: file, reused: false, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Writes (or reuses) the XLSX through exceljs's streaming WorkbookWriter, one sheet "Bảng điểm".
 * `strings`: 'shared' (useSharedStrings: true — the layout Excel itself saves, sharedStrings.xml after the sheet)
 * or 'inline' (useSharedStrings: false — inline strings, no sharedStrings.xml).
 */
export async function ensureXlsx(dir, units, strings = 'shared') {
  const file = path.join(dir, `${fileStem(units)}-${strings}.xlsx`);
  if (exists(file)) return { path: file, reused: true, seconds: 0 };
  const t0 = performance.now();
  const ExcelJS = createRequire(import.meta.url)('exceljs');
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: strings === 'shared', useStyles: false });
  const ws = wb.addWorksheet('Bảng điểm');
  let n = 0;
  for (const row of sheetRows(units)) {
    ws.addRow(row).commit();
    // Let the zip stream drain to disk now and then, or the whole sheet's XML piles up in memory.
    if (++n % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
  return { path: file, reused: false, seconds: (performance.now() - t0) / 1000 };
}

export function writeCriteria(dir) {
  const file = path.join(dir, `criteria-${LEAVES}-v${GENERATOR_VERSION}.json`);
  const text = `${JSON.stringify(criteriaSet(), null, 2)}\n`;
  let same = false;
  try {
    same = fs.readFileSync(file, 'utf8') === text;
  } catch {
    /* absent */
  }
  if (!same) fs.writeFileSync(file, text);
  return file;
}

// Run directly, it generates one file in its own process (so the bench's own process stays small):
//   node scripts/bench/generate.mjs csv|xlsx UNITS DIR [shared|inline]   → prints {"path","reused","seconds"}
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [format, units, dir, strings = 'shared'] = process.argv.slice(2);
  const n = Number(units);
  if (!['csv', 'xlsx'].includes(format) || !Number.isInteger(n) || n < 1 || !dir) {
    console.error('usage: generate.mjs csv|xlsx UNITS DIR [shared|inline]');
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true });
  const made = format === 'csv' ? ensureCsv(dir, n) : await ensureXlsx(dir, n, strings);
  process.stdout.write(`${JSON.stringify(made)}\n`);
}
