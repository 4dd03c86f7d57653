/** `score`: its options and help; what it does loads only when it runs (run.ts). */
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { SCORE_FORMATS, type ScoreFormat } from '../format-names.js';
import { helpWord } from '../help-words.js';
import type { CliIO } from '../io.js';
import { addInputOptions, formatOption, sheetsArgument, type RunCliOptions } from '../run-options.js';
import { addReportOptions, type AnnexCliOptions } from './report-options.js';

export function registerScore(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('score')
    .description(helpWord('score', lang))
    .addArgument(sheetsArgument('scoreSheets', lang))
    .addOption(formatOption(SCORE_FORMATS, 'scoreFormat', lang));
  addReportOptions(cmd, lang);
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('scoreAfter', lang))
    .action(async (sheets: string[], opts: RunCliOptions & AnnexCliOptions & { format?: ScoreFormat[] }) => {
      setExit(await (await import('./run.js')).scoreAction(io, version, sheets, opts));
    });
}
