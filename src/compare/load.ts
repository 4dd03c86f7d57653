/** Files as compare reads them: a results report (JSON or the XLSX report) and the unit map (CSV or XLSX). */
import { createHash } from 'node:crypto';
import { DiagnosticSink } from '../diagnostics/sink.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { openSheets } from '../sheet/open.js';
import type { RawSheet } from '../sheet/types.js';
import { looksLikeZip } from '../sheet/xlsx.js';
import type { YearRead } from './model.js';
import { namedSet, parseJsonText, readResultsJson, setFieldsOf } from './read-json.js';
import { readResultsXlsx } from './read-xlsx.js';
import { readUnitMap, type UnitMap } from './unit-map.js';

/** The one place compare reads spreadsheets: through the reader every other input goes through. */
function sheetsFrom(name: string, bytes: Uint8Array, sink: DiagnosticSink): AsyncIterable<RawSheet> {
  return openSheets({ name, bytes }, sink);
}

/** The criteria set file a JSON report names, when a caller can read it: its bytes, or undefined. */
export type SetFileReader = (file: string) => Promise<Uint8Array | undefined>;

/**
 * One year's results. For a JSON report the criteria file it names is read (when `readSet` finds it and its SHA-256
 * is the one recorded), so that fields are matched by name as well as code.
 */
export async function readYear(file: string, bytes: Uint8Array, readSet?: SetFileReader): Promise<YearRead> {
  if (looksLikeZip(bytes)) {
    const sink = new DiagnosticSink();
    const read = await readResultsXlsx(sheetsFrom(file, bytes, sink), file);
    const problem = sink.kept.find((d) => d.severity === 'error');
    if (problem) return { ok: false, reason: `unreadable workbook (${problem.code})`, reasonVi: `không đọc được tệp (${problem.code})` };
    return read;
  }
  const parsed = parseJsonText(Buffer.from(bytes).toString('utf8'));
  if (!parsed.ok) return parsed;
  let setFields;
  const named = namedSet(parsed.value);
  if (named && readSet) {
    const setBytes = await readSet(named.file);
    if (setBytes && createHash('sha256').update(setBytes).digest('hex') === named.sha256) setFields = setFieldsOf(Buffer.from(setBytes).toString('utf8'));
  }
  return readResultsJson(parsed.value, file, setFields);
}

export async function readMap(file: string, bytes: Uint8Array): Promise<{ map: UnitMap; diagnostics: Diagnostic[] }> {
  const sink = new DiagnosticSink();
  const read = await readUnitMap(sheetsFrom(file, bytes, sink), file);
  return { map: read.map, diagnostics: [...sink.kept, ...read.diagnostics] };
}
