import type { Command } from 'commander';
import { loadCriteriaBytes } from '../../criteria/load.js';
import type { CriteriaSet } from '../../criteria/model.js';
import { criteriaSetJsonSchema } from '../../criteria/schema.js';
import { messageOf } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { formatPoints } from '../../core/decimal.js';
import { formats, type CriteriaFormat } from '../../report/formats.js';
import { buildCriteriaReport } from '../../report/model/build.js';
import { countBySeverity, countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { formatLocation } from '../../diagnostics/location.js';
import { word } from '../../report/words.js';
import { CannotRun, chalkFor, ExitCode, readInput, type CliIO } from '../io.js';
import { say } from '../messages.js';
import { choice, langOption, type CommonOptions } from '../options.js';

export interface LoadedCriteria {
  readonly set?: CriteriaSet;
  readonly diagnostics: readonly Diagnostic[];
  /** The file as read (its SHA-256 goes into reports) */
  readonly bytes: Uint8Array;
}

/** Reads and checks a criteria file; an unreadable or non-JSON file cannot be worked with (exit 2). */
export async function readCriteria(io: CliIO, file: string, lang: Lang): Promise<LoadedCriteria> {
  const bytes = await readInput(io, file, say('criteriaFile', lang), lang);
  const loaded = loadCriteriaBytes(bytes, file);
  if (loaded.fatal) {
    const d = loaded.diagnostics[0];
    throw new CannotRun(d ? `${formatLocation(d.location, lang)}: ${messageOf(d, lang)}` : file);
  }
  return { ...loaded, bytes };
}

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

export function registerCriteria(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const criteria = program
    .command('criteria')
    .description('check, show and describe criteria sets (bộ chỉ số)')
    .addHelpText('after', '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex criteria show fixtures/criteria/xa-2024.json --format md\n  parindex criteria schema > criteria-set.schema.json');

  criteria
    .command('check')
    .description('check a criteria set file: shape, codes, sums, bands, rules; exit 1 when it has errors')
    .argument('<file>', 'criteria set (JSON)')
    .option('--format <format>', 'text (default) or json', choice(['text', 'json']), 'text')
    .addOption(langOption(io))
    .option('--no-color', 'no colours')
    .addHelpText('after', '\nExample:\n  parindex criteria check fixtures/criteria/xa-2024.json')
    .action(async (file: string, opts: CommonOptions & { format: 'text' | 'json' }) => {
      if (opts.format === 'json') {
        // A pipeline reading JSON gets a JSON document even when the file is not JSON (exit 2 then).
        const bytes = await readInput(io, file, say('criteriaFile', opts.lang), opts.lang);
        const loaded = loadCriteriaBytes(bytes, file);
        const set = loaded.fatal ? undefined : loaded.set;
        const doc = {
          file,
          valid: loaded.ok,
          ...(set ? { id: set.id, title: set.title, leaves: set.leaves.length } : {}),
          diagnostics: loaded.diagnostics.map((d) => ({ ...d, message: messageOf(d, opts.lang) })),
        };
        io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
        setExit(loaded.fatal ? ExitCode.cannotRun : loaded.ok ? ExitCode.ok : ExitCode.problems);
        return;
      }
      const { set, diagnostics } = await readCriteria(io, file, opts.lang);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      {
        const chalk = chalkFor(io, 'stderr', opts.color);
        for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
        if (set && errors === 0) io.stdout(`${chalkFor(io, 'stdout', opts.color).green('✓')} ${summary(set, opts.lang)}\n`);
        else io.stderr(`${file}: ${countsText(countBySeverity(diagnostics), opts.lang)}\n`);
      }
      setExit(errors > 0 ? ExitCode.problems : ExitCode.ok);
    });

  criteria
    .command('show')
    .description('print the criteria tree as in the annex of a decision: code, name, max, method, rule in words')
    .argument('<file>', 'criteria set (JSON)')
    .option('--format <format>', 'table (default), md or json', choice(['table', 'md', 'json']), 'table')
    .addOption(langOption(io))
    .addHelpText('after', '\nExample:\n  parindex criteria show fixtures/criteria/xa-2024.json --lang vi')
    .action(async (file: string, opts: CommonOptions & { format: CriteriaFormat }) => {
      const { set, diagnostics } = await readCriteria(io, file, opts.lang);
      if (!set) {
        const chalk = chalkFor(io, 'stderr', opts.color);
        for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
        throw new CannotRun(say('setHasErrorsSeeCheck', opts.lang, file));
      }
      io.stdout(formats.criteria[opts.format].render(buildCriteriaReport(set), { lang: opts.lang, chalk: chalkFor(io, 'stdout', false) }));
    });

  criteria
    .command('schema')
    .description('print the JSON Schema of the criteria-set format (the file committed as schemas/criteria-set.schema.json)')
    .addHelpText('after', '\nExample:\n  parindex criteria schema > criteria-set.schema.json')
    .action(() => {
      io.stdout(`${JSON.stringify(criteriaSetJsonSchema(), null, 2)}\n`);
    });
}
