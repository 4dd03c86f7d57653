/** `parindex compare`: results of two or more years, unit by unit, with the unit map of mergers and splits. Its
 * options and help; what it does loads only when it runs (compare-action.ts). */
import { Option, type Command } from 'commander';
import type { CompareFormat } from '../../compare/formats.js';
import type { Lang } from '../../core/lang.js';
import type { CliIO } from '../io.js';
import { helpWord } from '../help-words.js';
import { choice, langOption, noColorOption } from '../options.js';

/** The formats' names, in the order of compareFormats (checked both ways by the compiler; the order by tests/cli). */
const FORMAT_NAMES = { table: true, csv: true, md: true, json: true, xlsx: true, html: true } satisfies Record<CompareFormat, true>;
export const COMPARE_FORMATS = Object.keys(FORMAT_NAMES) as CompareFormat[];
const FORMATS = COMPARE_FORMATS;

export interface CompareOptions {
  map?: string;
  format?: CompareFormat;
  output?: string;
  lang: Lang;
  color?: boolean;
}

export function registerCompare(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('compare')
    .description(helpWord('compare', lang))
    .argument('<reports...>', helpWord('compareReports', lang))
    .option('--map <file>', helpWord('compareMap', lang))
    .addOption(new Option('-f, --format <format>', `${helpWord('scoreFormat', lang)}: ${FORMATS.join(', ')}`).argParser(choice(FORMATS, lang)))
    .option('-o, --output <file>', helpWord('output', lang))
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText('after', helpWord('compareAfter', lang))
    .action(async (files: string[], opts: CompareOptions) => {
      setExit(await (await import('./compare-action.js')).compareAction(io, files, opts));
    });
}
