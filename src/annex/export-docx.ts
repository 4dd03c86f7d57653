/** The annex as a Word document (.docx): title paragraphs and a bordered table, fields bold, header repeated. */
import { formatExact } from '../core/decimal.js';
import { ANNEX_HEADERS, type AnnexExport } from './export.js';
import { loadJsZip, zipBytes } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Column widths in twentieths of a point: 27.7 cm of A4 landscape less margins */
const WIDTHS = [800, 4600, 1100, 4700, 2500];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function run(text: string, bold: boolean, italic = false): string {
  const props = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}<w:sz w:val="24"/>`;
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${props}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function paragraph(text: string, opts: { bold?: boolean; italic?: boolean; align?: string } = {}): string {
  const align = opts.align ? `<w:jc w:val="${opts.align}"/>` : '';
  return `<w:p><w:pPr><w:spacing w:before="40" w:after="40"/>${align}</w:pPr>${text === '' ? '' : run(text, opts.bold ?? false, opts.italic)}</w:p>`;
}

function tableCell(text: string, width: number, opts: { bold?: boolean; align?: string; span?: number } = {}): string {
  const span = opts.span && opts.span > 1 ? `<w:gridSpan w:val="${opts.span}"/>` : '';
  const lines = text === '' ? [''] : text.split('\n');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}</w:tcPr>${lines.map((l) => paragraph(l, opts)).join('')}</w:tc>`;
}

function tableXml(annex: AnnexExport): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const grid = WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${ANNEX_HEADERS.map((h, i) => tableCell(h, WIDTHS[i] as number, { bold: true, align: 'center' })).join('')}</w:tr>`;
  const rows = annex.rows.map((r) => {
    const bold = r.depth === 0;
    const cells = [
      tableCell(r.label, WIDTHS[0] as number, { bold, align: 'center' }),
      tableCell(r.name, WIDTHS[1] as number, { bold }),
      tableCell(formatExact(r.max, ','), WIDTHS[2] as number, { bold, align: 'center' }),
      tableCell(r.guide, WIDTHS[3] as number),
      tableCell(r.note, WIDTHS[4] as number),
    ];
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  });
  const total = `<w:tr>${tableCell('', WIDTHS[0] as number)}${tableCell('Tổng cộng', WIDTHS[1] as number, { bold: true, align: 'center' })}${tableCell(formatExact(annex.total, ','), WIDTHS[2] as number, { bold: true, align: 'center' })}${tableCell('', (WIDTHS[3] as number) + (WIDTHS[4] as number), { span: 2 })}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header}${rows.join('')}${total}</w:tbl>`;
}

function documentXml(annex: AnnexExport): string {
  const heading = annex.heading.map((h, i) => paragraph(h, { bold: i < 2, italic: i >= 2, align: 'center' })).join('');
  const section = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${heading}${paragraph('')}${tableXml(annex)}${paragraph('')}${section}</w:body></w:document>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export async function annexDocx(annex: AnnexExport): Promise<Uint8Array> {
  const zip = new (loadJsZip())();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml(annex));
  return zipBytes(zip);
}
