import type { Command } from 'commander';
import { fileNameOf, formatForFile, formatNames, formats, type ValidateFormat } from '../../report/formats.js';
import { buildReport } from '../../report/model/build.js';
import { chalkFor, writeOutputAtomic, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { addInputOptions, exitFor, formatOption, planOutputs, runFromCli, type RunCliOptions } from './run.js';

const FORMATS = formatNames('validate');

interface ValidateCliOptions extends RunCliOptions {
  format?: ValidateFormat[];
}

export function registerValidate(program: Command, io: CliIO, version: string, setExit: (code: number) => void): void {
  const cmd = program
    .command('validate')
    .description('check submitted sheets against a criteria set, without ranking: every problem at its sheet and cell, in formats CI understands')
    .argument('<sheets...>', 'submissions (.xlsx, .csv) or folders of them')
    .addOption(formatOption(FORMATS, 'report format'));
  addInputOptions(cmd, io)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex validate nop-bai/ -c fixtures/demo/criteria-xa.json\n' +
        '  parindex validate nop-bai/ -c criteria-xa.json --units don-vi.csv --format github\n' +
        '  parindex validate nop-bai/ -c criteria-xa.json --format sarif -o parindex.sarif\n' +
        '  parindex validate nop-bai/ -c criteria-xa.json --format junit --format md --out-dir bao-cao/\n' +
        '\nExit codes: 0 no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: ValidateCliOptions, command: Command) => {
      const lang = opts.lang;
      const outputs = planOutputs(opts, opts.format ?? [], FORMATS, (f) => fileNameOf('validate', f), (file) => formatForFile('validate', file));
      if (outputs.length === 0) outputs.push({ format: 'stylish' });
      // Every problem goes into a validation report unless --max-diagnostics says otherwise.
      const cap = command.getOptionValueSource('maxDiagnostics') === 'cli' ? opts.maxDiagnostics : undefined;
      const result = await runFromCli(io, sheets, opts, version, false, cap);
      const inputs = [...result.inputs.map((i) => i.file), opts.criteria, ...(opts.units !== undefined ? [opts.units] : [])];
      const report = buildReport(result);
      for (const { format, file } of outputs) {
        const out = formats.validate[format].render(report, { lang, chalk: chalkFor(io, 'stdout', file === undefined ? opts.color : false) });
        if (file === undefined) io.stdout(out);
        else {
          await writeOutputAtomic(io, file, out, inputs, lang);
          io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
        }
      }
      setExit(exitFor(result.outcome.sink.counts, opts.failOn));
    });
}
