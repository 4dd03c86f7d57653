/** What `parindex verify` does, loaded only when it runs. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../core/lang.js';
import { DiagnosticSink } from '../../diagnostics/sink.js';
import { openSheets } from '../../sheet/open.js';
import { readRecordedJson, readRecordedXlsx, type RecordedFile, type RecordedRun } from '../../verify/recorded.js';
import { differences, recomputedRows } from '../../verify/differences.js';
import { readPublished } from '../../verify/published.js';
import { comparePublished } from '../../verify/published-diff.js';
import { differenceLine, publishedLine, vw } from '../../verify/render.js';
import { reportModel } from '../engine.js';
import { capOf, readSource, sha256 } from '../inputs.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { once } from '../options.js';
import { addInputOptions, type FailOn, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';

import { h, type VerifyOptions } from './verify.js';

/** Where a recorded file is looked for: in --inputs (as recorded, then by its name alone), else as recorded, then beside the report. */
function candidates(recorded: string, report: string, dir: string | undefined): string[] {
  if (dir !== undefined) return [path.join(dir, recorded), path.join(dir, path.basename(recorded))];
  return [recorded, path.join(path.dirname(report), path.basename(recorded))];
}

type Found = { readonly path: string } | { readonly problem: string };

async function locate(io: CliIO, f: RecordedFile, what: string, report: string, dir: string | undefined, lang: Lang): Promise<Found> {
  const tried = candidates(f.file, report, dir);
  for (const c of tried) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.resolve(io.cwd, c));
    } catch {
      continue;
    }
    const actual = sha256(bytes);
    return actual === f.sha256 ? { path: c } : { problem: vw('fileChanged', lang, c, what, f.sha256, actual) };
  }
  return { problem: vw('fileMissing', lang, f.file, what, [...new Set(tried)].join(', ')) };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The run's options as recorded, with the recorded files found where they are now. */
function rerunOptions(run: RecordedRun, criteria: string, found: ReadonlyMap<string, string>, opts: VerifyOptions): RunCliOptions {
  const o = run.options;
  const self = Array.isArray(o.self) ? (o.self as string[]).map((f) => found.get(f) ?? f) : undefined;
  const threshold = typeof o.diffThreshold === 'number' ? o.diffThreshold : text(o.diffThreshold) !== undefined ? Number(o.diffThreshold) : undefined;
  const layout = text(o.layout);
  return {
    criteria,
    layout: layout === 'wide' || layout === 'form' || layout === 'long' ? layout : 'auto',
    failOn: 'error' as FailOn,
    maxDiagnostics: 0,
    lang: o.lang === 'vi' || o.lang === 'en' ? o.lang : opts.lang,
    ...(opts.color !== undefined ? { color: opts.color } : {}),
    ...(text(o.sheet) !== undefined ? { sheet: text(o.sheet)! } : {}),
    ...(text(o.block) !== undefined ? { block: text(o.block)! } : {}),
    ...(text(o.units) !== undefined ? { units: text(o.units)! } : {}),
    ...(self ? { self } : {}),
    ...(threshold !== undefined && Number.isFinite(threshold) ? { diffThreshold: threshold } : {}),
    ...(text(o.codeColumn) !== undefined ? { codeColumn: text(o.codeColumn)! } : {}),
    ...(text(o.nameColumn) !== undefined ? { nameColumn: text(o.nameColumn)! } : {}),
    ...(text(o.blockColumn) !== undefined ? { blockColumn: text(o.blockColumn)! } : {}),
  };
}

async function readRecorded(io: CliIO, file: string, lang: Lang): Promise<RecordedRun> {
  const bytes = await readSource(io, file, h('report', lang), lang, capOf(io, 'sheet'));
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const read = isZip ? await readRecordedXlsx(() => openSheets({ name: file, bytes }, new DiagnosticSink()), file) : readRecordedJson(bytes.toString('utf8'));
  if (!read.ok) throw new CannotRun(h('notReport', lang, file, lang === 'vi' ? read.reasonVi : read.reason));
  return read.run;
}

export async function verifyReport(io: CliIO, version: string, report: string, opts: VerifyOptions): Promise<number> {
  const lang = opts.lang;
  const run = await readRecorded(io, report, lang);
  const criteria = await locate(io, run.criteria, vw('criteriaFile', lang), report, opts.inputs, lang);
  const inputs = await Promise.all(run.inputs.map(async (f) => [f.file, await locate(io, f, vw('inputFile', lang), report, opts.inputs, lang)] as const));
  const problems = [criteria, ...inputs.map(([, x]) => x)].flatMap((x) => ('problem' in x ? [x.problem] : []));
  if (problems.length > 0 || !('path' in criteria)) {
    for (const p of problems) io.stderr(`parindex: ${p}\n`);
    io.stderr(`parindex: ${vw('inputsProblem', lang, problems.length)}\n`);
    return ExitCode.cannotRun;
  }
  const found = new Map(inputs.map(([f, x]) => [f, 'path' in x ? x.path : f]));
  const selfFiles = new Set(Array.isArray(run.options.self) ? (run.options.self as string[]) : []);
  const sheets = run.inputs.filter((f) => !selfFiles.has(f.file)).map((f) => found.get(f.file)!);
  const result = await runFromCli(io, sheets, rerunOptions(run, criteria.path, found, opts), version, { ranking: true });
  const diffs = differences(run, recomputedRows(reportModel(result)));
  if (diffs.length === 0) {
    io.stdout(`${vw('identical', lang, run.rows.length)}\n`);
    return ExitCode.ok;
  }
  io.stdout(`${vw('differ', lang, diffs.length)}\n${diffs.map((d) => differenceLine(d, lang)).join('\n')}\n`);
  return ExitCode.problems;
}

export async function verifyPublished(io: CliIO, version: string, table: string, sheets: string[], opts: VerifyOptions): Promise<number> {
  const lang = opts.lang;
  if (opts.criteria === undefined || sheets.length === 0) throw new CannotRun(h('needCriteria', lang));
  const bytes = await readSource(io, table, h('table', lang), lang, capOf(io, 'sheet'));
  const sink = new DiagnosticSink();
  const published = await readPublished(openSheets({ name: table, bytes }, sink));
  const problem = sink.kept.find((d) => d.severity === 'error');
  if (problem) throw new CannotRun(`${table}: ${problem.code}`);
  const result = await runFromCli(io, sheets, { ...opts, criteria: opts.criteria }, version, { ranking: true });
  const rows = recomputedRows(reportModel(result));
  const diffs = comparePublished(published, rows);
  if (diffs.length === 0) {
    io.stdout(`${vw('pubIdentical', lang, rows.length)}\n`);
    return ExitCode.ok;
  }
  io.stdout(`${vw('pubDiffer', lang, diffs.length)}\n${diffs.map((d) => publishedLine(d, lang)).join('\n')}\n`);
  return ExitCode.problems;
}

