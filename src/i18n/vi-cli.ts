/**
 * The command line's own words in Vietnamese: its messages and every word of `--help`, typed from the English ones
 * (./en-cli.ts), so a key missing in either language does not compile. Kept apart so that `--help` loads these alone.
 */
import type { cli as enCli, help as enHelp } from './en-cli.js';

/** The English `--help` keys, each a string. */
export type HelpWords = { readonly [K in keyof typeof enHelp]: string };
/** The English CLI messages' keys and arguments. */
export type CliMessages = { readonly [K in keyof typeof enCli]: (typeof enCli)[K] extends (...args: infer A) => string ? (...args: A) => string : never };

/** What the command line itself says (files it cannot open, options that do not fit together). */
export const cli: CliMessages = {
  noSuchFile: () => 'không có tệp này',
  isFolder: () => 'đây là thư mục, không phải tệp',
  fileWhereFolder: () => 'đã có một tệp trùng tên với thư mục cần tạo',
  pathPartIsFile: () => 'một phần của đường dẫn là tệp, không phải thư mục',
  permissionDenied: () => 'không có quyền đọc',
  cannotRead: (what: string, file: string, why: string) => `không đọc được ${what} '${file}': ${why}`,
  cannotWrite: (file: string, why: string) => `không ghi được '${file}': ${why}`,
  refuseOverwrite: (file: string) => `từ chối ghi đè tệp đầu vào '${file}'`,
  wrote: (file: string) => `đã ghi ${file}`,
  criteriaFile: () => 'tệp bộ chỉ số',
  scoreSheet: () => 'bảng điểm',
  unitList: () => 'danh sách đơn vị',
  setHasErrors: (file: string) => `bộ chỉ số '${file}' có lỗi`,
  setHasErrorsSeeCheck: (file: string) => `bộ chỉ số '${file}' có lỗi; chạy 'parindex criteria check' để xem`,
  noSheets: () => 'không có tệp bảng điểm nào (.xlsx, .csv)',
  unitListUnreadable: (file: string, why: string) => `${file}: không đọc được (${why})`,
  unknownBlock: (block: string, list: string) => `--block '${block}' không có trong bộ chỉ số (các khối: ${list})`,
  allUnits: () => 'Tất cả đơn vị',
  outputOrOutDir: () => 'dùng -o hoặc --out-dir, không dùng cả hai',
  formatsNeedOutDir: () => 'nhiều --format cần có --out-dir',
  unknownOutputFormat: (file: string) => `không biết định dạng của '${file}'; thêm --format`,
  xlsxTooManyRows: (sheet: string, rows: string, max: string) =>
    `trang tính '${sheet}' cần ${rows} dòng, mà một trang tính XLSX chỉ chứa tối đa ${max} dòng; dùng --format csv hoặc json`,
  xlsxTooManyBytes: (part: string) => `tệp XLSX sẽ vượt 4 GiB (${part}), quá cỡ một tệp XLSX ghi được ở đây; dùng --format csv hoặc json`,
  noXlsxOnTerminal: () => 'không in XLSX ra màn hình; dùng -o tệp.xlsx',
  helpAfterError: () => '(thêm --help để xem cách dùng)',
  survey: () => 'điều tra XHH',
  blocks: () => 'khối',
  internalError: (why: string) => `lỗi nội bộ: ${why}`,
  waitingForWriter: (file: string) => `đang chờ dữ liệu được ghi vào đường ống có tên '${file}' (Ctrl-C để dừng)`,
  systemError: (code: string) => `lỗi hệ thống ${code}`,
  noSpace: () => 'thiết bị đã hết chỗ trống',
  tooLarge: (mib: string) => `lớn hơn ${mib} MiB, mức tối đa cho một tệp đầu vào`,
  danglingLink: () => 'liên kết tượng trưng trỏ tới tệp không tồn tại',
  expectedOneOf: (list: string) => `cần một trong các giá trị ${list}`,
  expectedWholeNumber: () => 'cần một số nguyên ≥ 0',
  expectedPoints: () => 'cần số điểm ≥ 0, tối đa sáu chữ số thập phân, ví dụ 0,5',
  givenTwice: () => 'được nhập nhiều lần; tuỳ chọn này chỉ nhận một giá trị',
  emptyPath: () => 'đường dẫn rỗng',
  stdinTwice: () => "chỉ đọc được đầu vào chuẩn ('-') một lần; chỉ dùng cho một tệp đầu vào",
  surveyNeedsWide: (layout) => `điểm điều tra xã hội học chỉ ghép được vào bảng kiểu wide (mỗi đơn vị một dòng), không dùng với --layout ${layout}`,
  expectedPercent: (example) => `cần một tỷ lệ phần trăm từ 0 đến 100, ví dụ ${example}`,
  expectedYear: () => 'cần một năm từ 2000 đến 2100',
  expectedDraws: () => 'cần tối đa 1000000 lần rút',
  expectedReweight: () => 'cần LĨNH_VỰC=ĐIỂM, ví dụ 7=25 (mã lĩnh vực và điểm tối đa mới, > 0)',
  expectedDate: () => 'cần một ngày dạng YYYY-MM-DD, ví dụ 2025-03-15',
};

/** Every word of `--help`, commander's own included: no help text is left in English under `--lang vi`. */
export const help: HelpWords = {
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
  survey: 'bảng phiếu khảo sát (CSV/XLSX, mỗi dòng một phiếu): điểm điều tra xã hội học được ghép vào các đơn vị (lặp lại được)',
  wide: 'bảng trên màn hình: đủ mọi cột, bất kể độ rộng cửa sổ',
  csvDialect: 'CSV: rfc (dấu phẩy ngăn cột, dấu chấm thập phân; mặc định) hoặc excel-vi (dấu chấm phẩy, dấu phẩy thập phân: Excel/LibreOffice cài đặt tiếng Việt)',
  issuer: 'phụ lục XLSX: cơ quan ban hành, ví dụ "UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ" (\\n: xuống dòng)',
  decision: 'phụ lục XLSX: số quyết định kèm theo, ví dụ 125/QĐ-UBND',
  date: 'phụ lục XLSX: ngày ban hành quyết định',
  place: 'phụ lục XLSX: địa danh nơi ký, ví dụ "Đồng Tháp"',
  signerTitle: 'phụ lục XLSX: chức danh người ký, ví dụ "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"',
  signer: 'phụ lục XLSX: họ tên người ký',
  // template
  template: 'tạo biểu mẫu cho đơn vị điền từ bộ chỉ số: một bảng tổng hợp hoặc biểu tự đánh giá cho từng đơn vị',
  templateSet: 'bộ chỉ số (JSON)',
  templateLayout: 'wide (mỗi đơn vị một dòng) hoặc form (mỗi đơn vị một biểu, khổ A4 đứng)',
  templateUnits: 'danh sách đơn vị chính thức (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): mỗi đơn vị một dòng hoặc một biểu',
  templateOutput: 'tệp bảng tính cần ghi (.xlsx); với form: mỗi đơn vị một trang tính',
  templateOutDir: 'với form: mỗi đơn vị một tệp trong thư mục này ("25102 - Xã An Bình.xlsx")',
  templateAfter:
    '\nVí dụ:\n' +
    '  parindex template fixtures/demo/criteria-xa.json --layout wide --units don-vi.csv -o bang-diem-xa.xlsx\n' +
    '  parindex template fixtures/demo/criteria-xa.json --layout form --units don-vi.csv --out-dir bieu/',
  // compare
  compare: 'so sánh kết quả hai năm trở lên: thay đổi chỉ số, thứ hạng, xếp loại, lĩnh vực, đơn vị mới và đơn vị không còn, sáp nhập',
  compareReports: 'hai báo cáo kết quả trở lên (JSON hoặc XLSX do parindex score ghi), theo thứ tự năm',
  compareMap: 'bảng đối chiếu đơn vị (CSV/XLSX: mã cũ, mã mới, trọng số tuỳ chọn như dân số) khi sáp nhập, chia tách',
  compareAfter:
    '\nVí dụ:\n' +
    '  parindex compare ket-qua-2023.json ket-qua-2024.json\n' +
    '  parindex compare ket-qua-2023.json ket-qua-2024.xlsx ket-qua-2025.json --map sap-nhap.csv -o so-sanh.html\n' +
    '\nMã thoát: 0 đã so sánh; 1 bảng đối chiếu đơn vị có lỗi; 2 không chạy được.',
  // survey
  surveyCommand: 'tính điểm điều tra xã hội học và chỉ số hài lòng của từng đơn vị từ phiếu khảo sát',
  surveyResponses: 'bảng phiếu khảo sát (.xlsx, .csv; mỗi dòng một phiếu, hoặc một phiếu × một câu) hoặc thư mục chứa chúng',
  surveyCriteria: 'bộ chỉ số (JSON) có tiêu chí điều tra xã hội học',
  surveyUnits: 'danh sách đơn vị chính thức: câu trả lời về đơn vị khác không được tính',
  surveyOutput: 'ghi vào tệp này (định dạng theo phần mở rộng: .xlsx, .csv là bảng điểm; .json, .md, .txt là báo cáo)',
  surveyOutDir: 'ghi mỗi --format thành một tệp trong thư mục này',
  surveySatisfiedAt: 'tỷ lệ so với điểm tối đa của câu hỏi từ đó câu trả lời được tính là hài lòng',
  surveyAfter:
    '\nVí dụ:\n' +
    '  parindex survey fixtures/survey/phieu-xa.csv -c fixtures/survey/criteria-xa.json\n' +
    '  parindex survey phieu/ -c criteria-xa.json --units don-vi.csv -o diem-dieu-tra.xlsx\n' +
    '\nMã thoát: 0 không có vấn đề từ mức --fail-on trở lên; 1 có vấn đề; 2 không chạy được.',
  // sensitivity
  sensitivity: 'độ bền của thứ hạng: mô phỏng Monte Carlo trên trọng số lĩnh vực (và điểm), và bỏ từng lĩnh vực',
  sheets: 'bảng điểm (.xlsx, .csv) hoặc thư mục chứa bảng điểm',
  draws: 'số lần rút ngẫu nhiên Monte Carlo, tối đa 1.000.000 (0: chỉ --drop-field)',
  weights: 'điểm tối đa của mỗi lĩnh vực × một hệ số ngẫu nhiên đều trong 1 ± P %, rồi quy về tổng điểm của bộ chỉ số',
  noise: 'điểm của mỗi tiêu chí thành phần × một hệ số ngẫu nhiên đều trong 1 ± P %, giới hạn trong 0 … điểm tối đa',
  dropField: 'xếp hạng thêm khi bỏ lần lượt từng lĩnh vực (các lĩnh vực còn lại được quy đổi lại)',
  seed: 'hạt giống của các lần rút: cùng hạt giống cho cùng kết quả',
  sensitivityAfter:
    '\nVí dụ:\n' +
    '  parindex sensitivity fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json\n' +
    '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 10000 --weights ±25% --noise 5 --seed 7\n' +
    '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 0 --drop-field --format csv > bo-linh-vuc.csv\n' +
    '  parindex sensitivity bang-diem/ -c criteria-xa.json --drop-field -o do-nhay.xlsx\n' +
    '\nMã thoát: 0 đã phân tích, không có vấn đề từ mức --fail-on trở lên; 1 dữ liệu có vấn đề; 2 không chạy được.',
  // whatif
  whatif: 'cùng các bảng điểm với bộ chỉ số khác hoặc trọng số lĩnh vực khác: thứ hạng và xếp loại của từng đơn vị, đặt cạnh nhau',
  compareCriteria: 'bộ chỉ số thứ hai (dự thảo cho năm sau) để chấm cùng các bảng điểm',
  reweight: 'điểm tối đa mới của một lĩnh vực: điểm của lĩnh vực thay đổi theo tỷ lệ, các lĩnh vực khác giữ nguyên (lặp lại được)',
  whatifAfter:
    '\nVí dụ:\n' +
    '  parindex whatif fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --reweight 7=25\n' +
    '  parindex whatif xa.xlsx -c criteria-xa.json --reweight 1=10 --reweight 8=20 --format csv > thay-trong-so.csv\n' +
    '  parindex whatif xa.xlsx -c criteria-xa-2024.json --compare-criteria du-thao-2025.json -o so-sanh.xlsx\n' +
    '\nMã thoát: 0 đã so sánh, không có vấn đề từ mức --fail-on trở lên; 1 dữ liệu có vấn đề; 2 không chạy được.',
  // criteria import | export
  import: 'đọc phụ lục của quyết định (bảng STT, tiêu chí, điểm tối đa, hướng dẫn chấm) thành bộ chỉ số',
  importAnnex: 'bảng phụ lục: .xlsx, .csv hoặc .docx',
  importOutput: 'ghi bộ chỉ số vào tệp này (mặc định: đầu ra chuẩn)',
  importId: 'mã bộ chỉ số (mặc định: cấp và năm, ví dụ xa-2024)',
  importTitle: 'tên bộ chỉ số (mặc định: dòng tiêu đề của phụ lục)',
  importYear: 'năm đánh giá, khi tiêu đề không ghi',
  importLevel: 'cấp đơn vị được chấm',
  importDecision: 'quyết định ban hành bộ chỉ số, ví dụ 125/QĐ-UBND',
  importAfter:
    '\nVí dụ:\n' +
    '  parindex criteria import fixtures/annex/huyen-2024.csv -o huyen-2024.json\n' +
    '  parindex criteria import phu-luc.docx --year 2025 --level commune -o xa-2025.json',
  export: 'ghi bộ chỉ số thành phụ lục để in: STT, tiêu chí, điểm tối đa, hướng dẫn chấm; lĩnh vực in đậm, cộng điểm tối đa',
  exportOutput: 'phu-luc.xlsx, phu-luc.docx hoặc phu-luc.md (mặc định: Markdown ra đầu ra chuẩn)',
  exportFormat: 'xlsx, docx hoặc md (mặc định: theo tên tệp)',
  exportAfter:
    '\nVí dụ:\n' +
    '  parindex criteria export fixtures/criteria/xa-2024.json -o phu-luc.docx\n' +
    '  parindex criteria export fixtures/criteria/xa-2024.json --format md',
};

