/** What `parindex template` does, loaded only when it runs (template.ts declares the command). */
import path from 'node:path';
import type { Lang } from '../../diagnostics/types.js';
import { fingerprintOf } from '../../template/fingerprint.js';
import { formFileName, formTemplate } from '../../template/form.js';
import { wideTemplate, type TemplateInput, type TemplateUnit } from '../../template/wide.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { writeOutput } from '../outputs.js';
import { say } from '../messages.js';
import { readCriteria } from './criteria-read.js';
import { loadUnitList } from './run.js';
import type { TemplateCliOptions } from './template.js';

const WORDS = {
  needOutput: {
    en: 'a template is a workbook: give -o FILE.xlsx (or --out-dir DIR for one form per unit)',
    vi: 'biểu mẫu là tệp Excel: dùng -o TỆP.xlsx (hoặc --out-dir THƯ-MỤC để có mỗi đơn vị một biểu)',
  },
  outDirNeedsUnits: { en: '--out-dir needs --units (one file per unit)', vi: '--out-dir cần --units (mỗi đơn vị một tệp)' },
} as const;

async function unitsOf(io: CliIO, file: string, lang: Lang): Promise<TemplateUnit[]> {
  const list = await loadUnitList(io, file, lang);
  return [...list.byCode.values()].sort((a, b) => a.row - b.row).map((u) => ({ code: u.code, name: u.name, ...(u.block ? { block: u.block } : {}) }));
}

/** Writes the template(s); returns the exit code. */
export async function templateAction(io: CliIO, file: string, opts: TemplateCliOptions): Promise<number> {
  const lang = opts.lang;
  if (opts.output !== undefined && opts.outDir !== undefined) throw new CannotRun(say('outputOrOutDir', lang));
  if (opts.output === undefined && opts.outDir === undefined) throw new CannotRun(WORDS.needOutput[lang]);
  const { set, bytes } = await readCriteria(io, file, lang);
  if (!set) throw new CannotRun(say('setHasErrorsSeeCheck', lang, file));
  const units = opts.units !== undefined ? await unitsOf(io, opts.units, lang) : undefined;
  const input: TemplateInput = { set, fingerprint: fingerprintOf(set, bytes), ...(units ? { units } : {}) };
  const inputs = [file, ...(opts.units !== undefined ? [opts.units] : [])];
  const write = async (target: string, data: Uint8Array): Promise<void> => {
    await writeOutput(io, target, data, inputs, lang);
    io.stderr(`parindex: ${say('wrote', lang, target)}\n`);
  };
  if (opts.output !== undefined) await write(opts.output, opts.layout === 'wide' ? await wideTemplate(input) : await formTemplate(input));
  else if (opts.layout === 'wide') await write(path.join(opts.outDir as string, `${set.id}.xlsx`), await wideTemplate(input));
  else {
    if (!units) throw new CannotRun(WORDS.outDirNeedsUnits[lang]);
    for (const u of units) await write(path.join(opts.outDir as string, formFileName(u)), await formTemplate(input, [u]));
  }
  return ExitCode.ok;
}
