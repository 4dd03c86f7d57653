/** Words of the score reports that the shared catalogue (src/report/words.ts) does not hold: notes, the annex. */
import type { Lang } from '../../diagnostics/types.js';

const scoreWords = {
  capped: { vi: 'Tổng giữ ở mức tối đa', en: 'Total capped' },
  cappedNote: {
    vi: 'Tổng điểm giữ ở mức điểm tối đa thực tế: điểm các lĩnh vực + điểm thưởng − điểm trừ vượt mức này.',
    en: 'Total held at the effective maximum: the fields + bonus − penalty come to more.',
  },
  status: { vi: 'Trạng thái', en: 'Status' },
  ranked: { vi: 'Xếp hạng', en: 'ranked' },
  notRanked: { vi: 'Không xếp hạng (có lỗi)', en: 'not ranked (errors)' },
  errorCount: { vi: 'Số lỗi', en: 'Errors' },
  firstError: { vi: 'Lỗi đầu tiên', en: 'First error' },
  fieldsAsIndexes: {
    vi: 'Cột lĩnh vực (LV) là chỉ số thành phần (%) cho vừa màn hình; xem điểm từng lĩnh vực: --wide.',
    en: 'Field columns (F) show component indexes (%) to fit the terminal; to see their points: --wide.',
  },
  fieldsHidden: {
    vi: 'Điểm từng lĩnh vực được ẩn cho vừa màn hình; xem đầy đủ: --wide.',
    en: 'Points per field are hidden to fit the terminal; to see them: --wide.',
  },
  maxLegend: { vi: 'Tối đa: điểm tối đa thực tế (không tính tiêu chí KĐG)', en: 'Max: the effective maximum (without non-applicable criteria)' },
  subtotalsHidden: {
    vi: 'Điểm từng lĩnh vực, điểm thẩm định, điều tra XHH, điểm thưởng và điểm trừ được ẩn cho vừa màn hình; xem đầy đủ: --wide.',
    en: 'Points per field, appraisal, survey, bonus and penalty are hidden to fit the terminal; to see them: --wide.',
  },
  leafSheet: { vi: 'Chi tiết', en: 'Detail' },
  resultsSheet: { vi: 'Kết quả', en: 'Results' },
  leafTitle: { vi: 'Chi tiết điểm', en: 'Points in detail' },
  fieldPoints: { vi: 'Điểm các lĩnh vực', en: 'Points per field' },
  republic: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  resultsTitle: { vi: 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM', en: 'PUBLIC ADMINISTRATION REFORM INDEX' },
  ofThe: { vi: 'CỦA CÁC', en: 'OF' },
  attachedTo: { vi: 'Kèm theo Quyết định số', en: 'Attached to Decision No.' },
  dated: { vi: 'ngày', en: 'of' },
  by: { vi: 'của', en: 'by' },
  page: { vi: 'Trang', en: 'Page' },
} as const;

export function scoreWord(key: keyof typeof scoreWords, lang: Lang): string {
  return scoreWords[key][lang];
}

/** Who a set of each level ranks, as a title names them. */
const levelUnits = {
  department: { vi: 'SỞ, BAN, NGÀNH', en: 'DEPARTMENTS' },
  district: { vi: 'HUYỆN, THỊ XÃ, THÀNH PHỐ', en: 'DISTRICTS' },
  commune: { vi: 'XÃ, PHƯỜNG, THỊ TRẤN', en: 'COMMUNES' },
  province: { vi: 'TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG', en: 'PROVINCES' },
  ministry: { vi: 'BỘ, CƠ QUAN NGANG BỘ', en: 'MINISTRIES' },
} as const;

/** "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC XÃ, PHƯỜNG, THỊ TRẤN" */
export function resultsTitle(level: keyof typeof levelUnits, year: number, lang: Lang): string {
  const units = levelUnits[level][lang];
  return lang === 'vi' ? `${scoreWords.resultsTitle.vi} ${year} ${scoreWords.ofThe.vi} ${units}` : `${scoreWords.resultsTitle.en} ${year}: ${units}`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM-DD date as a document writes it: "ngày 15 tháng 3 năm 2025" / "15 March 2025"; undefined if not a date. */
export function documentDate(iso: string, lang: Lang): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) return undefined;
  return lang === 'vi' ? `ngày ${d} tháng ${mo} năm ${y}` : `${d} ${months[mo - 1]} ${y}`;
}

/** A YYYY-MM-DD date as "15/3/2025" (vi) or "15 March 2025" (en). */
export function shortDate(iso: string, lang: Lang): string | undefined {
  const long = documentDate(iso, lang);
  if (long === undefined || lang === 'en') return long;
  const [y, mo, d] = iso.split('-').map(Number);
  return `${d}/${mo}/${y}`;
}
