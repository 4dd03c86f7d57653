/** What `criteria check|show|schema` do, loaded only when one of them runs. */
import type { Lang } from '../../core/lang.js';
import {
  countBySeverity,
  countsText,
  diagnosticLine,
  formatLocation,
  formatPoints,
  loadCriteriaBytesLazily,
  renderCriteria,
  messageOf,
  word,
  type CriteriaSet,
  type CriteriaShowFormat,
  type Diagnostic,
} from '../engine.js';
import { capOf, readSource } from '../inputs.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { say } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { criteriaSetJsonSchema } from '../../criteria/schema.js';
import { readCriteria } from './criteria-read.js';

function summary(set: CriteriaSet, lang: Lang): string {
  const d = set.decimals;
  const criteria = set.fields.reduce((n, f) => n + f.children.length, 0);
  return (
    `${set.title} (${set.id}): ${set.fields.length} ${word('fields', lang)}, ${criteria} ${word('criteria', lang)}, ` +
    `${set.leaves.length} ${word('leaves', lang)}, ${formatPoints(set.total, d)} ${word('points', lang)}` +
    (set.surveyMax > 0 ? ` (${say('survey', lang)} ${formatPoints(set.surveyMax, d)})` : '') +
    (set.blocks.length > 0 ? `; ${set.blocks.length} ${say('blocks', lang)}` : '')
  );
}

/** `criteria check --format json`: a JSON document even when the file is not JSON (exit 2 then). */
export async function checkAsJson(io: CliIO, file: string, lang: Lang): Promise<number> {
  const bytes = await readSource(io, file, say('criteriaFile', lang), lang, capOf(io, 'criteria'));
  const loaded = await loadCriteriaBytesLazily(bytes, file);
  const set = loaded.fatal ? undefined : loaded.set;
  const doc = {
    file,
    valid: loaded.ok,
    ...(set ? { id: set.id, title: set.title, leaves: set.leaves.length } : {}),
    diagnostics: loaded.diagnostics.map((d) => ({ ...d, message: messageOf(d, lang) })),
  };
  io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  return loaded.fatal ? ExitCode.cannotRun : loaded.ok ? ExitCode.ok : ExitCode.problems;
}

export async function checkAsText(io: CliIO, file: string, opts: CommonOptions): Promise<number> {
  const { set, diagnostics } = await readCriteria(io, file, opts.lang);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const chalk = chalkFor(io, 'stderr', opts.color);
  for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
  if (set && errors === 0) io.stdout(`${chalkFor(io, 'stdout', opts.color).green('✓')} ${summary(set, opts.lang)}\n`);
  else io.stderr(`${file}: ${countsText(countBySeverity(diagnostics), opts.lang)}\n`);
  return errors > 0 ? ExitCode.problems : ExitCode.ok;
}


export async function showAction(io: CliIO, path: string, opts: CommonOptions & { format: CriteriaShowFormat }): Promise<void> {
  const { set, diagnostics } = await readCriteria(io, path, opts.lang);
  if (!set) {
    const chalk = chalkFor(io, 'stderr', opts.color);
    for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
    throw new CannotRun(say('setHasErrorsSeeCheck', opts.lang, path));
  }
  io.stdout(renderCriteria(opts.format, set, { lang: opts.lang, chalk: chalkFor(io, 'stdout', opts.color) }));
}

export function schemaAction(io: CliIO): void {
  io.stdout(`${JSON.stringify(criteriaSetJsonSchema(), null, 2)}\n`);
}
