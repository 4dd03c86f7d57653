/**
 * What the command line itself says (files it cannot open, options that do not fit together), in each language.
 * Diagnostics about the data have their own catalogue (src/diagnostics/catalogue.ts); report words are in
 * src/report/words.ts.
 */
import type { Lang } from '../core/lang.js';

type Say = (...args: string[]) => string;

const messages = {
  noSuchFile: { en: () => 'no such file', vi: () => 'không có tệp này' },
  isFolder: { en: () => 'is a folder, not a file', vi: () => 'đây là thư mục, không phải tệp' },
  fileWhereFolder: { en: () => 'a file stands where a folder is needed', vi: () => 'đã có một tệp trùng tên với thư mục cần tạo' },
  pathPartIsFile: { en: () => 'a part of the path is a file, not a folder', vi: () => 'một phần của đường dẫn là tệp, không phải thư mục' },
  permissionDenied: { en: () => 'permission denied', vi: () => 'không có quyền đọc' },
  cannotRead: { en: (what, file, why) => `cannot read ${what} '${file}': ${why}`, vi: (what, file, why) => `không đọc được ${what} '${file}': ${why}` },
  cannotWrite: { en: (file, why) => `cannot write '${file}': ${why}`, vi: (file, why) => `không ghi được '${file}': ${why}` },
  refuseOverwrite: { en: (file) => `refusing to overwrite the input file '${file}'`, vi: (file) => `từ chối ghi đè tệp đầu vào '${file}'` },
  wrote: { en: (file) => `wrote ${file}`, vi: (file) => `đã ghi ${file}` },
  criteriaFile: { en: () => 'criteria file', vi: () => 'tệp bộ chỉ số' },
  scoreSheet: { en: () => 'score sheet', vi: () => 'bảng điểm' },
  unitList: { en: () => 'unit list', vi: () => 'danh sách đơn vị' },
  setHasErrors: { en: (file) => `the criteria set '${file}' has errors`, vi: (file) => `bộ chỉ số '${file}' có lỗi` },
  setHasErrorsSeeCheck: {
    en: (file) => `criteria set '${file}' has errors; see 'parindex criteria check'`,
    vi: (file) => `bộ chỉ số '${file}' có lỗi; chạy 'parindex criteria check' để xem`,
  },
  noSheets: { en: () => 'no score sheets found (.xlsx, .csv)', vi: () => 'không có tệp bảng điểm nào (.xlsx, .csv)' },
  unitListUnreadable: { en: (file, why) => `${file}: cannot be read (${why})`, vi: (file, why) => `${file}: không đọc được (${why})` },
  unknownBlock: {
    en: (block, list) => `--block '${block}' is not a block of the criteria set (blocks: ${list})`,
    vi: (block, list) => `--block '${block}' không có trong bộ chỉ số (các khối: ${list})`,
  },
  allUnits: { en: () => 'All units', vi: () => 'Tất cả đơn vị' },
  outputOrOutDir: { en: () => 'use either -o or --out-dir, not both', vi: () => 'dùng -o hoặc --out-dir, không dùng cả hai' },
  formatsNeedOutDir: { en: () => 'several --format need --out-dir', vi: () => 'nhiều --format cần có --out-dir' },
  unknownOutputFormat: {
    en: (file) => `cannot tell the format of '${file}' from its name; add --format`,
    vi: (file) => `không biết định dạng của '${file}'; thêm --format`,
  },
  noXlsxOnTerminal: { en: () => 'refusing to print XLSX to a terminal; use -o file.xlsx', vi: () => 'không in XLSX ra màn hình; dùng -o tệp.xlsx' },
  helpAfterError: { en: () => '(add --help for usage)', vi: () => '(thêm --help để xem cách dùng)' },
  survey: { en: () => 'survey', vi: () => 'điều tra XHH' },
  blocks: { en: () => 'blocks', vi: () => 'khối' },
  internalError: { en: (why) => `internal error: ${why}`, vi: (why) => `lỗi nội bộ: ${why}` },
  waitingForWriter: {
    en: (file) => `waiting for something to write into the named pipe '${file}' (Ctrl-C to stop)`,
    vi: (file) => `đang chờ dữ liệu được ghi vào đường ống có tên '${file}' (Ctrl-C để dừng)`,
  },
  systemError: { en: (code) => `system error ${code}`, vi: (code) => `lỗi hệ thống ${code}` },
  noSpace: { en: () => 'no space left on the device', vi: () => 'thiết bị đã hết chỗ trống' },
  tooLarge: { en: (mib) => `larger than ${mib} MiB, the most one input may hold`, vi: (mib) => `lớn hơn ${mib} MiB, mức tối đa cho một tệp đầu vào` },
  danglingLink: { en: () => 'a symbolic link to nothing', vi: () => 'liên kết tượng trưng trỏ tới tệp không tồn tại' },
  expectedOneOf: { en: (list) => `expected one of ${list}`, vi: (list) => `cần một trong các giá trị ${list}` },
  expectedWholeNumber: { en: () => 'expected a whole number ≥ 0', vi: () => 'cần một số nguyên ≥ 0' },
  expectedPoints: {
    en: () => 'expected points ≥ 0 with at most six decimals, such as 0.5',
    vi: () => 'cần số điểm ≥ 0, tối đa sáu chữ số thập phân, ví dụ 0,5',
  },
  givenTwice: { en: () => 'given more than once; this option takes one value', vi: () => 'được nhập nhiều lần; tuỳ chọn này chỉ nhận một giá trị' },
  emptyPath: { en: () => 'an empty path', vi: () => 'đường dẫn rỗng' },
  stdinTwice: {
    en: () => "standard input ('-') can be read only once; name it for one input",
    vi: () => "chỉ đọc được đầu vào chuẩn ('-') một lần; chỉ dùng cho một tệp đầu vào",
  },
  surveyNeedsWide: {
    en: (layout) => `survey points are merged into wide sheets (a row per unit) only, not with --layout ${layout}`,
    vi: (layout) => `điểm điều tra xã hội học chỉ ghép được vào bảng kiểu wide (mỗi đơn vị một dòng), không dùng với --layout ${layout}`,
  },
} as const satisfies Record<string, { en: Say; vi: Say }>;

export type MessageKey = keyof typeof messages;

export function say(key: MessageKey, lang: Lang, ...args: string[]): string {
  return (messages[key][lang] as Say)(...args);
}
