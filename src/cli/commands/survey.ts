/** `parindex survey`: its options and help; what it does loads only when it runs (survey-action.ts). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { parseDecimal } from '../../core/decimal.js';
import type { SurveyFormat } from '../../survey/formats.js';
import type { CliIO } from '../io.js';
import { helpWord } from '../help-words.js';
import { say } from '../messages.js';
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
const percent =
  (lang: Lang) =>
  (value: string): number => {
    const r = parseDecimal(value.replace(/\s*%$/, ''));
    if (!r.ok || r.value < 0 || r.value > 100_000_000) throw new InvalidArgumentError(say('expectedPercent', lang, '60'));
    return r.value;
  };

export function registerSurvey(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('survey')
    .description(helpWord('surveyCommand', lang))
    .argument('<responses...>', helpWord('surveyResponses', lang))
    .requiredOption('-c, --criteria <file>', helpWord('surveyCriteria', lang))
    .option('--units <file>', helpWord('surveyUnits', lang))
    .option('-o, --output <file>', helpWord('surveyOutput', lang))
    .option('--out-dir <dir>', helpWord('surveyOutDir', lang))
    .addOption(
      new Option('-f, --format <format>', `${helpWord('scoreFormat', lang)}: ${FORMATS.join(', ')} (${helpWord('formatRepeat', lang)})`).argParser(repeated(choice(FORMATS, lang))),
    )
    .option('--satisfied-at <percent>', helpWord('surveySatisfiedAt', lang), percent(lang), 60_000_000)
    .option('--fail-on <level>', helpWord('failOn', lang), choice(['error', 'warning', 'never'] as const, lang), 'error')
    .option('--max-diagnostics <n>', helpWord('maxDiagnostics', lang), positiveInt(lang), 50)
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText('after', helpWord('surveyAfter', lang))
    .action(async (responses: string[], opts: SurveyCliOptions) => {
      setExit(await (await import('./survey-action.js')).surveyAction(io, responses, opts));
    });
}
