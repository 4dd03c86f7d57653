/**
 * Spreadsheet formulas and data validation for a leaf's cell, from its rule: what a clerk may type, and the points
 * it earns, so the workbook shows subtotals, total and index as parindex computes them.
 */
import { scaleMicro, SCALE, type Micro } from '../core/decimal.js';
import type { Leaf } from '../criteria/model.js';
import { viNumber } from '../annex/guide.js';

const num = (m: Micro): string => String(m / SCALE);
const vi = (m: Micro): string => viNumber(m / SCALE);
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** True when the cell holds one of the set's non-applicable marks. */
export function naTest(ref: string, naTokens: readonly string[]): string {
  return naTokens.length === 1 ? `${ref}=${quote(naTokens[0] as string)}` : `OR(${naTokens.map((t) => `${ref}=${quote(t)}`).join(',')})`;
}

/**
 * The points a wide sheet's cell earns. The cell holds the measured value for bands and ratio, Có/Không for yes/no,
 * the answer for options, points otherwise; a non-applicable mark earns 0 (and leaves the effective maximum).
 */
export function widePoints(leaf: Leaf, ref: string): string {
  const rule = leaf.rule;
  const max = num(leaf.max);
  switch (rule.kind) {
    case 'points':
      return `N(${ref})`;
    case 'yesno':
      return `IF(${ref}="Có",${max},0)`;
    case 'bands':
      return rule.bands.reduceRight((inner, b) => `IF(N(${ref})>=${num(b.min)},${num(b.points)},${inner})`, '0');
    case 'ratio':
      return `MIN(${max},${max}*N(${ref})/${num(rule.target)})`;
    case 'options':
      return rule.options.reduceRight((inner, o) => `IF(${ref}=${quote(o.value)},${max}*${num(o.percent)}/100,${inner})`, '0');
  }
}

/** Point values a form's score cell may take (forms hold points, not measured values); undefined: any in 0…max. */
export function allowedPoints(leaf: Leaf): Micro[] | undefined {
  const rule = leaf.rule;
  const steps = (values: readonly Micro[]): Micro[] => [...new Set([0, ...values])].sort((a, b) => a - b);
  switch (rule.kind) {
    case 'points':
      return rule.allowed ? steps(rule.allowed) : undefined;
    case 'yesno':
      return steps([leaf.max]);
    case 'bands':
      return steps(rule.bands.map((b) => b.points));
    case 'options':
      return steps(rule.options.map((o) => scaleMicro(leaf.max, o.percent, 100 * SCALE)));
    case 'ratio':
      return undefined;
  }
}

export interface CellValidation {
  readonly type: 'list' | 'decimal' | 'custom';
  readonly formulae: string[];
  readonly operator?: 'between' | 'greaterThanOrEqual';
  /** ≤ 32 characters (Excel's limit) */
  readonly promptTitle: string;
  /** ≤ 255 characters */
  readonly prompt: string;
  readonly error: string;
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function pointsCheck(leaf: Leaf, ref: string, step: Micro | undefined): string {
  const parts = [`ISNUMBER(${ref})`, `${ref}>=0`, `${ref}<=${num(leaf.max)}`];
  if (step !== undefined) parts.push(`MOD(ROUND(${ref}*1000000,0),${step})=0`);
  return `AND(${parts.join(',')})`;
}

/** Validation of a score cell; `points` for a form (points), else what the wide layout takes for the rule. */
export function validationFor(leaf: Leaf, ref: string, naTokens: readonly string[], points: boolean): CellValidation {
  const na = leaf.naAllowed ? naTokens : [];
  const naWords = na.length > 0 ? `; hoặc ${na.join(' / ')} nếu không áp dụng` : '';
  const title = clip(`${leaf.code} (tối đa ${vi(leaf.max)} điểm)`, 32);
  const list = (values: string[], what: string): CellValidation => ({
    type: 'list',
    formulae: [quote([...values, ...na].join(','))],
    promptTitle: title,
    prompt: clip(`Chọn ${what}${naWords}.`, 255),
    error: clip(`Tiêu chí ${leaf.code}: chỉ được chọn ${[...values, ...na].join(', ')}.`, 255),
  });
  const rule = leaf.rule;
  const allowed = points ? allowedPoints(leaf) : rule.kind === 'points' ? rule.allowed : undefined;
  if (allowed) {
    // A list of numbers would be typed with the locale's decimal mark: a formula compares numbers instead.
    const levels = allowed.map(vi).join('; ');
    const check = `OR(${allowed.map((a) => `${ref}=${num(a)}`).join(',')})`;
    return {
      type: 'custom',
      formulae: [na.length > 0 ? `OR(AND(ISNUMBER(${ref}),${check}),${naTest(ref, na)})` : `AND(ISNUMBER(${ref}),${check})`],
      promptTitle: title,
      prompt: clip(`Nhập một trong các mức điểm: ${levels}${naWords}.`, 255),
      error: clip(`Tiêu chí ${leaf.code}: chỉ được nhập ${levels}${naWords}.`, 255),
    };
  }
  if (!points && rule.kind === 'yesno') return list(['Có', 'Không'], 'Có hoặc Không');
  if (!points && rule.kind === 'options') return list(rule.options.map((o) => o.value), 'phương án trả lời');
  const measured = !points && (rule.kind === 'bands' || rule.kind === 'ratio');
  const percent = measured && (rule.kind === 'bands' || rule.kind === 'ratio') && rule.unit === 'percent';
  const step = !measured && rule.kind === 'points' ? rule.step : undefined;
  const range = measured ? (percent ? 'kết quả đo được, từ 0 đến 100 (không gõ dấu %)' : 'kết quả đo được, số ≥ 0') : `điểm từ 0 đến ${vi(leaf.max)}${step !== undefined ? `, bước ${vi(step)}` : ''}`;
  const prompt = clip(`Nhập ${range}${naWords}.`, 255);
  const error = clip(`Tiêu chí ${leaf.code}: cần ${range}${naWords}.`, 255);
  if (na.length === 0 && step === undefined) {
    const upper = measured ? (percent ? '100' : undefined) : num(leaf.max);
    return upper === undefined
      ? { type: 'decimal', operator: 'greaterThanOrEqual', formulae: ['0'], promptTitle: title, prompt, error }
      : { type: 'decimal', operator: 'between', formulae: ['0', upper], promptTitle: title, prompt, error };
  }
  const check = measured ? `AND(ISNUMBER(${ref}),${ref}>=0${percent ? `,${ref}<=100` : ''})` : pointsCheck(leaf, ref, step);
  return { type: 'custom', formulae: [na.length > 0 ? `OR(${check},${naTest(ref, na)})` : check], promptTitle: title, prompt, error };
}
