/** Reads a file through the sheet stage's door, as the pipeline does, into plain values for assertions. */
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { ReadLimits } from '../../src/sheet/errors.js';
import { openSheets } from '../../src/sheet/open.js';
import type { Cell } from '../../src/sheet/types.js';

export interface ReadSheet {
  readonly name?: string;
  readonly hidden: boolean;
  readonly rows: { row: number; cells: Cell[] }[];
}

export async function readFile(
  name: string,
  bytes: Uint8Array,
  opts: { limits?: ReadLimits; stream?: boolean; piece?: number } = {},
): Promise<{ sheets: ReadSheet[]; diagnostics: Diagnostic[] }> {
  const sink = new DiagnosticSink();
  const piece = opts.piece ?? 1 << 16;
  const input = opts.stream
    ? {
        name,
        bytes: bytes.subarray(0, 8),
        stream: async function* () {
          for (let i = 0; i < bytes.length; i += piece) yield bytes.subarray(i, i + piece);
        },
      }
    : { name, bytes };
  const sheets: ReadSheet[] = [];
  for await (const s of openSheets(input, sink, opts.limits ? { limits: opts.limits } : {})) {
    const rows: { row: number; cells: Cell[] }[] = [];
    for await (const r of s.rows) rows.push({ row: r.row, cells: [...r.cells] });
    sheets.push({ ...(s.sheet !== undefined ? { name: s.sheet } : {}), hidden: s.hidden, rows });
  }
  return { sheets, diagnostics: sink.kept };
}

/** Cells only, row after row, of every sheet. */
export const cellsOf = (r: { sheets: ReadSheet[] }): Cell[][] => r.sheets.flatMap((s) => s.rows.map((x) => x.cells));
