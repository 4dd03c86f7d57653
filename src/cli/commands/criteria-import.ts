/** `criteria import` (an annex → a criteria set) and `criteria export` (a set → its annex, as people print it): their
 * options and help; what they do loads only when one runs (criteria-import-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { ImportOptions } from '../../annex/parse.js';
import type { Level } from '../../criteria/model.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CliIO } from '../io.js';
import { helpWord } from '../help-words.js';
import { say } from '../messages.js';
import { choice, langOption, noColorOption, type CommonOptions } from '../options.js';

const actions = () => import('./criteria-import-action.js');

const LEVELS: readonly Level[] = ['department', 'district', 'commune', 'province', 'ministry'];

const year =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError(say('expectedYear', lang));
    return n;
  };

export interface ImportCliOptions extends CommonOptions, ImportOptions {
  output?: string;
}

export type ExportFormat = 'xlsx' | 'docx' | 'md';

export interface ExportCliOptions extends CommonOptions {
  output?: string;
  format?: ExportFormat;
}

export function registerCriteriaAnnex(criteria: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  criteria
    .command('import')
    .description(helpWord('import', lang))
    .argument('<annex>', helpWord('importAnnex', lang))
    .option('-o, --output <file>', helpWord('importOutput', lang))
    .option('--id <id>', helpWord('importId', lang))
    .option('--title <title>', helpWord('importTitle', lang))
    .option('--year <year>', helpWord('importYear', lang), year(lang))
    .option('--level <level>', `${helpWord('importLevel', lang)}: ${LEVELS.join(', ')}`, choice(LEVELS, lang))
    .option('--decision <number>', helpWord('importDecision', lang))
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText('after', helpWord('importAfter', lang))
    .action(async (file: string, opts: ImportCliOptions) => {
      setExit(await (await actions()).importAction(io, file, opts));
    });

  criteria
    .command('export')
    .description(helpWord('export', lang))
    .argument('<file>', helpWord('criteriaFileArg', lang))
    .option('-o, --output <file>', helpWord('exportOutput', lang))
    .option('--format <format>', helpWord('exportFormat', lang), choice(['xlsx', 'docx', 'md'] as const, lang))
    .addOption(langOption(io, lang))
    .addHelpText('after', helpWord('exportAfter', lang))
    .action(async (file: string, opts: ExportCliOptions) => {
      setExit(await (await actions()).exportAction(io, file, opts));
    });
}
