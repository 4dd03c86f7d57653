/** `criteria check|show|schema`: the options and help; what they do loads only when one runs (criteria-actions.ts). */
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { helpWord } from '../help-words.js';
import type { CriteriaShowFormat } from '../engine.js';
import type { CliIO } from '../io.js';
import { choice, langOption, noColorOption, nonEmptyPath, once, type CommonOptions } from '../options.js';

const actions = () => import('./criteria-actions.js');

export function registerCriteria(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = (key: Parameters<typeof helpWord>[0]): string => helpWord(key, lang);
  const file = (): [string, string] => ['<file>', h('criteriaFileArg')];
  const criteria = program.command('criteria').description(h('criteriaGroup')).addHelpText('after', h('criteriaGroupAfter'));

  criteria
    .command('check')
    .description(h('check'))
    .argument(...file(), nonEmptyPath(lang))
    .option('--format <format>', h('checkFormat'), once(choice(['text', 'json'] as const, lang), lang), 'text')
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText('after', h('checkAfter'))
    .action(async (path: string, opts: CommonOptions & { format: 'text' | 'json' }) => {
      const a = await actions();
      setExit(opts.format === 'json' ? await a.checkAsJson(io, path, opts.lang) : await a.checkAsText(io, path, opts));
    });

  criteria
    .command('show')
    .description(h('show'))
    .argument(...file(), nonEmptyPath(lang))
    .option('--format <format>', h('showFormat'), once(choice(['table', 'md', 'json'] as const, lang), lang), 'table')
    .addOption(langOption(io, lang))
    .addHelpText('after', h('showAfter'))
    .action(async (path: string, opts: CommonOptions & { format: CriteriaShowFormat }) => {
      await (await actions()).showAction(io, path, opts);
    });

  criteria
    .command('schema')
    .description(h('schema'))
    .addHelpText('after', h('schemaAfter'))
    .action(async () => {
      (await actions()).schemaAction(io);
    });
}
