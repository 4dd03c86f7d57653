#!/usr/bin/env node
/**
 * `npm run bench:survey` — `parindex survey` on one million questionnaires (2,000 communes × 500 respondents ×
 * 13 items of the demo commune set, 13 million answers), generated seeded into .bench/ and reused. One run in a
 * fresh process: wall time, CPU time and peak RSS (VmHWM, written at exit by scripts/bench/maxrss.mjs), against the
 * targets of issue 13 (under 10 s and 300 MB). Not a test: it prints figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './lib/seeded.mjs';
import { csvLine, responseHeader, responseRows, surveyItems } from './make-survey.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const criteria = 'fixtures/survey/criteria-xa.json';
const UNITS = 2_000;
const PER_UNIT = 500;
const input = path.join(benchDir, `survey-${UNITS * PER_UNIT}.csv`);
const TARGET_SECONDS = 10;
const TARGET_MB = 300;

async function generate() {
  const set = JSON.parse(fs.readFileSync(path.join(root, criteria), 'utf8'));
  const items = surveyItems(set);
  const units = Array.from({ length: UNITS }, (_, i) => ({ code: String(30000 + i), name: `Xã Thử Nghiệm ${i + 1}` }));
  const out = fs.createWriteStream(`${input}.tmp`);
  const write = (s) => (out.write(s) ? undefined : new Promise((r) => out.once('drain', r)));
  await write(`\ufeff${csvLine(responseHeader(items))}\r\n`);
  let batch = '';
  for (const row of responseRows(mulberry32(13), units, items, () => PER_UNIT)) {
    batch += `${csvLine(row)}\r\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise((r) => out.end(r));
  fs.renameSync(`${input}.tmp`, input);
}

fs.mkdirSync(benchDir, { recursive: true });
// The set's respondent groups name "Người dân" etc.; the generated rows carry the same names.
if (!fs.existsSync(input)) {
  process.stdout.write(`generating ${path.relative(root, input)} …\n`);
  await generate();
}
const rssFile = path.join(benchDir, `maxrss-survey-${process.pid}.txt`);
const args = ['--import', pathToFileURL(path.join(root, 'scripts', 'bench', 'maxrss.mjs')).href, path.join(root, 'bin', 'parindex.cjs'),
  'survey', input, '-c', criteria, '--format', 'json', '-o', path.join(benchDir, 'survey-out.json'), '--fail-on', 'never', '--max-diagnostics', '0'];
const t0 = performance.now();
const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, NO_COLOR: '1' }, encoding: 'utf8' });
const seconds = (performance.now() - t0) / 1000;
if (r.status !== 0) {
  process.stderr.write(`parindex survey exited ${r.status}\n${r.stderr}`);
  process.exit(1);
}
const m = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
fs.rmSync(rssFile, { force: true });
const mb = m.maxRssKiB / 1024;
const size = fs.statSync(input).size / 2 ** 20;
process.stdout.write(
  `parindex survey, ${(UNITS * PER_UNIT).toLocaleString('en')} questionnaires (${size.toFixed(0)} MB CSV), node ${process.version}\n` +
    `  wall ${seconds.toFixed(2)} s (target < ${TARGET_SECONDS} s: ${seconds < TARGET_SECONDS ? 'PASS' : 'FAIL'}), CPU ${(m.cpuMicros / 1e6).toFixed(2)} s\n` +
    `  peak RSS ${mb.toFixed(0)} MB (target < ${TARGET_MB} MB: ${mb < TARGET_MB ? 'PASS' : 'FAIL'})\n` +
    `  ${r.stderr.trim().split('\n').pop() ?? ''}\n`,
);
