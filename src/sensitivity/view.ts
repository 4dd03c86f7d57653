/**
 * What the sensitivity and what-if outputs share: a report laid out as a view (title, notes, a table per block with
 * its summary lines, and one flat table of every row), and the view as text, CSV and XLSX.
 */
import { neutraliseFormula } from '../report/score/text.js';
import { renderTextTable, type Column } from '../report/text-table.js';
import { numberFormat, workbookBytes, type RowSpec } from '../report/xlsx/writer.js';

/** A number shown with a fixed count of decimals: as text in tables and CSV, as a number in a workbook. */
export interface Fixed {
  readonly n: number;
  readonly d: number;
}

export type ViewCell = string | number | Fixed | null;

export const fixedCell = (n: number | null, d: number): Fixed | null => (n === null ? null : { n, d });

export interface ViewSection {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly ViewCell[])[];
  readonly footer: readonly string[];
}

export interface View {
  readonly title: string;
  readonly notes: readonly string[];
  readonly sections: readonly ViewSection[];
  /** Every row in one table (CSV, the workbook's first sheet) */
  readonly flat: { readonly sheet: string; readonly header: readonly string[]; readonly rows: readonly (readonly ViewCell[])[] };
  /** A second sheet of the workbook (per-block figures), when there is one */
  readonly summary?: { readonly sheet: string; readonly header: readonly string[]; readonly rows: readonly (readonly ViewCell[])[] };
}

const text = (c: ViewCell): string => (c === null ? '' : typeof c === 'object' ? c.n.toFixed(c.d) : String(c));

export function viewText(v: View): string {
  const out: string[] = [v.title, ...v.notes, ''];
  for (const s of v.sections) {
    out.push(s.title, ...renderTextTable(s.columns, s.rows.map((r) => r.map(text))), ...s.footer, '');
  }
  return `${out.join('\n')}`;
}

function csvCell(c: ViewCell): string {
  const safe = neutraliseFormula(text(c));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM so that Excel opens Vietnamese text as UTF-8. */
export function viewCsv(v: View): string {
  return `\ufeff${[v.flat.header, ...v.flat.rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function tableRows(header: readonly string[], rows: readonly (readonly ViewCell[])[], from: number): RowSpec[] {
  return [
    { at: from, cells: header.map((h) => ({ value: h })), sizes: 'header' },
    ...rows.map((r, i): RowSpec => ({
      at: from + 1 + i,
      cells: r.map((c) => (c !== null && typeof c === 'object' ? { value: c.n, numFmt: numberFormat(c.d) } : { value: c })),
      sizes: 'body',
    })),
  ];
}

export async function viewXlsx(v: View): Promise<Uint8Array> {
  const notes: RowSpec[] = v.notes.map((n, i) => ({ at: 2 + i, cells: [{ value: n }] }));
  const at = 3 + v.notes.length;
  const sheet = (t: NonNullable<View['summary']>, withNotes: boolean) => {
    const from = withNotes ? at : 3;
    return {
      name: t.sheet,
      title: { text: v.title, span: Math.min(t.header.length, 8) },
      rows: [...(withNotes ? notes : []), ...tableRows(t.header, t.rows, from)],
      freeze: { columns: 0, rows: from },
      header: { at: from, cells: t.header },
      autoFilter: { fromRow: from, toRow: from + t.rows.length, columns: t.header.length },
      maxWidth: 50,
    };
  };
  return workbookBytes({ title: v.title, sheets: [sheet(v.flat, true), ...(v.summary ? [sheet(v.summary, false)] : [])] });
}
