/** `criteria import` (an annex → a criteria set) and `criteria export` (a set → its annex, as people print it): their
 * options and help; what they do loads only when one runs (criteria-import-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { ImportOptions } from '../../annex/parse.js';
import type { Level } from '../../criteria/model.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CliIO } from '../io.js';
import { choice, langOption, type CommonOptions } from '../options.js';

const actions = () => import('./criteria-import-action.js');

const LEVELS: readonly Level[] = ['department', 'district', 'commune', 'province', 'ministry'];

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError('expected a year between 2000 and 2100');
  return n;
}

export interface ImportCliOptions extends CommonOptions, ImportOptions {
  output?: string;
}

export type ExportFormat = 'xlsx' | 'docx' | 'md';

export interface ExportCliOptions extends CommonOptions {
  output?: string;
  format?: ExportFormat;
}

export function registerCriteriaAnnex(criteria: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  criteria
    .command('import')
    .description(
      lang === 'vi'
        ? 'đọc phụ lục của quyết định (bảng STT, tiêu chí, điểm tối đa, hướng dẫn chấm) thành bộ chỉ số'
        : 'read the annex of a decision (the table STT, criterion, max, scoring guide) into a criteria set',
    )
    .argument('<annex>', 'annex table: .xlsx, .csv or .docx')
    .option('-o, --output <file>', 'write the set to this file (default: stdout)')
    .option('--id <id>', 'the set id (default: level and year, e.g. xa-2024)')
    .option('--title <title>', 'the title (default: the annex title row)')
    .option('--year <year>', 'the year assessed, when the title does not say it', year)
    .option('--level <level>', `which units it scores: ${LEVELS.join(', ')}`, choice(LEVELS, lang))
    .option('--decision <number>', 'the decision that issued the set, e.g. 125/QĐ-UBND')
    .addOption(langOption(io, lang))
    .option('--no-color', 'no colours')
    .addHelpText('after', '\nExamples:\n  parindex criteria import fixtures/annex/huyen-2024.csv -o huyen-2024.json\n  parindex criteria import phu-luc.docx --year 2025 --level commune -o xa-2025.json')
    .action(async (file: string, opts: ImportCliOptions) => {
      setExit(await (await actions()).importAction(io, file, opts));
    });

  criteria
    .command('export')
    .description(
      lang === 'vi'
        ? 'ghi bộ chỉ số thành phụ lục để in: STT, tiêu chí, điểm tối đa, hướng dẫn chấm; lĩnh vực in đậm, cộng điểm tối đa'
        : 'write a criteria set as the annex people print: STT, criterion, max, scoring guide; fields bold, maxima summed',
    )
    .argument('<file>', 'criteria set (JSON)')
    .option('-o, --output <file>', 'annex.xlsx, annex.docx or annex.md (default: Markdown on stdout)')
    .option('--format <format>', 'xlsx, docx or md (default: from the file name)', choice(['xlsx', 'docx', 'md'] as const, lang))
    .addOption(langOption(io, lang))
    .addHelpText('after', '\nExamples:\n  parindex criteria export fixtures/criteria/xa-2024.json -o phu-luc.docx\n  parindex criteria export fixtures/criteria/xa-2024.json --format md')
    .action(async (file: string, opts: ExportCliOptions) => {
      setExit(await (await actions()).exportAction(io, file, opts));
    });
}
