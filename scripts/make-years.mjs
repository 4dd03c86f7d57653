// Writes fixtures/compare/: three years (2023, 2024, 2025) of PAR index results of a made-up province (tỉnh Hà Lam),
// made by the real pipeline. For each year it writes the criteria set and a wide score sheet (CSV), then runs
// `parindex score` on them (needs `npm run build` first) for the results JSON, and for 2024 also the XLSX report.
// In 2025 the districts are gone (the two-tier reform) and communes merge: 3 → 1 and 2 → 1; the criteria set
// changes (a field removed, one renamed and enlarged). The merger map with population weights is written too.
// Seeded: every run writes the same bytes (node scripts/make-years.mjs).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/seeded.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = 'fixtures/compare';
const SEED = 20250701;

const FIELDS_BEFORE = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', [['1.1', 'Kế hoạch cải cách hành chính', 4], ['1.2', 'Kiểm tra, tuyên truyền cải cách hành chính', 3], ['1.3', 'Sáng kiến trong cải cách hành chính', 3]]],
  ['2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', [['2.1', 'Rà soát văn bản', 4], ['2.2', 'Theo dõi thi hành pháp luật', 4]]],
  ['3', 'Cải cách thủ tục hành chính', [['3.1', 'Công khai thủ tục hành chính', 10], ['3.2', 'Giải quyết hồ sơ đúng hạn', 12]]],
  ['4', 'Cải cách tổ chức bộ máy hành chính', [['4.1', 'Sắp xếp tổ chức bộ máy', 5], ['4.2', 'Thực hiện quy định về phân cấp', 5]]],
  ['5', 'Xây dựng đội ngũ cán bộ, công chức', [['5.1', 'Vị trí việc làm', 8], ['5.2', 'Đào tạo, bồi dưỡng', 7]]],
  ['6', 'Cải cách tài chính công', [['6.1', 'Quản lý ngân sách', 5], ['6.2', 'Tự chủ tài chính', 5]]],
  ['7', 'Hiện đại hoá hành chính', [['7.1', 'Ứng dụng công nghệ thông tin', 12], ['7.2', 'Dịch vụ công trực tuyến', 13]]],
];
// 2025: field 4 is gone (its 10 points go to 3 and 7), field 7 is renamed and enlarged.
const FIELDS_2025 = [
  FIELDS_BEFORE[0],
  FIELDS_BEFORE[1],
  ['3', 'Cải cách thủ tục hành chính', [['3.1', 'Công khai thủ tục hành chính', 12], ['3.2', 'Giải quyết hồ sơ đúng hạn', 15]]],
  FIELDS_BEFORE[4],
  FIELDS_BEFORE[5],
  ['7', 'Chuyển đổi số và hiện đại hoá hành chính', [['7.1', 'Ứng dụng công nghệ thông tin', 12], ['7.2', 'Dịch vụ công trực tuyến', 13], ['7.3', 'Chính quyền số', 5]]],
];

const BANDS = [
  { label: 'Xuất sắc', min: 90 },
  { label: 'Tốt', min: 80 },
  { label: 'Khá', min: 70 },
  { label: 'Trung bình', min: 50 },
  { label: 'Yếu', min: 0 },
];

const DISTRICTS = [
  ['101', 'Huyện Lam Sơn'],
  ['102', 'Huyện Tây Hà'],
  ['103', 'Thị xã Bắc Lam'],
];
const COMMUNES = [
  ['10101', 'Xã An Phú'],
  ['10102', 'Xã Bình Lộc'],
  ['10103', 'Xã Cẩm Thượng'],
  ['10104', 'Phường Đông Hà'],
  ['10105', 'Phường Tây Sơn'],
  ['10106', 'Xã Gia Hưng'],
  ['10107', 'Xã Hoằng Đạo'],
  ['10108', 'Xã Khánh Lâm'],
  ['10109', 'Xã Mỹ Lộc'],
  ['10110', 'Xã Quảng Điền'],
];
/** 2024: Xã Quảng Điền is no longer scored; Xã Nghĩa Trung is scored for the first time. */
const NEW_2024 = ['10111', 'Xã Nghĩa Trung'];
/** 2025: the mergers, with the population of each former commune (the weight of its index). */
const MERGERS = [
  { code: '20001', name: 'Xã An Bình', from: [['10101', 8421], ['10102', 12030], ['10103', 5987]] },
  { code: '20002', name: 'Phường Đông Sơn', from: [['10104', 21040], ['10105', 17310]] },
];

function criteriaSet(year, fields, blocks) {
  return {
    $schema: '../../schemas/criteria-set.schema.json',
    id: `ha-lam-${year}`,
    title: `Bộ chỉ số cải cách hành chính tỉnh Hà Lam năm ${year}`,
    year,
    level: 'commune',
    total: 100,
    decimals: 2,
    naTokens: ['KĐG'],
    ties: 'shared',
    bands: BANDS,
    blocks,
    criteria: fields.map(([code, name, leaves]) => ({
      code,
      name,
      max: leaves.reduce((s, l) => s + l[2], 0),
      children: leaves.map(([c, n, max]) => ({ code: c, name: n, max, ...(c === '1.3' ? { naAllowed: true } : {}), rule: { kind: 'points', step: 0.25 } })),
    })),
  };
}

/** Points of a leaf: the unit's quality with some noise, in quarter points, within 0 … max. */
function leafPoints(rng, quality, max) {
  const share = Math.min(1, Math.max(0, quality + (rng() - 0.5) * 0.3));
  return Math.round(share * max * 4) / 4;
}

const csvCell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function sheet(year, fields, units, rng) {
  const leaves = fields.flatMap(([, , ls]) => ls);
  const lines = [
    `BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH HÀ LAM NĂM ${year}`,
    ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Khối', ...leaves.map((l) => l[0])].join(','),
  ];
  units.forEach(([code, name, block, quality], i) => {
    // Some units had no initiative to score (1.3 non-applicable): their maximum is 97, not 100.
    const points = leaves.map((l) => (l[0] === '1.3' && rng() < 0.3 ? 'KĐG' : String(leafPoints(rng, quality, l[2]))));
    lines.push([String(i + 1), code, csvCell(name), block, ...points].join(','));
  });
  return `${lines.join('\n')}\n`;
}

function parindex(args) {
  const r = spawnSync(process.execPath, ['bin/parindex.cjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  if (r.status !== 0) throw new Error(`parindex ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
}

async function write(name, text) {
  await writeFile(`${ROOT}${DIR}/${name}`, text);
}

async function main() {
  await mkdir(`${ROOT}${DIR}`, { recursive: true });
  const rng = mulberry32(SEED);
  // Each unit keeps a quality of its own that drifts a little from year to year.
  const quality = new Map([...DISTRICTS, ...COMMUNES, NEW_2024].map(([code]) => [code, 0.62 + rng() * 0.33]));
  const drift = (code) => quality.set(code, Math.min(0.98, Math.max(0.45, quality.get(code) + (rng() - 0.45) * 0.12)));
  const blocksBefore = [{ id: 'huyen', name: 'Cấp huyện' }, { id: 'xa', name: 'Cấp xã' }];
  const years = [
    { year: 2023, fields: FIELDS_BEFORE, blocks: blocksBefore, units: [...DISTRICTS.map((u) => [...u, 'huyen']), ...COMMUNES.map((u) => [...u, 'xa'])] },
    {
      year: 2024,
      fields: FIELDS_BEFORE,
      blocks: blocksBefore,
      units: [...DISTRICTS.map((u) => [...u, 'huyen']), ...COMMUNES.filter(([c]) => c !== '10110').map((u) => [...u, 'xa']), [...NEW_2024, 'xa']],
    },
    {
      year: 2025,
      fields: FIELDS_2025,
      blocks: [{ id: 'xa', name: 'Cấp xã' }],
      units: [
        ...MERGERS.map((m) => [m.code, m.name, 'xa']),
        ...COMMUNES.filter(([c]) => !MERGERS.some((m) => m.from.some(([f]) => f === c)) && c !== '10110').map((u) => [...u, 'xa']),
        [...NEW_2024, 'xa'],
      ],
    },
  ];
  for (const m of MERGERS) quality.set(m.code, m.from.reduce((s, [c]) => s + quality.get(c), 0) / m.from.length);
  for (const y of years) {
    for (const code of quality.keys()) drift(code);
    const units = y.units.map(([code, name, block]) => [code, name, block, quality.get(code)]);
    await write(`criteria-${y.year}.json`, `${JSON.stringify(criteriaSet(y.year, y.fields, y.blocks), null, 2)}\n`);
    await write(`diem-${y.year}.csv`, sheet(y.year, y.fields, units, rng));
    parindex(['score', `${DIR}/diem-${y.year}.csv`, '-c', `${DIR}/criteria-${y.year}.json`, '--lang', 'vi', '-o', `${DIR}/ket-qua-${y.year}.json`]);
  }
  parindex(['score', `${DIR}/diem-2024.csv`, '-c', `${DIR}/criteria-2024.json`, '--lang', 'vi', '-o', `${DIR}/ket-qua-2024.xlsx`]);
  const mapLines = ['Mã đơn vị cũ,Tên đơn vị cũ,Mã đơn vị mới,Tên đơn vị mới,Dân số'];
  const names = new Map(COMMUNES);
  for (const m of MERGERS) for (const [code, people] of m.from) mapLines.push([code, names.get(code), m.code, m.name, String(people)].join(','));
  await write('sap-nhap-2025.csv', `${mapLines.join('\n')}\n`);
}

await main();
