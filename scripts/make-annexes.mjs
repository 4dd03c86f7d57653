// Writes fixtures/annex/: three annexes of provincial decisions as provinces make them — a commune set as XLSX
// (merged title rows, Roman fields, criteria numbered on across fields), a department set as DOCX (dotted numbering,
// merged cells, multi-line cells, a method column merged down a field) and a district set as CSV (fields I, II…,
// criteria restarting at 1 in each field, a) b) below). Seeded: every run writes the same bytes.
//   node scripts/make-annexes.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mulberry32, withFixedClock } from './lib/seeded.mjs';

const OUT = new URL('../fixtures/annex/', import.meta.url);
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15));
const rng = mulberry32(20240115);
const pick = (list) => list[Math.floor(rng() * list.length)];
const vi = (n) => String(n).replace('.', ',');

// ── wordings of scoring guides, as decisions write them ─────────────────────────────────────────────────────
const yesNo = (max) =>
  pick([
    `Có: ${vi(max)} điểm; Không: 0 điểm`,
    `Đạt: ${vi(max)} điểm; Không đạt: 0 điểm`,
    `- Thực hiện đúng quy định: ${vi(max)} điểm\n- Không thực hiện: 0 điểm`,
  ]);
/** steps: [[min%, points]…] from the highest down; the last min may be 0 */
const bands = (steps, what = 'kế hoạch') =>
  steps
    .map(([min, points], i) => {
      const upper = steps[i - 1]?.[0];
      if (upper === undefined) return min === 100 ? `Hoàn thành 100% ${what}: ${vi(points)} điểm` : `Đạt từ ${min}% trở lên: ${vi(points)} điểm`;
      return min === 0 ? `Dưới ${upper}%: ${vi(points)} điểm` : `Từ ${min}% đến dưới ${upper}%: ${vi(points)} điểm`;
    })
    .join(pick([';\n', '; ']));

const sum = (nodes) => Math.round(nodes.reduce((s, n) => s + maxOf(n), 0) * 1e6) / 1e6;
const maxOf = (n) => n.max ?? sum(n.children);

// ── commune set (XLSX) ──────────────────────────────────────────────────────────────────────────────────────
const COMMUNE = [
  { label: 'I', name: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', children: [
    { name: 'Kế hoạch cải cách hành chính năm', children: [
      { label: 'a)', name: 'Ban hành kế hoạch CCHC năm của UBND xã đúng thời hạn', max: 1, guide: yesNo(1) },
      { label: 'b)', name: 'Mức độ hoàn thành kế hoạch CCHC năm', max: 2, guide: bands([[100, 2], [80, 1], [0, 0]]) },
    ] },
    { name: 'Thực hiện chế độ báo cáo CCHC định kỳ', max: 1.5,
      guide: 'Báo cáo đầy đủ, đúng hạn: 1,5 điểm; Báo cáo không đầy đủ hoặc không đúng hạn: 0,5 điểm; Không báo cáo: 0 điểm' },
    { name: 'Công tác tuyên truyền cải cách hành chính', children: [
      { label: '-', name: 'Có kế hoạch tuyên truyền CCHC', max: 0.5, guide: yesNo(0.5) },
      { label: '-', name: 'Hình thức tuyên truyền đa dạng, hiệu quả', max: 1, guide: 'Hội đồng thẩm định căn cứ thực tế để chấm điểm' },
    ] },
  ] },
  { label: 'II', name: 'THỦ TỤC HÀNH CHÍNH VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA', children: [
    { name: 'Công khai thủ tục hành chính tại Bộ phận Một cửa', max: 2, guide: 'Công khai đầy đủ: 2 điểm; Công khai không đầy đủ: 0 điểm' },
    { name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', max: 4, guide: bands([[100, 4], [95, 3], [90, 2], [0, 0]]) },
    { name: 'Tiếp nhận hồ sơ trực tuyến', children: [
      { label: 'a)', name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình', max: 1.5, guide: bands([[50, 1.5], [30, 1], [0, 0]]) },
      { label: 'b)', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí', max: 1.5, guide: bands([[40, 1.5], [20, 0.75], [0, 0]]) },
    ] },
    { name: 'Xử lý phản ánh, kiến nghị về thủ tục hành chính', max: 2, guide: bands([[100, 2], [0, 0]], 'phản ánh, kiến nghị'),
      note: 'Không áp dụng đối với xã không phát sinh phản ánh, kiến nghị' },
  ] },
  { label: 'III', name: 'ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC CẤP XÃ', children: [
    { name: 'Tỷ lệ cán bộ, công chức đạt chuẩn theo quy định', max: 3, guide: bands([[100, 3], [90, 2], [0, 0]], 'số cán bộ, công chức') },
    { name: 'Chấp hành kỷ luật, kỷ cương hành chính', max: 2, guide: 'Không có cán bộ, công chức bị kỷ luật: 2 điểm; Có cán bộ, công chức bị kỷ luật: 0 điểm' },
  ] },
  { label: 'IV', name: 'TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH', note: 'ĐTXHH', children: [
    { name: 'Sự hài lòng của người dân đối với việc giải quyết TTHC', max: 40, guide: 'Điểm do Sở Nội vụ tổng hợp từ phiếu điều tra' },
    { name: 'Sự hài lòng của người dân đối với thái độ phục vụ của công chức', max: 38, guide: 'Điểm do Sở Nội vụ tổng hợp từ phiếu điều tra' },
  ] },
];

async function communeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Nội vụ tỉnh Đông Sơn';
  wb.created = wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Phụ lục I', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.columns = [{ width: 6 }, { width: 55 }, { width: 9 }, { width: 50 }, { width: 22 }];
  const merged = (row, from, to, text, font) => {
    ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = text;
    c.font = font;
    c.alignment = { horizontal: 'center', wrapText: true };
  };
  merged(1, 1, 2, 'ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SƠN', { bold: true });
  merged(1, 3, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', { bold: true });
  ws.getRow(1).height = 32;
  merged(3, 1, 5, 'PHỤ LỤC I', { bold: true, size: 13 });
  merged(4, 1, 5, 'BỘ CHỈ SỐ ĐÁNH GIÁ, XẾP HẠNG KẾT QUẢ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2024', { bold: true, size: 13 });
  merged(5, 1, 5, '(Ban hành kèm theo Quyết định số 125/QĐ-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh Đông Sơn)', { italic: true });
  ws.getRow(7).values = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm điểm', 'Ghi chú'];
  ws.getRow(8).values = ['(1)', '(2)', '(3)', '(4)', '(5)'];
  for (const r of [7, 8]) ws.getRow(r).font = { bold: r === 7, italic: r === 8 };
  let row = 9;
  let running = 0; // criteria numbered 1, 2, 3… on across the fields
  const put = (node, depth) => {
    const label = node.label ?? String(++running);
    const r = ws.getRow(row++);
    r.values = [label, node.name, node.children ? undefined : node.max, node.guide ?? '', node.note ?? ''];
    if (node.children) {
      const at = r.number;
      const rows = node.children.map((c) => (put(c, depth + 1), row - 1));
      void rows;
      // The parent's max is written as a number: the sum, as staff type it.
      ws.getCell(at, 3).value = maxOf(node);
    }
    r.alignment = { wrapText: true, vertical: 'top' };
    if (depth === 0) r.font = { bold: true };
  };
  COMMUNE.forEach((f) => put(f, 0));
  ws.getRow(row).values = ['', 'Tổng cộng', sum(COMMUNE)];
  ws.getRow(row).font = { bold: true };
  ws.getRow(row + 2).values = ['', 'Ghi chú: ĐTXHH là điều tra xã hội học.'];
  return withFixedClock(FIXED_DATE, async () => new Uint8Array(await wb.xlsx.writeBuffer()));
}

// ── department set (DOCX) ───────────────────────────────────────────────────────────────────────────────────
const DEPARTMENT = [
  { label: '1', name: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', children: [
    { label: '1.1', name: 'Kế hoạch cải cách hành chính', children: [
      { label: '1.1.1', name: 'Ban hành kế hoạch CCHC năm đúng thời hạn', max: 1, guide: yesNo(1), method: 'Thẩm định' },
      { label: '1.1.2', name: 'Mức độ thực hiện kế hoạch CCHC năm', max: 2, guide: bands([[100, 2], [80, 1], [0, 0]]), method: 'Thẩm định' },
    ] },
    { label: '1.2', name: 'Kiểm tra công tác CCHC đối với đơn vị trực thuộc', max: 1.5,
      guide: 'Kiểm tra từ 30% số đơn vị trực thuộc trở lên: 1,5 điểm;\nDưới 30%: 0,5 điểm.\nKhông áp dụng đối với cơ quan không có đơn vị trực thuộc.', method: 'Thẩm định' },
  ] },
  { label: '2', name: 'CẢI CÁCH THỂ CHẾ', children: [
    { label: '2.1', name: 'Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', max: 2, guide: yesNo(2), method: 'Thẩm định' },
    { label: '2.2', name: 'Tỷ lệ văn bản QPPL được tự kiểm tra sau ban hành', max: 2, guide: bands([[100, 2], [90, 1], [0, 0]], 'văn bản'), method: 'Thẩm định' },
  ] },
  { label: '3', name: 'HIỆN ĐẠI HÓA HÀNH CHÍNH', children: [
    { label: '3.1', name: 'Ứng dụng công nghệ thông tin', children: [
      { label: '3.1.1', name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', max: 2, guide: bands([[90, 2], [70, 1], [0, 0]], 'văn bản'), method: 'Thẩm định' },
      { label: '3.1.2', name: 'Sử dụng chữ ký số trong văn bản điện tử', max: 1, guide: yesNo(1), method: 'Thẩm định' },
    ] },
    { label: '3.2', name: 'Duy trì, cải tiến hệ thống quản lý chất lượng ISO', max: 1.5, guide: 'Căn cứ kết quả kiểm tra của Sở Khoa học và Công nghệ', method: 'Thẩm định' },
  ] },
  { label: '4', name: 'SỰ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN', method: 'ĐTXHH', children: [
    { label: '4.1', name: 'Hài lòng về tiếp cận dịch vụ', max: 30, guide: 'Theo kết quả điều tra' },
    { label: '4.2', name: 'Hài lòng về thủ tục hành chính', max: 28, guide: 'Theo kết quả điều tra' },
    { label: '4.3', name: 'Hài lòng về công chức trực tiếp giải quyết công việc', max: 29, guide: 'Theo kết quả điều tra' },
  ] },
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text, bold = false, align) =>
  `<w:p><w:pPr>${align ? `<w:jc w:val="${align}"/>` : ''}</w:pPr>${text
    .split('\n')
    .map((line, i) => `<w:r><w:rPr>${bold ? '<w:b/>' : ''}<w:sz w:val="26"/></w:rPr>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
    .join('')}</w:p>`;
const WIDTHS = [700, 4500, 1000, 4200, 1800];
const tc = (text, width, { bold = false, span = 1, vMerge, align } = {}) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge ? '<w:vMerge/>' : ''}</w:tcPr>${
    // Guides written as several paragraphs, not one with breaks, as Word users type them.
    (text === '' ? [''] : text.split(/;\n|\n/)).map((p) => para(p, bold, align)).join('')
  }</w:tc>`;

function departmentDocx() {
  const rows = [];
  rows.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${['TT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Phương pháp chấm điểm', 'Phương thức đánh giá'].map((h, i) => tc(h, WIDTHS[i], { bold: true, align: 'center' })).join('')}</w:tr>`);
  const put = (node, depth, inSurvey) => {
    const bold = depth === 0;
    const max = vi(maxOf(node));
    if (depth === 0 && !node.method) {
      // A field row: the guide and method cells merged across.
      rows.push(`<w:tr>${tc(node.label, WIDTHS[0], { bold })}${tc(node.name, WIDTHS[1], { bold })}${tc(max, WIDTHS[2], { bold })}${tc('', WIDTHS[3] + WIDTHS[4], { span: 2 })}</w:tr>`);
    } else {
      const method = node.method ? tc(node.method, WIDTHS[4], { vMerge: 'restart' }) : inSurvey ? tc('', WIDTHS[4], { vMerge: true }) : tc('', WIDTHS[4]);
      rows.push(`<w:tr>${tc(node.label, WIDTHS[0], { bold })}${tc(node.name, WIDTHS[1], { bold })}${tc(max, WIDTHS[2], { bold })}${tc(node.guide ?? '', WIDTHS[3])}${method}</w:tr>`);
    }
    for (const c of node.children ?? []) put(c, depth + 1, inSurvey || node.method === 'ĐTXHH');
  };
  DEPARTMENT.forEach((f) => put(f, 0, false));
  rows.push(`<w:tr>${tc('', WIDTHS[0])}${tc('Tổng cộng', WIDTHS[1], { bold: true })}${tc(vi(sum(DEPARTMENT)), WIDTHS[2], { bold: true })}${tc('', WIDTHS[3] + WIDTHS[4], { span: 2 })}</w:tr>`);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const table = `<w:tbl><w:tblPr><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
  const body = [
    para('ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN', true),
    para('PHỤ LỤC II', true, 'center'),
    para('BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP SỞ NĂM 2024', true, 'center'),
    para('(Kèm theo Quyết định số 88/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh)', false, 'center'),
    table,
    para('Ghi chú: ĐTXHH - điều tra xã hội học.'),
  ].join('');
  const zip = new JSZip();
  const file = (name, text) => zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ── district set (CSV, ";" as a Vietnamese Excel saves it) ──────────────────────────────────────────────────
const DISTRICT = [
  { label: 'I', name: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', children: [
    { label: '1', name: 'Kế hoạch cải cách hành chính năm', children: [
      { label: 'a)', name: 'Ban hành kế hoạch CCHC năm đúng thời hạn', max: 1, guide: yesNo(1), method: 'Thẩm định' },
      { label: 'b)', name: 'Mức độ hoàn thành kế hoạch CCHC', max: 2, guide: bands([[100, 2], [80, 1], [0, 0]]), method: 'Thẩm định' },
    ] },
    { label: '2', name: 'Công tác kiểm tra cải cách hành chính', max: 3, guide: 'Kiểm tra từ 30% số xã trở lên: 3 điểm; từ 20% đến dưới 30%: 2 điểm; dưới 20%: 0 điểm', method: 'Thẩm định' },
    { label: '3', name: 'Công tác tuyên truyền cải cách hành chính', max: 2, guide: 'Hội đồng thẩm định chấm điểm căn cứ kết quả thực hiện', method: 'Thẩm định' },
    { label: '4', name: 'Sáng kiến trong cải cách hành chính', max: 2, guide: 'Có sáng kiến được công nhận: 2 điểm;\nKhông có: 0 điểm', method: 'Thẩm định' },
  ] },
  { label: 'II', name: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', children: [
    { label: '1', name: 'Công khai thủ tục hành chính', children: [
      { label: 'a)', name: 'Công khai đầy đủ, kịp thời TTHC trên Cổng dịch vụ công', max: 2.5, guide: 'Đạt: 2,5 điểm; Không đạt: 0 điểm', method: 'Thẩm định' },
      { label: 'b)', name: 'Niêm yết TTHC tại Bộ phận Một cửa', max: 1.5, guide: 'Không áp dụng đối với đơn vị không có Bộ phận Một cửa riêng', method: 'Thẩm định' },
    ] },
    { label: '2', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: 6, guide: bands([[98, 6], [95, 4], [90, 2], [0, 0]], 'hồ sơ'), method: 'Thẩm định' },
    { label: '3', name: 'Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC', max: 5, guide: 'Xử lý đúng hạn 100% phản ánh: 5 điểm; còn phản ánh quá hạn: trừ 1 điểm mỗi phản ánh', method: 'Thẩm định' },
  ] },
  { label: 'III', name: 'TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH', children: [
    { label: '1', name: 'Sự hài lòng của người dân về giải quyết TTHC', max: 45, guide: 'Điểm tính theo kết quả điều tra', method: 'ĐTXHH' },
    { label: '2', name: 'Đánh giá của đại biểu HĐND huyện về chất lượng CCHC', max: 30, guide: 'Điểm tính theo kết quả điều tra', method: 'ĐTXHH' },
  ] },
];

function districtCsv() {
  const q = (s) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    'Phụ lục;;;;',
    'BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP HUYỆN NĂM 2024;;;;',
    '(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20/12/2023 của Ủy ban nhân dân tỉnh);;;;',
    ';;;;',
    'STT;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm tối đa;Hướng dẫn chấm điểm;Phương thức đánh giá',
    '(1);(2);(3);(4);(5)',
  ];
  const put = (node) => {
    lines.push([node.label, node.name, vi(maxOf(node)), node.guide ?? '', node.method ?? ''].map(q).join(';'));
    for (const c of node.children ?? []) put(c);
  };
  DISTRICT.forEach(put);
  lines.push(`;Tổng cộng;${vi(sum(DISTRICT))};;`, ';;;;', ';Ghi chú: Điểm ĐTXHH do Sở Nội vụ tổ chức điều tra.;;;');
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

await mkdir(OUT, { recursive: true });
await writeFile(new URL('xa-2024.xlsx', OUT), await communeXlsx());
await writeFile(new URL('so-2024.docx', OUT), await departmentDocx());
await writeFile(new URL('huyen-2024.csv', OUT), districtCsv());
console.log('wrote fixtures/annex/xa-2024.xlsx, so-2024.docx, huyen-2024.csv');
