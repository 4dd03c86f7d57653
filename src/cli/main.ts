/** The command line. Only this layer knows argv, files and exit codes; everything below it is a library. */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerCompare } from './commands/compare.js';
import { registerCriteria } from './commands/criteria.js';
import { registerScore } from './commands/score.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerSurvey } from './commands/survey.js';
import { registerValidate } from './commands/validate.js';
import { registerWhatIf } from './commands/whatif.js';
import { langFromEnv, type Lang } from '../core/lang.js';
import { CannotRun, ExitCode, processIO, type CliIO } from './io.js';
import { say } from './messages.js';
import { usageInVietnamese } from './usage-vi.js';

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

export function buildProgram(io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): Command {
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (s: string) => void) => write(lang === 'vi' ? usageInVietnamese(text) : text),
  };
  const program = new Command('parindex')
    .description('Score, validate and rank the PAR index (Chỉ số cải cách hành chính)')
    .version(version, '-V, --version')
    .showHelpAfterError(say('helpAfterError', lang))
    .configureOutput(output)
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 no problem at or above --fail-on, 1 problems found in the data, 2 the run could not happen.\n' +
        '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json',
    );
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: false });
  registerScore(program, io, version, setExit);
  registerValidate(program, io, version, setExit);
  registerCriteria(program, io, setExit);
  registerCompare(program, io, setExit);
  registerSurvey(program, io, setExit);
  registerSensitivity(program, io, version, setExit);
  registerWhatIf(program, io, version, setExit);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(output);
    for (const sub of cmd.commands) sub.exitOverride().configureOutput(output);
  }
  return program;
}

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exit: number = ExitCode.ok;
  const program = buildProgram(
    io,
    (code) => {
      exit = code;
    },
    requestedLang(argv, io),
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
    io.stderr(`parindex: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.env.PARINDEX_DEBUG) io.stderr(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
    return ExitCode.cannotRun;
  }
}
