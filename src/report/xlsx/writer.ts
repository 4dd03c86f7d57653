/**
 * The XLSX writer of the score and sensitivity reports: sheet specs (plain data, rows read lazily) → workbook bytes,
 * streamed. SpreadsheetML is written here directly rather than through exceljs, which builds the whole workbook in
 * memory (about 2 GB for the 100,000-unit report); exceljs still writes the forms, annexes and other workbooks.
 * Same specs → same bytes: the workbook's dates and the zip entries' dates are fixed.
 */
import { nfc } from '../../core/text.js';
import { printTitles, sheetXml } from './sheet-xml.js';
import type { SheetSpec, WorkbookSpec } from './spec.js';
import { Styles } from './styles.js';
import { escapeXml } from './xml.js';
import { zipStream } from './zip.js';

export type { CellSpec, CellValue, PrintSpec, RowSpec, SheetSpec, WorkbookSpec } from './spec.js';

/** `0.00` for two decimals, `0` for none. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** Workbook dates are fixed so that the same run gives the same workbook. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function contentTypes(sheets: number): string {
  const sheet = (i: number): string =>
    `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return [
    XML_HEAD,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...Array.from({ length: sheets }, (_, i) => sheet(i + 1)),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    '</Types>',
  ].join('');
}

const rootRels = (): string =>
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
}

function workbookXml(sheets: readonly SheetSpec[]): string {
  const names = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const defined: string[] = [];
  sheets.forEach((s, i) => {
    const titles = printTitles(s);
    if (titles !== undefined) defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles)}</definedName>`);
  });
  return [
    XML_HEAD,
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`,
    '<bookViews><workbookView activeTab="0"/></bookViews>',
    `<sheets>${names.join('')}</sheets>`,
    defined.length > 0 ? `<definedNames>${defined.join('')}</definedNames>` : '',
    '</workbook>',
  ].join('');
}

function coreXml(title: string): string {
  return [
    XML_HEAD,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ',
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>parindex</dc:creator><cp:lastModifiedBy>parindex</cp:lastModifiedBy>`,
    `<cp:lastPrinted>${FIXED_DATE}</cp:lastPrinted>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

const appXml = (): string =>
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>parindex</Application><DocSecurity>0</DocSecurity></Properties>`;

/**
 * The workbook's bytes, made as they are written: each sheet's rows are read (twice when its columns are sized by
 * their text) and written a row at a time, so a sheet of a million cells never sits in memory. Same specs → same
 * bytes. Nothing happens until the bytes are asked for.
 */
export function* writeWorkbook(spec: WorkbookSpec): Generator<Uint8Array> {
  const styles = new Styles();
  const sheets = spec.sheets;
  // Excel opens no workbook without a sheet, nor one whose sheet names break its rules: the callers name sheets
  // with sheetNamer, and a name it would not give is a mistake here
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const { name } of sheets) {
    const key = name.toLocaleLowerCase('vi');
    if (name.length === 0 || name.length > SHEET_NAME_MAX || NOT_IN_SHEET_NAME.test(name) || /^'|'$/.test(name) || seen.has(key))
      throw new RangeError(`sheet name not allowed in a workbook: ${JSON.stringify(name)}`);
    seen.add(key);
  }
  function* entries(): Generator<{ name: string; text: Iterable<string> }> {
    yield { name: '[Content_Types].xml', text: [contentTypes(sheets.length)] };
    yield { name: '_rels/.rels', text: [rootRels()] };
    yield { name: 'docProps/core.xml', text: [coreXml(spec.title)] };
    yield { name: 'docProps/app.xml', text: [appXml()] };
    yield { name: 'xl/workbook.xml', text: [workbookXml(sheets)] };
    yield { name: 'xl/_rels/workbook.xml.rels', text: [workbookRels(sheets.length)] };
    for (const [i, sheet] of sheets.entries()) yield { name: `xl/worksheets/sheet${i + 1}.xml`, text: sheetXml(sheet, styles, i === 0) };
    // last: the sheets have handed out every look by now
    yield { name: 'xl/styles.xml', text: [styles.xml()] };
  }
  yield* zipStream(entries());
}

/** The workbook's bytes in one piece, for callers that keep the whole file (small workbooks). */
export function workbookBytes(spec: WorkbookSpec): Uint8Array {
  return Buffer.concat([...writeWorkbook(spec)]);
}

const FORBIDDEN_IN_SHEET_NAME = /[*?:/\\[\]\u0000-\u001f]/g;
const NOT_IN_SHEET_NAME = /[*?:/\\[\]\u0000-\u001f]/;
const SHEET_NAME_MAX = 31;

/** Names sheets as Excel allows: at most 31 characters, none of * ? : \ / [ ], no edge apostrophe, unique. */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  const trimEdges = (s: string): string => s.replace(/^[\s']+|[\s']+$/g, '');
  return (wanted) => {
    const base = trimEdges(nfc(wanted).replace(FORBIDDEN_IN_SHEET_NAME, '-')) || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      let head = '';
      for (const ch of base) {
        if (head.length + ch.length > SHEET_NAME_MAX - suffix.length) break;
        head += ch;
      }
      const name = trimEdges(head) + suffix;
      const key = name.toLocaleLowerCase('vi');
      if (key !== 'history' && !taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
}
