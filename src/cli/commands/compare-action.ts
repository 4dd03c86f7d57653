/** What `parindex compare` does, loaded only when it runs (compare.ts declares the command). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareYears } from '../../compare/compare.js';
import { compareFormatForFile, compareFormats } from '../../compare/formats.js';
import { readMap, readYear } from '../../compare/load.js';
import type { YearReport } from '../../compare/model.js';
import type { Lang } from '../../core/lang.js';
import { diagnosticLine } from '../../report/diagnostics-text.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { capOf, readSource } from '../inputs.js';
import { writeOutput } from '../outputs.js';
import { say } from '../messages.js';
import type { CompareOptions } from './compare.js';

/** What this command says itself, beside the shared messages. */
const WORDS = {
  report: { en: 'results report', vi: 'báo cáo kết quả' },
  map: { en: 'unit map', vi: 'bảng ánh xạ đơn vị' },
  notReport: { en: '{0}: {1}', vi: '{0}: {1}' },
  twoReports: { en: 'compare needs at least two results reports, in year order', vi: 'cần ít nhất hai báo cáo kết quả, theo thứ tự năm' },
  unknownFormat: { en: "cannot tell the format of '{0}' from its extension; add --format", vi: "không xác định được định dạng của '{0}' từ phần mở rộng; thêm --format" },
} as const;
const w = (key: keyof typeof WORDS, lang: Lang, ...args: string[]): string => WORDS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');

/** The criteria file a JSON report names: as written (from the working folder), else beside the report. */
function setReader(io: CliIO, report: string): (file: string) => Promise<Uint8Array | undefined> {
  return async (file) => {
    for (const candidate of [path.resolve(io.cwd, file), path.resolve(io.cwd, path.dirname(report), path.basename(file))]) {
      try {
        return await fs.readFile(candidate);
      } catch {
        // not there: try the next place
      }
    }
    return undefined;
  };
}

async function readYears(io: CliIO, files: readonly string[], lang: Lang): Promise<YearReport[]> {
  const years: YearReport[] = [];
  for (const file of files) {
    const read = await readYear(file, await readSource(io, file, w('report', lang), lang, capOf(io, 'sheet')), setReader(io, file));
    if (!read.ok) throw new CannotRun(w('notReport', lang, file, lang === 'vi' ? read.reasonVi : read.reason));
    years.push(read.report);
  }
  return years;
}

/** Compares the reports (in year order) and writes the comparison; returns the exit code. */
export async function compareAction(io: CliIO, files: readonly string[], opts: CompareOptions): Promise<number> {
  const lang = opts.lang;
  if (files.length < 2) throw new CannotRun(w('twoReports', lang));
  const format = opts.format ?? (opts.output !== undefined ? compareFormatForFile(opts.output) : 'table');
  if (format === undefined) throw new CannotRun(w('unknownFormat', lang, opts.output ?? ''));
  if (opts.output === undefined && compareFormats[format].binary && io.stdoutIsTTY) throw new CannotRun(say('noXlsxOnTerminal', lang));
  const years = await readYears(io, files, lang);
  const mapRead = opts.map !== undefined ? await readMap(opts.map, await readSource(io, opts.map, w('map', lang), lang, capOf(io, 'sheet'))) : undefined;
  const model = compareYears(years, mapRead?.map);
  const diagnostics = [...(mapRead?.diagnostics ?? []), ...model.diagnostics];
  const chalk = chalkFor(io, 'stderr', opts.color);
  for (const d of diagnostics) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
  const out = await compareFormats[format].render({ ...model, diagnostics }, { lang });
  if (opts.output === undefined) await io.stdoutAll(out);
  else {
    await writeOutput(io, opts.output, out, [...files, ...(opts.map !== undefined ? [opts.map] : [])], lang);
    io.stderr(`parindex: ${say('wrote', lang, opts.output)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? ExitCode.problems : ExitCode.ok;
}
