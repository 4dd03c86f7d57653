/**
 * Top self-time functions of a V8 .cpuprofile (from `node --cpu-prof …`), and self time per file / package;
 * or, for a .heapprofile (from `node --heap-prof …`), the allocation sites of the memory still live at exit.
 * Usage: node scripts/bench/profile-summary.mjs PROFILE.cpuprofile|PROFILE.heapprofile [--top 25]
 */
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
if (!file) {
  console.error('usage: profile-summary.mjs PROFILE.cpuprofile|PROFILE.heapprofile [--top N]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const cwd = process.cwd();

function where(cf) {
  let url = cf.url || '';
  if (url.startsWith('file://')) url = decodeURIComponent(url.slice(7));
  if (url.startsWith(cwd)) url = path.relative(cwd, url);
  return url;
}
/**
 * esbuild marks where each bundled module starts with a comment line ("// dist/report/score-json.js"): a hit in a
 * bundle is attributed to that module, "dist/parindex.mjs:25615 [dist/report/score-json.js]".
 */
const bundleMarks = new Map();
function bundledModule(url, line) {
  if (!url || url.startsWith('node:') || url.includes('node_modules/')) return undefined;
  let marks = bundleMarks.get(url);
  if (marks === undefined) {
    marks = [];
    try {
      const lines = fs.readFileSync(path.resolve(cwd, url), 'utf8').split('\n');
      lines.forEach((text, i) => {
        const m = /^\/\/ ((?:\.\.\/)*[\w@.\-/]+\.(?:m?js|cjs|ts))$/.exec(text);
        if (m) marks.push([i, m[1].replace(/^(\.\.\/)+/, '')]);
      });
    } catch {
      /* not readable */
    }
    bundleMarks.set(url, marks);
  }
  let found;
  for (const [at, mod] of marks) {
    if (at > line) break;
    found = mod;
  }
  return found;
}

function group(url, line) {
  const mod = bundledModule(url, line);
  if (mod) return mod.includes('node_modules/') ? group(mod) : mod;
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return url;
}

/** A CPU profile: self time per function and per file / package. */
function cpuSummary(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // Self time per node from the sample timeline (timeDeltas[i] is the time before samples[i]).
  const self = new Map();
  const { samples, timeDeltas } = p;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i + 1] ?? 0; // the time until the next sample is spent in this one
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const totalUs = p.endTime - p.startTime;
  const byFn = new Map();
  const byGroup = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const url = where(cf);
    const name = cf.functionName || '(anonymous)';
    const mod = bundledModule(url, cf.lineNumber);
    const key = url ? `${url}:${cf.lineNumber + 1}${mod ? ` [${mod}]` : ''} ${name}` : name;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const g = group(url, cf.lineNumber);
    byGroup.set(g, (byGroup.get(g) ?? 0) + us);
  }
  const ms = (us) => (us / 1000).toFixed(0).padStart(6);
  const pct = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
  console.log(`${path.basename(file)}: ${(totalUs / 1e6).toFixed(2)} s profiled, ${samples.length} samples`);
  console.log(`\nTop ${top} functions by self time (ms, share):`);
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
  console.log('\nSelf time by file / package:');
  for (const [k, us] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
}

/** A sampling heap profile: bytes per allocating function (self) and per file / package. */
function heapSummary(p) {
  const byFn = new Map();
  const byGroup = new Map();
  let total = 0;
  const walk = (node) => {
    const bytes = node.selfSize ?? 0;
    if (bytes > 0) {
      const cf = node.callFrame;
      const url = where(cf);
      const name = cf.functionName || '(anonymous)';
      const mod = bundledModule(url, cf.lineNumber);
      const key = url ? `${url}:${cf.lineNumber + 1}${mod ? ` [${mod}]` : ''} ${name}` : name;
      byFn.set(key, (byFn.get(key) ?? 0) + bytes);
      const g = group(url, cf.lineNumber);
      byGroup.set(g, (byGroup.get(g) ?? 0) + bytes);
      total += bytes;
    }
    for (const c of node.children ?? []) walk(c);
  };
  walk(p.head);
  const mib = (b) => (b / 2 ** 20).toFixed(1).padStart(7);
  const share = (b) => `${((100 * b) / total).toFixed(1).padStart(5)}%`;
  console.log(`${path.basename(file)}: ${(total / 2 ** 20).toFixed(1)} MiB sampled live at the end`);
  console.log(`\nTop ${top} allocation sites (MiB, share):`);
  for (const [k, b] of [...byFn].sort((a, b2) => b2[1] - a[1]).slice(0, top)) console.log(`${mib(b)} ${share(b)}  ${k}`);
  console.log('\nBy file / package:');
  for (const [k, b] of [...byGroup].sort((a, b2) => b2[1] - a[1]).slice(0, 15)) console.log(`${mib(b)} ${share(b)}  ${k}`);
}

// Dispatched last: both summaries use bundleMarks and the helpers above, which must be initialised first.
if (profile.head) heapSummary(profile);
else cpuSummary(profile);
