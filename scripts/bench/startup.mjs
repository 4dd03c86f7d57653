// Start-up time of the CLI against `node -e 0` measured in the same batch: each command runs N times in fresh
// processes, interleaved round by round (so a change of the machine's load hits every command alike). Reports the
// best wall time and the best CPU time (user+sys of the child, from /proc/self/stat's cutime+cstime, 10 ms ticks)
// of each, and their ratios to `node -e 0`.
//
//   node scripts/bench/startup.mjs [--runs 7] [--json] [--base DIR]
// (after `node scripts/bundle.mjs`). --base DIR: also runs the same commands with DIR/bin/parindex.cjs (another
// checkout, built), in the same rounds, for a before/after comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const json = args.includes('--json');
const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;
const commands = (label, bin) => [
  [`${label}--help`, [bin, '--help']],
  [`${label}score xa.xlsx`, [bin, 'score', 'fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json']],
  [`${label}score xa.csv`, [bin, 'score', 'fixtures/demo/xa.csv', '-c', 'fixtures/demo/criteria-xa.json']],
];
const cases = [
  ['node -e 0', ['-e', '0']],
  ...(base ? commands('base ', ['parindex.cjs', 'parindex.js'].map((f) => join(base, 'bin', f)).find((f) => existsSync(f)) ?? join(base, 'bin/parindex.cjs')) : []),
  ...commands('', 'bin/parindex.cjs'),
];

/** CPU time (ms) of this process's finished children, from /proc/self/stat (cutime, cstime in USER_HZ = 100). */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const best = new Map(cases.map(([name]) => [name, { wall: Infinity, cpu: Infinity }]));
const loadBefore = loadavg()[0];
for (let r = 0; r < runs; r++) {
  for (const [name, argv] of cases) {
    const c0 = childrenCpuMs();
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, argv, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = childrenCpuMs() - c0;
    if (res.status !== 0 && res.status !== 1) throw new Error(`${name}: exit ${res.status}`);
    const b = best.get(name);
    b.wall = Math.min(b.wall, wall);
    b.cpu = Math.min(b.cpu, cpu);
  }
}
const zero = best.get('node -e 0');
const rows = cases.map(([name]) => {
  const b = best.get(name);
  return { name, wallMs: Math.round(b.wall), cpuMs: Math.round(b.cpu), wallRatio: +(b.wall / zero.wall).toFixed(2), cpuRatio: +(b.cpu / zero.cpu).toFixed(2) };
});
const load = `${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}`;
if (json) console.log(JSON.stringify({ runs, load, rows }, null, 2));
else {
  console.log(`best of ${runs}, load average ${load}`);
  for (const r of rows) console.log(`${r.name.padEnd(19)} wall ${String(r.wallMs).padStart(5)} ms ×${r.wallRatio.toFixed(2)}   cpu ${String(r.cpuMs).padStart(5)} ms ×${r.cpuRatio.toFixed(2)}`);
}
