/** What `parindex survey` does, loaded only when it runs (survey.ts declares the command). */
import { countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { surveyFormatForFile, surveyFormats } from '../../survey/formats.js';
import { knownUnits, surveyResponses } from '../../survey/run.js';
import { surveyWord } from '../../survey/words.js';
import { CannotRun, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { capOf, expandInputs, readSource } from '../inputs.js';
import { planOutputs, writeOutput } from '../outputs.js';
import { exitFor } from '../run-options.js';
import { say } from '../messages.js';
import { readCriteria } from './criteria-read.js';
import type { SurveyCliOptions } from './survey.js';

/** Scores the responses and writes each output; returns the exit code. */
export async function surveyAction(io: CliIO, responses: readonly string[], opts: SurveyCliOptions): Promise<number> {
  const lang = opts.lang;
  const outputs = planOutputs(opts, opts.format ?? [], ['csv', 'json', 'md', 'xlsx'], (f) => surveyFormats[f].fileName, surveyFormatForFile);
  if (outputs.length === 0) outputs.push({ format: 'table' });
  if (outputs.some((o) => o.file === undefined && surveyFormats[o.format].binary && io.stdoutIsTTY)) throw new CannotRun(say('noXlsxOnTerminal', lang));
  const { set, diagnostics } = await readCriteria(io, opts.criteria, lang);
  if (!set) {
    for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang, chalk: chalkFor(io, 'stderr', opts.color) })}\n`);
    throw new CannotRun(say('setHasErrors', lang, opts.criteria));
  }
  if (set.surveyMax === 0) throw new CannotRun(`${opts.criteria}: ${surveyWord('noSurveyItems', lang)}`);
  const files = await expandInputs(io, responses, lang, opts.units !== undefined ? [opts.units] : []);
  const inputs = await Promise.all(files.map(async (name) => ({ name, bytes: await readSource(io, name, surveyWord('responseFile', lang), lang, capOf(io, 'sheet')) })));
  let known: { codes: ReadonlySet<string>; from: string } | undefined;
  if (opts.units !== undefined) {
    const list = await knownUnits({ name: opts.units, bytes: await readSource(io, opts.units, say('unitList', lang), lang, capOf(io, 'sheet')) });
    if (!list.ok) throw new CannotRun(say('unitListUnreadable', lang, opts.units, lang === 'vi' ? list.reasonVi : list.reason));
    known = { codes: list.codes, from: opts.units };
  }
  const { result, sink } = await surveyResponses(set, inputs, { satisfiedAt: opts.satisfiedAt, ...(known ? { known } : {}) });
  const chalk = chalkFor(io, 'stderr', opts.color);
  const shown = sink.kept.slice(0, opts.maxDiagnostics);
  for (const d of shown) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
  if (sink.total > 0) io.stderr(`${countsText(sink.counts, lang, sink.total - shown.length)}\n`);
  const given = [...files, opts.criteria, ...(opts.units !== undefined ? [opts.units] : [])];
  for (const { format, file } of outputs) {
    const out = await surveyFormats[format].render(result, { lang });
    if (file === undefined) await io.stdoutAll(out);
    else {
      await writeOutput(io, file, out, given, lang);
      io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
    }
  }
  return exitFor(sink.counts, opts.failOn);
}
