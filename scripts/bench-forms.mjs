// Benchmark for `parindex validate` on a folder of per-unit self-assessment forms (issue: 500 forms in under 5 s).
// Writes the forms once into .bench/forms-<n>/ (seeded, from the demo commune criteria set), then times the CLI.
// Usage: npm run build && node scripts/bench-forms.mjs [--forms 500] [--runs 3]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureForms } from './bench/forms.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const forms = arg('forms', 500);
const runs = arg('runs', 3);
const criteria = path.join(root, 'fixtures/demo/criteria-xa.json');
const dir = path.join(root, '.bench', `forms-${forms}`);

// The forms (generator shared with `npm run bench`: scripts/bench/forms.mjs).
const made = await ensureForms(forms);
if (!made.reused) console.log(`wrote ${forms} forms into ${path.relative(root, dir)} in ${made.seconds.toFixed(1)} s`);

const times = [];
let last;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  last = spawnSync(process.execPath, [path.join(root, 'bin/parindex.js'), 'validate', dir, '-c', criteria, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push((performance.now() - t) / 1000);
}
const report = JSON.parse(last.stdout);
const best = Math.min(...times);
console.log(`validate ${forms} forms: best ${best.toFixed(2)} s of ${runs} (${times.map((t) => t.toFixed(2)).join(', ')}); ` +
  `${report.summary.units} units, ${report.summary.errors} errors, ${report.summary.warnings} warnings; exit ${last.status}`);
console.log(`target < 5 s: ${best < 5 ? 'PASS' : 'FAIL'}`);
