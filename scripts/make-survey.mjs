// Writes fixtures/survey/: the demo commune set with respondent groups (criteria-xa.json), the appraisal council's
// sheet of the demo communes without the survey columns (tham-dinh-xa.csv), and the questionnaires of a made-up
// sociological survey of those communes (phieu-xa.csv): a row per respondent, its commune, its group (người dân,
// tổ chức/doanh nghiệp, cán bộ/công chức) and an answer A–D per survey item, some left blank or "Không trả lời".
// Each commune gets a satisfaction rate drawn around 80 %, centred so that the province's is 80 % (SIPAS, Hà Nội
// 2016). Seeded: every run writes the same bytes (node scripts/make-survey.mjs).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from './lib/seeded.mjs';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('fixtures/survey/', ROOT);
const SEED = 20160823;
const PROVINCE_SATISFACTION = 0.8;
/** The commune where the survey fell short of minResponses (30): 24 questionnaires. */
const SHORT_UNIT = 7;

export const GROUPS = [
  { id: 'nguoi-dan', name: 'Người dân', weight: 0.5, share: 0.6 },
  { id: 'doanh-nghiep', name: 'Tổ chức, doanh nghiệp', weight: 0.3, share: 0.25 },
  { id: 'cong-chuc', name: 'Cán bộ, công chức', weight: 0.2, share: 0.15 },
];

const csvCell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvLine = (cells) => cells.map(csvCell).join(',');

/** The survey items of a set: its leaves under a field with method "survey", in order. */
export function surveyItems(set) {
  const out = [];
  const walk = (node, method) => {
    const m = node.method ?? method;
    if (!node.children) {
      if (m === 'survey') out.push(node);
    } else for (const c of node.children) walk(c, m);
  };
  for (const f of set.criteria) walk(f, 'appraisal');
  return out;
}

/** Whether each of `count` answers is left blank, not answered, satisfied or not. */
function answerSlots(rng, count, rate) {
  const slots = Array.from({ length: count }, () => {
    const u = rng();
    return u < 0.02 ? '' : u < 0.03 ? 'Không trả lời' : undefined;
  });
  const answered = slots.filter((s) => s === undefined).length;
  // As many satisfied answers as the commune's rate says, in random places: the province's rate comes out exact.
  let satisfied = Math.round(rate * answered);
  let left = answered;
  return slots.map((s) => {
    if (s !== undefined) return s;
    const yes = rng() * left-- < satisfied;
    if (yes) satisfied--;
    return yes ? (rng() < 0.55 ? 'A' : 'B') : rng() < 0.7 ? 'C' : 'D';
  });
}

/** Rates per commune around the province's, shifted so that their mean weighted by answers is the province's. */
export function unitRates(rng, sizes, mean = PROVINCE_SATISFACTION) {
  const raw = sizes.map(() => mean + (rng() - 0.5) * 0.16);
  const total = sizes.reduce((a, b) => a + b, 0);
  const shift = mean - raw.reduce((a, r, i) => a + r * sizes[i], 0) / total;
  return raw.map((r) => r + shift);
}

function pickGroup(rng) {
  let u = rng();
  for (const g of GROUPS) if ((u -= g.share) < 0) return g;
  return GROUPS[GROUPS.length - 1];
}

/** Of the respondents every one of whose answers is satisfied, this share ticks "A" all the way down, as some do. */
const STRAIGHT_LINERS = 0.05;

/** The rows of the questionnaires, a respondent at a time: [STT, Mã phiếu, Mã đơn vị, Tên đơn vị, Nhóm, Giới tính, answers…]. */
export function* responseRows(rng, units, items, perUnit) {
  const sizes = units.map((_, i) => perUnit(rng, i));
  const rates = unitRates(rng, sizes);
  let stt = 0;
  for (const [i, unit] of units.entries()) {
    const slots = answerSlots(rng, sizes[i] * items.length, rates[i]);
    for (let k = 0; k < sizes[i]; k++) {
      const group = pickGroup(rng);
      let answers = slots.slice(k * items.length, (k + 1) * items.length);
      if (answers.every((a) => a === 'A' || a === 'B') && rng() < STRAIGHT_LINERS) answers = answers.map(() => 'A');
      yield [++stt, `${unit.code}-${String(k + 1).padStart(3, '0')}`, unit.code, unit.name, group.name, rng() < 0.52 ? 'Nữ' : 'Nam', ...answers];
    }
  }
}

export function responseHeader(items) {
  return ['STT', 'Mã phiếu', 'Mã đơn vị', 'Tên đơn vị', 'Nhóm đối tượng', 'Giới tính', ...items.map((l) => `${l.code} ${l.name}`)];
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const set = JSON.parse(await readFile(new URL('fixtures/demo/criteria-xa.json', ROOT), 'utf8'));
  const surveySet = {
    ...set,
    $schema: '../../schemas/criteria-set.schema.json',
    surveyGroups: GROUPS.map(({ id, name, weight }) => ({ id, name, weight })),
    minResponses: 30,
  };
  await writeFile(new URL('criteria-xa.json', OUT), `${JSON.stringify(surveySet, null, 2)}\n`);

  // The appraisal council's sheet: the demo sheet without the survey columns and the written totals.
  const demo = parse(await readFile(new URL('fixtures/demo/xa.csv', ROOT)), { bom: true, relax_column_count: true });
  const header = demo[2];
  const keep = header.map((h, i) => (/^7\./.test(h) || /^Tổng điểm/.test(h) ? -1 : i)).filter((i) => i >= 0);
  const appraisal = demo.map((row) => csvLine(keep.map((i) => row[i] ?? '')));
  await writeFile(new URL('tham-dinh-xa.csv', OUT), `\ufeff${appraisal.join('\r\n')}\r\n`);

  const units = demo.slice(3).filter((r) => /^\d{5}$/.test(r[1] ?? '')).map((r) => ({ code: r[1], name: r[2] }));
  const items = surveyItems(set);
  const rng = mulberry32(SEED);
  const lines = [
    csvLine(['PHIẾU KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC NĂM 2024']),
    csvLine(['Tổng hợp phiếu điều tra xã hội học các xã, phường, thị trấn thuộc tỉnh Đông Sơn (A: rất hài lòng, B: hài lòng, C: chưa hài lòng, D: không hài lòng)']),
    csvLine(responseHeader(items)),
  ];
  for (const row of responseRows(rng, units, items, (r, i) => (i === SHORT_UNIT ? 24 : 36 + Math.floor(r() * 15)))) lines.push(csvLine(row));
  await writeFile(new URL('phieu-xa.csv', OUT), `\ufeff${lines.join('\r\n')}\r\n`);
  process.stdout.write(`wrote ${fileURLToPath(OUT)}: criteria-xa.json, tham-dinh-xa.csv, phieu-xa.csv (${lines.length - 3} respondents, ${units.length} communes)\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
