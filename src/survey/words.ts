/** Every word of the survey reports, in each language. */
import type { Lang } from '../core/lang.js';

const words = {
  title: { en: 'Survey (điều tra xã hội học)', vi: 'Điều tra xã hội học' },
  unitCode: { en: 'Unit code', vi: 'Mã đơn vị' },
  unitName: { en: 'Unit name', vi: 'Tên đơn vị' },
  code: { en: 'Code', vi: 'Mã' },
  unit: { en: 'Unit', vi: 'Đơn vị' },
  respondents: { en: 'Respondents', vi: 'Số phiếu' },
  surveyPoints: { en: 'Survey points', vi: 'Điểm điều tra XHH' },
  satisfaction: { en: 'Satisfied (%)', vi: 'Tỷ lệ hài lòng (%)' },
  interval: { en: '95 % interval', vi: 'Khoảng tin cậy 95 %' },
  answers: { en: 'answers', vi: 'câu trả lời' },
  overall: { en: 'All units', vi: 'Toàn tỉnh' },
  satisfiedLine: { en: 'satisfied', vi: 'hài lòng' },
  satisfiedAt: { en: 'an answer counts as satisfied from', vi: 'câu trả lời được tính là hài lòng từ' },
  ofMax: { en: 'of the item’s max', vi: 'điểm tối đa của câu hỏi' },
  weights: { en: 'group weights', vi: 'trọng số nhóm' },
  pointsSheet: { en: 'Survey points', vi: 'Điểm điều tra' },
  responseFile: { en: 'survey responses', vi: 'tệp phiếu khảo sát' },
  noSurveyItems: { en: 'has no survey criteria (method "survey")', vi: 'không có tiêu chí điều tra XHH (method "survey")' },
} as const;

export type SurveyWord = keyof typeof words;

export function surveyWord(w: SurveyWord, lang: Lang): string {
  return words[w][lang];
}
