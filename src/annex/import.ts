/**
 * `criteria import`: an annex file (XLSX, CSV, DOCX) → criteria-set JSON, checked by the same loader as
 * `criteria check`; its problems are moved from JSON paths to the annex rows they come from.
 */
import path from 'node:path';
import { loadCriteriaSet } from '../criteria/load.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { looksLikeZip } from '../sheet/xlsx.js';
import { readDocxTables } from './read-docx.js';
import { readSheetTables } from './read-sheet.js';
import { annexTableOf, parseAnnex, type ImportOptions, type ParsedAnnex } from './parse.js';
import type { AnnexTable } from './table.js';
import { setJsonText } from './json.js';

export interface AnnexImport {
  /** The set as JSON text (written even when it has errors, so a person can finish it) */
  readonly json?: string;
  readonly set?: CriteriaSet;
  readonly diagnostics: readonly Diagnostic[];
  /** True when the set passes `criteria check` */
  readonly ok: boolean;
}

export type AnnexKind = 'xlsx' | 'csv' | 'docx';

export function annexKindOf(file: string, bytes: Uint8Array): AnnexKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return looksLikeZip(bytes) ? undefined : 'csv';
  return undefined;
}

async function tablesOf(bytes: Uint8Array, file: string, kind: AnnexKind): Promise<{ ok: true; tables: AnnexTable[] } | { ok: false; reason: string }> {
  return kind === 'docx' ? readDocxTables(bytes, file) : readSheetTables(bytes, file);
}

/** The annex row a loader diagnostic's JSON path points into ("criteria[1].children[0].max" → that criterion). */
function rowOf(parsed: ParsedAnnex, jsonPath: string | undefined): number | undefined {
  for (let p = jsonPath ?? ''; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const row = parsed.rows.get(p);
    if (row !== undefined) return row;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}

function relocate(parsed: ParsedAnnex, d: Diagnostic): Diagnostic {
  const row = rowOf(parsed, d.location.path);
  const { table } = parsed;
  const location: Location = {
    file: table.file,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(d.location.path !== undefined ? { path: d.location.path } : {}),
  };
  return { ...d, location };
}

export async function importAnnex(bytes: Uint8Array, file: string, options: ImportOptions = {}, outFile = 'set.json'): Promise<AnnexImport> {
  const kind = annexKindOf(file, bytes);
  if (!kind) return { ok: false, diagnostics: [diag('file/unsupported-type', { file }, { annex: true })] };
  const read = await tablesOf(bytes, file, kind);
  if (!read.ok) return { ok: false, diagnostics: [diag('file/unreadable', { file }, { reason: 'message', message: read.reason })] };
  const found = annexTableOf(read.tables);
  if (!found) return { ok: false, diagnostics: [diag('annex/no-table', { file })] };
  const parsed = parseAnnex(found.table, found.cols, options);
  const json = setJsonText(parsed.set);
  const loaded = loadCriteriaSet(json, outFile);
  const own = parsed.diagnostics;
  const missing = new Set(own.filter((d) => d.code === 'annex/missing-metadata').map((d) => String(d.details.key)));
  const fromLoader = loaded.diagnostics
    .filter((d) => !(d.code === 'set/missing-key' && missing.has(String(d.details.key))))
    .map((d) => relocate(parsed, d));
  const diagnostics = [...own, ...fromLoader].sort((a, b) => (a.location.row ?? 0) - (b.location.row ?? 0));
  const errors = diagnostics.some((d) => d.severity === 'error');
  const set = !loaded.fatal && loaded.set && !errors ? loaded.set : undefined;
  return { json, ...(set ? { set } : {}), diagnostics, ok: set !== undefined };
}
