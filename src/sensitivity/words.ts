/** Every word the sensitivity and what-if outputs print, in each language. */
import type { Lang } from '../core/lang.js';

const words = {
  block: { en: 'Block', vi: 'Khối' },
  rank: { en: 'Rank', vi: 'Hạng' },
  code: { en: 'Code', vi: 'Mã' },
  unit: { en: 'Unit', vi: 'Đơn vị' },
  index: { en: 'Index', vi: 'Chỉ số' },
  band: { en: 'Band', vi: 'Xếp loại' },
  medianRank: { en: 'Median rank', vi: 'Hạng trung vị' },
  rankRange: { en: 'Rank 5–95 %', vi: 'Hạng 5–95 %' },
  rankLow: { en: 'Rank 5 %', vi: 'Hạng 5 %' },
  rankHigh: { en: 'Rank 95 %', vi: 'Hạng 95 %' },
  bandChange: { en: 'P(band change)', vi: 'XS đổi xếp loại' },
  without: { en: 'Rank without {0}', vi: 'Hạng khi bỏ LV {0}' },
  withoutShort: { en: '−{0}', vi: '−{0}' },
  title: { en: 'Sensitivity of the ranking: {0}', vi: 'Độ nhạy của xếp hạng: {0}' },
  settings: {
    en: '{0} draws (seed {1}); field weights × uniform 1 ± {2} %, renormalised to the set’s total',
    vi: '{0} lần rút (hạt giống {1}); trọng số lĩnh vực × hệ số đều 1 ± {2} %, chuẩn hoá về tổng điểm của bộ',
  },
  noise: {
    en: '; leaf points × uniform 1 ± {0} %, clamped to 0 … the leaf’s maximum',
    vi: '; điểm tiêu chí × hệ số đều 1 ± {0} %, giới hạn trong 0 … điểm tối đa',
  },
  noDraws: { en: 'no draws (--draws 0)', vi: 'không rút (--draws 0)' },
  ranksNote: {
    en: 'Rank: as published (the set’s tie rule). In draws, units with equal indexes (to 10^−9) share a rank; 5–95 %: nearest-rank percentiles of the ranks over the draws.',
    vi: 'Hạng: như công bố (theo quy tắc đồng hạng của bộ). Trong mỗi lần rút, đơn vị có chỉ số bằng nhau (đến 10^−9) đồng hạng; 5–95 %: phân vị theo thứ hạng gần nhất.',
  },
  blockStats: {
    en: 'Mean absolute rank shift {0}; Spearman ρ with the published ranking: mean {1}, 5th percentile {2}',
    vi: 'Dịch chuyển hạng tuyệt đối trung bình {0}; hệ số Spearman ρ so với xếp hạng công bố: trung bình {1}, phân vị 5 % {2}',
  },
  dropStats: { en: 'Spearman ρ with one field left out: {0}', vi: 'Hệ số Spearman ρ khi bỏ từng lĩnh vực: {0}' },
  fieldsLegend: { en: 'Fields: {0}', vi: 'Lĩnh vực: {0}' },
  meanShift: { en: 'Mean |rank shift|', vi: 'Dịch chuyển hạng TB' },
  spearmanMean: { en: 'Spearman ρ (mean)', vi: 'Spearman ρ (TB)' },
  spearmanP5: { en: 'Spearman ρ (5 %)', vi: 'Spearman ρ (5 %)' },
  units: { en: 'Units', vi: 'Đơn vị' },
  blocksSheet: { en: 'Blocks', vi: 'Khối' },
  // what-if
  whatIfTitle: { en: 'What if: {0} → {1}', vi: 'Giả định: {0} → {1}' },
  reweighted: { en: 'field {0} ({1}): {2} → {3} points', vi: 'lĩnh vực {0} ({1}): {2} → {3} điểm' },
  totalNote: { en: 'Total: {0} → {1} points', vi: 'Tổng điểm: {0} → {1}' },
  reweightNote: {
    en: 'Each reweighted field’s points and maximum scale by new / old maximum (rounded half-up to 10^−6 point); other fields unchanged; bonus and penalty unchanged.',
    vi: 'Điểm và điểm tối đa của lĩnh vực được đổi trọng số nhân với tỷ lệ mới / cũ (làm tròn đến 10^−6 điểm); các lĩnh vực khác, điểm thưởng, điểm trừ giữ nguyên.',
  },
  before: { en: 'before', vi: 'trước' },
  after: { en: 'after', vi: 'sau' },
  rankChange: { en: 'Δ rank', vi: 'Δ hạng' },
  bandChanged: { en: 'Band changed', vi: 'Đổi xếp loại' },
  yes: { en: 'yes', vi: 'có' },
  summary: { en: '{0} units change rank, {1} change band', vi: '{0} đơn vị đổi hạng, {1} đơn vị đổi xếp loại' },
  notRanked: { en: '—', vi: '—' },
} as const;

export type SensitivityWord = keyof typeof words;

export function sw(key: SensitivityWord, lang: Lang, ...args: (string | number)[]): string {
  return words[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
