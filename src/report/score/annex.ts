/**
 * The annex sheet of a block: what a Sở Nội vụ attaches to its decision, ready to print. Heading lines (issuing
 * body, national motto), the title from the set's level and year, "Kèm theo Quyết định số … ngày …", the ranked
 * table with every point (bordered, a grouped header printed on every page), the footnotes, the block's summary and
 * an optional signature block. Only what was given is written: no line is invented.
 */
import { toNumber } from '../../core/decimal.js';
import { displayWidth } from '../../core/text.js';
import type { Lang } from '../../diagnostics/types.js';
import type { AnnexOptions } from '../context.js';
import type { ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { mapRows, maxOfRows, someRow } from '../model/rows.js';
import { CAPPED_MARK, cappedNote } from './columns.js';
import { documentDate, resultsTitle, scoreWord, shortDate } from './words.js';
import { wrapWords } from '../text-table.js';
import { decimalText } from '../text.js';
import { label } from '../words.js';
import { numberFormat, type CellSpec, type RowSpec, type SheetSpec } from '../xlsx/writer.js';

/** Margins of a printed administrative document (Nghị định 30/2020/NĐ-CP: 20–25 mm top and bottom, 30–35 mm binding side, 15–20 mm the other), in inches. */
export const ANNEX_MARGINS = { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 } as const;

/** Width of the columns of numbers and of the unit names (which wrap beyond it), in characters. */
const NUMBER_WIDTH = 10;
const UNIT_WIDTH = 32;
const LINE_HEIGHT = 15;

const text = (value: string | null, extra: Partial<CellSpec> = {}): CellSpec => ({ value, ...extra });
const head = (value: string, extra: Partial<CellSpec> = {}): CellSpec => ({ value, bold: true, align: 'center', wrap: true, border: true, ...extra });

interface Layout {
  readonly widths: number[];
  readonly fieldCount: number;
  readonly columns: number;
}

function layoutOf(block: ReportBlock, report: RunReport, lang: Lang): Layout {
  const fieldCount = report.criteria.set.fields.length;
  const codeWidth = Math.max(displayWidth(label('code', lang)), maxOfRows(block.rows, (r) => displayWidth(r.code))) + 2;
  const unitWidth = Math.min(UNIT_WIDTH, maxOfRows(block.rows, (r) => displayWidth(r.name), 12) + 2);
  const bandWidth = Math.ceil(maxOfRows(block.rows, (r) => displayWidth(r.band ?? ''), 10) * 1.2) + 2;
  const widths = [6, codeWidth, unitWidth, ...new Array<number>(fieldCount + 7).fill(NUMBER_WIDTH), bandWidth];
  return { widths, fieldCount, columns: widths.length };
}

/** Lines a text takes wrapped in a column `width` characters wide. */
const linesIn = (s: string, width: number): number => s.split('\n').reduce((n, part) => n + Math.max(1, wrapWords(part, Math.max(1, width - 1)).length), 0);

/** The heading: issuer and national motto side by side, the title, the block, the decision line. */
function headingRows(block: ReportBlock, report: RunReport, lang: Lang, annex: AnnexOptions, columns: number): RowSpec[] {
  const set = report.criteria.set;
  const left = Math.max(3, Math.floor(columns / 3));
  const right = columns - left;
  const issuer = (annex.issuer ?? '').split('\n');
  const rows: RowSpec[] = [
    { at: 1, cells: [text(issuer[0] ?? null, { bold: true, align: 'center', merge: { columns: left } }), text(scoreWord('republic', lang), { bold: true, align: 'center', merge: { columns: right } })] },
    { at: 2, cells: [text(issuer[1] ?? null, { bold: true, align: 'center', merge: { columns: left } }), text(scoreWord('motto', lang), { bold: true, align: 'center', merge: { columns: right } })] },
    { at: 4, cells: [text(resultsTitle(set.level, set.year, lang), { bold: true, size: 13, align: 'center', merge: { columns } })], height: 20 },
  ];
  let at = 5;
  if (block.name !== '' && report.blocks.length > 1) rows.push({ at: at++, cells: [text(`${label('block', lang)}: ${block.name}`, { bold: true, align: 'center', merge: { columns } })] });
  const decision = decisionLine(annex, lang);
  if (decision !== undefined) rows.push({ at: at++, cells: [text(decision, { italic: true, align: 'center', merge: { columns } })] });
  return rows;
}

/** "(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/3/2025 của UBND TỈNH …)", from what was given; none without a number. */
export function decisionLine(annex: AnnexOptions, lang: Lang): string | undefined {
  if (annex.decision === undefined || annex.decision === '') return undefined;
  const date = annex.date !== undefined ? shortDate(annex.date, lang) : undefined;
  const issuer = annex.issuer?.split('\n').at(-1);
  return `(${scoreWord('attachedTo', lang)} ${annex.decision}${date ? ` ${scoreWord('dated', lang)} ${date}` : ''}${issuer ? ` ${scoreWord('by', lang)} ${issuer}` : ''})`;
}

/** Two header rows: the fields grouped under one heading, every other column merged over both rows. */
function headerRows(at: number, report: RunReport, lang: Lang, layout: Layout): RowSpec[] {
  const set = report.criteria.set;
  const both = { merge: { rows: 2 } };
  const after = ['appraisal', 'survey', 'bonus', 'penalty', 'total', 'effectiveMax', 'index', 'band'] as const;
  const names = set.fields.map((f) => `${f.code}. ${f.name}`);
  const fieldLines = Math.max(1, ...names.map((n, i) => linesIn(n, layout.widths[3 + i] ?? NUMBER_WIDTH)));
  const otherLines = Math.max(...after.map((k, i) => linesIn(label(k, lang), layout.widths[3 + layout.fieldCount + i] ?? NUMBER_WIDTH)));
  const first: CellSpec[] = [
    head(label('rank', lang), both),
    head(label('code', lang), both),
    head(label('unit', lang), both),
    ...(layout.fieldCount > 0 ? [head(scoreWord('fieldPoints', lang), { merge: { columns: layout.fieldCount } })] : []),
    ...after.map((k) => head(label(k, lang), both)),
  ];
  const second: CellSpec[] = [text(null), text(null), text(null), ...names.map((n) => head(n))];
  const secondHeight = Math.max(fieldLines, otherLines - 1) * LINE_HEIGHT;
  return [
    { at, cells: first, height: LINE_HEIGHT * 1.2 },
    { at: at + 1, cells: second, height: secondHeight },
  ];
}

/** A unit's row: bordered, numbers right-aligned with the set's decimals, a capped total marked. */
function bodyRow(at: number, row: ReportRow, report: RunReport, layout: Layout): RowSpec {
  const fmt = numberFormat(report.criteria.set.decimals);
  const n = (m: number, numFmt = fmt): CellSpec => ({ value: toNumber(m), numFmt, align: 'right', border: true });
  const cells: CellSpec[] = [
    { value: row.rank, numFmt: '0', align: 'center', border: true },
    text(row.code, { border: true, wrap: true, align: 'left' }),
    text(row.name, { border: true, wrap: true, align: 'left' }),
    ...row.fields.map((f) => n(f.points)),
    n(row.appraisal),
    n(row.survey),
    n(row.bonus),
    n(row.penalty),
    n(row.total, row.capped ? `${fmt}"${CAPPED_MARK}"` : fmt),
    n(row.effectiveMax),
    { value: row.index.value, numFmt: fmt, align: 'right', border: true },
    text(row.band, { border: true, wrap: true, align: 'center' }),
  ];
  const lines = Math.max(linesIn(row.name, layout.widths[2] ?? UNIT_WIDTH), linesIn(row.code, layout.widths[1] ?? 8));
  return { at, cells, height: lines * LINE_HEIGHT };
}

/** The block's summary under the table: the footnote of a capped total, the mean, the count, the bands. */
function summaryRows(at: number, block: ReportBlock, lang: Lang, columns: number): RowSpec[] {
  const lines: string[] = [];
  if (someRow(block.rows, (r) => r.capped)) lines.push(cappedNote(lang));
  const counts = block.bandCounts.map((b) => `${b.label}: ${b.count}`).join('; ');
  const mean = block.mean ? `${label('mean', lang)}: ${decimalText(block.mean.text, lang)}; ` : '';
  lines.push(`${mean}${block.rows.length} ${label('units', lang)}${counts ? `; ${counts}` : ''}.`);
  return lines.map((l, i) => ({ at: at + i, cells: [text(l, { italic: true, merge: { columns } })] }));
}

/** Place and date, the signer's title (a line each), room to sign, the name: on the right, only what was given. */
function signatureRows(at: number, annex: AnnexOptions, lang: Lang, columns: number): RowSpec[] {
  const left = Math.max(3, Math.floor(columns / 2));
  const right = columns - left;
  const cell = (value: string, extra: Partial<CellSpec>): RowSpec['cells'] => [text(null, { merge: { columns: left } }), text(value, { align: 'center', merge: { columns: right }, ...extra })];
  const rows: RowSpec[] = [];
  const date = annex.date !== undefined ? documentDate(annex.date, lang) : undefined;
  const placeDate = [annex.place, date].filter((x) => x !== undefined && x !== '').join(', ');
  if (placeDate !== '') rows.push({ at: at++, cells: cell(placeDate, { italic: true }) });
  for (const line of (annex.signerTitle ?? '').split('\n').filter((l) => l !== '')) rows.push({ at: at++, cells: cell(line, { bold: true }) });
  if (annex.signer !== undefined && annex.signer !== '') rows.push({ at: at + 4, cells: cell(annex.signer, { bold: true }) });
  return rows;
}

/** The annex sheet of one block. */
export function annexSheet(name: string, block: ReportBlock, report: RunReport, lang: Lang, annex: AnnexOptions): SheetSpec {
  const layout = layoutOf(block, report, lang);
  const heading = headingRows(block, report, lang, annex, layout.columns);
  const headerAt = (heading.at(-1)?.at ?? 4) + 2;
  const body = mapRows(block.rows, (row, i) => bodyRow(headerAt + 2 + i, row, report, layout));
  const summaryAt = headerAt + 2 + block.rows.length + 1;
  const summary = summaryRows(summaryAt, block, lang, layout.columns);
  const signature = signatureRows(summaryAt + summary.length + 1, annex, lang, layout.columns);
  return {
    name,
    rows: {
      *[Symbol.iterator]() {
        yield* heading;
        yield* headerRows(headerAt, report, lang, layout);
        yield* body;
        yield* summary;
        yield* signature;
      },
    },
    freeze: { columns: 3, rows: headerAt + 1 },
    maxWidth: 60,
    widths: layout.widths,
    print: { titleRows: [headerAt, headerAt + 1], footer: `&C${scoreWord('page', lang)} &P/&N`, margins: ANNEX_MARGINS },
  };
}
