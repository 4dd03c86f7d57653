import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { parseDecimal } from '../../core/decimal.js';
import { countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { surveyFormatForFile, surveyFormats, type SurveyFormat } from '../../survey/formats.js';
import { knownUnits, surveyResponses } from '../../survey/run.js';
import { surveyWord } from '../../survey/words.js';
import { CannotRun, chalkFor, type CliIO } from '../io.js';
import { capOf, expandInputs, readSource } from '../inputs.js';
import { planOutputs, writeOutput } from '../outputs.js';
import { exitFor } from '../run-options.js';
import { say } from '../messages.js';
import { choice, langOption, noColorOption, positiveInt, repeated, type CommonOptions } from '../options.js';
import { readCriteria } from './criteria-actions.js';

const FORMATS = Object.keys(surveyFormats) as SurveyFormat[];

interface SurveyCliOptions extends CommonOptions {
  criteria: string;
  units?: string;
  output?: string;
  outDir?: string;
  format?: SurveyFormat[];
  satisfiedAt: number;
  failOn: 'error' | 'warning' | 'never';
  maxDiagnostics: number;
}

/** A percentage 0–100 with at most six decimals, in micro-percent. */
function percent(value: string): number {
  const r = parseDecimal(value.replace(/\s*%$/, ''));
  if (!r.ok || r.value < 0 || r.value > 100_000_000) throw new InvalidArgumentError('expected a percentage 0–100, such as 60');
  return r.value;
}

export function registerSurvey(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('survey')
    .description(
      lang === 'vi'
        ? 'tính điểm điều tra xã hội học và chỉ số hài lòng của từng đơn vị từ phiếu khảo sát'
        : "turn survey questionnaires into each unit's survey points and satisfaction index",
    )
    .argument(
      '<responses...>',
      lang === 'vi'
        ? 'bảng phiếu khảo sát (.xlsx, .csv; mỗi dòng một phiếu, hoặc một phiếu × một câu) hoặc thư mục chứa chúng'
        : 'response sheets (.xlsx, .csv; a row per respondent, or per respondent × item) or folders of them',
    )
    .requiredOption('-c, --criteria <file>', 'criteria set (JSON) with survey criteria')
    .option('--units <file>', 'the official unit list: answers about any other unit are not counted')
    .option('-o, --output <file>', 'write to this file (format from its extension: .xlsx, .csv points; .json, .md, .txt report)')
    .option('--out-dir <dir>', 'write one file per --format into this folder')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (repeat with --out-dir for several)`).argParser(repeated(choice(FORMATS, lang))))
    .option('--satisfied-at <percent>', 'share of an item’s max from which an answer counts as satisfied', percent, 60_000_000)
    .option('--fail-on <level>', 'exit 1 when there are problems at this level: error, warning or never', choice(['error', 'warning', 'never'] as const, lang), 'error')
    .option('--max-diagnostics <n>', 'print at most this many problems (all are counted)', positiveInt(lang), 50)
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex survey fixtures/survey/phieu-xa.csv -c fixtures/survey/criteria-xa.json\n' +
        '  parindex survey phieu/ -c criteria-xa.json --units don-vi.csv -o diem-dieu-tra.xlsx\n' +
        '\nExit codes: 0 no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
    )
    .action(async (responses: string[], opts: SurveyCliOptions) => {
      const lang = opts.lang;
      const outputs = planOutputs(opts, opts.format ?? [], ['csv', 'json', 'md', 'xlsx'], (f) => surveyFormats[f].fileName, surveyFormatForFile);
      if (outputs.length === 0) outputs.push({ format: 'table' });
      if (outputs.some((o) => o.file === undefined && surveyFormats[o.format].binary && io.stdoutIsTTY)) throw new CannotRun(say('noXlsxOnTerminal', lang));
      const { set, diagnostics } = await readCriteria(io, opts.criteria, lang);
      if (!set) {
        for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang, chalk: chalkFor(io, 'stderr', opts.color) })}\n`);
        throw new CannotRun(say('setHasErrors', lang, opts.criteria));
      }
      if (set.surveyMax === 0) throw new CannotRun(`${opts.criteria}: ${surveyWord('noSurveyItems', lang)}`);
      const files = await expandInputs(io, responses, lang, opts.units !== undefined ? [opts.units] : []);
      const inputs = await Promise.all(files.map(async (name) => ({ name, bytes: await readSource(io, name, surveyWord('responseFile', lang), lang, capOf(io, 'sheet')) })));
      let known: { codes: ReadonlySet<string>; from: string } | undefined;
      if (opts.units !== undefined) {
        const list = await knownUnits({ name: opts.units, bytes: await readSource(io, opts.units, say('unitList', lang), lang, capOf(io, 'sheet')) });
        if (!list.ok) throw new CannotRun(say('unitListUnreadable', lang, opts.units, lang === 'vi' ? list.reasonVi : list.reason));
        known = { codes: list.codes, from: opts.units };
      }
      const { result, sink } = await surveyResponses(set, inputs, { satisfiedAt: opts.satisfiedAt, ...(known ? { known } : {}) });
      const chalk = chalkFor(io, 'stderr', opts.color);
      const shown = sink.kept.slice(0, opts.maxDiagnostics);
      for (const d of shown) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
      if (sink.total > 0) io.stderr(`${countsText(sink.counts, lang, sink.total - shown.length)}\n`);
      const given = [...files, opts.criteria, ...(opts.units !== undefined ? [opts.units] : [])];
      for (const { format, file } of outputs) {
        const out = await surveyFormats[format].render(result, { lang });
        if (file === undefined) await io.stdoutAll(out);
        else {
          await writeOutput(io, file, out, given, lang);
          io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
        }
      }
      setExit(exitFor(sink.counts, opts.failOn));
    });
}
