/**
 * Input files as sheet sources, and the run over files. Files are read by the caller (the CLI); nothing here touches
 * the process. `fileKind` and `sheetsOf` are moving to the sheet stage (src/sheet/open.ts).
 */
import path from 'node:path';
import { diag } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import type { Location } from '../diagnostics/types.js';
import type { CriteriaSet } from '../criteria/model.js';
import { readCsv } from '../sheet/csv.js';
import type { RawSheet } from '../sheet/types.js';
import { looksLikeZip, readXlsx } from '../sheet/xlsx.js';
import { evaluate, type EvaluateOptions, type ScoreOutcome, type SheetSource } from './evaluate.js';

export interface InputFile {
  /** The name as the user gave it (shown in locations) */
  readonly name: string;
  /** The whole file; or, when `stream` is given, at least its first bytes (enough to tell its type) */
  readonly bytes: Uint8Array;
  /** Reads the whole file from the start in pieces, so a large workbook is never held in memory */
  readonly stream?: () => AsyncIterable<Uint8Array>;
}

type FileKind = 'xlsx' | 'csv' | { unsupported: string; unsupportedVi: string };

export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = path.extname(name).toLowerCase();
  if (looksLikeZip(bytes)) {
    if (ext === '.ods') return { unsupported: 'OpenDocument spreadsheet; save it as .xlsx', unsupportedVi: 'bảng tính OpenDocument; hãy lưu thành .xlsx' };
    return 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { unsupported: 'Excel 97–2003 workbook (.xls); save it as .xlsx', unsupportedVi: 'tệp Excel 97–2003 (.xls); hãy lưu thành .xlsx' };
  if (['.xlsx', '.xlsm'].includes(ext)) return { unsupported: 'the file is not a valid XLSX (zip) archive', unsupportedVi: 'tệp không phải XLSX (zip) hợp lệ' };
  if (['.csv', '.txt', '.tsv', ''].includes(ext)) return 'csv';
  return { unsupported: `unknown extension ${ext}`, unsupportedVi: `phần mở rộng ${ext} không được hỗ trợ` };
}

/** The sheets of an input file (CSV: one; XLSX: each in turn); a file that cannot be read is a diagnostic. */
export async function* sheetsOf(input: InputFile, sink: DiagnosticSink): AsyncGenerator<RawSheet> {
  const kind = fileKind(input.name, input.bytes);
  const at: Location = { file: input.name };
  if (typeof kind === 'object') {
    sink.push(diag('file/unsupported-type', at, { hint: kind.unsupported, hintVi: kind.unsupportedVi }));
    return;
  }
  if (kind === 'csv') {
    const r = readCsv(input.stream ? await collect(input.stream()) : input.bytes, input.name);
    if (r.ok) yield r.sheet;
    else if (r.problem.kind === 'not-utf8') sink.push(diag('file/not-utf8', at, { offset: r.problem.offset }));
    else sink.push(diag('file/unreadable', at, { reason: r.problem.kind === 'unreadable' ? r.problem.reason : r.problem.kind }));
    return;
  }
  yield* readXlsx(input.stream ?? input.bytes, input.name);
}

async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of pieces) parts.push(p);
  return Buffer.concat(parts);
}


/** An input file as a source of sheets. */
export function sourceOf(input: InputFile): SheetSource {
  return { name: input.name, sheets: (sink) => sheetsOf(input, sink) };
}

export interface ScoreOptions extends Omit<EvaluateOptions, 'selfSources' | 'purpose'> {
  /** Wide sheets of self-assessed points, matched to the units by code */
  readonly selfInputs?: readonly InputFile[];
  /** false: validate only (no note of the units left out of the ranking) */
  readonly reportExcluded?: boolean;
}

/** `evaluate` over files, as the CLI calls it. */
export function scoreInputs(set: CriteriaSet, inputs: readonly InputFile[], options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const { selfInputs, reportExcluded, ...rest } = options;
  return evaluate(set, inputs.map(sourceOf), {
    ...rest,
    purpose: reportExcluded === false ? 'validate' : 'score',
    ...(selfInputs && selfInputs.length > 0 ? { selfSources: selfInputs.map(sourceOf) } : {}),
  });
}

export type { ScoreOutcome } from './evaluate.js';
