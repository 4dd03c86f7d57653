import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { validateReports } from '../engine.js';
import { helpWord } from '../help-words.js';
import type { CliIO } from '../io.js';
import { planOutputs } from '../outputs.js';
import { addInputOptions, exitFor, formatOption, sheetsArgument, type RunCliOptions } from '../run-options.js';
import { emitReports, runFromCli } from './run.js';

type ValidateFormat = (typeof validateReports.formats)[number];

export function registerValidate(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('validate')
    .description(helpWord('validate', lang))
    .addArgument(sheetsArgument('validateSheets', lang))
    .addOption(formatOption(validateReports.formats, 'validateFormat', lang));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('validateAfter', lang))
    .action(async (sheets: string[], opts: RunCliOptions & { format?: ValidateFormat[] }, command: Command) => {
      const k = validateReports;
      const outputs = planOutputs(opts, opts.format ?? [], k.outDirDefaults, k.fileName, k.formatForFile);
      if (outputs.length === 0) outputs.push({ format: 'stylish' });
      // Every problem goes into a validation report unless --max-diagnostics says otherwise.
      const cap = command.getOptionValueSource('maxDiagnostics') === 'cli' ? opts.maxDiagnostics : undefined;
      const result = await runFromCli(io, sheets, opts, version, { ranking: false, ...(cap !== undefined ? { keepDiagnostics: cap } : {}) });
      await emitReports(io, k, outputs, result, opts);
      setExit(exitFor(result.outcome.sink.counts, opts.failOn));
    });
}
