#!/usr/bin/env node
/**
 * `npm run bench` — speed and memory of `parindex score` against merely reading the same file with the library
 * underneath (exceljs's streaming reader for XLSX, csv-parse for CSV). Not a test: it prints figures and marks
 * the targets of issue 14 PASS/FAIL (10k XLSX ≤ 1.0× exceljs reading alone, 10k CSV ≤ 1.5× csv-parse reading alone,
 * 100k XLSX peak RSS < 300 MB).
 *
 *   node --expose-gc scripts/bench.mjs [--sizes 1000,10000,100000] [--quick] [--runs N]
 *                                       [--xlsx-strings shared|inline] [--at REV] [--format json] [--strict]
 *
 * Inputs are generated (seeded, deterministic) into .bench/ and reused by later runs:
 *  - a criteria set of 8 fields × 15 plain points leaves (120 leaves, maxima 1 and 0.5, total 100);
 *  - score sheets of N units × 120 leaves, columns "Mã đơn vị", "Tên đơn vị", then the leaf codes, as CSV and as
 *    XLSX written by exceljs's streaming WorkbookWriter with useSharedStrings: true (default; the layout Excel
 *    itself saves, sharedStrings.xml after the sheet) or false (`--xlsx-strings inline`);
 *  - a 200-unit CSV for the small-run latency target.
 *
 * Every measurement is a fresh child process. Wall time is taken around spawnSync (node start-up included on
 * both sides); the child's peak RSS (VmHWM; not ru_maxrss, which Linux carries over from the forking parent) and
 * CPU time are written at exit by a preloaded scripts/bench/maxrss.mjs. Each size × format alternates read-only
 * and parindex runs; times are the best of N (3 for ≤ 10,000 units, 1 for 100,000), the RSS the highest seen.
 * The targets are judged on wall time; CPU time is shown beside it because it is steadier on a busy machine.
 * Results also go to .bench/results.json.
 *
 * --at REV benches a clean build of that git revision (git archive → .bench/at-<sha>/, its own `npm run build`)
 * instead of the working tree's bin/ and dist/: figures for a commit, safe from a concurrent rebuild of dist/.
 *
 * Profiling where the time goes:  node --cpu-prof --cpu-prof-dir=.bench/prof bin/parindex.js score FILE -c SET
 *   --format json > /dev/null  then  node scripts/bench/profile-summary.mjs .bench/prof/<file>.cpuprofile
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEAVES, writeCriteria } from './bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
let cli = path.join(root, 'bin', 'parindex.js');
const generator = path.join(root, 'scripts', 'bench', 'generate.mjs');
const readers = { csv: path.join(root, 'scripts', 'bench', 'read-csv.mjs'), xlsx: path.join(root, 'scripts', 'bench', 'read-xlsx.mjs') };
const preload = pathToFileURL(path.join(root, 'scripts', 'bench', 'maxrss.mjs')).href;

/** parindex ÷ the library reading alone, by format (issue 14) */
const TARGET_RATIO = { xlsx: 1.0, csv: 1.5 };
const TARGET_RATIO_SIZE = 10_000;
const TARGET_RSS_MB = 300;
const TARGET_RSS_SIZE = 100_000;
const TARGET_SMALL_S = 0.2;
const SMALL_UNITS = 200;

// ---------------------------------------------------------------------------------------------------- options

function usage(code) {
  (code === 0 ? console.log : console.error)(
    'usage: node --expose-gc scripts/bench.mjs [--sizes 1000,10000,100000] [--quick] [--runs N] [--xlsx-strings shared|inline] [--at REV] [--format json] [--strict]\n' +
      '  --sizes          unit counts to bench (default 1000,10000,100000)\n' +
      '  --quick          1000 and 10000 only\n' +
      '  --runs N         runs per size and format (default 3 up to 10,000 units, 1 above)\n' +
      '  --xlsx-strings   shared (useSharedStrings: true, default) or inline (useSharedStrings: false)\n' +
      '  --at REV         bench a clean build of git revision REV instead of the working tree\n' +
      '  --format FMT     report format of the scored runs: json (default), csv, md or table\n' +
      '  --strict         exit 1 when a target fails',
  );
  process.exit(code);
}

const opts = { sizes: [1000, 10_000, 100_000], runs: undefined, strings: 'shared', strict: false, at: undefined, format: 'json' };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    if (a === '--quick') opts.sizes = [1000, 10_000];
    else if (a === '--sizes' || a.startsWith('--sizes=')) {
      opts.sizes = value()
        .split(',')
        .map((s) => Number(s.replace(/[_\s]/g, '')));
      if (opts.sizes.length === 0 || opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) usage(2);
    } else if (a === '--runs' || a.startsWith('--runs=')) {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage(2);
    } else if (a === '--xlsx-strings' || a.startsWith('--xlsx-strings=')) {
      opts.strings = value();
      if (!['shared', 'inline'].includes(opts.strings)) usage(2);
    } else if (a === '--at' || a.startsWith('--at=')) opts.at = value();
    else if (a === '--format' || a.startsWith('--format=')) {
      opts.format = value();
      if (!['json', 'csv', 'md', 'table'].includes(opts.format)) usage(2);
    }
    else if (a === '--strict') opts.strict = true;
    else if (a === '--help' || a === '-h') usage(0);
    else usage(2);
  }
}

if (opts.at === undefined && !fs.existsSync(path.join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------- helpers

const log = (s = '') => process.stderr.write(`${s}\n`);
const rel = (p) => path.relative(root, p);
const mb = (kib) => (kib === undefined ? '—' : `${(kib / 1024).toFixed(0)} MB`);
const secs = (s) => (s === undefined ? '—' : `${s.toFixed(s < 1 ? 3 : 2)} s`);
const fmtInt = (n) => n.toLocaleString('en-US');
const gc = () => globalThis.gc?.();
let devNull;

class RunFailed extends Error {}
process.on('uncaughtException', (e) => {
  console.error(e instanceof RunFailed ? `bench: ${e.message}` : e);
  process.exit(2);
});

/**
 * Runs `node ARGS` in a fresh process. stdout: 'null' (to /dev/null) or 'pipe' (captured).
 * Returns { seconds, maxRssKiB, cpuSeconds, stdout, stderr, status }.
 */
function runNode(args, { stdout = 'null', rss = true, okStatus = [0], retries = 2 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return runNodeOnce(args, { stdout, rss, okStatus });
    } catch (e) {
      // dist/ may be mid-rebuild by someone else on a shared checkout: wait and try again, saying so.
      if (!(e instanceof RunFailed) || attempt >= retries) throw e;
      log(`    run failed, retrying in 5 s: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
    }
  }
}

function runNodeOnce(args, { stdout, rss, okStatus }) {
  const rssFile = path.join(benchDir, `maxrss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  devNull ??= fs.openSync('/dev/null', 'w');
  gc();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, rss ? ['--import', preload, ...args] : args, {
    cwd: root,
    stdio: ['ignore', stdout === 'null' ? devNull : 'pipe', 'pipe'],
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.error) throw new RunFailed(`node ${args.join(' ')}: ${r.error.message}`);
  if (!okStatus.includes(r.status)) {
    throw new RunFailed(`node ${args.join(' ')} exited ${r.status ?? r.signal}\n${(r.stderr ?? '').slice(0, 4000)}`);
  }
  let maxRssKiB;
  let cpuSeconds;
  if (rss) {
    try {
      const m = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
      maxRssKiB = m.maxRssKiB;
      cpuSeconds = m.cpuMicros / 1e6;
    } catch {
      /* the child died before its exit hook */
    }
    fs.rmSync(rssFile, { force: true });
  }
  return { seconds, maxRssKiB, cpuSeconds, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

/** `parindex score FILE --criteria SET --format FMT`; format null: the CLI's default output. */
function scoreArgs(file, criteria, format = opts.format) {
  return [cli, 'score', file, '--criteria', criteria, ...(format === null ? [] : ['--format', format])];
}

// ---------------------------------------------------------------------------------------------------- inputs

fs.mkdirSync(benchDir, { recursive: true });
log(`parindex bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
log(`load average at start: ${load()}${os.loadavg()[0] > os.cpus().length / 2 ? ' — the machine is busy: absolute times will be noisy, ratios less so' : ''}`);
log(`inputs in ${rel(benchDir)}/ (XLSX strings: ${opts.strings === 'shared' ? 'shared, useSharedStrings: true' : 'inline, useSharedStrings: false'})`);

const git = (...args) => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};
let revision = { head: git('rev-parse', '--short', 'HEAD'), dirty: (git('status', '--porcelain', '--', 'src', 'bin') ?? '') !== '' };
if (opts.at !== undefined) {
  const sha = git('rev-parse', '--verify', `${opts.at}^{commit}`);
  if (!sha) {
    log(`--at ${opts.at}: not a revision`);
    process.exit(2);
  }
  const dir = path.join(benchDir, `at-${sha.slice(0, 12)}`);
  const built = path.join(dir, '.bench-built');
  if (!fs.existsSync(built)) {
    // The revision's own `npm run build`, with the checkout's node_modules linked in.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tar = spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root, encoding: 'utf8' });
    if (tar.status === 0) fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const build = tar.status === 0 && spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8' });
    if (!build || build.status !== 0) {
      log(`--at ${opts.at}: could not build ${sha}:\n${tar.stderr ?? ''}${build ? build.stdout + build.stderr : ''}`);
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(2);
    }
    fs.writeFileSync(built, `${sha}\n`);
  }
  cli = path.join(dir, 'bin', 'parindex.js');
  revision = { head: sha.slice(0, 12), dirty: false };
}
log(`parindex under test: ${rel(cli)} at ${revision.head ?? '?'}${revision.dirty ? ' + uncommitted changes in src/ or bin/' : ''}`);

const criteria = writeCriteria(benchDir);
{
  const r = runNode([cli, 'criteria', 'check', criteria], { stdout: 'pipe', rss: false, okStatus: [0, 1, 2] });
  if (r.status !== 0) {
    log(`criteria set ${rel(criteria)} does not check clean (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    process.exit(2);
  }
  log(`  ${rel(criteria)}: ${r.stdout.trim()}`);
}

const inputs = new Map(); // `${units}:${format}` → path
async function prepare(units) {
  for (const format of ['csv', 'xlsx']) {
    // In a child: generating a 100,000-row workbook grows a process by hundreds of MB, which this one then
    // would carry into every fork that follows.
    const g = runNode([generator, format, String(units), benchDir, opts.strings], { stdout: 'pipe', rss: false, retries: 0 });
    const made = JSON.parse(g.stdout);
    const size = fs.statSync(made.path).size;
    log(
      `  ${rel(made.path)}  ${(size / 2 ** 20).toFixed(1)} MiB  ${made.reused ? 'reused' : `generated in ${made.seconds.toFixed(1)} s`}`,
    );
    inputs.set(`${units}:${format}`, made.path);
  }
}
await prepare(SMALL_UNITS);
for (const units of opts.sizes) await prepare(units);

// A check that parindex really scores every unit of these files (clean data: exit 0, every unit ranked).
{
  const file = inputs.get(`${SMALL_UNITS}:csv`);
  const r = runNode(scoreArgs(file, criteria, 'json'), { stdout: 'pipe', rss: false, okStatus: [0, 1] });
  const doc = JSON.parse(r.stdout);
  const ranked = countRanked(doc);
  if (r.status !== 0 || ranked !== SMALL_UNITS) {
    log(`parindex did not score the ${SMALL_UNITS}-unit CSV cleanly (exit ${r.status}, ${ranked} units ranked):\n${r.stderr.slice(0, 4000)}`);
    process.exit(2);
  }
  log(`  check: ${rel(file)} → exit 0, ${ranked} units ranked`);
}

/** Units found in the JSON report, whatever its exact shape: the longest array of objects with a unit code. */
function countRanked(doc) {
  let best = 0;
  const walk = (v) => {
    if (Array.isArray(v)) {
      const units = v.filter((x) => x && typeof x === 'object' && ('code' in x || 'unit' in x) && ('index' in x || 'rank' in x)).length;
      best = Math.max(best, units);
      v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return best;
}

// ---------------------------------------------------------------------------------------------------- measure

const results = { revision, cli: rel(cli), format: opts.format, node: process.version, cpus: os.cpus().length, loadAverageAtStart: os.loadavg(), xlsxStrings: opts.strings, date: new Date().toISOString(), sizes: [], small: {} };

log('\nmeasuring (fresh process per run)…');
for (const units of opts.sizes) {
  for (const format of ['csv', 'xlsx']) {
    const file = inputs.get(`${units}:${format}`);
    const runs = opts.runs ?? (units > 10_000 ? 1 : 3);
    const read = [];
    const score = [];
    for (let i = 0; i < runs; i++) {
      const r = runNode([readers[format], file], { stdout: 'pipe' });
      const [rows, cells] = r.stdout.trim().split(' ').map(Number);
      if (rows !== units + 1 || cells !== (units + 1) * (LEAVES + 2)) {
        throw new RunFailed(`baseline reader saw ${rows} rows / ${cells} cells in ${rel(file)}, expected ${units + 1} / ${(units + 1) * (LEAVES + 2)}`);
      }
      read.push(r);
      const s = runNode(scoreArgs(file, criteria));
      if (s.stderr.trim() !== '') log(`    parindex stderr: ${s.stderr.trim().slice(0, 500)}`);
      score.push(s);
      log(
        `  ${fmtInt(units).padStart(7)} ${format.padEnd(4)} run ${i + 1}/${runs}: read ${secs(r.seconds)} (cpu ${secs(r.cpuSeconds)}) ${mb(r.maxRssKiB)}, ` +
          `parindex ${secs(s.seconds)} (cpu ${secs(s.cpuSeconds)}) ${mb(s.maxRssKiB)}`,
      );
    }
    const best = (xs) => Math.min(...xs.map((x) => x.seconds));
    const bestCpu = (xs) => Math.min(...xs.map((x) => x.cpuSeconds ?? Infinity));
    const peak = (xs) => Math.max(...xs.map((x) => x.maxRssKiB ?? 0)) || undefined;
    results.sizes.push({
      units,
      format,
      file: rel(file),
      bytes: fs.statSync(file).size,
      runs,
      readSeconds: best(read),
      scoreSeconds: best(score),
      ratio: best(score) / best(read),
      readCpuSeconds: bestCpu(read),
      scoreCpuSeconds: bestCpu(score),
      cpuRatio: bestCpu(score) / bestCpu(read),
      readMaxRssKiB: peak(read),
      scoreMaxRssKiB: peak(score),
      allReadSeconds: read.map((x) => x.seconds),
      allScoreSeconds: score.map((x) => x.seconds),
    });
  }
}

{
  const SMALL_RUNS = 7;
  const help = [];
  const small = [];
  const smallDefault = [];
  for (let i = 0; i < SMALL_RUNS; i++) {
    help.push(runNode([cli, '--help'], { rss: false }).seconds);
    small.push(runNode(scoreArgs(inputs.get(`${SMALL_UNITS}:csv`), criteria), { rss: false }).seconds);
    smallDefault.push(runNode(scoreArgs(inputs.get(`${SMALL_UNITS}:csv`), criteria, null), { rss: false }).seconds);
  }
  const floor = [];
  for (let i = 0; i < SMALL_RUNS; i++) floor.push(runNode(['-e', '0'], { rss: false }).seconds);
  results.small = {
    runs: SMALL_RUNS,
    helpSeconds: Math.min(...help),
    smallCsvSeconds: Math.min(...small),
    smallCsvDefaultFormatSeconds: Math.min(...smallDefault),
    nodeFloorSeconds: Math.min(...floor),
  };
  log(`  --help ${help.map(secs).join(', ')}`);
  log(`  ${SMALL_UNITS}-unit CSV --format ${opts.format} ${small.map(secs).join(', ')}; default output ${smallDefault.map(secs).join(', ')}`);
  log(`  node -e 0 ${floor.map(secs).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------- report

const verdicts = [];
const mark = (ok) => (ok ? 'PASS' : 'FAIL');

const header = ['units', 'format', 'file', 'read-only', 'parindex', 'ratio', 'target', 'cpu read', 'cpu parindex', 'cpu ratio', 'RSS read', 'RSS parindex', 'target'];
const rows = results.sizes.map((r) => {
  let ratioTarget = '';
  if (r.units === TARGET_RATIO_SIZE) {
    const target = TARGET_RATIO[r.format];
    const ok = r.ratio <= target;
    ratioTarget = `≤ ${target}× ${mark(ok)}`;
    verdicts.push({ target: `${fmtInt(r.units)} ${r.format.toUpperCase()}: parindex ≤ ${target}× read-only`, value: `${r.ratio.toFixed(2)}× (cpu ${r.cpuRatio.toFixed(2)}×)`, ok });
  }
  let rssTarget = '';
  if (r.units === TARGET_RSS_SIZE && r.format === 'xlsx') {
    const ok = r.scoreMaxRssKiB !== undefined && r.scoreMaxRssKiB / 1024 < TARGET_RSS_MB;
    rssTarget = `< ${TARGET_RSS_MB} MB ${mark(ok)}`;
    verdicts.push({ target: `${fmtInt(r.units)} XLSX: parindex peak RSS < ${TARGET_RSS_MB} MB`, value: mb(r.scoreMaxRssKiB), ok });
  }
  return [
    fmtInt(r.units),
    r.format.toUpperCase(),
    `${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
    secs(r.readSeconds),
    secs(r.scoreSeconds),
    `${r.ratio.toFixed(2)}×`,
    ratioTarget,
    secs(r.readCpuSeconds),
    secs(r.scoreCpuSeconds),
    `${r.cpuRatio.toFixed(2)}×`,
    mb(r.readMaxRssKiB),
    mb(r.scoreMaxRssKiB),
    rssTarget,
  ];
});
{
  const ok = results.small.helpSeconds < TARGET_SMALL_S;
  verdicts.push({ target: `parindex --help < ${TARGET_SMALL_S} s`, value: secs(results.small.helpSeconds), ok });
  const ok2 = results.small.smallCsvSeconds < TARGET_SMALL_S;
  verdicts.push({ target: `score a ${SMALL_UNITS}-unit CSV (--format ${opts.format}) < ${TARGET_SMALL_S} s`, value: secs(results.small.smallCsvSeconds), ok: ok2 });
  const ok3 = results.small.smallCsvDefaultFormatSeconds < TARGET_SMALL_S;
  verdicts.push({ target: `score a ${SMALL_UNITS}-unit CSV (default output) < ${TARGET_SMALL_S} s`, value: secs(results.small.smallCsvDefaultFormatSeconds), ok: ok3 });
}
if (!opts.sizes.includes(TARGET_RATIO_SIZE)) verdicts.push({ target: `${fmtInt(TARGET_RATIO_SIZE)} units: ratio ≤ ${TARGET_RATIO.xlsx}× (XLSX), ${TARGET_RATIO.csv}× (CSV)`, value: 'not run', ok: undefined });
if (!opts.sizes.includes(TARGET_RSS_SIZE)) verdicts.push({ target: `${fmtInt(TARGET_RSS_SIZE)} XLSX: peak RSS < ${TARGET_RSS_MB} MB`, value: 'not run', ok: undefined });

function table(head, body, right) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const out = [];
out.push('');
out.push(`parindex score --format ${opts.format} vs. reading alone (${LEAVES} leaves; best of N wall time incl. node start-up; peak RSS = highest of N)`);
out.push(`XLSX written with useSharedStrings: ${opts.strings === 'shared'}; read-only = exceljs WorkbookReader / csv-parse stream`);
out.push(`parindex ${rel(cli)} at ${revision.head ?? '?'}${revision.dirty ? ' (+ uncommitted src/ or bin/ changes)' : ''}; node ${process.version}, ${os.cpus().length} CPUs, load average ${results.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} at start, ${load()} at end`);
out.push('');
out.push(table(header, rows, new Set([0, 2, 3, 4, 5, 7, 8, 9, 10, 11])));
out.push('(read-only / parindex / ratio: wall time, the targets; cpu: user + system time of the child, steadier on a busy machine)');
out.push('');
out.push(`node floor (node -e 0):               ${secs(results.small.nodeFloorSeconds)}`);
out.push(`parindex --help:                      ${secs(results.small.helpSeconds)}   target < ${TARGET_SMALL_S} s  ${mark(results.small.helpSeconds < TARGET_SMALL_S)}`);
const smallLabel = (what) => `score ${SMALL_UNITS}-unit CSV (${what}):`.padEnd(38);
out.push(`${smallLabel(opts.format)}${secs(results.small.smallCsvSeconds)}   target < ${TARGET_SMALL_S} s  ${mark(results.small.smallCsvSeconds < TARGET_SMALL_S)}`);
out.push(`${smallLabel('default output')}${secs(results.small.smallCsvDefaultFormatSeconds)}   target < ${TARGET_SMALL_S} s  ${mark(results.small.smallCsvDefaultFormatSeconds < TARGET_SMALL_S)}`);
out.push('');
out.push('targets:');
for (const v of verdicts) out.push(`  ${v.ok === undefined ? 'n/a ' : mark(v.ok)}  ${v.target}: ${v.value}`);
console.log(out.join('\n'));

results.verdicts = verdicts;
fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`\nresults written to ${rel(path.join(benchDir, 'results.json'))}`);
if (devNull !== undefined) fs.closeSync(devNull);
process.exitCode = opts.strict && verdicts.some((v) => v.ok === false) ? 1 : 0;
