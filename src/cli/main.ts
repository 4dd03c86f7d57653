/** The command line. Only this layer knows argv, files and exit codes; everything below it is a library. */
import { Command, CommanderError, Help } from 'commander';
import { readFileSync } from 'node:fs';
import { registerCriteria } from './commands/criteria.js';
import { registerCriteriaAnnex } from './commands/criteria-import.js';
import { registerTemplate } from './commands/template.js';
import { registerScore } from './commands/score.js';
import { registerValidate } from './commands/validate.js';
import { registerCompare } from './commands/compare.js';
import { registerSurvey } from './commands/survey.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerWhatIf } from './commands/whatif.js';
import { registerExplain } from './commands/explain.js';
import { registerVerify } from './commands/verify.js';
import { langFromEnv, type Lang } from '../core/lang.js';
import { CannotRun, ExitCode, processIO, type CliIO } from './io.js';
import { say } from './messages.js';
import { usageInVietnamese } from './usage-vi.js';
import { helpWord } from './help-words.js';
import { removeTempsOnSignals } from './outputs.js';

/** The version in package.json, found from this module whether it runs bundled (dist/) or not (dist/cli/). */
function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'parindex' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next place
    }
  }
  return '0.0.0';
}

const version = packageVersion();

/** The language of a run before its options are parsed: --lang, else the locale. */
function requestedLang(argv: readonly string[], io: CliIO): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return given === 'vi' || given === 'en' ? given : langFromEnv(io.env);
}

/** commander's help in the run's language: titles, "default:"/"choices:", and the built-in options' words. */
function localiseHelp(cmd: Command, lang: Lang): void {
  const extra = (text: string, choices: readonly string[] | undefined, dflt: unknown, show: boolean): string => {
    const info = [
      ...(choices ? [`${helpWord('choices', lang)}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []),
      ...(show && dflt !== undefined ? [`${helpWord('default', lang)}: ${JSON.stringify(dflt)}`] : []),
    ];
    return info.length > 0 ? `${text} (${info.join(', ')})` : text;
  };
  const titles: Record<string, string> = {
    'Usage:': helpWord('usage', lang),
    'Options:': helpWord('options', lang),
    'Commands:': helpWord('commands', lang),
    'Arguments:': helpWord('arguments', lang),
    'Global Options:': helpWord('globalOptions', lang),
  };
  const placeholders = (usage: string): string =>
    usage.replace('[options]', helpWord('optionsPlaceholder', lang)).replace('[command]', helpWord('commandPlaceholder', lang));
  cmd.configureHelp({
    commandUsage: (c) => placeholders(new Help().commandUsage(c)),
    subcommandTerm: (c) => placeholders(new Help().subcommandTerm(c)),
    sortSubcommands: false,
    showGlobalOptions: false,
    styleTitle: (title) => titles[title] ?? title,
    optionDescription: (o) => extra(o.description, o.argChoices, o.defaultValue, o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean')),
    argumentDescription: (a) => extra(a.description, a.argChoices, a.defaultValue, true),
  });
  cmd.helpOption('-h, --help', helpWord('helpOption', lang));
  if (cmd.commands.length > 0) cmd.helpCommand('help [command]', helpWord('helpCommand', lang));
}

/**
 * The program with every command, or (`only`: a top-level command's name) with that one alone: a run that names its
 * command needs no other's options (building them all was about half of `parindex score`'s parsing). The listing
 * of every command (the program's help, an unknown command) builds them all.
 */
export function buildProgram(io: CliIO, setExit: (code: number) => void, lang: Lang = 'en', only?: string): Command {
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (s: string) => void) => write(lang === 'vi' ? usageInVietnamese(text) : text),
  };
  const program = new Command('parindex')
    .description(helpWord('program', lang))
    .version(version, '-V, --version', helpWord('versionOption', lang))
    .showHelpAfterError(say('helpAfterError', lang))
    .configureOutput(output)
    .exitOverride()
    .addHelpText('after', helpWord('programAfter', lang));
  const commands: [string, () => void][] = [
    ['score', () => registerScore(program, io, version, setExit, lang)],
    ['validate', () => registerValidate(program, io, version, setExit, lang)],
    [
      'criteria',
      () => {
        registerCriteria(program, io, setExit, lang);
        registerCriteriaAnnex(program.commands.find((c) => c.name() === 'criteria') as Command, io, setExit, lang);
      },
    ],
    ['template', () => registerTemplate(program, io, setExit, lang)],
    ['compare', () => registerCompare(program, io, setExit, lang)],
    ['survey', () => registerSurvey(program, io, setExit, lang)],
    ['sensitivity', () => registerSensitivity(program, io, version, setExit, lang)],
    ['whatif', () => registerWhatIf(program, io, version, setExit, lang)],
    ['explain', () => registerExplain(program, io, version, setExit, lang)],
    ['verify', () => registerVerify(program, io, version, setExit, lang)],
  ];
  const one = commands.find(([name]) => name === only);
  for (const [, register] of one ? [one] : commands) register();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const cmd of all(program)) {
    localiseHelp(cmd, lang);
    if (cmd !== program) cmd.exitOverride().configureOutput(output);
  }
  return program;
}

/**
 * Runs the command line on `argv` (without node and the script) and returns the exit code. Without `io`, it is the
 * real process: its streams, and signals that remove a half-written report.
 */
export async function run(argv: readonly string[], given?: CliIO): Promise<number> {
  if (!given) removeTempsOnSignals();
  const io = given ?? processIO();
  let exit: number = ExitCode.ok;
  const lang = requestedLang(argv, io);
  const program = buildProgram(
    io,
    (code) => {
      exit = code;
    },
    lang,
    argv[0],
  );
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return ExitCode.cannotRun;
  }
  const group = program.commands.find((c) => c.name() === argv[0] && c.commands.length > 0);
  if (group && argv.length === 1) {
    io.stderr(group.helpInformation());
    return ExitCode.cannotRun;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
      // commander.executeSubCommandAsync etc. and usage problems: the run could not happen.
      if (e.code === 'commander.help' || e.exitCode === 0) return ExitCode.ok;
      return ExitCode.cannotRun;
    }
    if (e instanceof CannotRun) {
      io.stderr(`parindex: ${e.message}\n`);
      return ExitCode.cannotRun;
    }
    io.stderr(`parindex: ${say('internalError', lang, e instanceof Error ? e.message : String(e))}\n`);
    if (io.env.PARINDEX_DEBUG) io.stderr(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
    return ExitCode.cannotRun;
  }
}
