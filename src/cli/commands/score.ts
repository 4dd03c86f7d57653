import type { Command } from 'commander';
import { countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { fileNameOf, formatForFile, formatNames, formats, type ScoreFormat } from '../../report/formats.js';
import { buildReport } from '../../report/model/build.js';
import { CannotRun, chalkFor, writeOutputAtomic, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { addReportOptions, reportContext, type AnnexCliOptions } from './report-options.js';
import { addInputOptions, exitFor, formatOption, planOutputs, runFromCli, type RunCliOptions } from './run.js';

const FORMATS = formatNames('score');

interface ScoreCliOptions extends RunCliOptions, AnnexCliOptions {
  format?: ScoreFormat[];
}

export function registerScore(program: Command, io: CliIO, version: string, setExit: (code: number) => void): void {
  const cmd = program
    .command('score')
    .description("read score sheets, check them against a criteria set, compute each unit's index and rank units within their blocks")
    .argument('<sheets...>', 'score sheets (.xlsx, .csv) or folders of them')
    .addOption(formatOption(FORMATS, 'output format'));
  addReportOptions(cmd);
  addInputOptions(cmd, io)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json\n' +
        '  parindex score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format csv > ket-qua.csv\n' +
        '  parindex score bang-diem-xa/ -c fixtures/demo/criteria-xa.json -o ket-qua.xlsx\n' +
        '  parindex score bieu-tu-danh-gia/ -c criteria-xa.json --units don-vi.csv --layout form -o ket-qua.xlsx\n' +
        '  parindex score so.xlsx -c so.json --format json --format md --out-dir ket-qua/\n' +
        '\nExit codes: 0 ranked with no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: ScoreCliOptions) => {
      const lang = opts.lang;
      const outputs = planOutputs(opts, opts.format ?? [], ['csv', 'json', 'md', 'xlsx'], (f) => fileNameOf('score', f), (file) => formatForFile('score', file));
      if (outputs.length === 0) outputs.push({ format: 'table' });
      for (const o of outputs)
        if (o.file === undefined && o.format === 'xlsx' && io.stdoutIsTTY)
          throw new CannotRun(say('noXlsxOnTerminal', lang));
      const result = await runFromCli(io, sheets, opts, version);

      const sink = result.outcome.sink;
      const errChalk = chalkFor(io, 'stderr', opts.color);
      const shown = sink.kept.slice(0, opts.maxDiagnostics);
      for (const d of shown) io.stderr(`${diagnosticLine(d, { lang, chalk: errChalk })}\n`);
      if (sink.total > 0) io.stderr(`${countsText(sink.counts, lang, sink.total - shown.length)}\n`);

      const inputs = [...result.inputs.map((i) => i.file), opts.criteria, ...(opts.units !== undefined ? [opts.units] : [])];
      const report = buildReport(result);
      for (const { format, file } of outputs) {
        const width = file === undefined && io.stdoutIsTTY ? (io.stdoutColumns ?? 80) : undefined;
        const out = await formats.score[format].render(report, { lang, chalk: chalkFor(io, 'stdout', file === undefined ? opts.color : false), ...reportContext(opts, width) });
        if (file === undefined) await io.stdoutAll(out);
        else {
          await writeOutputAtomic(io, file, out, inputs, lang);
          io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
        }
      }
      setExit(exitFor(sink.counts, opts.failOn));
    });
}
