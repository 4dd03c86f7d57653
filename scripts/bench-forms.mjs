// Benchmark for `parindex validate` on a folder of per-unit self-assessment forms (issue 14: 500 forms in 2 s).
// Writes the forms once into .bench/forms-<n>/ (seeded, from the demo commune criteria set), then times the CLI:
// wall time and, with GNU time, CPU time (user + sys, every thread) and peak memory, with the load average — on a
// busy machine judge by CPU time. `--threads N` sets PARINDEX_READ_THREADS (0: no reading thread, as before).
// Usage: npm run build && node scripts/bench-forms.mjs [--forms 500] [--runs 3] [--threads N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/seeded.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const forms = arg('forms', 500);
const runs = arg('runs', 3);
const threads = arg('threads', undefined);
const criteria = path.join(root, 'fixtures/demo/criteria-xa.json');
const dir = path.join(root, '.bench', `forms-${forms}`);

const { loadCriteriaSet } = await import(path.join(root, 'dist/criteria/load.js'));
const { walk } = await import(path.join(root, 'dist/criteria/model.js'));
const set = loadCriteriaSet(readFileSync(criteria, 'utf8'), criteria).set;

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

async function writeForms() {
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

if (!existsSync(path.join(dir, `${30000 + forms - 1} - Xã Thử Nghiệm ${forms}.xlsx`))) {
  const t = performance.now();
  await writeForms();
  console.log(`wrote ${forms} forms into ${path.relative(root, dir)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const measured = path.join(root, '.bench', `forms-time-${process.pid}.txt`);
const env = { ...process.env, ...(threads !== undefined ? { PARINDEX_READ_THREADS: String(threads) } : {}) };
const cli = [path.join(root, 'bin/parindex.js'), 'validate', dir, '-c', criteria, '--format', 'json'];
const results = [];
let last;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  last = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S %M', '-o', measured, process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 1 << 28, env })
    : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 28, env });
  const wall = (performance.now() - t) / 1000;
  const [user, sys, kb] = gnuTime ? readFileSync(measured, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  results.push({ wall, cpu: gnuTime ? user + sys : undefined, kb, load: os.loadavg()[0] });
}
if (gnuTime) rmSync(measured, { force: true });
const report = JSON.parse(last.stdout);
const best = Math.min(...results.map((r) => r.wall));
const fmt = (n) => n.toFixed(2);
console.log(
  `validate ${forms} forms${threads !== undefined ? ` (PARINDEX_READ_THREADS=${threads})` : ''}: wall best ${fmt(best)} s of ${runs} (${results.map((r) => fmt(r.wall)).join(', ')})` +
    (gnuTime ? `; CPU user+sys best ${fmt(Math.min(...results.map((r) => r.cpu)))} s (${results.map((r) => fmt(r.cpu)).join(', ')}); peak RSS ${Math.round(Math.max(...results.map((r) => r.kb)) / 1024)} MB` : '') +
    `; load average ${results.map((r) => r.load.toFixed(2)).join(', ')} on ${os.availableParallelism()} cores`,
);
console.log(`${report.summary.units} units, ${report.summary.errors} errors, ${report.summary.warnings} warnings; exit ${last.status}`);
console.log(`target <= 2 s wall: ${best <= 2 ? 'PASS' : 'FAIL'}${results.every((r) => r.load > os.availableParallelism()) ? ' (the machine was busy throughout: judge by CPU time)' : ''}`);
