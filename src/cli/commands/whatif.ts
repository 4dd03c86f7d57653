/** `parindex whatif`: the same submissions under a second criteria set or changed field weights, side by side. */
import { InvalidArgumentError, type Command } from 'commander';
import { parseDecimal } from '../../core/decimal.js';
import { asciiKey } from '../../core/text.js';
import type { CriteriaSet } from '../../criteria/model.js';
import { whatIfFormats, type WhatIfFormat } from '../../sensitivity/formats.js';
import { reweighBlocks, whatIf, type Reweight } from '../../sensitivity/whatif.js';
import { CannotRun, type CliIO } from '../io.js';
import { say } from '../messages.js';
import type { Lang } from '../../core/lang.js';
import { addInputOptions, exitFor, formatOption, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';
import { planFormats, printDiagnostics, writeOutputs } from './sensitivity.js';

interface WhatIfCliOptions extends RunCliOptions {
  format?: WhatIfFormat[];
  compareCriteria?: string;
  reweight?: { field: string; max: number }[];
}

/** `7=25`: a field (code) and its new maximum in points. */
function reweightArg(value: string, prev: { field: string; max: number }[] | undefined): { field: string; max: number }[] {
  const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(value);
  const points = m ? parseDecimal(m[2]!) : undefined;
  if (!m || !points?.ok || points.value <= 0) throw new InvalidArgumentError('expected FIELD=POINTS, such as 7=25 (a field code and its new maximum, > 0)');
  return [...(prev ?? []), { field: m[1]!, max: points.value }];
}

function resolveReweights(set: CriteriaSet, given: readonly { field: string; max: number }[], lang: RunCliOptions['lang']): Reweight[] {
  return given.map((g) => {
    const field = set.fields.findIndex((f) => asciiKey(f.code) === asciiKey(g.field) || f.key === asciiKey(g.field));
    if (field < 0) {
      const known = set.fields.map((f) => f.code).join(', ');
      throw new CannotRun(lang === 'vi' ? `--reweight: không có lĩnh vực '${g.field}' (các lĩnh vực: ${known})` : `--reweight: no field '${g.field}' (fields: ${known})`);
    }
    return { field, max: g.max };
  });
}

export function registerWhatIf(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = Object.keys(whatIfFormats) as WhatIfFormat[];
  const cmd = program
    .command('whatif')
    .description(
      lang === 'vi'
        ? 'cùng các bảng điểm với bộ chỉ số khác hoặc trọng số lĩnh vực khác: thứ hạng và xếp loại của từng đơn vị, đặt cạnh nhau'
        : "the same submissions under a second criteria set or changed field weights: each unit's rank and band, side by side",
    )
    .argument('<sheets...>', lang === 'vi' ? 'bảng điểm (.xlsx, .csv) hoặc thư mục chứa bảng điểm' : 'score sheets (.xlsx, .csv) or folders of them')
    .addOption(formatOption(formats, 'scoreFormat', lang))
    .option('--compare-criteria <file>', 'a second criteria set (a draft for next year) to score the same sheets with')
    .option('--reweight <field=points>', "a field's new maximum: its points scale with it, other fields are unchanged (repeatable)", reweightArg);
  addInputOptions(cmd, io, lang)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex whatif fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --reweight 7=25\n' +
        '  parindex whatif xa.xlsx -c criteria-xa.json --reweight 1=10 --reweight 8=20 --format csv > thay-trong-so.csv\n' +
        '  parindex whatif xa.xlsx -c criteria-xa-2024.json --compare-criteria du-thao-2025.json -o so-sanh.xlsx\n' +
        '\nExit codes: 0 compared with no problem at or above --fail-on; 1 problems found in the data; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: WhatIfCliOptions) => {
      const lang = opts.lang;
      const given = opts.reweight ?? [];
      if ((opts.compareCriteria === undefined) === (given.length === 0))
        throw new CannotRun(lang === 'vi' ? 'cần đúng một trong hai: --compare-criteria hoặc --reweight' : 'give exactly one of --compare-criteria or --reweight');
      const outputs = planFormats(io, opts, opts.format ?? [], whatIfFormats);
      const before = await runFromCli(io, sheets, opts, version, { ranking: true });
      printDiagnostics(io, before, opts);
      const reweight = resolveReweights(before.criteria.set, given, lang);
      const other = opts.compareCriteria !== undefined ? await runFromCli(io, sheets, { ...opts, criteria: opts.compareCriteria }, version, { ranking: true }) : undefined;
      if (other) printDiagnostics(io, other, opts);
      const after = other ? { run: other, blocks: other.outcome.blocks } : { run: before, blocks: reweighBlocks(before, reweight, say('allUnits', lang)) };
      const model = whatIf(before, after, reweight);
      const inputs = [...before.inputs.map((i) => i.file), opts.criteria, ...(opts.compareCriteria !== undefined ? [opts.compareCriteria] : [])];
      await writeOutputs(io, outputs, (f) => whatIfFormats[f].render(model, { lang }), inputs, lang);
      setExit(Math.max(exitFor(before.outcome.sink.counts, opts.failOn), exitFor(after.run.outcome.sink.counts, opts.failOn)));
    });
}
