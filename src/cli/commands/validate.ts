/** `validate`: its options and help; what it does loads only when it runs (run.ts). */
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../format-names.js';
import { helpWord } from '../help-words.js';
import type { CliIO } from '../io.js';
import { addInputOptions, formatOption, sheetsArgument, type RunCliOptions } from '../run-options.js';

export function registerValidate(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('validate')
    .description(helpWord('validate', lang))
    .addArgument(sheetsArgument('validateSheets', lang))
    .addOption(formatOption(VALIDATE_FORMATS, 'validateFormat', lang));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('validateAfter', lang))
    .action(async (sheets: string[], opts: RunCliOptions & { format?: ValidateFormat[] }, command: Command) => {
      // Every problem goes into a validation report unless --max-diagnostics says otherwise.
      const cap = command.getOptionValueSource('maxDiagnostics') === 'cli' ? opts.maxDiagnostics : undefined;
      setExit(await (await import('./run.js')).validateAction(io, version, sheets, opts, cap));
    });
}
