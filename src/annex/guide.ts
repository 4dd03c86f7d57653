/**
 * Scoring guides (hướng dẫn chấm điểm) ↔ rules. `guideOf` writes a rule in the words an annex uses; `ruleOfGuide`
 * reads the usual wordings back, and only where they say one thing: anything else stays `points`.
 */
import { formatExact, micro, parseDecimal, SCALE } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import type { RuleInput } from '../criteria/schema.js';

/** Points with a decimal comma, as Vietnamese documents print them: 0,5 · 1,25 · 10. */
export function viNumber(n: number): string {
  return formatExact(micro(n), ',');
}

function num(text: string): number | undefined {
  const r = parseDecimal(text);
  return r.ok ? r.value / SCALE : undefined;
}

type Band = { min: number; points: number };

function bandsText(bands: readonly Band[], unit: 'percent' | 'number'): string {
  const u = unit === 'percent' ? '%' : '';
  return bands
    .map((b, i) => {
      const upper = bands[i - 1]?.min;
      const cond =
        upper === undefined ? `Từ ${viNumber(b.min)}${u} trở lên` : b.min === 0 ? `Dưới ${viNumber(upper)}${u}` : `Từ ${viNumber(b.min)}${u} đến dưới ${viNumber(upper)}${u}`;
      return `${cond}: ${viNumber(b.points)} điểm`;
    })
    .join('; ');
}

/** The rule in an annex's words; '' for points without a step or a list (the appraiser's judgement). */
export function guideOf(rule: RuleInput | undefined, max: number): string {
  if (!rule) return '';
  switch (rule.kind) {
    case 'points': {
      const parts: string[] = [];
      if (rule.step !== undefined) parts.push(`Chấm theo bước ${viNumber(rule.step)} điểm`);
      if (rule.allowed) parts.push(`Chỉ chấm một trong các mức: ${rule.allowed.map(viNumber).join('; ')} điểm`);
      return parts.join('. ');
    }
    case 'yesno':
      return `Có: ${viNumber(max)} điểm; Không: 0 điểm`;
    case 'bands':
      return bandsText(rule.bands, rule.unit);
    case 'ratio':
      return `Điểm = điểm tối đa × kết quả / ${viNumber(rule.target)}${rule.unit === 'percent' ? '%' : ''} (không quá điểm tối đa)`;
    case 'options':
      return `Theo phương án trả lời: ${rule.options.map((o) => `${o.value} = ${viNumber(o.percent)}%`).join('; ')} điểm tối đa`;
  }
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const SEGMENT = new RegExp(String.raw`^(.*?)\s*[:：]\s*(?:được\s+|đạt\s+)?${NUM}\s*điểm\s*\.?$`, 'iu');

/** "Condition: N điểm" pieces of a guide, or undefined when any piece is something else. */
function segments(text: string): { cond: string; points: number }[] | undefined {
  const pieces = text
    .split(/\s*[;\n]\s*/)
    .map((p) => p.replace(/^[-+•*–]\s*/, '').trim())
    .filter((p) => p !== '');
  const out: { cond: string; points: number }[] = [];
  for (const p of pieces) {
    const m = SEGMENT.exec(p);
    const points = m?.[2] !== undefined ? num(m[2]) : undefined;
    if (!m || points === undefined) return undefined;
    out.push({ cond: m[1] ?? '', points });
  }
  return out.length > 0 ? out : undefined;
}

/** A range [min, upper) a condition states, with whether it is a percentage. */
function range(cond: string): { min: number; upper: number | undefined; percent: boolean } | undefined {
  const a = asciiKey(cond).replace(/(\d) %/g, '$1%');
  const percent = /%/.test(a);
  const n = String.raw`(\d+(?:[.,]\d+)?)%?`;
  let m = new RegExp(String.raw`\btu ${n} (?:den|toi) (?:duoi|nho hon) ${n}`).exec(a);
  if (m?.[1] && m[2]) return { min: num(m[1]) as number, upper: num(m[2]), percent };
  m = new RegExp(String.raw`(?:\btu|>=|≥) ?${n}(?: tro len)?$|\btu ${n}(?: [^\d%]*?)? tro len`).exec(a);
  if (m && (m[1] ?? m[2])) return { min: num((m[1] ?? m[2]) as string) as number, upper: undefined, percent };
  m = new RegExp(String.raw`(?:\bduoi|<) ?${n}`).exec(a);
  if (m?.[1] && !/\btu\b|tren|>/.test(a)) return { min: 0, upper: num(m[1]), percent };
  m = /(?:^|\s)100%/.exec(a);
  if (m && /^(?:(?:hoan thanh|dat|thuc hien|ty le|giai quyet|dung han)\s*)*100%/.test(a.replace(/\s*(ke hoach|chi tieu|nhiem vu)\s*$/, '').trim()))
    return { min: 100, upper: undefined, percent: true };
  return undefined;
}

function bandsRule(segs: readonly { cond: string; points: number }[]): RuleInput | undefined {
  const ranges = segs.map((s) => range(s.cond));
  if (ranges.some((r) => r === undefined) || ranges.length === 0) return undefined;
  const rs = ranges as NonNullable<(typeof ranges)[number]>[];
  const percent = rs[0]?.percent === true;
  if (rs.some((r) => r.percent !== percent)) return undefined;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] as (typeof rs)[number];
    const prev = rs[i - 1];
    if (i === 0 ? r.upper !== undefined && !(percent && r.upper === 100) : r.upper !== prev?.min) return undefined;
    if (r.upper !== undefined && r.min >= r.upper) return undefined;
  }
  const bands = rs.map((r, i) => ({ min: r.min, points: (segs[i] as { points: number }).points }));
  return { kind: 'bands', unit: percent ? 'percent' : 'number', bands };
}

const YES_WORDS = /^(co|dat|thuc hien|ban hanh|hoan thanh|dung han|day du|da)\b/;
const NO_WORDS = /^(khong|chua)\b/;

function yesnoRule(segs: readonly { cond: string; points: number }[], max: number): RuleInput | undefined {
  if (segs.length !== 2) return undefined;
  const [yes, no] = segs as [{ cond: string; points: number }, { cond: string; points: number }];
  const y = asciiKey(yes.cond);
  const n = asciiKey(no.cond);
  if (/\d/.test(y + n) || !YES_WORDS.test(y) || !NO_WORDS.test(n)) return undefined;
  return yes.points === max && no.points === 0 ? { kind: 'yesno' } : undefined;
}

function pointsRule(text: string): RuleInput | undefined {
  const parts = text.split(/\.\s+/).map((p) => p.trim().replace(/\.$/, ''));
  let step: number | undefined;
  let allowed: number[] | undefined;
  for (const p of parts) {
    const s = new RegExp(String.raw`^Chấm theo bước ${NUM} điểm$`, 'iu').exec(p);
    const a = /^Chỉ chấm một trong các mức: (.+) điểm$/iu.exec(p);
    if (s?.[1] !== undefined && step === undefined) step = num(s[1]);
    else if (a?.[1] !== undefined && allowed === undefined) {
      const values = a[1].split(/\s*;\s*/).map(num);
      if (values.some((v) => v === undefined)) return undefined;
      allowed = values as number[];
    } else return undefined;
  }
  if (step === undefined && allowed === undefined) return undefined;
  return { kind: 'points', ...(step !== undefined ? { step } : {}), ...(allowed ? { allowed } : {}) };
}

function ratioRule(text: string): RuleInput | undefined {
  const m = new RegExp(String.raw`^Điểm = điểm tối đa × kết quả / ${NUM}(%?) \(không quá điểm tối đa\)$`, 'iu').exec(text);
  const target = m?.[1] !== undefined ? num(m[1]) : undefined;
  return target !== undefined && target > 0 ? { kind: 'ratio', target, unit: m?.[2] ? 'percent' : 'number' } : undefined;
}

function optionsRule(text: string): RuleInput | undefined {
  const m = /^Theo phương án trả lời: (.+) điểm tối đa$/iu.exec(text);
  if (!m?.[1]) return undefined;
  const options: { value: string; percent: number }[] = [];
  for (const part of m[1].split(/\s*;\s*/)) {
    const o = new RegExp(String.raw`^(.+?) = ${NUM}%$`, 'u').exec(part);
    const percent = o?.[2] !== undefined ? num(o[2]) : undefined;
    if (!o?.[1] || percent === undefined) return undefined;
    options.push({ value: o[1], percent });
  }
  return { kind: 'options', options };
}

/** The rule a guide states, when it states exactly one; undefined leaves the leaf as free points. */
export function ruleOfGuide(guide: string, max: number): RuleInput | undefined {
  const text = guide.trim();
  if (text === '') return undefined;
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const exact = pointsRule(flat) ?? ratioRule(flat) ?? optionsRule(flat);
  if (exact) return exact;
  const segs = segments(text);
  if (!segs) return undefined;
  return yesnoRule(segs, max) ?? bandsRule(segs);
}
