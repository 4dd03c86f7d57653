// Benchmark for `parindex validate` on a folder of per-unit self-assessment forms (issue 14: 500 forms in 2 s).
// Writes the forms once into .bench/forms-<n>/ (seeded, from the demo commune criteria set), then times the CLI:
// wall time and, with GNU time, CPU time (user + sys, every thread) and peak memory, with the load average — on a
// busy machine judge by CPU time. `--threads N` sets PARINDEX_READ_THREADS (0: no reading thread, as before).
// Usage: npm run build && node scripts/bench-forms.mjs [--forms 500] [--runs 3] [--threads N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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
const threads = arg('threads', undefined);
const criteria = path.join(root, 'fixtures/demo/criteria-xa.json');
const dir = path.join(root, '.bench', `forms-${forms}`);

// The forms (generator shared with `npm run bench`: scripts/bench/forms.mjs).
const made = await ensureForms(forms);
if (!made.reused) console.log(`wrote ${forms} forms into ${path.relative(root, dir)} in ${made.seconds.toFixed(1)} s`);

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const measured = path.join(root, '.bench', `forms-time-${process.pid}.txt`);
const env = { ...process.env, ...(threads !== undefined ? { PARINDEX_READ_THREADS: String(threads) } : {}) };
const cli = [path.join(root, 'bin/parindex.cjs'), 'validate', dir, '-c', criteria, '--format', 'json'];
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
