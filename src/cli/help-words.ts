/**
 * Every word of `--help`, in each language. The English table names the keys; the Vietnamese one must have every
 * key (the compiler checks), so no help text is left in English under `--lang vi` or a vi locale.
 */
import type { Lang } from '../core/lang.js';

const en = {
  // commander's own words
  usage: 'Usage:',
  options: 'Options:',
  commands: 'Commands:',
  arguments: 'Arguments:',
  globalOptions: 'Global Options:',
  optionsPlaceholder: '[options]',
  commandPlaceholder: '[command]',
  default: 'default',
  choices: 'choices',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  versionOption: 'output the version number',
  // the program
  program: 'Score, validate and rank the PAR index (Chỉ số cải cách hành chính)',
  programAfter:
    '\nExit codes: 0 no problem at or above --fail-on, 1 problems found in the data, 2 the run could not happen.\n' +
    '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json',
  // score
  score: "read score sheets, check them against a criteria set, compute each unit's index and rank units within their blocks",
  scoreSheets: 'score sheets (.xlsx, .csv) or folders of them; - for standard input',
  scoreFormat: 'output format',
  scoreAfter:
    '\nExamples:\n' +
    '  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json\n' +
    '  parindex score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format csv > ket-qua.csv\n' +
    '  parindex score bang-diem-xa/ -c fixtures/demo/criteria-xa.json -o ket-qua.xlsx\n' +
    '  parindex score bieu-tu-danh-gia/ -c criteria-xa.json --units don-vi.csv --layout form -o ket-qua.xlsx\n' +
    '  parindex score so.xlsx -c so.json --format json --format md --out-dir ket-qua/\n' +
    '\nExit codes: 0 ranked with no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
  // validate
  validate: 'check submitted sheets against a criteria set, without ranking: every problem at its sheet and cell, in formats CI understands',
  validateSheets: 'submissions (.xlsx, .csv) or folders of them; - for standard input',
  validateFormat: 'report format',
  validateAfter:
    '\nExamples:\n' +
    '  parindex validate nop-bai/ -c fixtures/demo/criteria-xa.json\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --units don-vi.csv --format github\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format sarif -o parindex.sarif\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format junit --format md --out-dir bao-cao/\n' +
    '\nExit codes: 0 no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
  formatRepeat: 'repeat with --out-dir for several',
  // options of score and validate
  criteria: 'criteria set (JSON)',
  output: 'write the report to this file (format from its extension unless --format)',
  outDir: 'write one file per --format into this folder (created if missing)',
  layout: 'sheet layout: wide (a row per unit), form (a per-unit form), long (a row per unit × criterion)',
  sheet: 'read only this sheet of each workbook',
  block: 'the block of every unit in these files (when the sheet has no "Khối" column)',
  units: 'the official unit list (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): names and blocks for forms that carry only a code, unknown units, units that sent nothing',
  self: 'a wide sheet of self-assessed points to reconcile with the appraised ones (repeatable)',
  survey: 'survey questionnaires (CSV/XLSX, a row per respondent): their survey points are merged into the units (repeatable)',
  diffThreshold: 'warn where self-assessed and appraised points of a criterion differ by more than this',
  codeColumn: 'the unit code column, when its header is not recognised',
  nameColumn: 'the unit name column',
  blockColumn: 'the block column',
  failOn: 'exit 1 when there are problems at this level: error, warning or never',
  maxDiagnostics: 'print at most this many problems (all are counted)',
  lang: 'language of messages and reports (vi or en; default from the locale)',
  noColor: 'no colours',
  // criteria
  criteriaGroup: 'check, show and describe criteria sets (bộ chỉ số)',
  criteriaGroupAfter:
    '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex criteria show fixtures/criteria/xa-2024.json --format md\n  parindex criteria schema > criteria-set.schema.json',
  criteriaFileArg: 'criteria set (JSON)',
  check: 'check a criteria set file: shape, codes, sums, bands, rules; exit 1 when it has errors',
  checkFormat: 'text (default) or json',
  checkAfter: '\nExample:\n  parindex criteria check fixtures/criteria/xa-2024.json',
  show: 'print the criteria tree as in the annex of a decision: code, name, max, method, rule in words',
  showFormat: 'table (default), md or json',
  showAfter: '\nExample:\n  parindex criteria show fixtures/criteria/xa-2024.json --lang vi',
  schema: 'print the JSON Schema of the criteria-set format (the file committed as schemas/criteria-set.schema.json)',
  schemaAfter: '\nExample:\n  parindex criteria schema > criteria-set.schema.json',
  wide: 'terminal table: every column whatever the terminal width',
  csvDialect: 'CSV: rfc (commas, decimal points; default) or excel-vi (semicolons, decimal commas: Excel/LibreOffice set to Vietnamese)',
  issuer: 'XLSX annex: the issuing body, e.g. "UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ" (\\n: a second line)',
  decision: 'XLSX annex: the number of the decision it is attached to, e.g. 125/QĐ-UBND',
  date: "XLSX annex: the decision's date",
  place: 'XLSX annex: where it is signed, e.g. "Đồng Tháp"',
  signerTitle: 'XLSX annex: the signer\'s title, e.g. "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"',
  signer: "XLSX annex: the signer's name",
} as const;

export type HelpKey = keyof typeof en;

const vi: Record<HelpKey, string> = {
  usage: 'Cách dùng:',
  options: 'Tuỳ chọn:',
  commands: 'Lệnh:',
  arguments: 'Tham số:',
  globalOptions: 'Tuỳ chọn chung:',
  optionsPlaceholder: '[tuỳ-chọn]',
  commandPlaceholder: '[lệnh]',
  default: 'mặc định',
  choices: 'chọn một trong',
  helpOption: 'hiển thị trợ giúp của lệnh',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  versionOption: 'in số phiên bản',
  program: 'Chấm điểm, kiểm tra và xếp hạng Chỉ số cải cách hành chính (PAR Index)',
  programAfter:
    '\nMã thoát: 0 không có vấn đề nào từ mức --fail-on trở lên, 1 dữ liệu có vấn đề, 2 không chạy được.\n' +
    '\nVí dụ:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json',
  score: 'đọc bảng điểm, kiểm tra theo bộ chỉ số, tính chỉ số của từng đơn vị và xếp hạng các đơn vị trong từng khối',
  scoreSheets: 'bảng điểm (.xlsx, .csv) hoặc thư mục chứa bảng điểm; - để đọc từ đầu vào chuẩn',
  scoreFormat: 'định dạng kết quả',
  scoreAfter:
    '\nVí dụ:\n' +
    '  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json\n' +
    '  parindex score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format csv > ket-qua.csv\n' +
    '  parindex score bang-diem-xa/ -c fixtures/demo/criteria-xa.json -o ket-qua.xlsx\n' +
    '  parindex score bieu-tu-danh-gia/ -c criteria-xa.json --units don-vi.csv --layout form -o ket-qua.xlsx\n' +
    '  parindex score so.xlsx -c so.json --format json --format md --out-dir ket-qua/\n' +
    '\nMã thoát: 0 đã xếp hạng, không có vấn đề nào từ mức --fail-on trở lên; 1 có vấn đề; 2 không chạy được.',
  validate: 'kiểm tra các bảng đã nộp theo bộ chỉ số, không xếp hạng: mỗi vấn đề kèm trang tính và ô, theo các định dạng mà CI đọc được',
  validateSheets: 'các bảng đã nộp (.xlsx, .csv) hoặc thư mục chứa chúng; - để đọc từ đầu vào chuẩn',
  validateFormat: 'định dạng báo cáo',
  validateAfter:
    '\nVí dụ:\n' +
    '  parindex validate nop-bai/ -c fixtures/demo/criteria-xa.json\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --units don-vi.csv --format github\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format sarif -o parindex.sarif\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format junit --format md --out-dir bao-cao/\n' +
    '\nMã thoát: 0 không có vấn đề nào từ mức --fail-on trở lên; 1 có vấn đề; 2 không chạy được.',
  formatRepeat: 'lặp lại cùng --out-dir để ghi nhiều định dạng',
  criteria: 'bộ chỉ số (JSON)',
  output: 'ghi kết quả vào tệp này (định dạng theo phần mở rộng, trừ khi có --format)',
  outDir: 'ghi mỗi --format thành một tệp trong thư mục này (tạo nếu chưa có)',
  layout: 'kiểu bảng: wide (mỗi đơn vị một dòng), form (mỗi đơn vị một biểu), long (mỗi dòng một đơn vị × tiêu chí)',
  sheet: 'chỉ đọc trang tính này trong mỗi tệp',
  block: 'khối của mọi đơn vị trong các tệp này (khi bảng không có cột "Khối")',
  units: 'danh sách đơn vị chính thức (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): tên và khối cho biểu chỉ có mã, đơn vị lạ, đơn vị chưa nộp',
  self: 'bảng điểm tự đánh giá (kiểu wide) để đối chiếu với điểm thẩm định (lặp lại được)',
  survey: 'bảng phiếu khảo sát (CSV/XLSX, mỗi dòng một phiếu): điểm điều tra xã hội học được ghép vào các đơn vị (lặp lại được)',
  diffThreshold: 'cảnh báo khi điểm tự đánh giá và điểm thẩm định của một tiêu chí chênh nhau quá mức này',
  codeColumn: 'cột mã đơn vị, khi tiêu đề cột không được nhận ra',
  nameColumn: 'cột tên đơn vị',
  blockColumn: 'cột khối',
  failOn: "thoát với mã 1 khi có vấn đề từ mức này: 'error', 'warning' hoặc 'never'",
  maxDiagnostics: 'in tối đa chừng này vấn đề (vẫn đếm tất cả)',
  lang: 'ngôn ngữ của thông báo và báo cáo (vi hoặc en; mặc định theo locale)',
  noColor: 'không tô màu',
  criteriaGroup: 'kiểm tra, hiển thị và mô tả bộ chỉ số',
  criteriaGroupAfter:
    '\nVí dụ:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex criteria show fixtures/criteria/xa-2024.json --format md\n  parindex criteria schema > criteria-set.schema.json',
  criteriaFileArg: 'bộ chỉ số (JSON)',
  check: 'kiểm tra tệp bộ chỉ số: cấu trúc, mã, tổng điểm, thang xếp loại, quy tắc chấm; thoát với mã 1 khi có lỗi',
  checkFormat: 'text (mặc định) hoặc json',
  checkAfter: '\nVí dụ:\n  parindex criteria check fixtures/criteria/xa-2024.json',
  show: 'in cây tiêu chí như phụ lục của quyết định: mã, tên, điểm tối đa, phương pháp, quy tắc chấm bằng lời',
  showFormat: 'table (mặc định), md hoặc json',
  showAfter: '\nVí dụ:\n  parindex criteria show fixtures/criteria/xa-2024.json --lang vi',
  schema: 'in JSON Schema của định dạng bộ chỉ số (tệp schemas/criteria-set.schema.json)',
  schemaAfter: '\nVí dụ:\n  parindex criteria schema > criteria-set.schema.json',
  wide: 'bảng trên màn hình: đủ mọi cột, bất kể độ rộng cửa sổ',
  csvDialect: 'CSV: rfc (dấu phẩy ngăn cột, dấu chấm thập phân; mặc định) hoặc excel-vi (dấu chấm phẩy, dấu phẩy thập phân: Excel/LibreOffice cài đặt tiếng Việt)',
  issuer: 'phụ lục XLSX: cơ quan ban hành, ví dụ "UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ" (\\n: xuống dòng)',
  decision: 'phụ lục XLSX: số quyết định kèm theo, ví dụ 125/QĐ-UBND',
  date: 'phụ lục XLSX: ngày ban hành quyết định',
  place: 'phụ lục XLSX: địa danh nơi ký, ví dụ "Đồng Tháp"',
  signerTitle: 'phụ lục XLSX: chức danh người ký, ví dụ "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"',
  signer: 'phụ lục XLSX: họ tên người ký',
};

const tables: Record<Lang, Record<HelpKey, string>> = { en, vi };

/** A help text in the run's language. */
export function helpWord(key: HelpKey, lang: Lang): string {
  return tables[lang][key];
}

/** The help tables, for the test that no Vietnamese entry is left in English. */
export const helpTables = tables;
