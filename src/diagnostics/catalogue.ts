/**
 * Every user-facing diagnostic: its stable public code, its severity and its wording in each language.
 * A second language is a second column here, not a hunt through the code.
 */
import type { Details, Diagnostic, Lang, Location, Severity } from './types.js';

type Text = (d: Details) => string;
interface Entry {
  readonly severity: Severity;
  /** One line saying what the check is about (README, SARIF rule descriptions). */
  readonly title: { readonly en: string; readonly vi: string };
  readonly en: Text;
  readonly vi: Text;
  /** How to fix it, where a hint helps. */
  readonly hint?: { readonly en: string; readonly vi: string };
}

const s = (v: Details[string]): string => (Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v));

export const catalogue = {
  // ── criteria set files ──────────────────────────────────────────────────────────────────────────────────────
  'set/invalid-json': {
    severity: 'error',
    title: { en: 'The criteria file is not valid JSON', vi: 'Tệp bộ chỉ số không phải JSON hợp lệ' },
    en: (d) => `not valid JSON: ${s(d.reason)}`,
    vi: (d) => `không phải JSON hợp lệ: ${s(d.reason)}`,
  },
  'set/unknown-key': {
    severity: 'error',
    title: { en: 'A key the criteria-set format does not define', vi: 'Khoá không có trong định dạng bộ chỉ số' },
    en: (d) => `unknown key "${s(d.key)}"${d.allowed ? ` (allowed here: ${s(d.allowed)})` : ''}`,
    vi: (d) => `khoá "${s(d.key)}" không được định nghĩa${d.allowed ? ` (được phép: ${s(d.allowed)})` : ''}`,
    hint: { en: 'Check the spelling against the README or the JSON Schema.', vi: 'Kiểm tra chính tả theo README hoặc JSON Schema.' },
  },
  'set/missing-key': {
    severity: 'error',
    title: { en: 'A required key is missing', vi: 'Thiếu khoá bắt buộc' },
    en: (d) => `missing required key "${s(d.key)}" (expected ${s(d.expected)})`,
    vi: (d) => `thiếu khoá bắt buộc "${s(d.key)}" (cần ${s(d.expected)})`,
  },
  'set/invalid-value': {
    severity: 'error',
    title: { en: 'A value of the wrong type or out of range', vi: 'Giá trị sai kiểu hoặc ngoài phạm vi' },
    en: (d) => `${s(d.problem)}; found ${s(d.found)}`,
    vi: (d) => `${s(d.problemVi ?? d.problem)}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/na-token-numeric': {
    severity: 'error',
    title: { en: 'A non-applicable token that reads as a number', vi: 'Ký hiệu "không đánh giá" trông như một con số' },
    en: (d) => `non-applicable token "${s(d.token)}" reads as a number, so a score could be taken for "not applicable"`,
    vi: (d) => `ký hiệu không đánh giá "${s(d.token)}" đọc được như một con số, dễ nhầm với điểm`,
    hint: { en: 'Use a word such as KĐG or N/A.', vi: 'Dùng chữ, ví dụ KĐG hoặc N/A.' },
  },
  'criteria/duplicate-code': {
    severity: 'error',
    title: { en: 'Two criteria (or adjustments) share a code', vi: 'Hai tiêu chí (hoặc điểm thưởng/trừ) trùng mã' },
    en: (d) => `code "${s(d.code)}" is used again (first at ${s(d.firstPath)})`,
    vi: (d) => `mã "${s(d.code)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'criteria/code-not-under-parent': {
    severity: 'error',
    title: { en: "A criterion code that does not extend its parent's", vi: 'Mã tiêu chí không nối tiếp mã tiêu chí cha' },
    en: (d) => `code "${s(d.code)}" does not extend its parent's code "${s(d.parent)}" (expected "${s(d.parent)}.…")`,
    vi: (d) => `mã "${s(d.code)}" không thuộc mã cha "${s(d.parent)}" (cần dạng "${s(d.parent)}.…")`,
  },
  'criteria/children-sum': {
    severity: 'error',
    title: { en: "Children's maxima do not add up to the parent's", vi: 'Tổng điểm tối đa của tiêu chí con khác điểm tối đa của tiêu chí cha' },
    en: (d) => `children add up to ${s(d.sum)} but the criterion's max is ${s(d.max)}`,
    vi: (d) => `tổng điểm tối đa các tiêu chí con là ${s(d.sum)} nhưng điểm tối đa của tiêu chí là ${s(d.max)}`,
  },
  'criteria/total-mismatch': {
    severity: 'error',
    title: { en: 'Fields do not add up to the declared total', vi: 'Tổng điểm các lĩnh vực khác tổng điểm khai báo' },
    en: (d) => `fields add up to ${s(d.sum)} but "total" is ${s(d.total)}`,
    vi: (d) => `tổng điểm các lĩnh vực là ${s(d.sum)} nhưng "total" khai báo ${s(d.total)}`,
  },
  'criteria/rule-on-parent': {
    severity: 'error',
    title: { en: 'A scoring rule on a criterion that has children', vi: 'Quy tắc chấm điểm đặt trên tiêu chí có tiêu chí con' },
    en: () => `a criterion with children is the sum of them and takes no "rule"; put the rule on a leaf`,
    vi: () => `tiêu chí có tiêu chí con được tính bằng tổng các con, không có "rule"; hãy đặt quy tắc ở tiêu chí lá`,
  },
  'bands/not-decreasing': {
    severity: 'error',
    title: { en: 'Band thresholds not strictly decreasing', vi: 'Ngưỡng xếp loại không giảm dần' },
    en: (d) => `band "${s(d.label)}" starts at ${s(d.min)}, not below the previous band's ${s(d.previous)}; list bands from the highest threshold down`,
    vi: (d) => `mức "${s(d.label)}" bắt đầu từ ${s(d.min)}, không thấp hơn mức trước (${s(d.previous)}); hãy xếp các mức từ cao xuống thấp`,
  },
  'bands/out-of-range': {
    severity: 'error',
    title: { en: 'Band threshold outside 0–100', vi: 'Ngưỡng xếp loại ngoài khoảng 0–100' },
    en: (d) => `band "${s(d.label)}" threshold ${s(d.min)} is outside 0–100`,
    vi: (d) => `ngưỡng ${s(d.min)} của mức "${s(d.label)}" nằm ngoài khoảng 0–100`,
  },
  'blocks/duplicate-id': {
    severity: 'error',
    title: { en: 'Two blocks share an id', vi: 'Hai khối trùng mã' },
    en: (d) => `block id "${s(d.id)}" is used again (first at ${s(d.firstPath)})`,
    vi: (d) => `mã khối "${s(d.id)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'rule/points-above-max': {
    severity: 'error',
    title: { en: "A rule awards more than the leaf's max", vi: 'Quy tắc cho điểm vượt điểm tối đa của tiêu chí' },
    en: (d) => `the rule awards ${s(d.points)} points but the leaf's max is ${s(d.max)}`,
    vi: (d) => `quy tắc cho ${s(d.points)} điểm nhưng điểm tối đa của tiêu chí là ${s(d.max)}`,
  },
  'rule/thresholds-unordered': {
    severity: 'error',
    title: { en: 'Rule thresholds not strictly decreasing', vi: 'Ngưỡng của quy tắc không giảm dần' },
    en: (d) => `threshold ${s(d.min)} is not below the previous threshold ${s(d.previous)}; list thresholds from the highest down`,
    vi: (d) => `ngưỡng ${s(d.min)} không thấp hơn ngưỡng trước (${s(d.previous)}); hãy xếp ngưỡng từ cao xuống thấp`,
  },
  'rule/threshold-out-of-range': {
    severity: 'error',
    title: { en: 'A rule threshold the measured value can never reach', vi: 'Ngưỡng của quy tắc nằm ngoài phạm vi giá trị đo' },
    en: (d) => `threshold ${s(d.min)} is outside the measured value's range ${s(d.range)}`,
    vi: (d) => `ngưỡng ${s(d.min)} nằm ngoài phạm vi giá trị đo ${s(d.range)}`,
  },
  'rule/step-not-dividing': {
    severity: 'error',
    title: { en: "A step that does not divide the leaf's max", vi: 'Bước điểm không chia hết điểm tối đa' },
    en: (d) => `step ${s(d.step)} does not divide the max ${s(d.max)}, so the max itself could not be awarded`,
    vi: (d) => `bước điểm ${s(d.step)} không chia hết điểm tối đa ${s(d.max)}, nên không thể chấm điểm tối đa`,
  },
  'rule/allowed-above-max': {
    severity: 'error',
    title: { en: "An allowed value outside 0 and the leaf's max", vi: 'Giá trị cho phép nằm ngoài khoảng 0 đến điểm tối đa' },
    en: (d) => `allowed value ${s(d.value)} is outside 0–${s(d.max)}`,
    vi: (d) => `giá trị cho phép ${s(d.value)} nằm ngoài khoảng 0–${s(d.max)}`,
  },
  'rule/percent-out-of-range': {
    severity: 'error',
    title: { en: 'An answer option worth more than 100 % or less than 0 %', vi: 'Phương án trả lời có tỷ lệ ngoài 0–100 %' },
    en: (d) => `option "${s(d.option)}" is worth ${s(d.percent)} %, outside 0–100`,
    vi: (d) => `phương án "${s(d.option)}" được ${s(d.percent)} %, ngoài khoảng 0–100`,
  },
  'rule/duplicate-option': {
    severity: 'error',
    title: { en: 'Two answer options with the same value', vi: 'Hai phương án trả lời trùng nhau' },
    en: (d) => `option "${s(d.option)}" is listed twice`,
    vi: (d) => `phương án "${s(d.option)}" bị lặp`,
  },
} as const satisfies Record<string, Entry>;

export type Code = keyof typeof catalogue;

export function severityOf(code: Code): Severity {
  return catalogue[code].severity;
}

/** Builds a diagnostic with the catalogue's severity (which a caller may lower, e.g. to a warning). */
export function diag(code: Code, location: Location, details: Details = {}, severity?: Severity): Diagnostic<Code> {
  return { code, severity: severity ?? catalogue[code].severity, location, details };
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  const entry = (catalogue as Record<string, Entry>)[d.code];
  if (!entry) return d.code;
  return entry[lang](d.details);
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  const entry = (catalogue as Record<string, Entry>)[d.code];
  return entry?.hint?.[lang];
}

export function titleOf(code: string, lang: Lang): string {
  return (catalogue as Record<string, Entry>)[code]?.title[lang] ?? code;
}
