#!/usr/bin/env node
/**
 * `npm run bench:sensitivity` — the Monte Carlo engine of `parindex sensitivity` on every commune of the country:
 * 10,000 draws × 3,321 units × 8 fields (4 leaves each), all in one block (the worst case for ranking), from a
 * report model made up with a seeded generator. Prints the wall time of the weights-only run (target of issue 11:
 * under 5 s), the same with --noise and --drop-field, the floor (the index arithmetic alone, without ranking) and
 * the load average. Not a test: it prints figures.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './lib/seeded.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { sensitivityInput } = await import(pathToFileURL(path.join(root, 'dist/sensitivity/input.js')).href);
const { runSensitivity } = await import(pathToFileURL(path.join(root, 'dist/sensitivity/engine.js')).href);

const UNITS = 3_321;
const FIELDS = 8;
const LEAVES_PER_FIELD = 4;
const DRAWS = 10_000;
const TARGET_SECONDS = 5;
const M = 1_000_000;

/** A report model with just what the engine reads: the set's tree, bands, and ranked rows. */
function madeUpReport() {
  const random = mulberry32(11);
  const leafMax = (100 / FIELDS / LEAVES_PER_FIELD) * M;
  const fields = Array.from({ length: FIELDS }, (_, f) => ({
    code: String(f + 1),
    max: leafMax * LEAVES_PER_FIELD,
    children: Array.from({ length: LEAVES_PER_FIELD }, (_, l) => ({ code: `${f + 1}.${l + 1}`, max: leafMax, children: [] })),
  }));
  const leaves = fields.flatMap((f) => f.children.map((c) => ({ code: c.code, name: c.code })));
  const rows = Array.from({ length: UNITS }, (_, u) => {
    const lp = leaves.map(() => Math.round(random() * leafMax));
    const fp = fields.map((_, f) => lp.slice(f * LEAVES_PER_FIELD, (f + 1) * LEAVES_PER_FIELD).reduce((a, b) => a + b, 0));
    return { rank: 0, code: String(u), band: null, bonus: 0, penalty: 0, leaves: lp, fields: fields.map((x, f) => ({ points: fp[f], max: x.max })) };
  });
  // As a report lists them: by index, ranked (every unit has the full maximum, so by points)
  const total = (r) => r.fields.reduce((s, f) => s + f.points, 0);
  rows.sort((a, b) => total(b) - total(a));
  rows.forEach((r, i) => (r.rank = i + 1));
  const set = { total: 100 * M, decimals: 2, allowIndexAbove100: false, fields, leaves, bands: [{ label: 'Tốt', min: 80 * M }], blocks: [] };
  return { criteria: { set }, blocks: [{ id: '', rows }] };
}

function time(label, fn) {
  const t0 = process.hrtime.bigint();
  fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(44)} ${s.toFixed(2)} s`);
  return s;
}

const input = sensitivityInput(madeUpReport());
console.log(`parindex sensitivity engine: ${DRAWS.toLocaleString('en')} draws × ${UNITS.toLocaleString('en')} units × ${FIELDS} fields, one block; Node ${process.version}`);
console.log(`load average before: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
const weights = time('--weights 20%', () => runSensitivity(input, { draws: DRAWS, weights: 0.2, noise: 0, seed: 1, dropField: false }));
time('--weights 20% --drop-field', () => runSensitivity(input, { draws: DRAWS, weights: 0.2, noise: 0, seed: 1, dropField: true }));
time('--weights 20% --noise 10% (1,000 draws)', () => runSensitivity(input, { draws: 1_000, weights: 0.2, noise: 0.1, seed: 1, dropField: false }));
// The floor: the arithmetic every draw must do (one index per unit from its field points), with no ranking.
time('floor: indexes only, no ranking', () => {
  const { points, effectiveMax } = input;
  const g = new Float64Array(FIELDS).fill(1);
  const out = new Float64Array(UNITS);
  for (let d = 0; d < DRAWS; d++) {
    g[d % FIELDS] = 1 + (d % 7) / 100;
    for (let u = 0; u < UNITS; u++) {
      let num = 0;
      let den = 0;
      for (let i = 0; i < FIELDS; i++) {
        num += g[i] * points[u * FIELDS + i];
        den += g[i] * effectiveMax[u * FIELDS + i];
      }
      out[u] = num / den;
    }
  }
});
console.log(`load average after:  ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`target: under ${TARGET_SECONDS} s for the weights run — ${weights < TARGET_SECONDS ? 'met' : 'NOT met'}`);
