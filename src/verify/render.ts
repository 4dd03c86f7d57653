/** The words of `parindex verify`, and its findings as lines a person reads (Vietnamese or English). */
import type { Lang } from '../core/lang.js';
import { formatLocation } from '../diagnostics/location.js';
import { decimalText } from '../report/text.js';
import type { Difference } from './differences.js';
import type { PublishedDifference } from './published-diff.js';

const WORDS = {
  identical: { en: 'verified: {0} units, every number identical to the recomputed run', vi: 'đã kiểm tra: {0} đơn vị, mọi số liệu trùng khớp với kết quả tính lại' },
  differ: { en: '{0} differences between the report and the recomputed run', vi: '{0} chỗ khác nhau giữa báo cáo và kết quả tính lại' },
  unitLine: { en: '{0} {1}: {2} — reported {3}; recomputed {4}', vi: '{0} {1}: {2} — báo cáo ghi {3}; tính lại {4}' },
  absent: { en: '(absent)', vi: '(không có)' },
  fileMissing: { en: '{0}: {1} is missing (looked for {2})', vi: '{0}: thiếu {1} (đã tìm ở {2})' },
  fileChanged: { en: '{0}: {1} has changed — recorded SHA-256 {2}, now {3}', vi: '{0}: {1} đã thay đổi — SHA-256 ghi nhận {2}, hiện tại {3}' },
  criteriaFile: { en: 'criteria file', vi: 'tệp bộ chỉ số' },
  inputFile: { en: 'input', vi: 'tệp dữ liệu' },
  inputsProblem: { en: 'cannot verify: {0} recorded file(s) missing or changed', vi: 'không kiểm tra được: {0} tệp đã ghi nhận bị thiếu hoặc đã thay đổi' },
  pubIdentical: { en: 'the published table agrees with the recomputed ranking: {0} units', vi: 'bảng đã công bố khớp với bảng xếp hạng tính lại: {0} đơn vị' },
  pubDiffer: { en: '{0} differences between the published table and the recomputed ranking', vi: '{0} chỗ khác nhau giữa bảng đã công bố và bảng xếp hạng tính lại' },
  pubLine: { en: '{0}{1} {2} — published: {3}; recomputed: {4}', vi: '{0}{1} {2} — công bố: {3}; tính lại: {4}' },
  pubUnmatched: { en: "{0}{1}: no recomputed unit has this code or name", vi: '{0}{1}: không có đơn vị nào trong kết quả tính lại có mã hoặc tên này' },
  pubAmbiguous: { en: '{0}{1}: matches several units: {2}', vi: '{0}{1}: khớp với nhiều đơn vị: {2}' },
  pubMissing: { en: '{0} {1}: not in the published table (recomputed: {2})', vi: '{0} {1}: không có trong bảng đã công bố (tính lại: {2})' },
  pubUnreadable: { en: "{0}{1}: the {2} '{3}' is not a number", vi: "{0}{1}: {2} '{3}' không phải là số" },
  rank: { en: 'rank', vi: 'hạng' },
  points: { en: 'points', vi: 'tổng điểm' },
  effectiveMax: { en: 'effective max', vi: 'điểm tối đa thực tế' },
  index: { en: 'index', vi: 'chỉ số' },
  band: { en: 'band', vi: 'xếp loại' },
  unit: { en: 'unit', vi: 'đơn vị' },
  field: { en: 'field', vi: 'lĩnh vực' },
} as const;

export type VerifyWord = keyof typeof WORDS;

export function vw(key: VerifyWord, lang: Lang, ...args: readonly (string | number)[]): string {
  return WORDS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

function quantity(what: Difference['what'], lang: Lang): string {
  if (what.startsWith('field ')) return `${vw('field', lang)} ${what.slice(6)}`;
  return vw(what as 'rank' | 'points' | 'effectiveMax' | 'index' | 'band' | 'unit', lang);
}

export function differenceLine(d: Difference, lang: Lang): string {
  const v = (s: string | null): string => (s === null ? vw('absent', lang) : d.what === 'rank' || d.what === 'band' || d.what === 'unit' ? s : decimalText(s, lang));
  return vw('unitLine', lang, d.code, d.name, quantity(d.what, lang), v(d.reported), v(d.recomputed));
}

export function publishedLine(d: PublishedDifference, lang: Lang): string {
  const where = d.at ? `${formatLocation(d.at, lang)}  ` : '';
  const words = (xs: readonly string[]): string => xs.map((x) => (x.startsWith('rank ') ? `${vw('rank', lang)} ${x.slice(5)}` : decimalText(x, lang))).join(', ');
  const p = d.problem;
  switch (p.kind) {
    case 'differs':
      return vw('pubLine', lang, where, d.code, d.name, words(d.published), words(d.recomputed));
    case 'unmatched':
      return p.candidates.length > 0 ? vw('pubAmbiguous', lang, where, d.name, p.candidates.join('; ')) : vw('pubUnmatched', lang, where, d.code !== '' ? `${d.code} ${d.name}` : d.name);
    case 'missing':
      return vw('pubMissing', lang, d.code, d.name, words(d.recomputed));
    case 'unreadable':
      return vw('pubUnreadable', lang, where, d.name, vw(p.what as 'rank', lang), p.text);
  }
}
