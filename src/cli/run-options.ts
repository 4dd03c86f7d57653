/** The options of `score` and `validate`: declared once, and mapped (typed) onto what the pipeline takes. */
import { Argument, Option, type Command } from 'commander';
import type { Lang } from '../core/lang.js';
import { micro } from '../core/decimal.js';
import { LAYOUT_NAMES } from '../submission/layout-names.js';
import type { Layout, ScoreOptions, UnitList } from './engine.js';
import { helpWord, type HelpKey } from './help-words.js';
import { STDIN } from './fs-errors.js';
import type { SourceFile } from './inputs.js';
import { CannotRun, ExitCode, type CliIO } from './io.js';
import { say } from './messages.js';
import { anyText, choice, langOption, noColorOption, nonEmptyPath, nonNegativePoints, once, positiveInt, repeated, type CommonOptions } from './options.js';

export type FailOn = 'error' | 'warning' | 'never';
const LAYOUTS: readonly (Layout | 'auto')[] = ['auto', ...LAYOUT_NAMES];
const FAIL_ON = ['error', 'warning', 'never'] as const;

/** What commander hands to the action of `score` and `validate`. */
export interface RunCliOptions extends CommonOptions {
  criteria: string;
  output?: string;
  outDir?: string;
  sheet?: string;
  block?: string;
  layout: Layout | 'auto';
  units?: string;
  self?: string[];
  survey?: string[];
  diffThreshold?: number;
  failOn: FailOn;
  maxDiagnostics: number;
  codeColumn?: string;
  nameColumn?: string;
  blockColumn?: string;
}

/** `<sheets...>`: files or folders, none of them an empty path. */
export function sheetsArgument(key: HelpKey, lang: Lang): Argument {
  return new Argument('<sheets...>', helpWord(key, lang)).argParser(repeated(nonEmptyPath(lang)));
}

/** `-f, --format`, repeatable, one of `formats`. */
export function formatOption<F extends string>(formats: readonly F[], key: HelpKey, lang: Lang): Option {
  return new Option('-f, --format <format>', `${helpWord(key, lang)}: ${formats.join(', ')} (${helpWord('formatRepeat', lang)})`).argParser(
    repeated(choice(formats, lang)),
  );
}

/** The options every command that reads score sheets takes. Single-value options given twice are usage errors. */
export function addInputOptions(cmd: Command, io: CliIO, lang: Lang): Command {
  const path = (): ((v: string, p: unknown) => string) => once(nonEmptyPath(lang), lang);
  const text = (): ((v: string, p: unknown) => string) => once(anyText, lang);
  const h = (key: HelpKey): string => helpWord(key, lang);
  return cmd
    .addOption(new Option('-c, --criteria <file>', h('criteria')).makeOptionMandatory().argParser(path()))
    .addOption(new Option('-o, --output <file>', h('output')).argParser(path()))
    .addOption(new Option('--out-dir <dir>', h('outDir')).argParser(path()))
    .addOption(new Option('--layout <layout>', h('layout')).choices(LAYOUTS).argParser(once(choice(LAYOUTS, lang), lang)).default('auto'))
    .addOption(new Option('--sheet <name>', h('sheet')).argParser(text()))
    .addOption(new Option('--block <id>', h('block')).argParser(text()))
    .addOption(new Option('--units <file>', h('units')).argParser(path()))
    .addOption(new Option('--self <file>', h('self')).argParser(repeated(nonEmptyPath(lang))))
    .addOption(new Option('--survey <file>', h('survey')).argParser(repeated(nonEmptyPath(lang))))
    .addOption(new Option('--diff-threshold <points>', h('diffThreshold')).argParser(once(nonNegativePoints(lang), lang)))
    .addOption(new Option('--code-column <header|letter>', h('codeColumn')).argParser(text()))
    .addOption(new Option('--name-column <header|letter>', h('nameColumn')).argParser(text()))
    .addOption(new Option('--block-column <header|letter>', h('blockColumn')).argParser(text()))
    .addOption(new Option('--fail-on <level>', h('failOn')).argParser(once(choice(FAIL_ON, lang), lang)).default('error'))
    .addOption(new Option('--max-diagnostics <n>', h('maxDiagnostics')).argParser(once(positiveInt(lang), lang)).default(50))
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang));
}

/** Standard input can feed one input only. */
export function checkStdinOnce(opts: RunCliOptions, sheets: readonly string[]): void {
  const named = [opts.criteria, ...sheets, ...(opts.units !== undefined ? [opts.units] : []), ...(opts.self ?? []), ...(opts.survey ?? [])];
  if (named.filter((f) => f === STDIN).length > 1) throw new CannotRun(say('stdinTwice', opts.lang));
}

/** The pipeline's options from the command line's. */
export function toPipelineOptions(
  opts: RunCliOptions,
  read: { units?: UnitList; selfInputs: readonly SourceFile[] },
  mode: { ranking: boolean; keepDiagnostics?: number },
): ScoreOptions {
  return {
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.block !== undefined ? { block: opts.block } : {}),
    ...(opts.layout !== 'auto' ? { layout: opts.layout } : {}),
    ...(read.units ? { units: read.units } : {}),
    ...(read.selfInputs.length > 0 ? { selfInputs: read.selfInputs } : {}),
    ...(opts.diffThreshold !== undefined ? { diffThreshold: micro(opts.diffThreshold) } : {}),
    columns: {
      ...(opts.codeColumn !== undefined ? { code: opts.codeColumn } : {}),
      ...(opts.nameColumn !== undefined ? { name: opts.nameColumn } : {}),
      ...(opts.blockColumn !== undefined ? { block: opts.blockColumn } : {}),
    },
    allUnitsName: say('allUnits', opts.lang),
    reportExcluded: mode.ranking,
    ...(mode.keepDiagnostics !== undefined ? { keepDiagnostics: mode.keepDiagnostics } : {}),
  };
}

/** The options as the reports record them (results JSON `options`). */
export function recordedOptions(opts: RunCliOptions) {
  return {
    layout: opts.layout,
    sheet: opts.sheet ?? null,
    block: opts.block ?? null,
    units: opts.units ?? null,
    self: opts.self ?? null,
    ...(opts.survey ? { survey: opts.survey } : {}),
    diffThreshold: opts.diffThreshold ?? null,
    codeColumn: opts.codeColumn ?? null,
    nameColumn: opts.nameColumn ?? null,
    blockColumn: opts.blockColumn ?? null,
    failOn: opts.failOn,
    lang: opts.lang,
  };
}

export function exitFor(counts: { error: number; warning: number }, failOn: FailOn): number {
  if (failOn === 'never') return ExitCode.ok;
  if (counts.error > 0) return ExitCode.problems;
  if (failOn === 'warning' && counts.warning > 0) return ExitCode.problems;
  return ExitCode.ok;
}
