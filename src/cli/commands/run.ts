/** What `score` and `validate` share: input options, reading the files, running the pipeline, exit codes. */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { micro, parseDecimal, SCALE } from '../../core/decimal.js';
import { asciiKey } from '../../core/text.js';
import type { Lang } from '../../diagnostics/types.js';
import { scoreInputs, sheetsOf, type InputFile } from '../../pipeline/score.js';
import { diagnosticLine } from '../../report/diagnostics-text.js';
import type { RunResult } from '../../report/result.js';
import type { Layout } from '../../submission/ingest.js';
import { readUnitList, type UnitList } from '../../submission/units-list.js';
import { messageOf } from '../../diagnostics/catalogue.js';
import { DiagnosticSink } from '../../diagnostics/sink.js';
import { CannotRun, chalkFor, ExitCode, readInput, statInput, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { choice, langOption, positiveInt, type CommonOptions } from '../options.js';
import { readCriteria } from './criteria.js';

const SHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv']);

export interface RunCliOptions extends CommonOptions {
  criteria: string;
  output?: string;
  outDir?: string;
  sheet?: string;
  block?: string;
  layout: Layout | 'auto';
  units?: string;
  self?: string[];
  diffThreshold?: number;
  failOn: 'error' | 'warning' | 'never';
  maxDiagnostics: number;
  codeColumn?: string;
  nameColumn?: string;
  blockColumn?: string;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Files as given, folders walked for spreadsheets (Office lock files ~$… and hidden files left out), sorted. */
export async function expandInputs(io: CliIO, args: readonly string[], lang: Lang, skip: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const skipped = new Set(skip.map((f) => path.resolve(io.cwd, f)));
  for (const arg of args) {
    const st = await statInput(io, arg);
    if (!st?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(path.resolve(io.cwd, dir), { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (SHEET_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !skipped.has(path.resolve(io.cwd, p))) files.push(p);
      }
    };
    await walk(arg);
  }
  if (files.length === 0) throw new CannotRun(say('noSheets', lang));
  return files;
}

export function exitFor(counts: { error: number; warning: number }, failOn: RunCliOptions['failOn']): number {
  if (failOn === 'never') return ExitCode.ok;
  if (counts.error > 0) return ExitCode.problems;
  if (failOn === 'warning' && counts.warning > 0) return ExitCode.problems;
  return ExitCode.ok;
}

const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];

/** Points as a person types them ("0,5", "1.25"), at most six decimals, never negative. */
function nonNegativePoints(value: string): number {
  const r = parseDecimal(value);
  if (!r.ok || r.value < 0) throw new InvalidArgumentError('expected points ≥ 0 with at most six decimals, such as 0.5');
  return r.value / SCALE;
}

/** `-f, --format`, repeatable, one of `formats`. */
export function formatOption<F extends string>(formats: readonly F[], what: string): Option {
  return new Option('-f, --format <format>', `${what}: ${formats.join(', ')} (repeat with --out-dir for several)`).argParser(
    (v: string, prev: F[] | undefined) => [...(prev ?? []), choice(formats)(v)],
  );
}

/** The options every command that reads score sheets takes. */
export function addInputOptions(cmd: Command, io: CliIO): Command {
  return cmd
    .requiredOption('-c, --criteria <file>', 'criteria set (JSON)')
    .option('-o, --output <file>', 'write the report to this file (format from its extension unless --format)')
    .option('--out-dir <dir>', 'write one file per --format into this folder (created if missing)')
    .addOption(new Option('--layout <layout>', 'sheet layout: wide (a row per unit), form (a per-unit form), long (a row per unit × criterion)').choices(['auto', 'wide', 'form', 'long']).default('auto'))
    .option('--sheet <name>', 'read only this sheet of each workbook')
    .option('--block <id>', 'the block of every unit in these files (when the sheet has no "Khối" column)')
    .option('--units <file>', "the official unit list (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): names and blocks for forms that carry only a code, unknown units, units that sent nothing")
    .option('--self <file>', 'a wide sheet of self-assessed points to reconcile with the appraised ones (repeatable)', collect)
    .option('--diff-threshold <points>', 'warn where self-assessed and appraised points of a criterion differ by more than this', nonNegativePoints)
    .option('--code-column <header|letter>', 'the unit code column, when its header is not recognised')
    .option('--name-column <header|letter>', 'the unit name column')
    .option('--block-column <header|letter>', 'the block column')
    .option('--fail-on <level>', 'exit 1 when there are problems at this level: error, warning or never', choice(['error', 'warning', 'never']), 'error')
    .option('--max-diagnostics <n>', 'print at most this many problems (all are counted)', positiveInt, 50)
    .addOption(langOption(io))
    .option('--no-color', 'no colours');
}

interface ReadInput extends InputFile {
  readonly sha256: string;
  readonly size: number;
}

/** Workbooks above this size are streamed from disk rather than held in memory. */
const STREAM_ABOVE_BYTES = 16 * 1024 * 1024;

/**
 * Large workbooks (zip files) are streamed from disk, twice: once for their SHA-256, once to read them. Other files
 * are read whole, once.
 */
async function readFiles(io: CliIO, files: readonly string[], what: string, lang: Lang): Promise<ReadInput[]> {
  const inputs: ReadInput[] = [];
  for (const f of files) {
    const head = await readHead(io, f, what, lang);
    const full = path.resolve(io.cwd, f);
    const large = ((await statInput(io, f))?.size ?? 0) > STREAM_ABOVE_BYTES;
    if (large && head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
      const hash = createHash('sha256');
      let size = 0;
      for await (const piece of createReadStream(full)) {
        hash.update(piece as Buffer);
        size += (piece as Buffer).length;
      }
      inputs.push({ name: f, bytes: head, stream: () => createReadStream(full), sha256: hash.digest('hex'), size });
    } else {
      const bytes = await readInput(io, f, what, lang);
      inputs.push({ name: f, bytes, sha256: sha256(bytes), size: bytes.byteLength });
    }
  }
  return inputs;
}

async function readHead(io: CliIO, file: string, what: string, lang: Lang): Promise<Uint8Array> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path.resolve(io.cwd, file), 'r');
    const buf = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return readInput(io, file, what, lang); // the same one-line message for a missing or unreadable file
  } finally {
    await handle?.close();
  }
}

/** The official unit list; one that cannot be read stops the run with the reason (exit 2). */
export async function loadUnitList(io: CliIO, file: string, lang: Lang): Promise<UnitList> {
  const bytes = await readInput(io, file, say('unitList', lang), lang);
  const sink = new DiagnosticSink();
  let read: Awaited<ReturnType<typeof readUnitList>>;
  try {
    read = await readUnitList(sheetsOf({ name: file, bytes }, sink), file);
  } catch (e) {
    throw new CannotRun(say('unitListUnreadable', lang, file, e instanceof Error ? e.message : String(e)));
  }
  const problem = sink.kept.find((d) => d.severity === 'error');
  if (problem) throw new CannotRun(`${file}: ${messageOf(problem, lang)}`);
  if (!read.ok) throw new CannotRun(`${file}: ${lang === 'vi' ? read.reasonVi : read.reason}`);
  return read.list;
}

let gc: (() => void) | undefined | null;

/**
 * Keeps a large run's memory near what it really holds. Reading a 100,000-row workbook allocates far more than it
 * keeps, and V8 lets the heap grow lazily: a full collection every 5,000 rows keeps the peak under 400 MB
 * instead of 550 MB, for no measurable time. Without the collector available, nothing happens.
 */
function compactHeap(rows: number): void {
  // Runs of a few tens of thousands of rows stay small anyway: they do not pay for collections.
  if (rows < 20_000) return;
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Reads the criteria set and every input, runs the pipeline, and prints the criteria set's problems if any. */
export async function runFromCli(
  io: CliIO,
  sheets: readonly string[],
  opts: RunCliOptions,
  version: string,
  ranking = true,
  keepDiagnostics?: number,
): Promise<RunResult> {
  const lang = opts.lang;
  const { set, diagnostics: setProblems, bytes: criteriaBytes } = await readCriteria(io, opts.criteria, lang);
  if (!set) {
    const chalk = chalkFor(io, 'stderr', opts.color);
    for (const d of setProblems) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
    throw new CannotRun(say('setHasErrors', lang, opts.criteria));
  }
  if (opts.block !== undefined && set.blocks.length > 0) {
    const known = set.blocks.some((b) => asciiKey(b.id) === asciiKey(opts.block as string) || asciiKey(b.name) === asciiKey(opts.block as string));
    if (!known) {
      const list = set.blocks.map((b) => `${b.id} (${b.name})`).join(', ');
      throw new CannotRun(say('unknownBlock', lang, opts.block as string, list));
    }
  }
  const what = say('scoreSheet', lang);
  // A unit list or self-assessment sheet kept in the submissions folder is not a submission.
  const aside = [...(opts.units !== undefined ? [opts.units] : []), ...(opts.self ?? [])];
  const inputs = await readFiles(io, await expandInputs(io, sheets, lang, aside), what, lang);
  const selfInputs = opts.self ? await readFiles(io, await expandInputs(io, opts.self, lang), what, lang) : [];
  const units = opts.units !== undefined ? await loadUnitList(io, opts.units, lang) : undefined;
  const outcome = await scoreInputs(set, inputs, {
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.block !== undefined ? { block: opts.block } : {}),
    ...(opts.layout !== 'auto' ? { layout: opts.layout } : {}),
    ...(units ? { units } : {}),
    ...(selfInputs.length > 0 ? { selfInputs } : {}),
    ...(opts.diffThreshold !== undefined ? { diffThreshold: micro(opts.diffThreshold) } : {}),
    columns: {
      ...(opts.codeColumn !== undefined ? { code: opts.codeColumn } : {}),
      ...(opts.nameColumn !== undefined ? { name: opts.nameColumn } : {}),
      ...(opts.blockColumn !== undefined ? { block: opts.blockColumn } : {}),
    },
    allUnitsName: say('allUnits', lang),
    reportExcluded: ranking,
    ...(keepDiagnostics !== undefined ? { keepDiagnostics } : {}),
    onRows: compactHeap,
  });
  return {
    tool: { name: 'parindex', version },
    criteria: { file: opts.criteria, sha256: sha256(criteriaBytes), set },
    inputs: [...inputs, ...selfInputs].map((i) => ({ file: i.name, sha256: i.sha256, bytes: i.size })),
    options: {
      layout: opts.layout,
      sheet: opts.sheet ?? null,
      block: opts.block ?? null,
      units: opts.units ?? null,
      self: opts.self ?? null,
      diffThreshold: opts.diffThreshold ?? null,
      codeColumn: opts.codeColumn ?? null,
      nameColumn: opts.nameColumn ?? null,
      blockColumn: opts.blockColumn ?? null,
      failOn: opts.failOn,
      lang,
    },
    outcome,
  };
}

/** Where each requested format goes: stdout for one format, else files. Bad combinations cannot run (exit 2). */
export function planOutputs<F extends string>(
  opts: Pick<RunCliOptions, 'output' | 'outDir' | 'lang'>,
  requested: readonly F[],
  fallback: readonly F[],
  fileName: (f: F) => string,
  formatForFile: (file: string) => F | undefined,
): { format: F; file?: string }[] {
  if (opts.output !== undefined && opts.outDir !== undefined)
    throw new CannotRun(say('outputOrOutDir', opts.lang));
  if (opts.outDir !== undefined) {
    const formats = requested.length > 0 ? [...new Set(requested)] : [...fallback];
    return formats.map((format) => ({ format, file: path.join(opts.outDir as string, fileName(format)) }));
  }
  if (requested.length > 1) throw new CannotRun(say('formatsNeedOutDir', opts.lang));
  if (opts.output !== undefined) {
    const format = requested[0] ?? formatForFile(opts.output);
    if (!format)
      throw new CannotRun(say('unknownOutputFormat', opts.lang, opts.output));
    return [{ format, file: opts.output }];
  }
  return requested.length > 0 ? [{ format: requested[0] as F }] : [];
}
