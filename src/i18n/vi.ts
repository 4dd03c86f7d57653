/**
 * Every Vietnamese word parindex shows: the diagnostics' titles, messages and hints. It has the type of the English
 * catalogue (./en.ts), so a key missing in either language does not compile: the diagnostics, the report words and
 * the CLI messages. Numbers use a decimal comma.
 */
import type { JsonProblem, Num, ShapeProblem, TotalNamed, AnnexFlag, SheetReason, SheetReasonWords } from './details.js';
import type { DiagnosticWords } from './catalogue.js';
import type { compare as enCompare, report as enReport, survey as enSurvey } from './en.js';
import { bytesIn, numberIn, placeIn, text as s } from './format.js';

/** The English report words' keys, each a string: a key English has and Vietnamese lacks (or adds) fails to compile. */
export type ReportWords = { readonly [T in keyof typeof enReport]: { readonly [K in keyof (typeof enReport)[T]]: string } };
/** A flat table of the English keys, each a string (the survey and compare words). */
export type Words<T> = { readonly [K in keyof T]: string };

const n = (v: Num | undefined): string => numberIn('vi', v);
const place = (d: Parameters<typeof placeIn>[0]): string => placeIn(d, 'dòng');

const damaged = (what: string): string => `tệp bị hỏng hoặc chưa được sao chép đầy đủ (${what})`;
const bomb = (what: string): string => `${what} (có thể là "bom zip")`;
const notXml = (part: string, what: string): string => `${part} không phải XML hợp lệ (${what})`;
const size = (v: number): string => bytesIn('vi', v);

/** Lý do không đọc được tệp (các lý do của src/sheet, theo khoá). */
export const sheetReasons: SheetReasonWords = {
  'empty-file': () => 'tệp rỗng (0 byte)',
  'encrypted-workbook': () => 'tệp được mã hoá (có mật khẩu); hãy gỡ mật khẩu trong Excel (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại',
  'word-97': () => 'tài liệu Word 97–2003 (.doc), không phải bảng tính',
  xls: () => 'tệp Excel 97–2003 (.xls); hãy lưu thành .xlsx',
  ods: () => 'bảng tính OpenDocument (.ods); hãy lưu thành .xlsx',
  'not-zip': () => 'tệp không phải XLSX (zip) hợp lệ',
  'unknown-extension': (d) => `phần mở rộng ${d.ext} không được hỗ trợ`,
  opendocument: (d) => `tệp OpenDocument (${d.mimetype}), không phải bảng tính`,
  xlsb: () => 'sổ làm việc Excel nhị phân (.xlsb); hãy lưu thành .xlsx',
  docx: () => 'tài liệu Word (.docx), không phải bảng tính',
  pptx: () => 'bản trình chiếu PowerPoint (.pptx), không phải bảng tính',
  'zip-without-workbook': (d) => `tệp nén zip không chứa bảng tính (${d.entries} mục${d.names.length > 0 ? `: ${s(d.names)}${d.entries > d.names.length ? ', …' : ''}` : ''})`,
  'zip64-size': () => damaged('kích thước zip64 vượt 2^53'),
  'no-end-of-directory': () => damaged('không thấy phần kết thúc danh mục zip'),
  'multi-disk': () => 'không hỗ trợ tệp zip chia thành nhiều phần',
  'zip64-locator': () => damaged('thiếu bộ định vị zip64'),
  'zip64-record': () => damaged('thiếu bản ghi zip64'),
  'directory-past-end': () => damaged('danh mục zip nằm ngoài phạm vi tệp'),
  'directory-cut-short': () => damaged('danh mục zip bị cắt cụt'),
  'inflate-error': (d) => damaged(`${d.part}: ${d.message}`),
  'size-mismatch': (d) => damaged(`${d.part} giải nén ra ${d.size} byte, khác ${d.declared} byte đã khai`),
  'no-local-header': (d) => damaged(`thiếu phần đầu của ${d.part}`),
  'part-past-end': (d) => damaged(`phần ${d.part} vượt quá cuối tệp`),
  'encrypted-part': (d) => `phần ${d.part} được mã hoá`,
  'compression-method': (d) => `phần ${d.part} dùng phương thức nén zip ${d.method}, không được hỗ trợ (chỉ hỗ trợ stored và deflate)`,
  'part-too-large': (d) => bomb(`phần ${d.part} sẽ giải nén thành ${size(d.size)}, vượt giới hạn ${size(d.limit)} mỗi phần`),
  'workbook-too-large': (d) => `tệp sẽ giải nén thành hơn ${size(d.limit)} (phần ${d.part}; có thể là "bom zip")`,
  'inflates-past-declared': (d) => bomb(`phần ${d.part} giải nén ra nhiều hơn ${size(d.declared)} đã khai trong danh mục`),
  'inflates-past-part-limit': (d) => bomb(`phần ${d.part} giải nén thành hơn ${size(d.limit)}`),
  'inflates-past-total': (d) => bomb(`tệp giải nén thành hơn ${size(d.limit)}`),
  'inflate-ratio': (d) => bomb(`phần ${d.part} giải nén lớn gấp hơn ${d.ratio} lần kích thước nén`),
  'shared-strings-count': (d) => bomb(`${d.part} chứa hơn ${d.limit} chuỗi`),
  'shared-strings-chars': (d) => bomb(`${d.part} chứa hơn ${d.limit} ký tự`),
  'missing-rels': (d) => `tệp thiếu phần danh sách các phần (${d.part})`,
  'missing-sheet-part': (d) => `thiếu phần dữ liệu của trang "${d.sheet}" (${d.target})`,
  'no-worksheet': () => 'tệp không có trang tính nào',
  'xml-ends-inside': (d) => notXml(d.part, `phần kết thúc giữa chừng "${d.tag}"`),
  'xml-long-tag': (d) => notXml(d.part, 'thẻ dài hơn 1 MB'),
  'xml-cut-declaration': (d) => notXml(d.part, 'khai báo bị cắt cụt'),
  'xml-unclosed-cdata': (d) => notXml(d.part, 'đoạn CDATA không đóng'),
  'xml-unknown-declaration': (d) => notXml(d.part, 'khai báo <! không xác định'),
  'xml-doctype': (d) => `${d.part} có khai báo DOCTYPE, điều tệp Excel không bao giờ có; tệp bị từ chối`,
  'row-number': (d) => `dòng có số "${d.value}"`,
  'cell-outside-row': () => 'ô nằm ngoài mọi dòng',
  'beyond-xfd': (d) => `ô nằm sau cột XFD ("${d.ref}")`,
  'shared-string-index': (d) => `ô ${d.ref} tham chiếu chuỗi dùng chung "${d.value}", nhưng tệp chỉ có ${d.count} chuỗi`,
  'unclosed-quote': (d) => `ô có dấu ngoặc kép mở ở dòng ${d.line} (hàng ${d.row}) không được đóng: thiếu một dấu "`,
  'not-utf8': () => 'không phải UTF-8',
  message: (d) => d.message,
};
const sheetReason = (d: SheetReason): string => (sheetReasons[d.reason] as (x: SheetReason) => string)(d);

const JSON_PROBLEMS: Record<JsonProblem, string> = {
  empty: 'tệp rỗng',
  'unexpected-end': 'tệp kết thúc quá sớm (thiếu } hoặc ]?)',
  'unexpected-character': 'ký tự không mong đợi',
  'unterminated-string': 'chuỗi không có dấu " đóng',
  'bad-escape': 'dấu \\ không hợp lệ trong chuỗi (viết \\\\ cho một dấu \\)',
  'control-character': 'ký tự điều khiển (xuống dòng?) trong chuỗi',
  'expected-key': 'cần một khoá trong dấu ngoặc kép',
  'expected-colon': "cần dấu ':' sau khoá",
  'expected-comma-or-brace': "cần dấu ',' hoặc '}'",
  'expected-comma-or-bracket': "cần dấu ',' hoặc ']'",
  'trailing-comma': 'dấu phẩy thừa trước dấu đóng ngoặc',
  'after-end': 'còn nội dung sau khi tài liệu đã kết thúc',
};
const jsonProblem = (d: { problem: JsonProblem; found?: string }): string =>
  d.found === undefined ? JSON_PROBLEMS[d.problem] : `${JSON_PROBLEMS[d.problem]}; gặp ${d.found}`;
const TYPE_WORDS: Record<string, string> = {
  number: 'một số',
  string: 'một chuỗi ký tự',
  boolean: 'true hoặc false',
  array: 'một danh sách [...]',
  object: 'một đối tượng {...}',
  int: 'một số nguyên',
};
const typeWord = (v: string): string => TYPE_WORDS[v] ?? v;
const SHAPES: Record<ShapeProblem, string> = {
  'no-form': 'giá trị không đúng dạng cho phép',
  'empty-list': 'cần ít nhất một phần tử',
  'empty-text': 'không được để trống',
  'blank-code': 'mã không được để trống',
  'tie-key': 'cần points, appraisal, survey, name, code hoặc field:<mã>',
  ties: 'cần "shared", "exact" hoặc { "compare": …, "breakBy": [...] }',
};
function bound(d: { min?: Num; max?: Num; minExclusive?: boolean; maxExclusive?: boolean }): string {
  const lo = d.min === undefined ? '' : `${d.minExclusive ? '>' : '≥'} ${n(d.min)}`;
  const hi = d.max === undefined ? '' : `${d.maxExclusive ? '<' : '≤'} ${n(d.max)}`;
  return lo && hi ? `${lo} và ${hi}` : lo || hi;
}
function totalNamed(d: TotalNamed): string {
  const what =
    d.total === 'index' ? 'chỉ số'
    : d.total === 'total' ? 'tổng điểm'
    : d.total === 'points-of' ? `điểm ${s(d.code)}`
    : d.total === 'subtotal-of' ? `tổng điểm ${s(d.code)}`
    : 'các dòng tổng';
  return d.column === undefined ? what : `${what} (${d.column === 'self' ? 'tự đánh giá' : 'thẩm định'})`;
}
const FLAGS: Record<AnnexFlag, string> = {
  survey: 'chấm bằng điều tra xã hội học',
  naAllowed: 'được phép không áp dụng (KĐG)',
  evidenceRequired: 'bắt buộc có tài liệu kiểm chứng',
};

export const diagnostics: DiagnosticWords = {
  'set/invalid-json': {
    title: 'Tệp bộ chỉ số không phải JSON hợp lệ',
    message: (d) => `không phải JSON hợp lệ: ${jsonProblem(d)}`,
  },
  'set/unknown-key': {
    title: 'Khoá không có trong định dạng bộ chỉ số',
    message: (d) => `khoá "${s(d.key)}" không được định nghĩa${d.allowed ? ` (được phép: ${s(d.allowed)})` : ''}`,
    hint: 'Kiểm tra chính tả theo README hoặc JSON Schema.',
  },
  'set/missing-key': {
    title: 'Thiếu khoá bắt buộc',
    message: (d) => `thiếu khoá bắt buộc "${s(d.key)}" (cần ${typeWord(d.expected)})`,
  },
  'set/invalid-value': {
    title: 'Giá trị không đúng dạng mà định dạng yêu cầu',
    message: (d) => `${SHAPES[d.shape]}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/na-token-numeric': {
    title: 'Ký hiệu "không đánh giá" trông như một con số',
    message: (d) => `ký hiệu không đánh giá "${s(d.token)}" đọc được như một con số (hoặc tỷ lệ phần trăm), dễ nhầm với điểm`,
    hint: 'Dùng chữ, ví dụ KĐG hoặc N/A.',
  },
  'criteria/duplicate-code': {
    title: 'Hai tiêu chí (hoặc điểm thưởng/trừ) trùng mã',
    message: (d) => `mã "${s(d.code)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'criteria/code-not-under-parent': {
    title: 'Mã tiêu chí không nối tiếp mã tiêu chí cha',
    message: (d) => `mã "${s(d.code)}" không thuộc mã cha "${s(d.parent)}" (cần dạng "${s(d.parent)}.…")`,
  },
  'criteria/children-sum': {
    title: 'Tổng điểm tối đa của tiêu chí con khác điểm tối đa của tiêu chí cha',
    message: (d) => `tổng điểm tối đa các tiêu chí con là ${n(d.sum)} nhưng điểm tối đa của tiêu chí là ${n(d.max)}`,
  },
  'criteria/total-mismatch': {
    title: 'Tổng điểm các lĩnh vực khác tổng điểm khai báo',
    message: (d) => `tổng điểm các lĩnh vực là ${n(d.sum)} nhưng "total" khai báo ${n(d.total)}`,
  },
  'criteria/rule-on-parent': {
    title: 'Quy tắc chấm điểm đặt trên tiêu chí có tiêu chí con',
    message: () => `tiêu chí có tiêu chí con được tính bằng tổng các con, không có "rule"; hãy đặt quy tắc ở tiêu chí lá`,
  },
  'bands/not-decreasing': {
    title: 'Ngưỡng xếp loại không giảm dần',
    message: (d) => `mức "${s(d.label)}" bắt đầu từ ${n(d.min)}, không thấp hơn mức trước (${n(d.previous)}); hãy xếp các mức từ cao xuống thấp`,
  },
  'bands/out-of-range': {
    title: 'Ngưỡng xếp loại ngoài khoảng 0–100',
    message: (d) => `ngưỡng ${n(d.min)} của mức "${s(d.label)}" nằm ngoài khoảng 0–100`,
  },
  'blocks/duplicate-id': {
    title: 'Hai khối trùng mã',
    message: (d) => `mã khối "${s(d.id)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'rule/points-above-max': {
    title: 'Quy tắc cho điểm vượt điểm tối đa của tiêu chí',
    message: (d) => `quy tắc cho ${n(d.points)} điểm nhưng điểm tối đa của tiêu chí là ${n(d.max)}`,
  },
  'rule/thresholds-unordered': {
    title: 'Ngưỡng của quy tắc không giảm dần',
    message: (d) => `ngưỡng ${n(d.min)} không thấp hơn ngưỡng trước (${n(d.previous)}); hãy xếp ngưỡng từ cao xuống thấp`,
  },
  'rule/threshold-out-of-range': {
    title: 'Ngưỡng của quy tắc nằm ngoài phạm vi giá trị đo',
    message: (d) => `ngưỡng ${n(d.min)} nằm ngoài phạm vi giá trị đo ${s(d.range)}`,
  },
  'rule/step-not-dividing': {
    title: 'Bước điểm không chia hết điểm tối đa',
    message: (d) => `bước điểm ${n(d.step)} không chia hết điểm tối đa ${n(d.max)}, nên không thể chấm điểm tối đa`,
  },
  'rule/allowed-above-max': {
    title: 'Giá trị cho phép nằm ngoài khoảng 0 đến điểm tối đa',
    message: (d) => `giá trị cho phép ${n(d.value)} nằm ngoài khoảng 0–${n(d.max)}`,
  },
  'rule/percent-out-of-range': {
    title: 'Phương án trả lời có tỷ lệ ngoài 0–100 %',
    message: (d) => `phương án "${s(d.option)}" được ${n(d.percent)} %, ngoài khoảng 0–100`,
  },
  'rule/duplicate-option': {
    title: 'Hai phương án trả lời trùng nhau',
    message: (d) => `phương án "${s(d.option)}" bị lặp`,
  },
  'set/not-text': {
    title: 'Tệp bộ chỉ số không phải văn bản UTF-8',
    message: (d) => `không phải tệp văn bản: ${d.reason === 'utf16' ? 'tệp mã hoá UTF-16' : d.reason === 'nul' ? 'tệp chứa byte NUL (tệp nhị phân?)' : 'tệp chứa byte không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3)'}`,
    hint: 'Lưu bộ chỉ số dưới dạng JSON, mã hoá UTF-8.',
  },
  'set/too-large': {
    title: 'Tệp bộ chỉ số quá lớn',
    message: (d) => `tệp lớn hơn ${s(d.limit)} byte; một bộ chỉ số chỉ vài chục kilobyte`,
  },
  'set/too-deep': {
    title: 'Đối tượng và danh sách lồng nhau quá sâu',
    message: (d) => `đối tượng và danh sách lồng nhau quá ${s(d.limit)} cấp tại đây`,
  },
  'set/duplicate-key': {
    title: 'Một khoá được ghi hai lần trong cùng đối tượng',
    message: (d) => `khoá "${s(d.key)}" được ghi lại lần nữa (lần đầu ở dòng ${s(d.firstLine)}, cột ${s(d.firstCol)}); chỉ một giá trị được tính`,
  },
  'set/wrong-type': {
    title: 'Giá trị sai kiểu',
    message: (d) => `cần ${typeWord(d.expected)}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/not-a-choice': {
    title: 'Giá trị không thuộc các lựa chọn cho phép',
    message: (d) => `cần một trong các giá trị ${s(d.allowed)}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/out-of-range': {
    title: 'Số nằm ngoài phạm vi cho phép (điểm tối đa âm, năm…)',
    message: (d) => `${n(d.found)} nằm ngoài phạm vi: cần ${bound(d)}`,
  },
  'set/too-precise': {
    title: 'Số không giữ được chính xác (quá 6 chữ số thập phân, hoặc quá lớn)',
    message: (d) => d.reason === 'too-large'
        ? `${s(d.value)} quá lớn, không giữ được chính xác`
        : `${s(d.value)} có quá 6 chữ số thập phân (giá trị nhỏ hoặc lẻ như vậy sẽ bị đọc thành số khác)`,
    hint: 'Ghi điểm với tối đa 6 chữ số thập phân, ví dụ 0,25.',
  },
  'set/total-zero': {
    title: 'Bộ chỉ số có tổng điểm bằng 0: không có gì để chấm',
    message: () => 'tổng điểm bằng 0 nên không tính được chỉ số; hãy ghi điểm tối đa cho các lĩnh vực',
  },
  'set/na-token-answer': {
    title: 'Ký hiệu "không đánh giá" trùng với một câu trả lời',
    message: (d) => `ký hiệu không đánh giá "${s(d.token)}" trùng với ${d.option !== undefined ? `phương án trả lời "${s(d.option)}"` : `câu trả lời ${d.meaning === 'yes' ? '"có"' : '"không"'}`}, nên câu trả lời đó sẽ bị hiểu là không đánh giá`,
    hint: 'Dùng chữ, ví dụ KĐG hoặc N/A.',
  },
  'ties/unknown-field': {
    title: 'Khoá phân định field: không ứng với lĩnh vực nào',
    message: (d) => `"${s(d.key)}" không ứng với lĩnh vực nào; cần field:<mã lĩnh vực> (${s(d.fields)})`,
  },
  'blocks/empty-bands': {
    title: 'Khối có danh sách xếp loại rỗng',
    message: (d) => `khối "${s(d.id)}" có "bands": [] — hãy bỏ khoá này để dùng các mức xếp loại chung của bộ chỉ số`,
  },
  'file/unsupported-type': {
    title: 'Tệp không phải bảng điểm đọc được',
    message: (d) => ('annex' in d ? 'không phải phụ lục đọc được (.xlsx, .csv hoặc .docx)' : `không phải tệp CSV hoặc XLSX (${sheetReason(d)})`),
    hint: 'Lưu tệp dưới dạng .xlsx hoặc .csv (UTF-8).',
  },
  'file/not-utf8': {
    title: 'Tệp CSV không mã hoá UTF-8',
    message: (d) => `không phải văn bản UTF-8 (byte sai đầu tiên ở vị trí ${s(d.offset)}); có thể là Windows-1258 hoặc TCVN3`,
    hint: 'Trong Excel: Lưu thành → "CSV UTF-8 (Comma delimited)".',
  },
  'file/unreadable': {
    title: 'Tệp không đọc được',
    message: (d) => `không đọc được: ${sheetReason(d)}`,
  },
  'file/no-readable-sheet': {
    title: 'Tệp không có trang tính nào đọc được',
    message: (d) => `không đọc được trang tính nào${Array.isArray(d.hidden) && d.hidden.length > 0 ? ` (trang bị ẩn: ${s(d.hidden)})` : ' (tệp không có trang tính)'}`,
    hint: 'Chỉ định trang bị ẩn bằng --sheet để chấm.',
  },
  'sheet/not-found': {
    title: 'Không có trang tính được chỉ định bằng --sheet',
    message: (d) => `không có trang tính "${s(d.sheet)}" (các trang: ${s(d.available)})`,
  },
  'sheet/no-header': {
    title: 'Không tìm thấy dòng tiêu đề có mã tiêu chí',
    message: (d) => `trong ${s(d.scanned)} dòng đầu không có dòng nào ghi mã tiêu chí của bộ "${s(d.set)}" làm tiêu đề cột`,
    hint: 'Ghi mã tiêu chí ở đầu mỗi cột điểm, ví dụ "1.1" hoặc "TC 1.1 Kế hoạch CCHC".',
  },
  'sheet/no-units': {
    title: 'Bảng có dòng tiêu đề nhưng không có đơn vị nào',
    message: (d) => `bảng dưới dòng tiêu đề ${s(d.row)} không có dòng đơn vị nào`,
  },
  'sheet/skipped': {
    title: 'Trang tính không được chấm',
    message: (d) => `bỏ qua trang tính: ${d.reason === 'hidden' ? 'trang tính bị ẩn (chỉ định bằng --sheet để chấm)' : 'không có dòng tiêu đề ghi mã tiêu chí'}`,
  },
  'header/unknown-criterion': {
    title: 'Cột có mã tiêu chí không thuộc bộ chỉ số',
    message: (d) => `cột "${s(d.header)}" ghi tiêu chí ${s(d.code)}, không có trong bộ "${s(d.set)}"`,
    hint: 'Có thể bảng điểm được lập theo bộ chỉ số của năm khác.',
  },
  'header/duplicate-criterion': {
    title: 'Hai cột cho cùng một tiêu chí',
    message: (d) => `tiêu chí ${s(d.code)} có cột thứ hai (cột đầu tiên: ${s(d.first)})`,
  },
  'header/missing-criterion': {
    title: 'Tiêu chí chấm điểm không có cột',
    message: (d) => `thiếu cột cho tiêu chí ${s(d.code)} "${s(d.name)}"`,
  },
  'header/missing-unit-column': {
    title: 'Không có cột mã đơn vị',
    message: () => 'không có cột mã đơn vị (tiêu đề như "Mã đơn vị", "Mã", "code")',
    hint: 'Thêm cột, hoặc chỉ rõ bằng --code-column.',
  },
  'header/missing-name-column': {
    title: 'Không có cột tên đơn vị',
    message: () => 'không có cột tên đơn vị ("Tên đơn vị", "name"); đơn vị sẽ hiển thị bằng mã',
  },
  'header/missing-block-column': {
    title: 'Không có cột khối trong khi bộ chỉ số xếp hạng theo khối',
    message: (d) => `không có cột "Khối": ${s(d.rows)} dòng đơn vị chưa có khối; bộ chỉ số xếp hạng theo khối (${s(d.blocks)})`,
    hint: 'Thêm cột "Khối", dùng --block cho cả tệp, hoặc dùng --units có cột khối.',
  },
  'row/missing-unit-code': {
    title: 'Dòng có điểm nhưng không có mã đơn vị',
    message: (d) => `dòng có điểm nhưng thiếu mã đơn vị${d.name ? ` (tên "${s(d.name)}")` : ''}`,
  },
  'row/duplicate-unit': {
    title: 'Mã đơn vị bị trùng',
    message: (d) => `đơn vị ${s(d.unit)} xuất hiện lần nữa (lần đầu tại ${place(d)}); cả hai dòng không được xếp hạng`,
  },
  'row/name-unicode-variant': {
    title: 'Cùng tên đơn vị nhưng khác dạng mã Unicode',
    message: (d) => `tên "${s(d.name)}" được gõ khác dạng Unicode (NFD/NFC) so với tại ${place(d)}; parindex dùng dạng NFC`,
    hint: 'Gõ lại tên với cùng một bảng mã (Unicode dựng sẵn).',
  },
  'row/duplicate-name': {
    title: 'Hai mã đơn vị cùng tên trong một khối',
    message: (d) => `đơn vị ${s(d.unit)} và ${s(d.other)} cùng tên "${s(d.name)}"`,
  },
  'row/unknown-block': {
    title: 'Khối không có trong bộ chỉ số',
    message: (d) => `khối "${s(d.block)}" không có trong bộ chỉ số (các khối: ${s(d.blocks)})`,
  },
  'row/missing-block': {
    title: 'Đơn vị chưa có khối',
    message: (d) => `đơn vị chưa có khối; bộ chỉ số xếp hạng theo khối (${s(d.blocks)})`,
    hint: 'Thêm cột "Khối" hoặc dùng --block cho cả tệp.',
  },
  'row/no-applicable-criteria': {
    title: 'Mọi tiêu chí đều ghi không đánh giá',
    message: () => 'mọi tiêu chí đều không đánh giá nên điểm tối đa thực tế bằng 0, không tính được chỉ số',
  },
  'unit/excluded': {
    title: 'Đơn vị không được xếp hạng do có lỗi',
    message: (d) => `${s(d.units)} đơn vị không được xếp hạng do có lỗi: ${s(d.codes)}`,
  },
  'cell/empty': {
    title: 'Ô trống ở tiêu chí bắt buộc chấm',
    message: () => 'ô trống; cần nhập điểm (hoặc ký hiệu không đánh giá nếu được phép)',
  },
  'cell/not-a-number': {
    title: 'Giá trị không phải là số',
    message: (d) => `"${s(d.value)}" không phải là số${d.both ? '; có cả dấu chấm và dấu phẩy: dùng dấu chấm hoặc dấu phẩy thập phân, không dùng cả hai' : ''}`,
    hint: 'Nhập số, ví dụ 1,5 hoặc 1.5.',
  },
  'cell/too-precise': {
    title: 'Quá 6 chữ số thập phân',
    message: (d) => `${s(d.value)} có quá 6 chữ số thập phân; điểm được giữ chính xác tới 0,000001`,
  },
  'cell/out-of-range': {
    title: 'Điểm âm hoặc vượt điểm tối đa',
    message: (d) => `${s(d.value)} nằm ngoài khoảng 0–${n(d.max)} (${d.adjustment ? `mức tối đa của "${s(d.adjustment)}"` : 'điểm tối đa của tiêu chí'})`,
  },
  'cell/off-step': {
    title: 'Điểm không theo bước điểm quy định',
    message: (d) => `${s(d.value)} không phải bội số của bước điểm ${n(d.step)}`,
  },
  'cell/not-allowed': {
    title: 'Điểm không thuộc các mức cho phép',
    message: (d) => `${s(d.value)} không thuộc các mức cho phép ${n(d.allowed)}`,
  },
  'cell/na-not-allowed': {
    title: 'Ghi không đánh giá ở tiêu chí bắt buộc',
    message: (d) => `"${s(d.value)}" là không đánh giá, nhưng tiêu chí này áp dụng cho mọi đơn vị`,
  },
  'cell/value-out-of-range': {
    title: 'Giá trị đo nằm ngoài phạm vi của quy tắc',
    message: (d) => `giá trị đo ${s(d.value)} nằm ngoài ${s(d.range)}`,
  },
  'cell/unknown-answer': {
    title: 'Câu trả lời không thuộc các phương án',
    message: (d) => `"${s(d.value)}" không thuộc các phương án ${s(d.expected)}`,
  },
  'cell/date': {
    title: 'Ô chứa ngày tháng thay vì số',
    message: (d) => `chứa ngày tháng (${s(d.value)}); Excel có thể đã đổi số "1.5" thành ngày`,
    hint: 'Định dạng cột là Số (Number) rồi nhập lại.',
  },
  'cell/formula-error': {
    title: 'Công thức cho kết quả lỗi',
    message: (d) => `công thức cho kết quả lỗi ${s(d.value)}`,
  },
  'cell/formula-no-value': {
    title: 'Công thức chưa được tính kết quả',
    message: (d) => `công thức =${s(d.formula)} chưa có kết quả được lưu`,
    hint: 'Mở và lưu lại tệp bằng Excel hoặc LibreOffice để lưu kết quả.',
  },
  'cell/adjustment-above-cap': {
    title: 'Điểm thưởng/trừ vượt mức tối đa',
    message: (d) => `${s(d.value)} vượt mức tối đa ${n(d.max)} của "${s(d.name)}"`,
  },
  'cell/na-lookalike': {
    title: 'Ký hiệu gần giống ký hiệu không đánh giá của bộ chỉ số',
    message: (d) => `"${s(d.value)}" không phải là điểm; bộ chỉ số này ghi không đánh giá là ${s(d.marks)}`,
    hint: 'Ghi đúng một trong các ký hiệu của bộ chỉ số (naTokens).',
  },
  'cell/ambiguous-separator': {
    title: 'Dấu chấm có thể là dấu phân cách hàng nghìn trong bảng dùng dấu phẩy thập phân',
    message: (d) => `"${s(d.value)}" được đọc là ${s(d.read)} (dấu chấm thập phân), nhưng bảng này dùng dấu phẩy thập phân: là ${s(d.read)} hay gấp nghìn lần?`,
    hint: 'Dùng một kiểu dấu thập phân trong cả bảng.',
  },
  'check/not-checked': {
    title: 'Số tổng ghi trong bảng không kiểm tra được',
    message: (d) => `không kiểm tra được ${totalNamed(d)} ghi ở cột này: ${s(d.cells)} ô công thức được lưu mà không có kết quả`,
    hint: 'Mở và lưu lại tệp bằng Excel hoặc LibreOffice để lưu kết quả.',
  },
  'check/reported-mismatch': {
    title: 'Số tổng ghi trong bảng khác số tính lại',
    message: (d) => `bảng ghi ${totalNamed(d)} = ${s(d.reported)}, tính lại từ điểm thành phần được ${n(d.computed)}`,
  },
  'row/unknown-criterion': {
    title: 'Dòng ghi tiêu chí không có trong bộ chỉ số',
    message: (d) => `tiêu chí "${s(d.code)}" không có trong bộ "${s(d.set)}"`,
    hint: 'Có thể bảng được lập theo bộ chỉ số của năm khác.',
  },
  'unit/missing-criterion': {
    title: 'Đơn vị thiếu điểm một tiêu chí',
    message: (d) => `thiếu điểm tiêu chí ${s(d.code)} "${s(d.name)}"`,
  },
  'unit/duplicate-criterion': {
    title: 'Một tiêu chí được chấm hai lần cho cùng đơn vị',
    message: (d) => `tiêu chí ${s(d.code)} được chấm lần nữa (lần đầu tại ${place(d)})`,
  },
  'form/max-mismatch': {
    title: 'Điểm tối đa in trên biểu khác bộ chỉ số',
    message: (d) => `biểu ghi điểm tối đa của ${s(d.code)} là ${s(d.printed)}, bộ chỉ số "${s(d.set)}" quy định ${n(d.max)}`,
    hint: 'Dùng biểu mẫu theo bộ chỉ số của năm đánh giá.',
  },
  'form/no-unit': {
    title: 'Biểu không ghi rõ đơn vị',
    message: () => 'không xác định được đơn vị của biểu: không có ô "Mã đơn vị: …" và tên tệp không bắt đầu bằng mã đơn vị',
    hint: 'Ghi "Mã đơn vị: 25102" phía trên bảng, hoặc đặt tên tệp "25102 - Xã An Bình.xlsx".',
  },
  'form/self-only': {
    title: 'Biểu chưa có điểm thẩm định',
    message: (d) => 'chưa có điểm thẩm định: dùng điểm tự đánh giá',
  },
  'cell/evidence-missing': {
    title: 'Thiếu tài liệu kiểm chứng ở tiêu chí bắt buộc',
    message: (d) => `tiêu chí ${s(d.code)} yêu cầu tài liệu kiểm chứng nhưng ô tài liệu kiểm chứng để trống`,
    hint: 'Ghi số, ngày văn bản chứng minh điểm tự đánh giá.',
  },
  'units/unknown-unit': {
    title: 'Mã đơn vị không có trong danh sách đơn vị',
    message: (d) => `đơn vị ${s(d.unit)} không có trong danh sách ${s(d.list)}`,
  },
  'units/name-mismatch': {
    title: 'Tên đơn vị khác danh sách đơn vị',
    message: (d) => `đơn vị ${s(d.unit)} ghi tên "${s(d.name)}" nhưng danh sách ${s(d.list)} ghi "${s(d.listed)}"`,
  },
  'units/not-submitted': {
    title: 'Đơn vị trong danh sách chưa nộp',
    message: (d) => `đơn vị ${s(d.unit)} "${s(d.name)}" chưa gửi bảng điểm`,
  },
  'reconcile/appraised-above-self': {
    title: 'Điểm thẩm định cao hơn điểm tự đánh giá',
    message: (d) => `điểm thẩm định ${n(d.appraised)} cao hơn điểm tự đánh giá ${n(d.self)} ở tiêu chí ${s(d.code)}`,
  },
  'reconcile/large-difference': {
    title: 'Điểm tự đánh giá và điểm thẩm định chênh lệch lớn',
    message: (d) => `điểm tự đánh giá ${n(d.self)} và điểm thẩm định ${n(d.appraised)} chênh ${n(d.diff)} (quá ${n(d.threshold)}) ở tiêu chí ${s(d.code)}`,
  },
  'map/no-header': {
    title: 'Bảng ánh xạ đơn vị thiếu cột mã cũ, mã mới',
    message: (d) => 'không có dòng tiêu đề với cột mã cũ và cột mã mới (cần, ví dụ, "Mã đơn vị cũ", "Mã đơn vị mới", tuỳ chọn "Dân số")',
  },
  'map/missing-code': {
    title: 'Dòng ánh xạ chỉ có một trong hai mã',
    message: (d) => `thiếu mã ${d.side === 'old' ? 'cũ' : 'mới'} (mã cũ "${s(d.old)}", mã mới "${s(d.new)}")`,
  },
  'map/bad-weight': {
    title: 'Trọng số trong bảng ánh xạ không phải số dương',
    message: (d) => `trọng số "${s(d.value)}" của ${s(d.old)} → ${s(d.new)} không phải số dương (cột "${s(d.column)}")`,
  },
  'map/duplicate': {
    title: 'Một đơn vị được ánh xạ hai lần',
    message: (d) => `${s(d.old)} → ${s(d.new)} bị ánh xạ lại (đã có ở dòng ${s(d.firstRow)}); dòng này bị bỏ qua`,
  },
  'map/unknown-code': {
    title: 'Mã trong bảng ánh xạ không có ở năm nào',
    message: (d) => `mã ${d.side === 'old' ? 'cũ' : 'mới'} ${s(d.code)} không có trong kết quả năm ${d.side === 'old' ? 'trước' : 'sau'} nào (${s(d.years)})`,
  },
  'compare/no-predecessor': {
    title: 'Đơn vị năm sau không có đơn vị tiền thân trong bảng ánh xạ',
    message: (d) => `đơn vị ${s(d.unit)} "${s(d.name)}" năm ${s(d.year)} không có ở năm ${s(d.earlierYear)} và không dòng ánh xạ nào dẫn tới: không có số liệu để so sánh`,
    hint: 'Bổ sung các dòng đơn vị cũ của nó vào tệp --map.',
  },
  'compare/years-out-of-order': {
    title: 'Các báo cáo kết quả không theo thứ tự năm',
    message: (d) => `${s(d.file)} (năm ${s(d.year)}) đứng sau báo cáo năm ${n(d.previous)}: các năm được so sánh theo thứ tự đã nhập`,
  },
  'survey/no-header': {
    title: 'Bảng phiếu khảo sát không có dòng tiêu đề gồm đơn vị và câu hỏi',
    message: (d) => `không thấy dòng tiêu đề có cột đơn vị và các cột câu hỏi khảo sát (hoặc "Mã tiêu chí" và "Trả lời") trong ${s(d.scanned)} dòng đầu`,
    hint: 'Đặt tiêu đề cột "Mã đơn vị", "Nhóm", "Mã phiếu" và mã các câu hỏi (7.1.1 …).',
  },
  'survey/missing-group-column': {
    title: 'Bộ chỉ số có nhóm đối tượng nhưng bảng phiếu không có cột nhóm',
    message: (d) => `bộ chỉ số tính trọng số theo nhóm đối tượng (${s(d.groups)}) nhưng bảng không có cột "Nhóm"`,
  },
  'survey/unknown-unit': {
    title: 'Phiếu đánh giá một đơn vị không có trong danh sách',
    message: (d) => `đơn vị ${s(d.unit)} không có trong ${s(d.list)}; các câu trả lời của phiếu không được tính`,
  },
  'survey/unknown-group': {
    title: 'Nhóm đối tượng không có trong bộ chỉ số',
    message: (d) => `nhóm "${s(d.group)}" không thuộc ${s(d.groups)}; các câu trả lời của phiếu không được tính`,
  },
  'survey/duplicate-respondent': {
    title: 'Một phiếu khảo sát bị nhập hai lần',
    message: (d) => `phiếu ${s(d.respondent)} của đơn vị ${s(d.unit)} đã có tại ${place(d)}; chỉ tính lần đầu`,
  },
  'survey/few-responses': {
    title: 'Số câu trả lời ít hơn mức tối thiểu của bộ chỉ số',
    message: (d) => `câu ${s(d.code)} của đơn vị ${s(d.unit)} chỉ có ${s(d.n)} câu trả lời, ít hơn ${n(d.min)}`,
  },
  'survey/same-answer': {
    title: 'Phiếu chọn cùng một phương án cho mọi câu hỏi',
    message: (d) => `phiếu ${s(d.respondent)} chọn cùng một mức ("${s(d.answer)}", ${n(d.percent)} % điểm tối đa) cho cả ${s(d.items)} câu hỏi`,
    hint: 'Theo thông lệ điều tra, phiếu như vậy cần được xem lại; phiếu vẫn được tính.',
  },
  'annex/no-table': {
    title: 'Không tìm thấy bảng phụ lục',
    message: () => 'không có bảng nào có cột tiêu chí và cột điểm tối đa (tiêu đề như "STT", "Nội dung", "Điểm tối đa")',
    hint: 'Kiểm tra phụ lục là một bảng, không phải văn bản căn bằng tab.',
  },
  'annex/missing-max': {
    title: 'Tiêu chí trong phụ lục không có điểm tối đa',
    message: (d) => `tiêu chí ${s(d.code)} không có điểm tối đa`,
  },
  'annex/bad-max': {
    title: 'Điểm tối đa không phải là số',
    message: (d) => `điểm tối đa "${s(d.value)}" của tiêu chí ${s(d.code)} không phải là số`,
  },
  'annex/max-computed': {
    title: 'Điểm tối đa của tiêu chí cha lấy bằng tổng tiêu chí con',
    message: (d) => `không ghi điểm tối đa: lấy bằng tổng các tiêu chí con, ${n(d.max)}`,
  },
  'annex/rule-inferred': {
    title: 'Quy tắc chấm điểm đọc từ hướng dẫn chấm',
    message: (d) => `hướng dẫn chấm được hiểu là quy tắc "${s(d.rule)}": ${s(d.summary)}; đề nghị rà soát`,
  },
  'annex/flag-inferred': {
    title: 'Điều tra XHH, không áp dụng hoặc tài liệu kiểm chứng đọc từ phụ lục',
    message: (d) => `nội dung phụ lục được hiểu là: ${FLAGS[d.flag]}`,
  },
  'annex/row-joined': {
    title: 'Dòng không đánh số được nối vào tiêu chí phía trên',
    message: (d) => `dòng không có số thứ tự và điểm tối đa được nối vào tiêu chí ${s(d.code)}`,
  },
  'annex/missing-metadata': {
    title: 'Phụ lục không ghi năm hoặc cấp đánh giá',
    message: (d) => `phụ lục không ghi ${d.key === 'year' ? 'năm đánh giá' : 'cấp đánh giá'} của bộ chỉ số; hãy khai báo bằng ${s(d.option)}`,
  },
  'template/set-mismatch': {
    title: 'Bảng điểm được tạo từ bộ chỉ số hoặc năm khác',
    message: (d) => `bảng này được tạo từ bộ chỉ số ${s(d.found)}, không phải ${s(d.expected)}`,
    hint: 'Tạo lại biểu mẫu bằng `parindex template` từ bộ chỉ số đang dùng.',
  },
};

/** The words of the reports: common words, the ranked table's columns, and the XLSX, Markdown and HTML reports. */
export const report: ReportWords = {
  words: {
    code: 'Mã',
    criterion: 'Tiêu chí',
    max: 'Điểm tối đa',
    method: 'Phương pháp',
    scoring: 'Cách chấm',
    appraisal: 'thẩm định',
    survey: 'điều tra XHH',
    naAllowed: 'được KĐG',
    total: 'Tổng',
    points: 'điểm',
    fields: 'lĩnh vực',
    criteria: 'tiêu chí',
    leaves: 'tiêu chí chấm điểm',
    surveyShare: 'tỷ trọng điều tra XHH',
    adjustments: 'Điểm thưởng, điểm trừ',
    bonus: 'điểm thưởng',
    penalty: 'điểm trừ',
    bands: 'Xếp loại',
    blocks: 'Khối',
    ties: 'Đồng hạng',
    level: 'Cấp',
    year: 'Năm',
    decision: 'Quyết định',
    yes: 'có',
    no: 'không',
    department: 'cấp sở',
    district: 'cấp huyện',
    commune: 'cấp xã',
    province: 'cấp tỉnh',
    ministry: 'cấp bộ',
    field: 'Lĩnh vực',
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    errors: 'lỗi',
    warnings: 'cảnh báo',
  },
  labels: {
    rank: 'Hạng',
    block: 'Khối',
    code: 'Mã',
    unit: 'Đơn vị',
    field: 'LV',
    total: 'Tổng điểm',
    effectiveMax: 'Điểm tối đa thực tế',
    index: 'Chỉ số (%)',
    band: 'Xếp loại',
    appraisal: 'Điểm thẩm định',
    survey: 'Điểm điều tra XHH',
    bonus: 'Điểm thưởng',
    penalty: 'Điểm trừ',
    mean: 'Chỉ số trung bình',
    units: 'đơn vị',
    excluded: 'Không xếp hạng (có lỗi)',
    source: 'Nguồn',
  },
  xlsx: {
    criteriaSheet: 'Tiêu chí',
    excludedSheet: 'Không xếp hạng',
    runSheet: 'Thông tin',
    fieldIndex: 'Chỉ số',
    unitCount: 'Số đơn vị',
    naAllowed: 'Được KĐG',
    file: 'Tệp',
    sheet: 'Trang tính',
    row: 'Dòng',
    errorCount: 'Số lỗi',
    tool: 'Công cụ',
    criteriaSet: 'Bộ chỉ số',
    title: 'Tên',
    bytes: 'Số byte',
    inputs: 'Tệp đầu vào',
    options: 'Tùy chọn',
    value: 'Giá trị',
    diagnostics: 'Thông báo',
    severity: 'Mức độ',
    location: 'Vị trí',
    message: 'Nội dung',
    dropped: 'Không giữ lại (vượt giới hạn)',
    notListed: 'thông báo nữa không liệt kê ở đây',
    kind: 'Loại',
    bandFrom: 'Từ chỉ số (%)',
    allBlocks: 'Mọi khối',
    reconcileSheet: 'Đối chiếu',
    reconcileTitle: 'Đối chiếu điểm tự đánh giá và điểm thẩm định',
    selfPoints: 'Điểm tự đánh giá',
    appraisedPoints: 'Điểm thẩm định',
    difference: 'Chênh lệch',
    unitTotal: 'Tổng (trước điểm thưởng, trừ)',
    notApplicable: 'KĐG',
  },
  md: {
    title: 'Kiểm tra bảng điểm',
    file: 'Tệp',
    units: 'Đơn vị',
    unitsWithErrors: 'Đơn vị có lỗi',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    notes: 'Thông tin',
    place: 'Vị trí',
    severity: 'Mức',
    message: 'Nội dung',
    noFile: 'Không thuộc tệp nào',
  },
  html: {
    reportTitle: 'Kết quả Chỉ số cải cách hành chính',
    contents: 'Nội dung',
    overview: 'Tổng quan',
    ranking: 'Bảng xếp hạng',
    indexChart: 'Chỉ số của từng đơn vị, theo thứ hạng',
    indexChartDesc: 'Mỗi cột là một đơn vị, tô màu theo xếp loại; các đường ngang là ngưỡng xếp loại và chỉ số trung bình. Số liệu có trong bảng xếp hạng.',
    indexHistogram: 'Số đơn vị theo chỉ số',
    indexHistogramDesc: 'Số đơn vị có chỉ số trong từng khoảng, tô màu theo xếp loại; các đường nét đứt là ngưỡng xếp loại, đường liền là chỉ số trung bình. Bảng số liệu ở dưới.',
    bandChart: 'Phân bố xếp loại',
    heatMap: 'Chỉ số thành phần theo lĩnh vực (%)',
    heatMapDesc: 'Mỗi cột là một đơn vị theo thứ hạng, mỗi hàng một lĩnh vực; màu càng đậm chỉ số càng cao. Bảng số liệu ở dưới.',
    histogramNote: 'Khối có {units} đơn vị, quá nhiều để vẽ mỗi đơn vị một cột: mỗi cột ở đây là số đơn vị có chỉ số nằm trong một khoảng rộng {step} điểm phần trăm. Chỉ số của từng đơn vị có trong bảng xếp hạng.',
    heatMapGroupsDesc: 'Mỗi cột là một nhóm đơn vị liền nhau theo thứ hạng, mỗi hàng một lĩnh vực; màu càng đậm, chỉ số thành phần trung bình càng cao. Bảng số liệu ở dưới.',
    unitsInRankOrder: 'Số đơn vị tính theo thứ hạng (cộng dồn)',
    heatGroupsNote: 'Mỗi cột gồm {size} đơn vị liền nhau trong bảng xếp hạng (cột cuối có thể ít hơn), tô màu theo trung bình chỉ số thành phần của các đơn vị đó.',
    dataTable: 'Bảng số liệu',
    notApplicableField: 'không đánh giá',
    capped: 'Tổng điểm bị giới hạn ở điểm tối đa thực tế',
    sortHint: 'Bấm vào tiêu đề cột để sắp xếp.',
    rankAxis: 'Hạng',
    meanShort: 'TB',
    count: 'Số đơn vị',
    share: 'Tỷ lệ (%)',
    from: 'Từ chỉ số (%)',
    criteriaSet: 'Bộ chỉ số',
    fieldsCaption: 'Các lĩnh vực',
    inputs: 'Tệp đầu vào',
    file: 'Tệp',
    bytes: 'Số byte',
    tool: 'Công cụ',
    diagnostics: 'Thông báo khi đọc dữ liệu',
    noDiagnostics: 'Không có lỗi hay cảnh báo nào.',
    firstProblems: 'Những thông báo đầu tiên',
    moreProblems: 'thông báo nữa không liệt kê ở đây',
    location: 'Vị trí',
    severity: 'Mức độ',
    message: 'Nội dung',
    errorCount: 'Số lỗi',
    firstError: 'Lỗi đầu tiên',
    generatedBy: 'Tạo bởi',
    page: 'Trang',
  },
};

export { cli, help, type CliMessages, type HelpWords } from './vi-cli.js';

/** The words of the survey reports (parindex survey). */
export const survey: Words<typeof enSurvey> = {
  title: 'Điều tra xã hội học',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  code: 'Mã',
  unit: 'Đơn vị',
  respondents: 'Số phiếu',
  surveyPoints: 'Điểm điều tra XHH',
  satisfaction: 'Tỷ lệ hài lòng (%)',
  interval: 'Khoảng tin cậy 95 %',
  answers: 'câu trả lời',
  overall: 'Toàn tỉnh',
  satisfiedLine: 'hài lòng',
  satisfiedAt: 'câu trả lời được tính là hài lòng từ',
  ofMax: 'điểm tối đa của câu hỏi',
  weights: 'trọng số nhóm',
  pointsSheet: 'Điểm điều tra',
  responseFile: 'tệp phiếu khảo sát',
  noSurveyItems: 'không có tiêu chí điều tra XHH (method "survey")',
};

/** The words of the comparison reports (parindex compare); {0}, {1}… are filled in. */
export const compare: Words<typeof enCompare> = {
  title: 'So sánh Chỉ số cải cách hành chính qua các năm',
  pair: 'Năm {0} so với năm {1}',
  block: 'Khối',
  rank: 'Hạng',
  rankChange: 'Thay đổi hạng',
  code: 'Mã',
  unit: 'Đơn vị',
  index: 'Chỉ số {0} (%)',
  change: 'Tăng/giảm (điểm %)',
  band: 'Xếp loại {0}',
  bandChanged: 'Đổi xếp loại',
  pointsChange: 'Tăng/giảm tổng điểm',
  fieldChange: 'LV{0} (điểm %)',
  origin: 'Ghi chú',
  yes: 'có',
  no: 'không',
  up: 'tăng {0} bậc',
  down: 'giảm {0} bậc',
  level: 'giữ nguyên',
  merged: 'sáp nhập từ {0} đơn vị ({1})',
  mergedWeighted: 'bình quân gia quyền theo {0}',
  mergedEqual: 'bình quân',
  split: 'tách từ {0}',
  renamed: 'trước đây là {0}',
  new: 'đơn vị mới',
  gone: 'Không còn năm {0}',
  blockGone: 'Khối không còn năm {0} ({1} đơn vị năm {2})',
  blockNew: 'Khối mới năm {0}',
  mean: 'Chỉ số trung bình',
  units: 'Số đơn vị',
  sameSet: 'Cùng bộ chỉ số ({0} → {1}): so sánh chỉ số và tổng điểm.',
  changedSet: 'Bộ chỉ số thay đổi ({0} → {1}: {2}): chỉ so sánh chỉ số (%), không so sánh điểm.',
  fieldAdded: 'thêm lĩnh vực {0}',
  fieldRemoved: 'bỏ lĩnh vực {0}',
  fieldRenamed: 'lĩnh vực {0} đổi tên',
  fieldMax: 'điểm tối đa lĩnh vực {0}: {1} → {2}',
  leaves: 'tiêu chí thêm {0}, bỏ {1}',
  fieldsMatched: 'Lĩnh vực so sánh được (cùng mã và tên): {0}.',
  fieldsCodeOnly: 'Lĩnh vực so sánh theo mã (báo cáo không ghi tên): {0}.',
  fieldsNotMatched: 'Lĩnh vực không so sánh: {0}.',
  onlyIn: '{0} (chỉ có năm {1})',
  nameDiffers: '{0} (khác tên: "{1}" / "{2}")',
  none: 'không có',
  trend: 'Diễn biến chỉ số qua các năm',
  trendNote: 'Giá trị năm trước của đơn vị sáp nhập là bình quân (gia quyền, nếu bảng ánh xạ có trọng số) chỉ số các đơn vị cũ.',
  map: 'Bảng ánh xạ đơn vị: {0}',
  reports: 'Báo cáo',
  year: 'Năm',
  file: 'Tệp',
  criteriaSet: 'Bộ chỉ số',
  earlierYear: 'Năm trước',
  laterYear: 'Năm sau',
  earlierIndex: 'Chỉ số năm trước (%)',
  laterIndex: 'Chỉ số năm sau (%)',
  earlierRank: 'Hạng năm trước',
  laterRank: 'Hạng năm sau',
  earlierBand: 'Xếp loại năm trước',
  laterBand: 'Xếp loại năm sau',
  slope: 'Biểu đồ chỉ số {0}',
  diagnostics: 'Cảnh báo và lỗi',
};
