/** `parindex survey`: its options and help; what it does loads only when it runs (survey-action.ts). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { parseDecimal } from '../../core/decimal.js';
import type { SurveyFormat } from '../../survey/formats.js';
import type { CliIO } from '../io.js';
import { choice, langOption, noColorOption, positiveInt, repeated, type CommonOptions } from '../options.js';

/** The formats' names, in the order of surveyFormats (checked both ways by the compiler; the order by tests/cli). */
const FORMAT_NAMES = { table: true, md: true, json: true, csv: true, xlsx: true } satisfies Record<SurveyFormat, true>;
export const SURVEY_FORMATS = Object.keys(FORMAT_NAMES) as SurveyFormat[];
const FORMATS = SURVEY_FORMATS;

export interface SurveyCliOptions extends CommonOptions {
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
      setExit(await (await import('./survey-action.js')).surveyAction(io, responses, opts));
    });
}
