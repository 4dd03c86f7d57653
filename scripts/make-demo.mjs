// Writes fixtures/demo/: a made-up province (tỉnh Đông Sơn) with its communes, districts and departments, their
// PAR index score sheets as XLSX (title rows, merged cells, a formula column, a number typed as text) and CSV, and
// the criteria sets they are scored against. Seeded: every run writes the same bytes (npm run demo).
//
// Each unit has a "quality" level; each leaf's measured value (Có/Không, a percentage, an answer letter, points) is
// drawn so that the points the leaf's rule gives are, on average, that share of the leaf's maximum. The totals
// written in the sheets (the `Tổng điểm` column) are computed here from those rules, exactly, in micro-points.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { mulberry32, withFixedClock } from './lib/seeded.mjs';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('fixtures/demo/', ROOT);
const SEED = 20240115;
const FIXED_DATE = new Date(Date.UTC(2025, 0, 15));
const YEAR = 2024;
const PROVINCE = 'Đông Sơn';
const FIRST_DATA_ROW = 4;
const TITLE = `BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${YEAR}`;

// ---------------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, one stream per file so that changing one sheet leaves the others as they are.


function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    next,
    /** Integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** Standard normal (Box–Muller) */
    gauss: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      const a = [...list];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------------------------------------------------------
// Exact points: integers of micro-points, as the tool computes them (half-up rounding of rule-computed points).

const SCALE = 1_000_000;
const micro = (x) => Math.round(x * SCALE);
const fromMicro = (m) => m / SCALE;
function scaleMicro(m, num, den) {
  const a = 2n * BigInt(m) * BigInt(num) + BigInt(den);
  return Number(a / (2n * BigInt(den)));
}

// ---------------------------------------------------------------------------------------------------------------
// The made-up province.

const DISTRICTS = [
  { code: '401', name: 'Thành phố Đông Sơn', short: 'Đông Sơn', block: 'thixa-thanhpho', phuong: 14, xa: 3, thitran: 0, q: 0.05 },
  { code: '402', name: 'Thị xã Hoài An', short: 'Hoài An', block: 'thixa-thanhpho', phuong: 8, xa: 5, thitran: 0, q: 0.02 },
  { code: '403', name: 'Thị xã Bình Khê', short: 'Bình Khê', block: 'thixa-thanhpho', phuong: 6, xa: 6, thitran: 0, q: 0.0 },
  { code: '404', name: 'Huyện Phú Lâm', short: 'Phú Lâm', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: 0.02 },
  { code: '405', name: 'Huyện Tân Hòa', short: 'Tân Hòa', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: -0.01 },
  { code: '406', name: 'Huyện An Phước', short: 'An Phước', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: 0.0 },
  { code: '407', name: 'Huyện Thạch Bàn', short: 'Thạch Bàn', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: -0.04 },
  { code: '408', name: 'Huyện Lương Điền', short: 'Lương Điền', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: -0.02 },
  { code: '409', name: 'Huyện Kim Đồng', short: 'Kim Đồng', block: 'huyen', phuong: 0, xa: 10, thitran: 2, q: 0.01 },
  { code: '410', name: 'Huyện Hòa Mỹ', short: 'Hòa Mỹ', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: -0.06 },
  { code: '411', name: 'Huyện Ngọc Sơn', short: 'Ngọc Sơn', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: -0.03 },
  { code: '412', name: 'Huyện Cẩm Giang', short: 'Cẩm Giang', block: 'huyen', phuong: 0, xa: 11, thitran: 1, q: 0.01 },
];

const PHUONG_NAMES = [
  'Lê Lợi', 'Quang Trung', 'Trần Phú', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Trần Hưng Đạo', 'Ngô Quyền',
  'Hoàng Văn Thụ', 'Phan Bội Châu', 'Lê Hồng Phong', 'Điện Biên', 'Đông Thành', 'Tây Sơn', 'Nam Hà', 'Bắc Sơn',
  'Hòa Bình', 'Tân An', 'Phú Sơn', 'An Hưng', 'Ngọc Trạo', 'Trường Thi', 'Đống Đa', 'Hàm Rồng', 'Quảng Hưng',
  'Đông Hương', 'Nam Ngạn', 'Phú Đông', 'Tân Sơn', 'Bến Thủy', 'Hưng Bình', 'Trung Đô',
];

const XA_FIRST = [
  'Tân', 'Phú', 'Hòa', 'An', 'Bình', 'Vĩnh', 'Thạnh', 'Long', 'Phước', 'Xuân', 'Đông', 'Tây', 'Quảng', 'Hưng', 'Yên',
  'Thanh', 'Kim', 'Ngọc', 'Cẩm', 'Đức', 'Hải', 'Sơn', 'Minh', 'Trung', 'Hiệp', 'Mỹ', 'Thuận', 'Nghĩa', 'Hoàng', 'Định',
];
const XA_SECOND = [
  'Lập', 'Hòa', 'Thành', 'Phú', 'Lộc', 'Hưng', 'Thịnh', 'An', 'Bình', 'Lợi', 'Mỹ', 'Tiến', 'Phong', 'Sơn', 'Hải',
  'Điền', 'Trung', 'Thủy', 'Lâm', 'Khê', 'Đông', 'Tân', 'Phước', 'Quang', 'Nghĩa', 'Tường', 'Cường', 'Hiền', 'Xá', 'Trạch',
];

const DEPARTMENTS = [
  ['Sở Nội vụ', 0.06],
  ['Sở Tài chính', 0.03],
  ['Sở Kế hoạch và Đầu tư', 0.02],
  ['Sở Tư pháp', 0.05],
  ['Sở Công Thương', -0.02],
  ['Sở Xây dựng', -0.04],
  ['Sở Giao thông vận tải', -0.03],
  ['Sở Tài nguyên và Môi trường', -0.06],
  ['Sở Nông nghiệp và Phát triển nông thôn', -0.01],
  ['Sở Giáo dục và Đào tạo', 0.02],
  ['Sở Y tế', -0.02],
  ['Sở Lao động - Thương binh và Xã hội', 0.0],
  ['Sở Văn hóa, Thể thao và Du lịch', -0.01],
  ['Sở Thông tin và Truyền thông', 0.05],
  ['Sở Khoa học và Công nghệ', 0.01],
  ['Thanh tra tỉnh', 0.0],
  ['Văn phòng Ủy ban nhân dân tỉnh', 0.04],
  ['Ban Quản lý các khu công nghiệp', -0.03],
  ['Ban Dân tộc', -0.05],
];
const LINE_AGENCIES = [
  ['Cục Thuế tỉnh', 0.03],
  ['Kho bạc Nhà nước Đông Sơn', 0.05],
  ['Bảo hiểm xã hội tỉnh', 0.0],
  ['Cục Thống kê tỉnh', -0.02],
];

/** ~150 communes: phường and xã of the town-level districts, a thị trấn (two in one case) and xã in each huyện. */
function makeCommunes(rng) {
  const xaPool = [];
  for (const a of XA_FIRST) for (const b of XA_SECOND) if (a !== b) xaPool.push(`${a} ${b}`);
  const xaNames = rng.shuffle(xaPool);
  const phuongNames = rng.shuffle(PHUONG_NAMES);
  const districtShorts = new Set(DISTRICTS.map((d) => d.short));
  const extraTowns = ['Cẩm Thượng', 'Bến Đò', 'Chợ Mới'];
  const used = new Set();
  const takeXa = () => {
    for (;;) {
      const n = xaNames.shift();
      if (!used.has(n) && !districtShorts.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  const units = [];
  let code = 25102;
  for (const d of DISTRICTS) {
    const add = (kind, name) => {
      units.push({ code: String(code), name, district: d.name, block: kind, q: d.q });
      code += 3;
    };
    for (let i = 0; i < d.thitran; i++) add('thitran', `Thị trấn ${i === 0 ? d.short : extraTowns.shift()}`);
    for (let i = 0; i < d.phuong; i++) add('phuong', `Phường ${phuongNames.shift()}`);
    for (let i = 0; i < d.xa; i++) add('xa', `Xã ${takeXa()}`);
    code += 9; // codes jump between districts, as the national list does
  }
  return units;
}

function makeDistricts() {
  return DISTRICTS.map((d) => ({ code: d.code, name: d.name, block: d.block, q: d.q + 0.02 }));
}

function makeDepartments() {
  const units = DEPARTMENTS.map(([name, q], i) => ({ code: `S${String(i + 1).padStart(2, '0')}`, name, block: 'so-nganh', q: q + 0.02 }));
  LINE_AGENCIES.forEach(([name, q], i) => units.push({ code: `D${String(i + 1).padStart(2, '0')}`, name, block: 'nganh-doc', q: q + 0.03 }));
  return units;
}

// ---------------------------------------------------------------------------------------------------------------
// The criteria set, flattened to what the generator needs.

function leavesOf(set) {
  const out = [];
  const walk = (nodes, method) => {
    for (const n of nodes) {
      const m = n.method ?? method;
      if (n.children?.length) walk(n.children, m);
      else out.push({ code: n.code, name: n.name, max: micro(n.max), method: m, naAllowed: n.naAllowed === true, rule: n.rule ?? { kind: 'points' } });
    }
  };
  walk(set.criteria, 'appraisal');
  return out;
}

/** Chooses between two neighbouring levels so that the expected share of the maximum is f. */
function pickLevel(rng, f, fractions) {
  // fractions: descending, first ≤ 1, last ≥ 0
  if (f >= fractions[0]) return 0;
  for (let i = 0; i < fractions.length - 1; i++) {
    const hi = fractions[i];
    const lo = fractions[i + 1];
    if (f <= hi && f >= lo) return rng.next() < (f - lo) / (hi - lo || 1) ? i : i + 1;
  }
  return fractions.length - 1;
}

/** A measured value in tenths (percent or number) drawn within [lo, hi] */
const tenths = (rng, lo, hi) => rng.int(Math.round(lo * 10), Math.round(hi * 10)) / 10;

/**
 * One cell: what is written (a string or a number) and the points the leaf's rule gives for it (NaN when not
 * applicable).
 */
function leafCell(rng, leaf, f) {
  const { rule, max } = leaf;
  switch (rule.kind) {
    case 'yesno': {
      const yes = rng.next() < f;
      return { value: yes ? 'Có' : 'Không', points: yes ? max : 0 };
    }
    case 'bands': {
      const bands = [...rule.bands].sort((a, b) => b.min - a.min);
      if (bands[bands.length - 1].min > 0) bands.push({ min: 0, points: 0, implicit: true });
      const fractions = bands.map((b) => micro(b.points) / max);
      const i = pickLevel(rng, f, fractions);
      const top = rule.unit === 'number' ? bands[0].min * 1.5 : 100;
      const lo = bands[i].min;
      const hi = i === 0 ? Math.max(lo, top) : bands[i - 1].min - 0.1;
      const v = tenths(rng, lo, hi);
      return { value: v, points: pointsOfBands(bands, v) };
    }
    case 'ratio': {
      const target = rule.target;
      const upper = rule.unit === 'number' ? target * 1.5 : 100;
      const v = f >= 0.995 ? tenths(rng, target, Math.max(target, Math.min(upper, target * 1.2))) : Math.round(target * f * 10) / 10;
      return { value: v, points: scaleMicro(max, Math.min(micro(v), micro(target)), micro(target)) };
    }
    case 'options': {
      const options = [...rule.options].sort((a, b) => b.percent - a.percent);
      const i = pickLevel(rng, f, options.map((o) => o.percent / 100));
      const o = options[i];
      return { value: o.value, points: scaleMicro(max, micro(o.percent), 100 * SCALE) };
    }
    case 'points': {
      if (rule.allowed) {
        const allowed = [...rule.allowed].map(micro).sort((a, b) => b - a);
        const p = allowed[pickLevel(rng, f, allowed.map((a) => a / max))];
        return { value: fromMicro(p), points: p };
      }
      const step = rule.step !== undefined ? micro(rule.step) : max % micro(0.25) === 0 ? micro(0.05) : micro(0.01);
      const x = (f * max) / step;
      const k = Math.min(Math.floor(x) + (rng.next() < x - Math.floor(x) ? 1 : 0), Math.floor(max / step));
      return { value: fromMicro(k * step), points: k * step };
    }
  }
  throw new Error(`unknown rule ${rule.kind}`);
}

function pointsOfBands(bands, v) {
  for (const b of bands) if (micro(v) >= micro(b.min)) return micro(b.points);
  return 0;
}

/**
 * Scores for every unit. Each unit has a quality level (mostly 0.70–0.95); each field of each unit moves a little
 * around it; each leaf has its own difficulty, drawn once per criteria set; a few applicable-or-not leaves are KĐG.
 */
function scoreUnits(rng, units, set, leaves, { naShare }) {
  const difficulty = leaves.map(() => -0.08 + 0.13 * rng.next());
  const fieldCount = set.criteria.length;
  for (const u of units) {
    const quality = clamp(0.835 + u.q + 0.06 * rng.gauss(), 0.5, 0.985);
    const fieldShift = Array.from({ length: fieldCount }, () => 0.05 * rng.gauss());
    u.quality = quality;
    u.cells = leaves.map((leaf, i) => {
      const field = Number(leaf.code.split('.')[0]) - 1;
      if (leaf.naAllowed && rng.next() < naShare) return { value: 'KĐG', points: NaN };
      const f = clamp(quality + difficulty[i] + (fieldShift[field] ?? 0) + 0.1 * rng.gauss(), 0, 1);
      return leafCell(rng, leaf, f);
    });
    u.bonus = 0;
    u.penalty = 0;
  }
}

/** A few bonus and penalty points, on units chosen by the seed; never pushing a total over its maximum. */
function addAdjustments(rng, units, set, bonusValues, penaltyValues) {
  const bonus = set.adjustments.find((a) => a.kind === 'bonus');
  const penalty = set.adjustments.find((a) => a.kind === 'penalty');
  const order = rng.shuffle(units.map((_, i) => i));
  for (const v of bonusValues) if (bonus) units[order.shift()].bonus = Math.min(micro(v), micro(bonus.max));
  for (const v of penaltyValues) if (penalty) units[order.shift()].penalty = Math.min(micro(v), micro(penalty.max));
}

/** The unit's total as the index counts it: points of the applicable leaves, plus bonus, minus penalty. */
function totals(u, set, leaves) {
  let achieved = 0;
  let effectiveMax = micro(set.total);
  u.cells.forEach((c, i) => {
    if (Number.isNaN(c.points)) effectiveMax -= leaves[i].max;
    else achieved += c.points;
  });
  const total = achieved + u.bonus - u.penalty;
  // The tool keeps a total within [0, effective maximum]; the demo never needs that, so the sheet's sum is the total.
  if (total < 0 || total > effectiveMax) throw new Error(`unit ${u.code}: total ${total} outside [0, ${effectiveMax}]`);
  return { achieved, total, effectiveMax };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing.

function columnLetters(n) {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const xlsxNumber = (x) => String(x);

/** The Excel formula term giving a leaf's points from its cell, whatever is in it (KĐG counts 0). */
function formulaTerm(leaf, ref, cell) {
  const max = xlsxNumber(fromMicro(leaf.max));
  const { rule } = leaf;
  switch (rule.kind) {
    case 'yesno':
      return `IF(${ref}="Có",${max},0)`;
    case 'bands': {
      const bands = [...rule.bands].sort((a, b) => b.min - a.min);
      let expr = '0';
      for (let i = bands.length - 1; i >= 0; i--) {
        const b = bands[i];
        expr = i === bands.length - 1 && b.min === 0 ? xlsxNumber(b.points) : `IF(${ref}>=${xlsxNumber(b.min)},${xlsxNumber(b.points)},${expr})`;
      }
      return `IF(ISNUMBER(${ref}),${expr},0)`;
    }
    case 'ratio':
      return `IF(ISNUMBER(${ref}),ROUND(${max}*MIN(${ref},${xlsxNumber(rule.target)})/${xlsxNumber(rule.target)},6),0)`;
    case 'options': {
      let expr = '0';
      for (const o of [...rule.options].reverse()) {
        if (o.percent === 0) continue;
        const pts = xlsxNumber(fromMicro(scaleMicro(leaf.max, micro(o.percent), 100 * SCALE)));
        expr = `IF(${ref}="${o.value}",${pts},${expr})`;
      }
      return expr;
    }
    case 'points':
      // The one number typed as text ("1,5") is read by its decimal comma; the others are plain numbers.
      return typeof cell.value === 'string' && cell.value !== 'KĐG' ? `_xlfn.NUMBERVALUE(${ref},",")` : ref;
  }
  throw new Error(`unknown rule ${rule.kind}`);
}

/**
 * Turns one points cell that holds a value with a decimal part into text with a decimal comma ("1,5"), as a person
 * typing in a sheet whose locale wants a decimal point would leave it. Prefers a value above 1.
 */
function typeOneNumberAsText(units, leaves, rowIndex) {
  for (const above of [1, 0]) {
    for (let r = rowIndex; r < units.length; r++) {
      const u = units[r];
      for (let i = 0; i < leaves.length; i++) {
        const c = u.cells[i];
        if (leaves[i].rule.kind === 'points' && typeof c.value === 'number' && !Number.isInteger(c.value) && c.value > above) {
          c.value = String(c.value).replace('.', ',');
          return { unit: u.code, leaf: leaves[i].code, text: c.value, row: r, leafIndex: i };
        }
      }
    }
  }
  throw new Error('no points cell to type as text');
}

function columnsOf(sheet, leaves, set) {
  const cols = [
    { key: 'stt', header: 'STT', width: 5 },
    { key: 'code', header: 'Mã đơn vị', width: 10 },
    { key: 'name', header: 'Tên đơn vị', width: sheet.nameWidth },
  ];
  if (sheet.districtColumn) cols.push({ key: 'district', header: 'Huyện, thị xã, thành phố', width: 22 });
  cols.push({ key: 'block', header: 'Khối', width: 16 });
  leaves.forEach((leaf, i) => cols.push({ key: `leaf${i}`, leaf: i, header: `${leaf.code} ${leaf.name}`, width: 12 }));
  for (const a of set.adjustments) {
    const label = a.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ';
    cols.push({ key: a.kind, header: `${a.code} - ${label} (tối đa ${String(a.max).replace('.', ',')})`, width: 12 });
  }
  cols.push({ key: 'total', header: 'Tổng điểm', width: 11 });
  return cols;
}

function blockName(set, id) {
  return set.blocks.find((b) => b.id === id).name;
}

/** Rows of cell values in column order (strings and numbers; the total as its exact number). */
function rowsOf(sheet, cols, set, leaves) {
  return sheet.units.map((u, r) =>
    cols.map((c) => {
      switch (c.key) {
        case 'stt':
          return r + 1;
        case 'code':
          return u.code;
        case 'name':
          return u.name;
        case 'district':
          return u.district;
        case 'block':
          return blockName(set, u.block);
        case 'bonus':
          return u.bonus ? fromMicro(u.bonus) : null;
        case 'penalty':
          return u.penalty ? fromMicro(u.penalty) : null;
        case 'total':
          return fromMicro(totals(u, set, leaves).total);
        default:
          return u.cells[c.leaf].value;
      }
    }),
  );
}

async function writeXlsx(file, sheet, set, leaves) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'parindex demo';
  wb.lastModifiedBy = 'parindex demo';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  const ws = wb.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', xSplit: 3, ySplit: 3 }] });
  const cols = columnsOf(sheet, leaves, set);
  const last = columnLetters(cols.length);
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));

  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = sheet.subtitle;
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };

  const header = ws.getRow(3);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.height = 96;

  const rows = rowsOf(sheet, cols, set, leaves);
  const firstData = FIRST_DATA_ROW;
  const letter = cols.map((_, i) => columnLetters(i + 1));
  rows.forEach((values, r) => {
    const rowNo = firstData + r;
    const u = sheet.units[r];
    const row = ws.getRow(rowNo);
    values.forEach((v, i) => {
      const c = cols[i];
      const cell = row.getCell(i + 1);
      if (c.key === 'total') {
        const terms = cols.flatMap((cc, j) => (cc.leaf !== undefined ? [formulaTerm(leaves[cc.leaf], `${letter[j]}${rowNo}`, u.cells[cc.leaf])] : []));
        const adj = cols.flatMap((cc, j) => (cc.key === 'bonus' ? [`+N(${letter[j]}${rowNo})`] : cc.key === 'penalty' ? [`-N(${letter[j]}${rowNo})`] : []));
        cell.value = { formula: `SUM(${terms.join(',')})${adj.join('')}`, result: v };
        cell.numFmt = '0.00';
        cell.font = { bold: true };
      } else if (v !== null) cell.value = v;
    });
  });

  const footer = firstData + rows.length + 1;
  ws.getCell(`C${footer}`).value = footerPlace();
  ws.getCell(`C${footer + 1}`).value = 'Người lập biểu';
  ws.getCell(`C${footer + 1}`).font = { bold: true };

  const buffer = await withFixedClock(FIXED_DATE, () => wb.xlsx.writeBuffer());
  await writeFile(new URL(file, OUT), Buffer.from(buffer));
}


/**
 * The sheet saved as CSV the way a spreadsheet program saves it: the title rows (merged cells become a first field
 * and empty ones), numbers as shown with a Vietnamese locale (decimal comma, so quoted; the total with its two
 * displayed decimals), the footer; UTF-8 with BOM, comma delimiter, CRLF. Rows keep their numbers from the XLSX.
 */
async function writeCsv(file, sheet, set, leaves) {
  const cols = columnsOf(sheet, leaves, set);
  const width = cols.length;
  const totalCol = cols.findIndex((c) => c.key === 'total');
  const field = (v) => {
    if (v === null || v === undefined) return '';
    const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lone = (value, at = 0) => Array.from({ length: width }, (_, i) => (i === at ? value : null));
  const grid = [lone(TITLE), lone(sheet.subtitle), cols.map((c) => c.header)];
  rowsOf(sheet, cols, set, leaves).forEach((values, r) => {
    const shown = [...values];
    shown[totalCol] = twoDecimals(totals(sheet.units[r], set, leaves).total);
    grid.push(shown);
  });
  grid.push(lone(null), lone(footerPlace(), 2), lone('Người lập biểu', 2));
  const lines = grid.map((row) => row.map(field).join(','));
  await writeFile(new URL(file, OUT), `\ufeff${lines.join('\r\n')}\r\n`);
}

/** Micro-points rounded half-up to two decimals, written with a decimal comma ("78,85"). */
function twoDecimals(m) {
  const cents = Math.floor((m + 5000) / 10000);
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

const footerPlace = () => `${PROVINCE}, ngày 15 tháng 01 năm ${YEAR + 1}`;

async function copyCriteria(from, to) {
  const text = await readFile(new URL(`fixtures/criteria/${from}`, ROOT), 'utf8');
  const adjusted = text.replace(/"\$schema":\s*"[^"]*"/, '"$schema": "../../schemas/criteria-set.schema.json"');
  await writeFile(new URL(to, OUT), adjusted);
  return JSON.parse(adjusted);
}

// ---------------------------------------------------------------------------------------------------------------

const LEVELS = [
  {
    file: 'xa',
    criteria: 'xa-2024.json',
    seed: SEED,
    units: makeCommunes,
    naShare: 0.03,
    bonus: [1, 0.5, 1.5, 0.75],
    penalty: [1, 0.5, 2],
    typedFrom: 6,
    csv: true,
    sheetName: 'Cấp xã',
    nameWidth: 22,
    districtColumn: true,
    vi: 'xã, phường, thị trấn',
    en: 'communes (xã), wards (phường) and townships (thị trấn)',
  },
  {
    file: 'huyen',
    criteria: 'huyen-2024.json',
    seed: SEED + 1,
    units: makeDistricts,
    naShare: 0.04,
    bonus: [1, 0.5],
    penalty: [1.5],
    typedFrom: 3,
    csv: false,
    sheetName: 'Cấp huyện',
    nameWidth: 22,
    districtColumn: false,
    vi: 'huyện, thị xã, thành phố',
    en: 'districts, towns and the provincial city',
  },
  {
    file: 'so',
    criteria: 'so-2024.json',
    seed: SEED + 2,
    units: makeDepartments,
    naShare: 0.06,
    bonus: [1.5, 0.5],
    penalty: [1, 0.5],
    typedFrom: 2,
    csv: false,
    sheetName: 'Cấp sở',
    nameWidth: 36,
    districtColumn: false,
    vi: 'sở, ban, ngành và cơ quan ngành dọc',
    en: 'departments and line agencies',
  },
];

async function makeLevel(level) {
  const set = await copyCriteria(level.criteria, `criteria-${level.file}.json`);
  const rng = makeRng(level.seed);
  const leaves = leavesOf(set);
  const units = level.units(rng);
  scoreUnits(rng, units, set, leaves, { naShare: level.naShare });
  addAdjustments(rng, units, set, level.bonus, level.penalty);
  const typed = typeOneNumberAsText(units, leaves, level.typedFrom);
  const sheet = {
    units,
    sheetName: level.sheetName,
    nameWidth: level.nameWidth,
    districtColumn: level.districtColumn,
    subtitle: `Các ${level.vi} thuộc tỉnh ${PROVINCE} (kèm theo Báo cáo số 18/BC-SNV ngày 15/01/${YEAR + 1} của Sở Nội vụ)`,
  };
  await writeXlsx(`${level.file}.xlsx`, sheet, set, leaves);
  if (level.csv) await writeCsv(`${level.file}.csv`, sheet, set, leaves);

  const cols = columnsOf(sheet, leaves, set);
  const at = (row, key) => `${columnLetters(cols.findIndex((c) => c.key === key) + 1)}${FIRST_DATA_ROW + row}`;
  const byBlock = set.blocks.map((b) => `${b.name} ${units.filter((u) => u.block === b.id).length}`).join(', ');
  const adjustments = units.flatMap((u, r) => [
    ...(u.bonus ? [`${at(r, 'bonus')} +${String(fromMicro(u.bonus)).replace('.', ',')}`] : []),
    ...(u.penalty ? [`${at(r, 'penalty')} −${String(fromMicro(u.penalty)).replace('.', ',')}`] : []),
  ]);
  const info = {
    ...level,
    count: units.length,
    byBlock,
    na: units.reduce((n, u) => n + u.cells.filter((c) => c.value === 'KĐG').length, 0),
    leaves: leaves.length,
    typed: { ...typed, cell: at(typed.row, `leaf${typed.leafIndex}`) },
    adjustments,
    lastColumn: columnLetters(cols.length),
  };
  console.log(
    `${level.file}.xlsx${level.csv ? `, ${level.file}.csv` : ''}: ${info.count} units (${byBlock}), ${info.leaves} criteria, ` +
      `${info.na} KĐG, "${typed.text}" as text at ${info.typed.cell}`,
  );
  return info;
}

function readme(levels) {
  const [xa] = levels;
  const rows = levels.flatMap((l) => [
    `| \`${l.file}.xlsx\` | ${l.count} ${l.vi} (${l.byBlock}) — ${l.count} ${l.en} | \`criteria-${l.file}.json\` |`,
    ...(l.csv ? [`| \`${l.file}.csv\` | như \`${l.file}.xlsx\`, dạng CSV — the same sheet saved as CSV | \`criteria-${l.file}.json\` |`] : []),
  ]);
  const details = levels.map(
    (l) =>
      `- \`${l.file}.xlsx\`: ${l.leaves} tiêu chí / criteria, ${l.na} ô KĐG / non-applicable cells, ` +
      `"${l.typed.text}" nhập dạng văn bản / typed as text at ${l.typed.cell}, ` +
      `điểm thưởng, điểm trừ / bonus, penalty: ${l.adjustments.join(', ')}.`,
  );
  return `# Dữ liệu mẫu — Demo data

Tỉnh ${PROVINCE} là một tỉnh **giả định**: tên đơn vị và điểm số do \`scripts/make-demo.mjs\` sinh ra với hạt giống cố
định (chạy lại cho ra đúng các byte cũ). Tạo lại: \`npm run demo\`.
*${PROVINCE} is a **made-up** province: unit names and scores come from \`scripts/make-demo.mjs\` with a fixed seed
(running it again writes the same bytes). Regenerate with \`npm run demo\`.*

| Tệp / File | Nội dung / Content | Bộ chỉ số / Criteria set |
|---|---|---|
${rows.join('\n')}

\`criteria-*.json\`: bản sao của / copies of \`fixtures/criteria/*-2024.json\`.

\`\`\`
${levels.flatMap((l) => [`npx parindex score fixtures/demo/${l.file}.xlsx --criteria fixtures/demo/criteria-${l.file}.json`, ...(l.csv ? [`npx parindex score fixtures/demo/${l.file}.csv --criteria fixtures/demo/criteria-${l.file}.json --lang vi`] : [])]).join('\n')}
\`\`\`

Mỗi tệp được chấm không có lỗi hay cảnh báo nào; \`${xa.file}.xlsx\` và \`${xa.file}.csv\` cho cùng một bảng xếp hạng.
*Every file scores with no error and no warning; \`${xa.file}.xlsx\` and \`${xa.file}.csv\` give the same ranking.*

## Bảng điểm như người ta vẫn làm — The sheets as people make them

- Dòng 1: tiêu đề gộp ô A1:…1; dòng 2: dòng phụ đề gộp ô; dòng 3: tiêu đề cột (mã + tên tiêu chí).
  *Row 1: a title merged across the columns; row 2: a merged subtitle; row 3: the header (criterion code + name).*
- Cột / columns: \`STT\`, \`Mã đơn vị\`, \`Tên đơn vị\`, (\`Huyện, thị xã, thành phố\` in \`${xa.file}.xlsx\`), \`Khối\`,
  one column per leaf criterion, \`T - Điểm thưởng\`, \`P - Điểm trừ\`, \`Tổng điểm\`.
- Ô tiêu chí ghi giá trị đo được theo quy tắc: \`Có\`/\`Không\`, tỷ lệ % (\`87.5\`), phương án \`A\`–\`D\` (điều tra xã hội
  học), hoặc số điểm; \`KĐG\` ở tiêu chí cho phép không đánh giá.
  *Criterion cells hold what the rule takes: Có/Không, a percentage, a survey answer A–D, or points; \`KĐG\` where the
  criterion may be non-applicable.*
- \`Tổng điểm\` là công thức (kết quả lưu sẵn = tổng đúng, LibreOffice tính lại cũng ra đúng số đó).
  *\`Tổng điểm\` is a formula whose cached result is the exact total (LibreOffice recalculates the same numbers).*
- Một số nhập dạng văn bản với dấu phẩy thập phân; hai dòng chân trang (nơi, ngày; người lập biểu) dưới bảng.
  *One number typed as text with a decimal comma; two footer rows (place and date; "Người lập biểu") under the table.*
- \`${xa.file}.csv\`: UTF-8 có BOM, dấu phẩy phân cách, số thập phân dùng dấu phẩy (nên được đặt trong ngoặc kép),
  \`Tổng điểm\` làm tròn 2 chữ số như hiển thị; giữ các dòng tiêu đề và chân trang, số dòng trùng với XLSX.
  *UTF-8 with BOM, comma-delimited, decimal commas (hence quoted), \`Tổng điểm\` as displayed (2 decimals); title and
  footer rows kept, so row numbers match the XLSX.*

${details.join('\n')}

Không chấm cả thư mục này một lần: nó chứa bảng điểm của ba bộ chỉ số, và \`${xa.file}.csv\` trùng đơn vị với
\`${xa.file}.xlsx\`. *Do not score this folder as a whole: it holds sheets for three criteria sets, and \`${xa.file}.csv\`
repeats the units of \`${xa.file}.xlsx\`.*
`;
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const levels = [];
  for (const level of LEVELS) levels.push(await makeLevel(level));
  await writeFile(new URL('README.md', OUT), readme(levels));
  console.log(`written to ${fileURLToPath(OUT)}`);
}

await main();
