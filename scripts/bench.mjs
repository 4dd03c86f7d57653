#!/usr/bin/env node
/**
 * `npm run bench` — one run measures every target of issue 14 and marks each PASS/FAIL:
 *
 *   10k XLSX   parindex score ≤ 1.0× exceljs's streaming reader reading the same file alone
 *   100k XLSX  peak RSS < 300 MB with every output: --format json, csv, md, html, the default (terminal table),
 *              -o FILE.xlsx
 *   10k CSV    parindex score ≤ 1.5× csv-parse reading the same file alone
 *   300k CSV   score time ≤ 3.3× the 100k CSV's (linear), peak RSS < 400 MB
 *   --help     ≤ 1.5× `node -e 0`
 *   demo       `score fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json` (150 units, default output) ≤ 3× `node -e 0`
 *   forms      `validate` on a folder of 500 per-unit forms ≤ 2 s (on a quiet machine: the load average is printed)
 *
 *   node --expose-gc scripts/bench.mjs [--sizes 10000,100000,300000:csv] [--quick] [--runs N] [--forms N]
 *        [--xlsx-strings shared|inline] [--at REV] [--format json] [--by cpu|wall] [--rss-ceiling MB] [--strict]
 *
 * Inputs are generated (seeded, deterministic) into .bench/ by child processes and reused by later runs:
 *  - a criteria set of 8 fields × 15 plain points leaves (120 leaves, maxima 1 and 0.5, total 100);
 *  - score sheets of N units × 120 leaves, columns "Mã đơn vị", "Tên đơn vị", then the leaf codes, as CSV and as
 *    XLSX written by exceljs's streaming WorkbookWriter with useSharedStrings: true (default; the layout Excel
 *    itself saves, sharedStrings.xml after the sheet) or false (`--xlsx-strings inline`) — scripts/bench/generate.mjs;
 *  - a folder of per-unit self-assessment forms for `validate` — scripts/bench/forms.mjs (shared with
 *    `npm run bench:forms`);
 *  - a 200-unit CSV, scored once to check that parindex ranks every unit of these sheets.
 *
 * Every measurement is a fresh process, run as `[/usr/bin/time -f %M] bash -c 'node …; times'`: nothing is loaded
 * into the measured node. CPU time (user + system, every thread) is bash's `times` for its child, to the
 * millisecond; peak RSS is GNU time's (the child's ru_maxrss: bash, forked small, is its parent, so nothing of this
 * big process is carried over); wall time is taken around the spawn (node start-up included on both sides).
 * Without bash or GNU time, a preloaded scripts/bench/maxrss.mjs reports them instead (VmHWM and cpuUsage at exit).
 * Each size × format alternates read-only and parindex runs; times are the best of N (3 up to 10,000 units; above,
 * 2 for CSV, whose 100k and 300k times make the linearity ratio, where one run on a shared machine was off by up to
 * 20 %, and 1 for XLSX), the RSS the highest seen. Targets are judged on CPU time (`--by wall`: on wall time), which a busy
 * machine disturbs less; both are printed. Results also go to .bench/results.json.
 *
 * --sizes: unit counts, each run as CSV and XLSX, or one only with a suffix (300000:csv). The per-output peaks are
 * measured at 100,000 units when that size has an XLSX, else at the smallest XLSX size (shown, not judged).
 * --rss-ceiling MB (default 2048): a measured run whose RSS grows past it is killed and marked "stopped" (its
 * target fails), so that a runaway run cannot swap the machine out.
 * --quick: 10,000 units, a 1,000-unit XLSX and 100 forms (no 100k/300k; the targets that need them say "not run").
 * --forms N: the number of forms (default 500; 0: none). --format: the output of the scored runs (json default).
 * --at REV benches a clean build of that git revision (git archive → .bench/at-<sha>/, its own `npm run build`)
 * instead of the working tree's bin/ and dist/: figures for a commit, safe from a concurrent rebuild of dist/.
 *
 * Profiling where the time goes:  node --cpu-prof --cpu-prof-dir=.bench/prof bin/parindex.cjs score FILE -c SET
 *   --format json > /dev/null  then  node scripts/bench/profile-summary.mjs .bench/prof/<file>.cpuprofile
 *   (--heap-prof … .heapprofile likewise, for memory).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEAVES, writeCriteria } from './bench/generate.mjs';
import { FORMS_CRITERIA, validateArgs } from './bench/forms.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
let cli = path.join(root, 'bin', 'parindex.cjs');
let dist = path.join(root, 'dist');
const generator = path.join(root, 'scripts', 'bench', 'generate.mjs');
const formsGenerator = path.join(root, 'scripts', 'bench', 'forms.mjs');
const readers = { csv: path.join(root, 'scripts', 'bench', 'read-csv.mjs'), xlsx: path.join(root, 'scripts', 'bench', 'read-xlsx.mjs') };
const preload = pathToFileURL(path.join(root, 'scripts', 'bench', 'maxrss.mjs')).href;

// ---------------------------------------------------------------------------------------------------- targets

/** Issue 14. */
const T = {
  ratioUnits: 10_000,
  ratio: { xlsx: 1.0, csv: 1.5 }, // parindex ÷ the library reading alone
  xlsxPeakUnits: 100_000,
  xlsxPeakMB: 300,
  linearFrom: 100_000,
  linearTo: 300_000,
  linearMax: 3.3, // CSV time at linearTo ÷ time at linearFrom
  csvPeakUnits: 300_000,
  csvPeakMB: 400,
  helpMax: 1.5, // ÷ node -e 0
  demoMax: 3, // ÷ node -e 0
  forms: 500,
  formsSeconds: 2,
};
const DEMO = { sheet: path.join(root, 'fixtures/demo/xa.xlsx'), criteria: path.join(root, 'fixtures/demo/criteria-xa.json'), units: 150 };
const CHECK_UNITS = 200;
const SMALL_RUNS = 7;
/** The outputs whose peak RSS is judged at 100k XLSX units. */
const OUTPUTS = [
  { id: 'json', label: '--format json', args: () => ['--format', 'json'] },
  { id: 'csv', label: '--format csv', args: () => ['--format', 'csv'] },
  { id: 'md', label: '--format md', args: () => ['--format', 'md'] },
  { id: 'html', label: '--format html', args: () => ['--format', 'html'] },
  { id: 'table', label: 'default output (table)', args: () => [] },
  { id: 'xlsx', label: '-o FILE.xlsx', args: (file) => ['-o', file] },
];

// ---------------------------------------------------------------------------------------------------- options

const DEFAULT_SIZES = '10000,100000,300000:csv';
/** 10k for the ratios; a 1k XLSX, where every output's peak is cheap to take (the 10k -o FILE.xlsx is not). */
const QUICK_SIZES = '1000:xlsx,10000';
const QUICK_FORMS = 100;
function usage(code) {
  (code === 0 ? console.log : console.error)(
    `usage: node --expose-gc scripts/bench.mjs [--sizes ${DEFAULT_SIZES}] [--quick] [--runs N] [--forms N] [--xlsx-strings shared|inline] [--at REV] [--format json] [--by cpu|wall] [--rss-ceiling MB] [--strict]\n` +
      `  --sizes          unit counts to bench, as CSV and XLSX, or one of them with :csv / :xlsx (default ${DEFAULT_SIZES})\n` +
      `  --quick          ${QUICK_SIZES} and ${QUICK_FORMS} forms: no 100k / 300k (a minute or two)\n` +
      '  --runs N         runs per size and format (default 3 up to 10,000 units; above, 2 for CSV and 1 for XLSX), and of validate (default 3)\n' +
      `  --forms N        forms for the validate target (default ${T.forms}, --quick ${QUICK_FORMS}; 0: none)\n` +
      '  --xlsx-strings   shared (useSharedStrings: true, default) or inline (useSharedStrings: false)\n' +
      '  --at REV         bench a clean build of git revision REV instead of the working tree\n' +
      '  --format FMT     report format of the scored runs: json (default), csv, md, html or table\n' +
      '                   (the 100k XLSX peak is measured with every output whatever FMT)\n' +
      '  --by cpu|wall    judge time targets on CPU time (user + system, default) or wall time\n' +
      '  --rss-ceiling MB kill a measured run whose RSS grows past MB (default 2048): a FAIL, not a swapping machine\n' +
      '  --strict         exit 1 when a target fails',
  );
  process.exit(code);
}

function parseSizes(text) {
  const byUnits = new Map();
  for (const item of text.split(',')) {
    const m = /^(\d+)(?::(csv|xlsx))?$/.exec(item.replace(/[_\s]/g, ''));
    if (!m || Number(m[1]) < 1) usage(2);
    const units = Number(m[1]);
    const formats = byUnits.get(units) ?? new Set();
    for (const f of m[2] ? [m[2]] : ['csv', 'xlsx']) formats.add(f);
    byUnits.set(units, formats);
  }
  return [...byUnits].sort((a, b) => a[0] - b[0]).map(([units, formats]) => ({ units, formats: ['csv', 'xlsx'].filter((f) => formats.has(f)) }));
}

const opts = { sizes: parseSizes(DEFAULT_SIZES), runs: undefined, forms: undefined, strings: 'shared', strict: false, at: undefined, format: 'json', by: 'cpu', quick: false, rssCeilingMB: 2048 };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    const is = (name) => a === name || a.startsWith(`${name}=`);
    if (a === '--quick') {
      opts.quick = true;
      opts.sizes = parseSizes(QUICK_SIZES);
    } else if (is('--sizes')) opts.sizes = parseSizes(value());
    else if (is('--runs')) {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage(2);
    } else if (is('--forms')) {
      opts.forms = Number(value());
      if (!Number.isInteger(opts.forms) || opts.forms < 0) usage(2);
    } else if (is('--xlsx-strings')) {
      opts.strings = value();
      if (!['shared', 'inline'].includes(opts.strings)) usage(2);
    } else if (is('--at')) opts.at = value();
    else if (is('--format')) {
      opts.format = value();
      if (!['json', 'csv', 'md', 'html', 'table'].includes(opts.format)) usage(2);
    } else if (is('--by')) {
      opts.by = value();
      if (!['cpu', 'wall'].includes(opts.by)) usage(2);
    } else if (is('--rss-ceiling')) {
      opts.rssCeilingMB = Number(value());
      if (!Number.isInteger(opts.rssCeilingMB) || opts.rssCeilingMB < 100) usage(2);
    } else if (a === '--strict') opts.strict = true;
    else if (a === '--help' || a === '-h') usage(0);
    else usage(2);
  }
  opts.forms ??= opts.quick ? QUICK_FORMS : T.forms;
}

if (opts.at === undefined && !fs.existsSync(path.join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------- helpers

const log = (s = '') => process.stderr.write(`${s}\n`);
const rel = (p) => path.relative(root, p);
const mb = (kib) => (kib === undefined ? '—' : `${(kib / 1024).toFixed(0)} MB`);
const secs = (s) => (s === undefined || !Number.isFinite(s) ? '—' : `${s.toFixed(s < 1 ? 3 : 2)} s`);
const times = (x) => (x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`);
const fmtInt = (n) => n.toLocaleString('en-US');
const short = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const gc = () => globalThis.gc?.();
const loadavg = () => os.loadavg().map((x) => Number(x.toFixed(2)));
let devNull;

class RunFailed extends Error {}
process.on('uncaughtException', (e) => {
  console.error(e instanceof RunFailed ? `bench: ${e.message}` : e);
  process.exit(2);
});

/** How CPU time and peak RSS are taken: from outside the measured node when the tools are there. */
const method = (() => {
  const bash = spawnSync('bash', ['-c', 'times'], { encoding: 'utf8' }).status === 0;
  const gnuTime = spawnSync('/usr/bin/time', ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  return { cpu: bash ? 'bash times' : 'preload', rss: bash && gnuTime ? 'GNU time' : 'preload' };
})();

/**
 * Runs `node ARGS` in a fresh process. stdout: 'null' (to /dev/null) or 'pipe' (captured).
 * Resolves to { seconds, cpuSeconds, maxRssKiB, stdout, stderr, status, stopped }; `stopped`: the run grew past
 * --rss-ceiling and was killed (its figures are then lower bounds).
 */
async function runNode(args, { stdout = 'null', okStatus = [0], retries = 2 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runNodeOnce(args, { stdout, okStatus });
    } catch (e) {
      // dist/ may be mid-rebuild by someone else on a shared checkout: wait and try again, saying so.
      if (!(e instanceof RunFailed) || attempt >= retries) throw e;
      log(`    run failed, retrying in 5 s: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

function readAndRemove(f) {
  try {
    return fs.readFileSync(f, 'utf8');
  } catch {
    return undefined; // the child died before writing it
  } finally {
    fs.rmSync(f, { force: true });
  }
}

/** VmRSS of a process in KiB, or undefined. */
function rssOf(pid) {
  try {
    const m = /^VmRSS:\s*(\d+)\s*kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function runNodeOnce(args, { stdout, okStatus }) {
  const tag = path.join(benchDir, `measure-${process.pid}`);
  const files = { preload: `${tag}-preload.json`, times: `${tag}-times.txt`, rss: `${tag}-rss.txt`, pid: `${tag}-pid.txt` };
  for (const f of Object.values(files)) fs.rmSync(f, { force: true });
  const usePreload = method.cpu === 'preload' || method.rss === 'preload';
  let argv = [process.execPath, ...(usePreload ? ['--import', preload] : []), ...args];
  // bash runs node as its one child, says its pid (for the RSS ceiling) and, after it, the child's CPU time.
  const script = '"$@" & c=$!; echo $c > "$BENCH_PID_FILE"; wait $c; s=$?; times > "$BENCH_TIMES_FILE"; exit $s';
  if (method.cpu === 'bash times') argv = ['bash', '-c', script, 'bench', ...argv];
  if (method.rss === 'GNU time') argv = ['/usr/bin/time', '-f', '%M', '-o', files.rss, ...argv];
  devNull ??= fs.openSync('/dev/null', 'w');
  gc();
  const t0 = performance.now();
  const child = spawn(argv[0], argv.slice(1), {
    cwd: root,
    stdio: ['ignore', stdout === 'null' ? devNull : 'pipe', 'pipe'],
    env: { ...process.env, BENCH_MAXRSS_FILE: files.preload, BENCH_TIMES_FILE: files.times, BENCH_PID_FILE: files.pid, NO_COLOR: '1' },
  });
  const out = [];
  const err = [];
  child.stdout?.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  // The ceiling: a run that grows past it is killed (by its own pid), so that a runaway one cannot take the machine.
  let stopped;
  let nodePid = method.cpu === 'bash times' ? undefined : child.pid;
  const watch = setInterval(() => {
    if (nodePid === undefined) {
      const p = Number(fs.existsSync(files.pid) ? fs.readFileSync(files.pid, 'utf8').trim() : NaN);
      if (Number.isInteger(p) && p > 0) nodePid = p;
    }
    const rss = nodePid === undefined ? undefined : rssOf(nodePid);
    if (rss !== undefined && rss > opts.rssCeilingMB * 1024 && stopped === undefined) {
      stopped = rss;
      try {
        process.kill(nodePid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }, 100);
  const { code, signal, error } = await new Promise((resolve) => {
    child.on('error', (e) => resolve({ error: e }));
    child.on('close', (c, sig) => resolve({ code: c, signal: sig }));
  });
  clearInterval(watch);
  const seconds = (performance.now() - t0) / 1000;
  const stderr = Buffer.concat(err).toString('utf8');
  const what = `node ${args.map((a) => (a.startsWith(root) ? rel(a) : a)).join(' ')}`;
  const pre = readAndRemove(files.preload);
  const tms = readAndRemove(files.times);
  const rss = readAndRemove(files.rss);
  readAndRemove(files.pid);
  if (error) throw new RunFailed(`${what}: ${error.message}`);
  if (stopped === undefined && !okStatus.includes(code)) throw new RunFailed(`${what} exited ${code ?? signal}\n${stderr.slice(0, 4000)}`);
  let cpuSeconds;
  let maxRssKiB;
  if (pre !== undefined) {
    const m = JSON.parse(pre);
    maxRssKiB = m.maxRssKiB;
    cpuSeconds = m.cpuMicros / 1e6;
  }
  if (tms !== undefined) {
    // "0m0.004s 0m0.001s\n0m1.234s 0m0.100s": the shell's own, then its children's user and system time
    const children = tms.trim().split('\n')[1] ?? '';
    const parts = [...children.matchAll(/(\d+)m(\d+)[.,](\d+)s/g)].map((m) => Number(m[1]) * 60 + Number(`${m[2]}.${m[3]}`));
    if (parts.length === 2) cpuSeconds = parts[0] + parts[1];
  }
  if (rss !== undefined) {
    const last = rss.trim().split('\n').pop();
    if (/^\d+$/.test(last)) maxRssKiB = Number(last);
  }
  if (stopped !== undefined) maxRssKiB = Math.max(maxRssKiB ?? 0, stopped);
  return { seconds, cpuSeconds, maxRssKiB, stdout: Buffer.concat(out).toString('utf8'), stderr, status: code, stopped: stopped !== undefined };
}

/** `parindex score FILE --criteria SET [OUTPUT ARGS]`; no output args: the CLI's default output. */
function scoreArgs(file, criteria, outputArgs) {
  return [cli, 'score', file, '--criteria', criteria, ...outputArgs];
}
const formatArgs = (format) => ['--format', format];

/** Best (lowest) time, by the judged clock or another; the highest peak. */
const judged = (m) => (m === undefined ? undefined : opts.by === 'wall' ? m.seconds : m.cpuSeconds);
const best = (xs, key) => Math.min(...xs.map((x) => x[key] ?? Infinity));
const peak = (xs) => Math.max(...xs.map((x) => x.maxRssKiB ?? 0)) || undefined;
const summary = (xs) => ({ seconds: best(xs, 'seconds'), cpuSeconds: best(xs, 'cpuSeconds'), maxRssKiB: peak(xs), runs: xs.length, stopped: xs.some((x) => x.stopped) });
/** The peak of a measurement; a stopped run's is a lower bound. */
const peakOf = (m) => (m.stopped ? `> ${mb(m.maxRssKiB)} (stopped)` : mb(m.maxRssKiB));
const figures = (m) => `${secs(m.seconds)}  cpu ${secs(m.cpuSeconds)}  ${peakOf(m)}`;

// ---------------------------------------------------------------------------------------------------- inputs

fs.mkdirSync(benchDir, { recursive: true });
const startLoad = loadavg();
log(`parindex bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
log(`load average at start: ${startLoad.join(' ')}${startLoad[0] > os.cpus().length / 2 ? ' — the machine is busy: absolute times will be noisy, CPU ratios less so' : ''}`);
log(`CPU time: ${method.cpu}; peak RSS: ${method.rss}; targets judged on ${opts.by === 'wall' ? 'wall' : 'CPU'} time`);
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
  cli = ['parindex.cjs', 'parindex.js'].map((f) => path.join(dir, 'bin', f)).find((f) => fs.existsSync(f)) ?? path.join(dir, 'bin', 'parindex.cjs');
  dist = path.join(dir, 'dist');
  revision = { head: sha.slice(0, 12), dirty: false };
}
log(`parindex under test: ${rel(cli)} at ${revision.head ?? '?'}${revision.dirty ? ' + uncommitted changes in src/ or bin/' : ''}`);

const criteria = writeCriteria(benchDir);
{
  const r = await runNode([cli, 'criteria', 'check', criteria], { stdout: 'pipe', okStatus: [0, 1, 2] });
  if (r.status !== 0) {
    log(`criteria set ${rel(criteria)} does not check clean (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    process.exit(2);
  }
  log(`  ${rel(criteria)}: ${r.stdout.trim()}`);
}

/** Generates (or reuses) a file in a child: a 300,000-row input grows a process by hundreds of MB. */
function generateIn(args) {
  const g = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (g.status !== 0) throw new RunFailed(`node ${args.map((a) => (a.startsWith(root) ? rel(a) : a)).join(' ')} exited ${g.status ?? g.signal}\n${g.stderr}`);
  return JSON.parse(g.stdout);
}

const inputs = new Map(); // `${units}:${format}` → path
function prepare(units, formats) {
  for (const format of formats) {
    const made = generateIn([generator, format, String(units), benchDir, opts.strings]);
    const size = fs.statSync(made.path).size;
    log(`  ${rel(path.resolve(root, made.path))}  ${(size / 2 ** 20).toFixed(1)} MiB  ${made.reused ? 'reused' : `generated in ${made.seconds.toFixed(1)} s`}`);
    inputs.set(`${units}:${format}`, path.resolve(root, made.path));
  }
}
prepare(CHECK_UNITS, ['csv']);
for (const { units, formats } of opts.sizes) prepare(units, formats);
let formsDir;
if (opts.forms > 0) {
  const made = generateIn([formsGenerator, String(opts.forms), dist]);
  formsDir = made.dir;
  log(`  ${rel(formsDir)}/  ${fmtInt(opts.forms)} forms  ${made.reused ? 'reused' : `generated in ${made.seconds.toFixed(1)} s`}`);
}

// A check that parindex really scores every unit of these files (clean data: exit 0, every unit ranked).
{
  const file = inputs.get(`${CHECK_UNITS}:csv`);
  const r = await runNode(scoreArgs(file, criteria, formatArgs('json')), { stdout: 'pipe', okStatus: [0, 1] });
  const ranked = countRanked(JSON.parse(r.stdout));
  if (r.status !== 0 || ranked !== CHECK_UNITS) {
    log(`parindex did not score the ${CHECK_UNITS}-unit CSV cleanly (exit ${r.status}, ${ranked} units ranked):\n${r.stderr.slice(0, 4000)}`);
    process.exit(2);
  }
  log(`  check: ${rel(file)} → exit 0, ${ranked} units ranked`);
}

/** Units found in the JSON report, whatever its exact shape: the longest array of objects with a unit code. */
function countRanked(doc) {
  let most = 0;
  const walk = (v) => {
    if (Array.isArray(v)) {
      const units = v.filter((x) => x && typeof x === 'object' && ('code' in x || 'unit' in x) && ('index' in x || 'rank' in x)).length;
      most = Math.max(most, units);
      v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return most;
}

// ---------------------------------------------------------------------------------------------------- measure

const results = {
  revision,
  cli: rel(cli),
  options: { sizes: opts.sizes, runs: opts.runs, forms: opts.forms, format: opts.format, xlsxStrings: opts.strings, by: opts.by, quick: opts.quick },
  method,
  node: process.version,
  cpus: os.cpus().length,
  loadAverage: { start: startLoad, end: undefined },
  date: new Date().toISOString(),
  sizes: [],
  peaks: [],
  small: undefined,
  forms: undefined,
  targets: [],
};

const xlsxSizes = opts.sizes.filter((s) => s.formats.includes('xlsx')).map((s) => s.units);
/** Where the peak of every output is measured: 100k XLSX, else (to see that it runs) the smallest XLSX size. */
const peakUnits = xlsxSizes.includes(T.xlsxPeakUnits) ? T.xlsxPeakUnits : xlsxSizes.length > 0 ? Math.min(...xlsxSizes) : undefined;

log('\nmeasuring (fresh process per run)…');
for (const { units, formats } of opts.sizes) {
  for (const format of formats) {
    const file = inputs.get(`${units}:${format}`);
    const runs = opts.runs ?? (units <= 10_000 ? 3 : format === 'csv' ? 2 : 1);
    const read = [];
    const score = [];
    for (let i = 0; i < runs; i++) {
      const r = await runNode([readers[format], file], { stdout: 'pipe' });
      const [rows, cells] = r.stdout.trim().split(' ').map(Number);
      if (!r.stopped && rows !== units + 1 || cells !== (units + 1) * (LEAVES + 2)) {
        throw new RunFailed(`baseline reader saw ${rows} rows / ${cells} cells in ${rel(file)}, expected ${units + 1} / ${(units + 1) * (LEAVES + 2)}`);
      }
      read.push(r);
      const s = await runNode(scoreArgs(file, criteria, formatArgs(opts.format)));
      if (s.stderr.trim() !== '') log(`    parindex stderr: ${s.stderr.trim().slice(0, 500)}`);
      score.push(s);
      log(`  ${fmtInt(units).padStart(7)} ${format.padEnd(4)} run ${i + 1}/${runs}: read ${figures(r)}; parindex --format ${opts.format} ${figures(s)}`);
      if (r.stopped || s.stopped) break; // a second run would only grow as far again
    }
    const entry = {
      units,
      format,
      file: rel(file),
      bytes: fs.statSync(file).size,
      runs,
      read: summary(read),
      score: summary(score),
      allRead: read.map(({ seconds, cpuSeconds, maxRssKiB }) => ({ seconds, cpuSeconds, maxRssKiB })),
      allScore: score.map(({ seconds, cpuSeconds, maxRssKiB }) => ({ seconds, cpuSeconds, maxRssKiB })),
    };
    entry.ratio = { cpu: entry.score.cpuSeconds / entry.read.cpuSeconds, wall: entry.score.seconds / entry.read.seconds };
    results.sizes.push(entry);

    if (format === 'xlsx' && units === peakUnits) {
      // Peak RSS of every output at this size: the scored runs above give --format FMT; one run of each other.
      for (const output of OUTPUTS) {
        if (output.id === opts.format) {
          results.peaks.push({ units, output: output.id, label: output.label, ...entry.score, fromMainRuns: true });
          continue;
        }
        const out = path.join(benchDir, `bench-output-${process.pid}.xlsx`);
        fs.rmSync(out, { force: true });
        const s = await runNode(scoreArgs(file, criteria, output.args(out)));
        if (output.id === 'xlsx' && !s.stopped && !(fs.existsSync(out) && fs.statSync(out).size > 0)) throw new RunFailed(`score … -o ${rel(out)} wrote no workbook`);
        fs.rmSync(out, { force: true });
        results.peaks.push({ units, output: output.id, label: output.label, seconds: s.seconds, cpuSeconds: s.cpuSeconds, maxRssKiB: s.maxRssKiB, runs: 1, stopped: s.stopped });
        log(`  ${fmtInt(units).padStart(7)} xlsx ${output.label}: ${figures(s)}`);
      }
    }
  }
}

{
  const help = [];
  const demo = [];
  const floor = [];
  for (let i = 0; i < SMALL_RUNS; i++) {
    floor.push(await runNode(['-e', '0']));
    help.push(await runNode([cli, '--help']));
    demo.push(await runNode(scoreArgs(DEMO.sheet, DEMO.criteria, [])));
  }
  results.small = { runs: SMALL_RUNS, nodeFloor: summary(floor), help: summary(help), demo: summary(demo) };
  const line = (xs) => xs.map((x) => `${secs(x.seconds)} (cpu ${secs(x.cpuSeconds)})`).join(', ');
  log(`  node -e 0: ${line(floor)}`);
  log(`  --help: ${line(help)}`);
  log(`  demo ${rel(DEMO.sheet)}: ${line(demo)}`);
}

if (formsDir !== undefined) {
  const runs = opts.runs ?? 3;
  const xs = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = await runNode(validateArgs(cli, formsDir, FORMS_CRITERIA), { stdout: 'pipe', okStatus: [0, 1] });
    xs.push(last);
    log(`  validate ${fmtInt(opts.forms)} forms run ${i + 1}/${runs}: ${figures(last)}`);
    if (last.stopped) break;
  }
  const s = last.stopped ? {} : JSON.parse(last.stdout).summary;
  if (!last.stopped && s?.units !== opts.forms) throw new RunFailed(`validate saw ${s?.units} units in ${rel(formsDir)}, expected ${opts.forms}`);
  results.forms = { forms: opts.forms, dir: rel(formsDir), exit: last.status, errors: s.errors, warnings: s.warnings, ...summary(xs) };
}
results.loadAverage.end = loadavg();

// ---------------------------------------------------------------------------------------------------- targets

const find = (units, format) => results.sizes.find((r) => r.units === units && r.format === format);
const targets = results.targets;
/** One target: what was measured (and against what), the judged value, the limit, PASS/FAIL or n/a. */
function target(name, { measured, baseline, value, shown, limit, ok, note }) {
  if (measured?.stopped || baseline?.stopped) {
    ok = false; // killed at the RSS ceiling: its time is unknown, its peak above the ceiling
    note = `stopped at --rss-ceiling ${opts.rssCeilingMB} MB`;
  }
  targets.push({ target: name, measured, baseline, value, shown, limit, verdict: ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL', note });
}
const ratioOf = (a, b) => ({ cpu: a.cpuSeconds / b.cpuSeconds, wall: a.seconds / b.seconds });
const showRatio = (r) => `${times(opts.by === 'wall' ? r.wall : r.cpu)} (${opts.by === 'wall' ? 'cpu' : 'wall'} ${times(opts.by === 'wall' ? r.cpu : r.wall)})`;
const notRun = (why) => ({ shown: 'not run', limit: '', ok: undefined, note: why });

for (const format of ['xlsx', 'csv']) {
  const library = format === 'xlsx' ? 'exceljs reading alone' : 'csv-parse reading alone';
  const name = `${short(T.ratioUnits)} ${format.toUpperCase()} score ÷ ${library}`;
  const r = find(T.ratioUnits, format);
  if (r === undefined) target(name, notRun(`--sizes has no ${T.ratioUnits}${format === 'csv' ? ':csv' : ':xlsx'}`));
  else {
    const value = opts.by === 'wall' ? r.ratio.wall : r.ratio.cpu;
    target(name, { measured: r.score, baseline: r.read, value, shown: showRatio(r.ratio), limit: `≤ ${T.ratio[format].toFixed(1)}×`, ok: value <= T.ratio[format] });
  }
  if (format === 'xlsx') {
    for (const output of OUTPUTS) {
      const p = results.peaks.find((x) => x.output === output.id);
      const name2 = `${short(T.xlsxPeakUnits)} XLSX peak RSS, ${output.label}`;
      if (p === undefined) target(name2, notRun('no XLSX size run'));
      else {
        const atTarget = p.units === T.xlsxPeakUnits;
        target(atTarget ? name2 : `${short(p.units)} XLSX peak RSS, ${output.label}`, {
          measured: p,
          value: p.maxRssKiB / 1024,
          shown: peakOf(p),
          limit: atTarget ? `< ${T.xlsxPeakMB} MB` : `(${short(T.xlsxPeakUnits)}: < ${T.xlsxPeakMB} MB)`,
          ok: atTarget ? p.maxRssKiB !== undefined && p.maxRssKiB / 1024 < T.xlsxPeakMB : undefined,
          note: atTarget ? undefined : `${fmtInt(p.units)} units, not ${fmtInt(T.xlsxPeakUnits)}`,
        });
      }
    }
  }
}
{
  const name = `${short(T.linearTo)} CSV score ÷ ${short(T.linearFrom)} CSV (linear)`;
  const a = find(T.linearFrom, 'csv');
  const b = find(T.linearTo, 'csv');
  if (a === undefined || b === undefined) target(name, notRun(`--sizes needs ${T.linearFrom}:csv and ${T.linearTo}:csv`));
  else {
    const r = ratioOf(b.score, a.score);
    const value = opts.by === 'wall' ? r.wall : r.cpu;
    target(name, { measured: b.score, baseline: a.score, value, shown: showRatio(r), limit: `≤ ${T.linearMax}×`, ok: value <= T.linearMax });
  }
  const name2 = `${short(T.csvPeakUnits)} CSV peak RSS, --format ${opts.format}`;
  const c = find(T.csvPeakUnits, 'csv');
  if (c === undefined) target(name2, notRun(`--sizes has no ${T.csvPeakUnits}:csv`));
  else target(name2, { measured: c.score, value: c.score.maxRssKiB / 1024, shown: peakOf(c.score), limit: `< ${T.csvPeakMB} MB`, ok: c.score.maxRssKiB !== undefined && c.score.maxRssKiB / 1024 < T.csvPeakMB });
}
{
  const { nodeFloor, help, demo } = results.small;
  const rh = ratioOf(help, nodeFloor);
  const vh = opts.by === 'wall' ? rh.wall : rh.cpu;
  target('--help ÷ node -e 0', { measured: help, baseline: nodeFloor, value: vh, shown: showRatio(rh), limit: `≤ ${T.helpMax}×`, ok: vh <= T.helpMax });
  const rd = ratioOf(demo, nodeFloor);
  const vd = opts.by === 'wall' ? rd.wall : rd.cpu;
  target(`demo ${DEMO.units}-unit XLSX score (default output) ÷ node -e 0`, { measured: demo, baseline: nodeFloor, value: vd, shown: showRatio(rd), limit: `≤ ${T.demoMax}×`, ok: vd <= T.demoMax });
}
{
  const f = results.forms;
  const name = `validate ${fmtInt(f?.forms ?? T.forms)} forms`;
  if (f === undefined) target(name, notRun('--forms 0'));
  else {
    // Judged on wall time whatever --by says: the forms are read on both cores (reading threads), so their CPU time
    // is the sum of the threads' and the target is how long a person waits. Say the load average with it.
    const value = f.seconds;
    const atTarget = f.forms === T.forms;
    target(name, {
      measured: f,
      value,
      shown: `${secs(value)} wall (cpu ${secs(f.cpuSeconds)}, all threads)`,
      limit: atTarget ? `≤ ${T.formsSeconds} s` : `(${T.forms}: ≤ ${T.formsSeconds} s)`,
      ok: atTarget ? value <= T.formsSeconds : undefined,
      note: atTarget ? undefined : `${fmtInt(f.forms)} forms, not ${T.forms}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------------- report

function table(head, body, right) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
const clock = opts.by === 'wall' ? 'wall' : 'CPU';

const out = [];
out.push('');
out.push(`parindex ${rel(cli)} at ${revision.head ?? '?'}${revision.dirty ? ' (+ uncommitted src/ or bin/ changes)' : ''}; node ${process.version}, ${os.cpus().length} CPUs`);
out.push(`load average ${load(results.loadAverage.start)} at start, ${load(results.loadAverage.end)} at end`);
out.push('');
out.push(`parindex score --format ${opts.format} vs. reading alone (${LEAVES} leaves; XLSX useSharedStrings: ${opts.strings === 'shared'}; best of N, peak = highest of N)`);
out.push(
  table(
    ['units', 'format', 'file', 'runs', 'read wall', 'read cpu', 'read peak', 'parindex wall', 'parindex cpu', 'parindex peak', 'ratio cpu', 'ratio wall'],
    results.sizes.map((r) => [
      fmtInt(r.units),
      r.format.toUpperCase(),
      `${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
      String(r.runs),
      secs(r.read.seconds),
      secs(r.read.cpuSeconds),
      mb(r.read.maxRssKiB),
      secs(r.score.seconds),
      secs(r.score.cpuSeconds),
      mb(r.score.maxRssKiB),
      times(r.ratio.cpu),
      times(r.ratio.wall),
    ]),
    new Set([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
  ),
);
out.push('');
out.push(`targets of issue 14 (judged on ${clock} time; figures: wall / cpu / peak RSS)`);
const fig = (m) => (m === undefined ? '' : `${secs(m.seconds)} / ${secs(m.cpuSeconds)} / ${m.stopped ? '> ' : ''}${mb(m.maxRssKiB)}`);
out.push(
  table(
    ['target', 'measured', 'against', 'value', 'limit', 'verdict'],
    targets.map((t) => [t.target, fig(t.measured), fig(t.baseline), t.shown, t.limit, t.note ? `${t.verdict}: ${t.note}` : t.verdict]),
    new Set([1, 2, 3]),
  ),
);
const counts = ['PASS', 'FAIL', 'n/a'].map((v) => `${targets.filter((t) => t.verdict === v).length} ${v}`).join(', ');
out.push(`${counts}; ${results.forms ? `validate: exit ${results.forms.exit}, ${results.forms.errors} errors, ${results.forms.warnings} warnings; ` : ''}load average ${load(results.loadAverage.start)} → ${load(results.loadAverage.end)}`);
console.log(out.join('\n'));

fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, (k, v) => (v === Infinity ? null : v), 2)}\n`);
log(`\nresults written to ${rel(path.join(benchDir, 'results.json'))}`);
if (devNull !== undefined) fs.closeSync(devNull);
process.exitCode = opts.strict && targets.some((t) => t.verdict === 'FAIL') ? 1 : 0;
