/**
 * Every word of the human-readable reports, in each language (the diagnostics have their own catalogue in
 * src/diagnostics/catalogue.ts). A third language is a third column here.
 */
import type { Lang } from '../diagnostics/types.js';

const words = {
  code: { en: 'Code', vi: 'Mã' },
  criterion: { en: 'Criterion', vi: 'Tiêu chí' },
  max: { en: 'Max', vi: 'Điểm tối đa' },
  method: { en: 'Method', vi: 'Phương pháp' },
  scoring: { en: 'Scoring', vi: 'Cách chấm' },
  appraisal: { en: 'appraisal', vi: 'thẩm định' },
  survey: { en: 'survey', vi: 'điều tra XHH' },
  naAllowed: { en: 'may be N/A', vi: 'được KĐG' },
  total: { en: 'Total', vi: 'Tổng' },
  points: { en: 'points', vi: 'điểm' },
  fields: { en: 'fields', vi: 'lĩnh vực' },
  criteria: { en: 'criteria', vi: 'tiêu chí' },
  leaves: { en: 'scored leaves', vi: 'tiêu chí chấm điểm' },
  surveyShare: { en: 'survey share', vi: 'tỷ trọng điều tra XHH' },
  adjustments: { en: 'Bonus and penalty', vi: 'Điểm thưởng, điểm trừ' },
  bonus: { en: 'bonus', vi: 'điểm thưởng' },
  penalty: { en: 'penalty', vi: 'điểm trừ' },
  bands: { en: 'Bands', vi: 'Xếp loại' },
  blocks: { en: 'Blocks', vi: 'Khối' },
  ties: { en: 'Ties', vi: 'Đồng hạng' },
  level: { en: 'Level', vi: 'Cấp' },
  year: { en: 'Year', vi: 'Năm' },
  decision: { en: 'Decision', vi: 'Quyết định' },
  yes: { en: 'yes', vi: 'có' },
  no: { en: 'no', vi: 'không' },
  department: { en: 'departments', vi: 'cấp sở' },
  district: { en: 'districts', vi: 'cấp huyện' },
  commune: { en: 'communes', vi: 'cấp xã' },
  province: { en: 'provinces', vi: 'cấp tỉnh' },
  ministry: { en: 'ministries', vi: 'cấp bộ' },
  field: { en: 'Field', vi: 'Lĩnh vực' },
  error: { en: 'error', vi: 'lỗi' },
  warning: { en: 'warning', vi: 'cảnh báo' },
  info: { en: 'info', vi: 'thông tin' },
  errors: { en: 'errors', vi: 'lỗi' },
  warnings: { en: 'warnings', vi: 'cảnh báo' },
} as const;

export type Word = keyof typeof words;

export function word(w: Word, lang: Lang): string {
  return words[w][lang];
}

/** Column headers and captions of the ranked table (terminal, CSV, Markdown, XLSX). */
const labels = {
  rank: { vi: 'Hạng', en: 'Rank' },
  block: { vi: 'Khối', en: 'Block' },
  code: { vi: 'Mã', en: 'Code' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  field: { vi: 'LV', en: 'F' },
  total: { vi: 'Tổng điểm', en: 'Total points' },
  effectiveMax: { vi: 'Điểm tối đa thực tế', en: 'Effective max' },
  index: { vi: 'Chỉ số (%)', en: 'Index (%)' },
  band: { vi: 'Xếp loại', en: 'Band' },
  appraisal: { vi: 'Điểm thẩm định', en: 'Appraisal points' },
  survey: { vi: 'Điểm điều tra XHH', en: 'Survey points' },
  bonus: { vi: 'Điểm thưởng', en: 'Bonus' },
  penalty: { vi: 'Điểm trừ', en: 'Penalty' },
  mean: { vi: 'Chỉ số trung bình', en: 'Mean index' },
  units: { vi: 'đơn vị', en: 'units' },
  excluded: { vi: 'Không xếp hạng (có lỗi)', en: 'Not ranked (errors)' },
  source: { vi: 'Nguồn', en: 'Source' },
} as const;

export function label(key: keyof typeof labels, lang: Lang): string {
  return labels[key][lang];
}

/** Sheet names and captions of the XLSX report. */
const xlsxWords = {
  criteriaSheet: { vi: 'Tiêu chí', en: 'Criteria' },
  excludedSheet: { vi: 'Không xếp hạng', en: 'Not ranked' },
  runSheet: { vi: 'Thông tin', en: 'Run' },
  fieldIndex: { vi: 'Chỉ số', en: 'Index' },
  unitCount: { vi: 'Số đơn vị', en: 'Units' },
  naAllowed: { vi: 'Được KĐG', en: 'May be N/A' },
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  row: { vi: 'Dòng', en: 'Row' },
  errorCount: { vi: 'Số lỗi', en: 'Errors' },
  tool: { vi: 'Công cụ', en: 'Tool' },
  criteriaSet: { vi: 'Bộ chỉ số', en: 'Criteria set' },
  title: { vi: 'Tên', en: 'Title' },
  bytes: { vi: 'Số byte', en: 'Bytes' },
  inputs: { vi: 'Tệp đầu vào', en: 'Inputs' },
  options: { vi: 'Tùy chọn', en: 'Options' },
  value: { vi: 'Giá trị', en: 'Value' },
  diagnostics: { vi: 'Thông báo', en: 'Diagnostics' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  location: { vi: 'Vị trí', en: 'Location' },
  message: { vi: 'Nội dung', en: 'Message' },
  dropped: { vi: 'Không giữ lại (vượt giới hạn)', en: 'Not kept (over the limit)' },
  notListed: { vi: 'thông báo nữa không liệt kê ở đây', en: 'more not listed here' },
  kind: { vi: 'Loại', en: 'Kind' },
  bandFrom: { vi: 'Từ chỉ số (%)', en: 'From index (%)' },
  allBlocks: { vi: 'Mọi khối', en: 'All blocks' },
  reconcileSheet: { vi: 'Đối chiếu', en: 'Reconciliation' },
  reconcileTitle: { vi: 'Đối chiếu điểm tự đánh giá và điểm thẩm định', en: 'Self-assessed vs appraised points' },
  selfPoints: { vi: 'Điểm tự đánh giá', en: 'Self-assessed' },
  appraisedPoints: { vi: 'Điểm thẩm định', en: 'Appraised' },
  difference: { vi: 'Chênh lệch', en: 'Difference' },
  unitTotal: { vi: 'Tổng (trước điểm thưởng, trừ)', en: 'Total (before bonus and penalty)' },
  notApplicable: { vi: 'KĐG', en: 'N/A' },
} as const;

export function xlsxWord(key: keyof typeof xlsxWords, lang: Lang): string {
  return xlsxWords[key][lang];
}

/** Headings and columns of the Markdown validation report. */
const mdWords = {
  title: { vi: 'Kiểm tra bảng điểm', en: 'Score sheet check' },
  file: { vi: 'Tệp', en: 'File' },
  units: { vi: 'Đơn vị', en: 'Units' },
  unitsWithErrors: { vi: 'Đơn vị có lỗi', en: 'Units with errors' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  notes: { vi: 'Thông tin', en: 'Notes' },
  place: { vi: 'Vị trí', en: 'Location' },
  severity: { vi: 'Mức', en: 'Severity' },
  message: { vi: 'Nội dung', en: 'Message' },
  noFile: { vi: 'Không thuộc tệp nào', en: 'Not in a file' },
} as const;

export function mdWord(key: keyof typeof mdWords, lang: Lang): string {
  return mdWords[key][lang];
}

/** Headings, captions and chart texts of the HTML report. */
const htmlWords = {
  reportTitle: { vi: 'Kết quả Chỉ số cải cách hành chính', en: 'PAR index results' },
  contents: { vi: 'Nội dung', en: 'Contents' },
  overview: { vi: 'Tổng quan', en: 'Overview' },
  ranking: { vi: 'Bảng xếp hạng', en: 'Ranking' },
  indexChart: { vi: 'Chỉ số của từng đơn vị, theo thứ hạng', en: 'Index of each unit, by rank' },
  indexChartDesc: {
    vi: 'Mỗi cột là một đơn vị, tô màu theo xếp loại; các đường ngang là ngưỡng xếp loại và chỉ số trung bình. Số liệu có trong bảng xếp hạng.',
    en: 'One bar per unit, coloured by band; the horizontal lines are the band thresholds and the mean index. The values are in the ranking table.',
  },
  bandChart: { vi: 'Phân bố xếp loại', en: 'Band distribution' },
  heatMap: { vi: 'Chỉ số thành phần theo lĩnh vực (%)', en: 'Component index per field (%)' },
  heatMapDesc: {
    vi: 'Mỗi cột là một đơn vị theo thứ hạng, mỗi hàng một lĩnh vực; màu càng đậm chỉ số càng cao. Bảng số liệu ở dưới.',
    en: 'One column per unit in rank order, one row per field; the darker, the higher the index. The data table follows.',
  },
  dataTable: { vi: 'Bảng số liệu', en: 'Data table' },
  notApplicableField: { vi: 'không đánh giá', en: 'not applicable' },
  capped: { vi: 'Tổng điểm bị giới hạn ở điểm tối đa thực tế', en: 'Total held at the effective maximum' },
  sortHint: { vi: 'Bấm vào tiêu đề cột để sắp xếp.', en: 'Click a column heading to sort.' },
  rankAxis: { vi: 'Hạng', en: 'Rank' },
  meanShort: { vi: 'TB', en: 'mean' },
  count: { vi: 'Số đơn vị', en: 'Units' },
  share: { vi: 'Tỷ lệ (%)', en: 'Share (%)' },
  from: { vi: 'Từ chỉ số (%)', en: 'From index (%)' },
  criteriaSet: { vi: 'Bộ chỉ số', en: 'Criteria set' },
  fieldsCaption: { vi: 'Các lĩnh vực', en: 'Fields' },
  inputs: { vi: 'Tệp đầu vào', en: 'Inputs' },
  file: { vi: 'Tệp', en: 'File' },
  bytes: { vi: 'Số byte', en: 'Bytes' },
  tool: { vi: 'Công cụ', en: 'Tool' },
  diagnostics: { vi: 'Thông báo khi đọc dữ liệu', en: 'Diagnostics' },
  noDiagnostics: { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No error and no warning.' },
  firstProblems: { vi: 'Những thông báo đầu tiên', en: 'First problems' },
  moreProblems: { vi: 'thông báo nữa không liệt kê ở đây', en: 'more not listed here' },
  location: { vi: 'Vị trí', en: 'Location' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  message: { vi: 'Nội dung', en: 'Message' },
  errorCount: { vi: 'Số lỗi', en: 'Errors' },
  firstError: { vi: 'Lỗi đầu tiên', en: 'First error' },
  generatedBy: { vi: 'Tạo bởi', en: 'Made by' },
  page: { vi: 'Trang', en: 'Page' },
} as const;

export function htmlWord(key: keyof typeof htmlWords, lang: Lang): string {
  return htmlWords[key][lang];
}
