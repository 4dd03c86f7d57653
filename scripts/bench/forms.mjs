/**
 * The folder of per-unit self-assessment forms that `npm run bench:forms` and `npm run bench` give to
 * `parindex validate`: N forms (seeded), one workbook per commune, written from the demo commune criteria set into
 * .bench/forms-<N>/ and reused by later runs.
 *
 *   node scripts/bench/forms.mjs N [DIST]   → writes (or reuses) the forms, prints {"dir","reused","seconds"}
 *
 * DIST is the dist/ folder (tsc output) whose criteria loader reads the set (default: this checkout's dist/).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from '../lib/seeded.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The criteria set the forms follow (and `validate` is given). */
export const FORMS_CRITERIA = path.join(root, 'fixtures/demo/criteria-xa.json');

export function formsDir(forms) {
  return path.join(root, '.bench', `forms-${forms}`);
}

/** The arguments of the measured command: `parindex validate DIR -c SET --format json`. */
export function validateArgs(cli, dir, criteria = FORMS_CRITERIA) {
  return [cli, 'validate', dir, '-c', criteria, '--format', 'json'];
}

/** Points a leaf's rule can give, for a plausible self score. */
function choices(leaf) {
  const max = leaf.max / 1e6;
  const r = leaf.rule;
  if (r.kind === 'yesno') return [0, max];
  if (r.kind === 'bands') return [0, ...r.bands.map((b) => b.points / 1e6)];
  if (r.kind === 'options') return r.options.map((o) => (leaf.max * (o.percent / 1e6)) / 100 / 1e6);
  if (r.kind === 'points' && r.allowed) return r.allowed.map((a) => a / 1e6);
  const step = r.kind === 'points' && r.step ? r.step / 1e6 : max / 4;
  const out = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

async function writeForms(dir, forms, dist) {
  const { loadCriteriaSet } = await import(pathToFileURL(path.join(dist, 'criteria/load.js')).href);
  const { walk } = await import(pathToFileURL(path.join(dist, 'criteria/model.js')).href);
  const set = loadCriteriaSet(readFileSync(FORMS_CRITERIA, 'utf8'), FORMS_CRITERIA).set;
  const ExcelJS = createRequire(import.meta.url)('exceljs');
  mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(20241127);
  const nodes = [...walk(set.fields)];
  for (let u = 0; u < forms; u++) {
    const code = String(30000 + u);
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date(Date.UTC(2025, 0, 15));
    const ws = wb.addWorksheet('Biểu tự đánh giá');
    ws.addRow(['BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024']);
    ws.mergeCells('A1:F1');
    ws.addRow([`Đơn vị: Xã Thử Nghiệm ${u + 1}`, null, null, `Mã đơn vị: ${code}`]);
    ws.addRow(['Khối: Xã']);
    ws.addRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng']);
    for (const n of nodes) {
      if (n.children.length > 0) ws.addRow([n.code, n.name, n.max / 1e6]);
      else {
        const c = choices(n);
        const self = c[Math.floor(rnd() * c.length)];
        const appraised = c.filter((v) => v <= self)[Math.floor(rnd() * c.filter((v) => v <= self).length)];
        ws.addRow([n.code, n.name, n.max / 1e6, self, appraised, `Văn bản số ${u + 1}/BC-UBND`]);
      }
    }
    await wb.xlsx.writeFile(path.join(dir, `${code} - Xã Thử Nghiệm ${u + 1}.xlsx`));
  }
}

/** Writes the forms unless the last one is already there; returns { dir, reused, seconds }. */
export async function ensureForms(forms, dist = path.join(root, 'dist')) {
  const dir = formsDir(forms);
  if (existsSync(path.join(dir, `${30000 + forms - 1} - Xã Thử Nghiệm ${forms}.xlsx`))) return { dir, reused: true, seconds: 0 };
  const t = performance.now();
  await writeForms(dir, forms, dist);
  return { dir, reused: false, seconds: (performance.now() - t) / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [n, dist] = process.argv.slice(2);
  const forms = Number(n);
  if (!Number.isInteger(forms) || forms < 1) {
    console.error('usage: forms.mjs N [DIST]');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await ensureForms(forms, dist === undefined ? undefined : path.resolve(dist)))}\n`);
}
