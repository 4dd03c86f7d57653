import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { scoreInputs, type InputFile } from '../../pipeline/score.js';
import { diagnosticLine } from '../../report/diagnostics-text.js';
import type { RunResult } from '../../report/result.js';
import { formatForFile, scoreFormats, type ScoreFormat } from '../../report/score-formats.js';
import type { Lang } from '../../diagnostics/types.js';
import { CannotRun, chalkFor, ExitCode, readInput, statInput, writeOutputAtomic, type CliIO } from '../io.js';
import { choice, langOption, positiveInt, type CommonOptions } from '../options.js';
import { readCriteria } from './criteria.js';

const FORMATS = Object.keys(scoreFormats) as ScoreFormat[];
const SHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv']);

export interface ScoreCliOptions extends CommonOptions {
  criteria: string;
  format?: ScoreFormat[];
  output?: string;
  outDir?: string;
  sheet?: string;
  block?: string;
  failOn: 'error' | 'warning' | 'never';
  maxDiagnostics: number;
  codeColumn?: string;
  nameColumn?: string;
  blockColumn?: string;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Files as given, folders walked for spreadsheets (Office lock files ~$… and hidden files left out), sorted. */
export async function expandInputs(io: CliIO, args: readonly string[], lang: Lang): Promise<string[]> {
  const files: string[] = [];
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
        else if (SHEET_EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(p);
      }
    };
    await walk(arg);
  }
  if (files.length === 0) throw new CannotRun(lang === 'vi' ? 'không có tệp bảng điểm nào (.xlsx, .csv)' : 'no score sheets found (.xlsx, .csv)');
  return files;
}

function exitFor(counts: { error: number; warning: number }, failOn: ScoreCliOptions['failOn']): number {
  if (failOn === 'never') return ExitCode.ok;
  if (counts.error > 0) return ExitCode.problems;
  if (failOn === 'warning' && counts.warning > 0) return ExitCode.problems;
  return ExitCode.ok;
}

export function registerScore(program: Command, io: CliIO, version: string, setExit: (code: number) => void): void {
  program
    .command('score')
    .description('read score sheets, check them against a criteria set, compute each unit\'s index and rank units within their blocks')
    .argument('<sheets...>', 'score sheets (.xlsx, .csv) or folders of them')
    .requiredOption('-c, --criteria <file>', 'criteria set (JSON)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (repeat with --out-dir for several)`, (v: string, prev: ScoreFormat[] | undefined) => [...(prev ?? []), choice(FORMATS)(v)])
    .option('-o, --output <file>', 'write the report to this file (format from its extension unless --format)')
    .option('--out-dir <dir>', 'write one file per --format into this folder')
    .option('--sheet <name>', 'score only this sheet of each workbook')
    .option('--block <id>', 'the block of every unit in these files (when the sheet has no "Khối" column)')
    .option('--code-column <header|letter>', 'the unit code column, when its header is not recognised')
    .option('--name-column <header|letter>', 'the unit name column')
    .option('--block-column <header|letter>', 'the block column')
    .option('--fail-on <level>', 'exit 1 when there are problems at this level: error, warning or never', choice(['error', 'warning', 'never']), 'error')
    .option('--max-diagnostics <n>', 'print at most this many problems (all are counted)', positiveInt, 50)
    .addOption(langOption(io))
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json\n' +
        '  parindex score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format csv > ket-qua.csv\n' +
        '  parindex score bang-diem-xa/ -c fixtures/demo/criteria-xa.json -o ket-qua.xlsx\n' +
        '  parindex score so.xlsx -c so.json --format json --format md --out-dir ket-qua/\n' +
        '\nExit codes: 0 ranked with no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: ScoreCliOptions) => {
      const lang = opts.lang;
      const formats = planOutputs(opts, lang, io);
      const { set, diagnostics: setProblems } = await readCriteria(io, opts.criteria, lang);
      const errChalk = chalkFor(io, 'stderr', opts.color);
      if (!set) {
        for (const d of setProblems) io.stderr(`${diagnosticLine(d, { lang, chalk: errChalk })}\n`);
        throw new CannotRun(lang === 'vi' ? `bộ chỉ số '${opts.criteria}' có lỗi` : `the criteria set '${opts.criteria}' has errors`);
      }
      const files = await expandInputs(io, sheets, lang);
      const inputs: InputFile[] = [];
      for (const f of files) inputs.push({ name: f, bytes: await readInput(io, f, lang === 'vi' ? 'bảng điểm' : 'score sheet', lang) });
      const outcome = await scoreInputs(set, inputs, {
        ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
        ...(opts.block !== undefined ? { block: opts.block } : {}),
        columns: {
          ...(opts.codeColumn !== undefined ? { code: opts.codeColumn } : {}),
          ...(opts.nameColumn !== undefined ? { name: opts.nameColumn } : {}),
          ...(opts.blockColumn !== undefined ? { block: opts.blockColumn } : {}),
        },
        allUnitsName: lang === 'vi' ? 'Tất cả đơn vị' : 'All units',
      });
      const criteriaBytes = await readInput(io, opts.criteria, 'criteria', lang);
      const result: RunResult = {
        tool: { name: 'parindex', version },
        criteria: { file: opts.criteria, sha256: sha256(criteriaBytes), set },
        inputs: inputs.map((i) => ({ file: i.name, sha256: sha256(i.bytes), bytes: i.bytes.byteLength })),
        options: {
          sheet: opts.sheet ?? null,
          block: opts.block ?? null,
          codeColumn: opts.codeColumn ?? null,
          nameColumn: opts.nameColumn ?? null,
          blockColumn: opts.blockColumn ?? null,
          failOn: opts.failOn,
          lang,
        },
        outcome,
      };

      const sink = outcome.sink;
      const shown = sink.kept.slice(0, opts.maxDiagnostics);
      for (const d of shown) io.stderr(`${diagnosticLine(d, { lang, chalk: errChalk })}\n`);
      if (sink.total > 0) {
        io.stderr(`${summaryText(sink.counts, sink.total - shown.length, lang)}\n`);
      }

      for (const { format, file } of formats) {
        const formatter = scoreFormats[format];
        const out = await formatter.render(result, { lang, chalk: chalkFor(io, file === undefined ? 'stdout' : 'stderr', file === undefined ? opts.color : false) });
        if (file === undefined) {
          if (typeof out === 'string') io.stdout(out);
          else io.stdoutBytes(out);
        } else await writeOutputAtomic(io, file, out, [...files, opts.criteria], lang);
      }
      setExit(exitFor(sink.counts, opts.failOn));
    });
}

function summaryText(counts: { error: number; warning: number; info: number }, hidden: number, lang: Lang): string {
  const vi = lang === 'vi';
  const parts = [`${counts.error} ${vi ? 'lỗi' : 'errors'}`, `${counts.warning} ${vi ? 'cảnh báo' : 'warnings'}`, `${counts.info} ${vi ? 'thông tin' : 'notes'}`];
  if (hidden > 0) parts.push(vi ? `${hidden} thông báo không in ra (--max-diagnostics)` : `${hidden} not printed (--max-diagnostics)`);
  return parts.join(', ');
}

/** Which formats go where; problems with the options themselves make the run impossible (exit 2). */
function planOutputs(opts: ScoreCliOptions, lang: Lang, io: CliIO): { format: ScoreFormat; file?: string }[] {
  const vi = lang === 'vi';
  const requested = opts.format ?? [];
  if (opts.output !== undefined && opts.outDir !== undefined)
    throw new CannotRun(vi ? 'dùng -o hoặc --out-dir, không dùng cả hai' : 'use either -o or --out-dir, not both');
  if (opts.outDir !== undefined) {
    const formats = requested.length > 0 ? [...new Set(requested)] : (['csv', 'json', 'md', 'xlsx'] as ScoreFormat[]);
    return formats.map((format) => ({ format, file: path.join(opts.outDir as string, `par-index${scoreFormats[format].extension}`) }));
  }
  if (requested.length > 1) throw new CannotRun(vi ? 'nhiều --format cần có --out-dir' : 'several --format need --out-dir');
  if (opts.output !== undefined) {
    const format = requested[0] ?? formatForFile(opts.output);
    if (!format)
      throw new CannotRun(vi ? `không biết định dạng của '${opts.output}'; thêm --format` : `cannot tell the format of '${opts.output}' from its name; add --format`);
    return [{ format, file: opts.output }];
  }
  const format = requested[0] ?? 'table';
  if (format === 'xlsx' && io.stdoutIsTTY) throw new CannotRun(vi ? 'không in XLSX ra màn hình; dùng -o tệp.xlsx' : 'refusing to print XLSX to a terminal; use -o file.xlsx');
  return [{ format }];
}
