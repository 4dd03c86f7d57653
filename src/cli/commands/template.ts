/** `parindex template`: the workbook units fill in, made from a criteria set (wide sheet or per-unit forms). Its
 * options and help; what it does loads only when it runs (template-action.ts). */
import { Option, type Command } from 'commander';
import type { Lang } from '../../diagnostics/types.js';
import type { CliIO } from '../io.js';
import { helpWord } from '../help-words.js';
import { choice, langOption, type CommonOptions } from '../options.js';

export interface TemplateCliOptions extends CommonOptions {
  layout: 'wide' | 'form';
  units?: string;
  output?: string;
  outDir?: string;
}

export function registerTemplate(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('template')
    .description(helpWord('template', lang))
    .argument('<set>', helpWord('templateSet', lang))
    .addOption(new Option('--layout <layout>', helpWord('templateLayout', lang)).argParser(choice(['wide', 'form'] as const, lang)).default('wide'))
    .option('--units <file>', helpWord('templateUnits', lang))
    .option('-o, --output <file>', helpWord('templateOutput', lang))
    .option('--out-dir <dir>', helpWord('templateOutDir', lang))
    .addOption(langOption(io, lang))
    .addHelpText('after', helpWord('templateAfter', lang))
    .action(async (file: string, opts: TemplateCliOptions) => {
      setExit(await (await import('./template-action.js')).templateAction(io, file, opts));
    });
}
