/** Words used by the human-readable reports, in each language. */
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
