/** What `parindex whatif` does, loaded only when it runs (whatif.ts declares the command). */
import { asciiKey } from '../../core/text.js';
import type { CriteriaSet } from '../../criteria/model.js';
import { whatIfFormats } from '../../sensitivity/formats.js';
import { reweighBlocks, whatIf, type Reweight } from '../../sensitivity/whatif.js';
import { CannotRun, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { exitFor, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';
import { planFormats, printDiagnostics, writeOutputs } from './sensitivity-action.js';
import type { WhatIfCliOptions } from './whatif.js';

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

/** Scores the sheets twice (the other set, or the reweighed fields) and writes the comparison; returns the exit code. */
export async function whatIfAction(io: CliIO, sheets: readonly string[], opts: WhatIfCliOptions, version: string): Promise<number> {
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
  return Math.max(exitFor(before.outcome.sink.counts, opts.failOn), exitFor(after.run.outcome.sink.counts, opts.failOn));
}
