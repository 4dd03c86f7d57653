/**
 * The tables of a Word document (.docx): word/document.xml scanned for w:tbl / w:tr / w:tc. A cell spanning
 * columns (w:gridSpan) fills its first column and leaves the others empty, as a merged spreadsheet cell does; a cell
 * continuing a vertical merge (w:vMerge without "restart") is empty. Paragraphs and w:br inside a cell are lines.
 */
import { cellLines, type AnnexRow, type AnnexTable } from './table.js';
import { loadJsZip } from './zip.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

interface CellBuild {
  text: string;
  span: number;
  continues: boolean;
}

interface TableBuild {
  rows: { cells: CellBuild[] }[];
  preamble: string[];
  cell?: CellBuild;
}

const TOKEN = /<(\/?)([A-Za-z0-9]+:[A-Za-z0-9]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Tables in document order (a table nested in a cell comes after the table holding it). */
export function tablesOfDocumentXml(xml: string, file: string): AnnexTable[] {
  const all: TableBuild[] = [];
  const open: TableBuild[] = [];
  const outside: string[] = [];
  let paragraph = '';
  let inText = false;
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, tag, attrs = '', selfClose, text] = m;
    const table = open[open.length - 1];
    if (text !== undefined) {
      if (inText && table?.cell) table.cell.text += decodeXml(text);
      else if (inText && !table) paragraph += decodeXml(text);
      continue;
    }
    if (!table && tag === 'w:p' && close) {
      if (paragraph.trim() !== '') outside.push(cellLines(paragraph));
      paragraph = '';
    }
    if (!table && tag === 'w:t') inText = !close && !selfClose;
    if (tag === 'w:tbl') {
      if (close) open.pop();
      else {
        const t: TableBuild = { rows: [], preamble: open.length === 0 ? [...outside] : [] };
        all.push(t);
        open.push(t);
      }
    } else if (!table) continue;
    else if (tag === 'w:tr' && !close) table.rows.push({ cells: [] });
    else if (tag === 'w:tc' && !close && !selfClose) table.cell = { text: '', span: 1, continues: false };
    else if (tag === 'w:tc' && close && table.cell) {
      table.rows[table.rows.length - 1]?.cells.push(table.cell);
      delete table.cell;
    } else if (!table.cell) continue;
    else if (tag === 'w:gridSpan') table.cell.span = Math.max(1, Number(attr(attrs, 'w:val') ?? 1));
    else if (tag === 'w:vMerge') table.cell.continues = attr(attrs, 'w:val') !== 'restart';
    else if (tag === 'w:t') inText = !close && !selfClose;
    else if ((tag === 'w:p' && close) || tag === 'w:br' || tag === 'w:cr') table.cell.text += '\n';
    else if (tag === 'w:tab') table.cell.text += ' ';
  }
  return all.map((t, n) => toTable(t, file, n + 1));
}

function toTable(t: TableBuild, file: string, n: number): AnnexTable {
  const rows: AnnexRow[] = t.rows.map((r, i) => {
    const cells: string[] = [];
    for (const c of r.cells) {
      cells.push(c.continues ? '' : cellLines(c.text));
      for (let k = 1; k < c.span; k++) cells.push('');
    }
    return { row: i + 1, cells };
  });
  return { file, sheet: `Bảng ${n}`, rows, preamble: t.preamble };
}

export type DocxTables = { ok: true; tables: AnnexTable[] } | { ok: false; reason: string };

export async function readDocxTables(bytes: Uint8Array, file: string): Promise<DocxTables> {
  try {
    const zip = await loadJsZip().loadAsync(bytes);
    const doc = zip.file('word/document.xml');
    if (!doc) return { ok: false, reason: 'no word/document.xml: not a Word document' };
    return { ok: true, tables: tablesOfDocumentXml(await doc.async('string'), file) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
