/** Sheets and sources made in memory from literal rows, for tests of the layout readers and the pipeline. */
import type { SheetSource } from '../../src/pipeline/evaluate.js';
import type { Cell, RawSheet } from '../../src/sheet/types.js';

/** A sheet whose rows are numbered from `firstRow` (1 unless given). */
export function memorySheet(file: string, rows: readonly (readonly Cell[])[], options: { sheet?: string; hidden?: boolean; firstRow?: number } = {}): RawSheet {
  const first = options.firstRow ?? 1;
  return {
    file,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    hidden: options.hidden ?? false,
    rows: (async function* () {
      for (let i = 0; i < rows.length; i++) yield { row: first + i, cells: rows[i]! };
    })(),
  };
}

/** A source of one or more sheets, each opened afresh every time the source is read. */
export function memorySource(file: string, sheets: readonly { rows: readonly (readonly Cell[])[]; sheet?: string; hidden?: boolean }[]): SheetSource {
  return {
    name: file,
    sheets: async function* () {
      for (const s of sheets) yield memorySheet(file, s.rows, s);
    },
  };
}
