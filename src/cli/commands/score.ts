import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { countsText, diagnosticLine, scoreReports } from '../engine.js';
import { helpWord } from '../help-words.js';
import { CannotRun, chalkFor, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { planOutputs } from '../outputs.js';
import { addInputOptions, exitFor, formatOption, sheetsArgument, type RunCliOptions } from '../run-options.js';
import { emitReports, runFromCli } from './run.js';

type ScoreFormat = (typeof scoreReports.formats)[number];

export function registerScore(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('score')
    .description(helpWord('score', lang))
    .addArgument(sheetsArgument('scoreSheets', lang))
    .addOption(formatOption(scoreReports.formats, 'scoreFormat', lang));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('scoreAfter', lang))
    .action(async (sheets: string[], opts: RunCliOptions & { format?: ScoreFormat[] }) => {
      const k = scoreReports;
      const outputs = planOutputs(opts, opts.format ?? [], k.outDirDefaults, k.fileName, k.formatForFile);
      if (outputs.length === 0) outputs.push({ format: 'table' });
      if (outputs.some((o) => o.file === undefined && o.format === 'xlsx') && io.stdoutIsTTY) throw new CannotRun(say('noXlsxOnTerminal', opts.lang));
      const result = await runFromCli(io, sheets, opts, version, { ranking: true });
      const sink = result.outcome.sink;
      const chalk = chalkFor(io, 'stderr', opts.color);
      const shown = sink.kept.slice(0, opts.maxDiagnostics);
      for (const d of shown) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
      if (sink.total > 0) io.stderr(`${countsText(sink.counts, opts.lang, sink.total - shown.length)}\n`);
      await emitReports(io, k, outputs, result, opts);
      setExit(exitFor(sink.counts, opts.failOn));
    });
}
