/** `parindex explain`: the whole trace of one unit's index, from the cells of its sheet to its rank and band. */
import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { DiagnosticSink } from '../../diagnostics/sink.js';
import { diagnosticLine, explainFormats, EXPLAIN_FORMATS, explainUnit, findUnit, openSheets, type ExplainFormat } from '../engine.js';
import { readSheets, STDIN } from '../inputs.js';
import { CannotRun, chalkFor, ExitCode, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { choice, once } from '../options.js';
import { writeOutput } from '../outputs.js';
import { addInputOptions, sheetsArgument, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';

const WORDS = {
  description: {
    en: "show how one unit's index is made, cell by cell, up to its rank and band",
    vi: 'giải trình chỉ số của một đơn vị, từ từng ô đến thứ hạng và xếp loại',
  },
  unit: { en: 'the unit: its code, or its name (any case, with or without diacritics)', vi: 'đơn vị: mã, hoặc tên (không phân biệt hoa thường, có dấu hay không dấu)' },
  format: { en: 'output format', vi: 'định dạng kết quả' },
  after: {
    en:
      '\nExamples:\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit "xa dong son" --lang en\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001 --format html -o giai-trinh.html\n' +
      '\nExit codes: 0 the unit is ranked; 1 the unit has errors and is not ranked; 2 the run could not happen (no such unit, a name matching several).',
    vi:
      '\nVí dụ:\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit "xa dong son"\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001 --format html -o giai-trinh.html\n' +
      '\nMã thoát: 0 đơn vị được xếp hạng; 1 đơn vị có lỗi, không được xếp hạng; 2 không chạy được (không có đơn vị đó, tên khớp nhiều đơn vị).',
  },
  notFound: { en: "no unit has the code or name '{0}'", vi: "không có đơn vị nào có mã hoặc tên '{0}'" },
  ambiguous: { en: "'{0}' matches {1} units; give one of their codes:\n{2}", vi: "'{0}' khớp với {1} đơn vị; hãy ghi mã của một trong số đó:\n{2}" },
} as const;
const w = (key: keyof typeof WORDS, lang: Lang, ...args: (string | number)[]): string => WORDS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

type ExplainOptions = RunCliOptions & { unit: string; format?: ExplainFormat };

async function explainAction(io: CliIO, version: string, sheets: string[], opts: ExplainOptions): Promise<number> {
  const lang = opts.lang;
  const result = await runFromCli(io, sheets, opts, version, { ranking: true });
  const set = result.criteria.set;
  const match = findUnit(result.outcome.units, opts.unit);
  if (match.kind === 'none') {
    // Nothing read, or not that unit: the run's errors say why (a sheet with no header, an unreadable file…).
    const chalk = chalkFor(io, 'stderr', opts.color);
    for (const d of result.outcome.sink.kept.filter((x) => x.severity === 'error').slice(0, opts.maxDiagnostics)) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
    throw new CannotRun(w('notFound', lang, opts.unit));
  }
  if (match.kind === 'many') {
    const list = match.candidates.map((u) => `  ${u.code}  ${u.name}  (${u.source.file}${u.source.sheet !== undefined ? ` › ${u.source.sheet}` : ''}, ${lang === 'vi' ? 'dòng' : 'row'} ${u.source.row})`);
    throw new CannotRun(w('ambiguous', lang, opts.unit, match.candidates.length, list.join('\n')));
  }
  const unit = match.unit;
  const file = unit.cells?.final.sheet.file;
  const source = file !== undefined && file !== STDIN ? (await readSheets(io, [file], say('scoreSheet', lang), lang))[0] : undefined;
  const trace = await explainUnit(set, result.outcome, unit, source ? openSheets(source, new DiagnosticSink()) : undefined);
  const out = explainFormats[opts.format ?? 'text'](trace, lang);
  if (opts.output === undefined) await io.stdoutAll(out);
  else {
    await writeOutput(io, opts.output, out, [...sheets, opts.criteria], lang);
    io.stderr(`parindex: ${say('wrote', lang, opts.output)}\n`);
  }
  return trace.ranked ? ExitCode.ok : ExitCode.problems;
}

export function registerExplain(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('explain')
    .description(w('description', lang))
    .addArgument(sheetsArgument('scoreSheets', lang))
    .addOption(new Option('--unit <code|name>', w('unit', lang)).makeOptionMandatory().argParser(once((v: string) => v, lang)))
    .addOption(new Option('-f, --format <format>', `${w('format', lang)}: ${EXPLAIN_FORMATS.join(', ')}`).argParser(once(choice(EXPLAIN_FORMATS, lang), lang)));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', w('after', lang))
    .action(async (sheets: string[], opts: ExplainOptions) => {
      setExit(await explainAction(io, version, sheets, opts));
    });
}
