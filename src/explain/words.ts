/** The words of `parindex explain`, in Vietnamese and English: one table, checked complete by the compiler. */
import type { Lang } from '../core/lang.js';

const WORDS = {
  title: { vi: 'Giải trình điểm của đơn vị {0} — {1}', en: 'How the score of {0} — {1} is made' },
  set: { vi: 'Bộ chỉ số: {0} ({1})', en: 'Criteria set: {0} ({1})' },
  source: { vi: 'Dòng dữ liệu: {0}', en: 'Read from: {0}' },
  block: { vi: 'Khối: {0}', en: 'Block: {0}' },
  notRanked: { vi: 'Đơn vị có lỗi nên KHÔNG được xếp hạng; điểm dưới đây chỉ để đối chiếu.', en: 'The unit has errors and is NOT ranked; the points below are for checking only.' },
  leaves: { vi: 'Tiêu chí thành phần', en: 'Leaf criteria' },
  code: { vi: 'Mã', en: 'Code' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  cell: { vi: 'Ô', en: 'Cell' },
  raw: { vi: 'Giá trị ghi', en: 'Written' },
  rule: { vi: 'Quy tắc áp dụng', en: 'Rule applied' },
  points: { vi: 'Điểm', en: 'Points' },
  max: { vi: 'Tối đa', en: 'Max' },
  empty: { vi: '(trống)', en: '(empty)' },
  unknownCell: { vi: '(không rõ ô)', en: '(cell unknown)' },
  na: { vi: 'KĐG', en: 'N/A' },
  naRule: { vi: 'không đánh giá: bớt {0} khỏi điểm tối đa', en: 'not applicable: {0} off the maximum' },
  asWritten: { vi: 'điểm ghi trực tiếp', en: 'points as written' },
  yes: { vi: 'có → {0}', en: 'yes → {0}' },
  no: { vi: 'không → 0', en: 'no → 0' },
  band: { vi: '{0} ≥ {1} → {2}', en: '{0} ≥ {1} → {2}' },
  ratio: { vi: 'min({0} / {1}; 1) × {2} = {3}', en: 'min({0} / {1}, 1) × {2} = {3}' },
  option: { vi: '"{0}" → {1} % × {2} = {3}', en: '"{0}" → {1} % × {2} = {3}' },
  subtotals: { vi: 'Điểm theo lĩnh vực và tiêu chí', en: 'Subtotals by field and criterion' },
  effMax: { vi: 'Tối đa thực tế', en: 'Effective max' },
  adjustments: { vi: 'Điểm thưởng, điểm trừ và giới hạn', en: 'Bonus, penalty and the cap' },
  appraisal: { vi: 'Điểm thẩm định: {0}', en: 'Appraisal points: {0}' },
  survey: { vi: 'Điểm điều tra xã hội học: {0}', en: 'Survey points: {0}' },
  bonus: { vi: 'Điểm thưởng {0} ({1}): +{2} (tối đa {3})', en: 'Bonus {0} ({1}): +{2} (at most {3})' },
  penalty: { vi: 'Điểm trừ {0} ({1}): −{2} (tối đa {3})', en: 'Penalty {0} ({1}): −{2} (at most {3})' },
  uncapped: { vi: 'Cộng: {0} + {1} + {2} − {3} = {4}', en: 'Sum: {0} + {1} + {2} − {3} = {4}' },
  cappedAbove: { vi: 'Vượt điểm tối đa thực tế nên giữ ở {0}', en: 'Above the effective maximum: kept at {0}' },
  cappedBelow: { vi: 'Dưới 0 nên giữ ở 0', en: 'Below 0: kept at 0' },
  noCap: { vi: 'Không chạm giới hạn (0 … {0}): tổng điểm {1}', en: 'Within the limits (0 … {0}): total {1}' },
  maxLine: { vi: 'Điểm tối đa thực tế: {0} − {1} (KĐG) = {2}', en: 'Effective maximum: {0} − {1} (N/A) = {2}' },
  fraction: { vi: 'Chỉ số', en: 'Index' },
  fractionLine: { vi: 'Chỉ số = {0} / {1} × 100 (micro-điểm: {2} / {3} = {4} / {5} tối giản)', en: 'Index = {0} / {1} × 100 (micro-points: {2} / {3} = {4} / {5} reduced)' },
  roundLine: { vi: '= {0} % → làm tròn nửa lên {1} chữ số thập phân: {2} %', en: '= {0} % → rounded half-up to {1} decimals: {2} %' },
  rank: { vi: 'Thứ hạng', en: 'Rank' },
  rankLine: { vi: 'Hạng {0}/{1} trong khối {2}', en: 'Rank {0} of {1} in {2}' },
  shared: { vi: 'Đồng hạng với: {0}', en: 'Shares the rank with: {0}' },
  tieRule: { vi: 'Quy tắc đồng hạng: so chỉ số {0}; phân định bằng {1}', en: 'Tie rule: indexes compared {0}; ties broken by {1}' },
  compareShared: { vi: 'đã làm tròn', en: 'as displayed' },
  compareExact: { vi: 'chính xác', en: 'exactly' },
  nothing: { vi: '(không)', en: '(none)' },
  above: { vi: 'Ngay trên: hạng {0} {1} — {2}, {3} % ({4})', en: 'Just above: rank {0} {1} — {2}, {3} % ({4})' },
  below: { vi: 'Ngay dưới: hạng {0} {1} — {2}, {3} % ({4})', en: 'Just below: rank {0} {1} — {2}, {3} % ({4})' },
  byIndex: { vi: 'khác chỉ số', en: 'by index' },
  byKey: { vi: 'phân định bằng {0}', en: 'tie broken by {0}' },
  byNothing: { vi: 'đồng hạng', en: 'shared rank' },
  bandTitle: { vi: 'Xếp loại', en: 'Band' },
  bandLine: { vi: 'Xếp loại {0}: chỉ số {1} % ≥ ngưỡng {2} %', en: 'Band {0}: index {1} % ≥ threshold {2} %' },
  nextBand: { vi: 'Loại trên ({0}) cần ≥ {1} %', en: 'The band above ({0}) needs ≥ {1} %' },
  noBand: { vi: 'Không thuộc xếp loại nào', en: 'In no band' },
  diagnostics: { vi: 'Lỗi và cảnh báo của đơn vị', en: "The unit's problems" },
  problem: { vi: 'lỗi {0} (xem bên dưới)', en: 'error {0} (see below)' },
  key_points: { vi: 'tổng điểm', en: 'total points' },
  key_appraisal: { vi: 'điểm thẩm định', en: 'appraisal points' },
  key_survey: { vi: 'điểm điều tra xã hội học', en: 'survey points' },
  key_name: { vi: 'tên đơn vị', en: 'unit name' },
  key_code: { vi: 'mã đơn vị', en: 'unit code' },
  key_field: { vi: 'chỉ số lĩnh vực {0}', en: 'field {0} index' },
  ambiguous: { vi: "'{0}' khớp với nhiều đơn vị: {1}", en: "'{0}' matches several units: {1}" },
  notFound: { vi: "không có đơn vị nào có mã hoặc tên '{0}'", en: "no unit has the code or name '{0}'" },
} as const;

export type ExplainWord = keyof typeof WORDS;

export function ew(key: ExplainWord, lang: Lang, ...args: readonly (string | number)[]): string {
  return WORDS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** A tie-break key of the set (`appraisal`, `field:3`…) in words. */
export function tieKeyWords(key: string, lang: Lang): string {
  if (key.startsWith('field:')) return ew('key_field', lang, key.slice('field:'.length));
  const k = `key_${key}` as ExplainWord;
  return k in WORDS ? ew(k, lang) : key;
}
