/** What `parindex explain` does, loaded only when it runs. */
import { DiagnosticSink } from '../../diagnostics/sink.js';
import { explainFormats, explainUnit, findUnit } from '../../explain/trace.js';
import { diagnosticLine } from '../../report/diagnostics-text.js';
import { openSheets } from '../../sheet/open.js';
import { capOf, readSheets, readSource, STDIN } from '../inputs.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { say } from '../messages.js';
import { writeOutput } from '../outputs.js';
import { runFromCli } from './run.js';
import { w, type ExplainOptions } from './explain.js';

/**
 * Standard input can be read once only: when a sheet comes from it, its bytes are kept to be read again for the
 * cells as written, and the run reads them from here.
 */
async function keepingStdin(io: CliIO, sheets: readonly string[], lang: ExplainOptions['lang']): Promise<{ io: CliIO; stdin?: Buffer }> {
  if (!sheets.includes(STDIN)) return { io };
  const stdin = await readSource(io, STDIN, say('scoreSheet', lang), lang, capOf(io, 'sheet'));
  return { io: { ...io, stdin: async function* () { yield stdin; } }, stdin };
}

export async function explainAction(given: CliIO, version: string, sheets: string[], opts: ExplainOptions): Promise<number> {
  const lang = opts.lang;
  const { io, stdin } = await keepingStdin(given, sheets, lang);
  const result = await runFromCli(io, sheets, opts, version, { ranking: true });
  const set = result.criteria.set;
  const match = findUnit(result.outcome.units, opts.unit);
  if (match.kind === 'none') {
    // Nothing read, or not that unit: the run's errors say why (a sheet with no header, an unreadable file…).
    const chalk = chalkFor(io, 'stderr', opts.color);
    for (const d of result.outcome.sink.kept.filter((x) => x.severity === 'error').slice(0, opts.maxDiagnostics)) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
    throw new CannotRun(w('notFound', lang, opts.unit));
  }
  if (match.kind === 'many') {
    const list = match.candidates.map((u) => `  ${u.code}  ${u.name}  (${u.source.file}${u.source.sheet !== undefined ? ` › ${u.source.sheet}` : ''}, ${lang === 'vi' ? 'dòng' : 'row'} ${u.source.row})`);
    throw new CannotRun(w('ambiguous', lang, opts.unit, match.candidates.length, list.join('\n')));
  }
  const unit = match.unit;
  const file = unit.cells?.final.sheet.file;
  const source =
    file === STDIN && stdin ? { name: STDIN, bytes: stdin } : file !== undefined ? (await readSheets(io, [file], say('scoreSheet', lang), lang))[0] : undefined;
  const trace = await explainUnit(set, result.outcome, unit, source ? openSheets(source, new DiagnosticSink()) : undefined);
  const out = explainFormats[opts.format ?? 'text'](trace, lang);
  if (opts.output === undefined) await io.stdoutAll(out);
  else {
    await writeOutput(io, opts.output, out, [...sheets, opts.criteria], lang);
    io.stderr(`parindex: ${say('wrote', lang, opts.output)}\n`);
  }
  return trace.ranked ? ExitCode.ok : ExitCode.problems;
}

