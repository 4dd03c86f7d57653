/**
 * What a cell means for one column of the criteria set: points (micro), non-applicable (NaN), or a problem.
 * One interpreter is built per column before any row is read, so per-cell work is a few comparisons.
 */
import { exactDecimal, formatExact, fromNumber, microOf, parseDecimal, scaleMicro, SCALE, type DecimalParse, type Micro } from '../core/decimal.js';
import { cleanText, foldKey } from '../core/text.js';
import type { Code, DetailsOf } from '../diagnostics/catalogue.js';
import type { Details } from '../diagnostics/types.js';
import { NO_ANSWERS as NO, YES_ANSWERS as YES } from '../criteria/answers.js';
import type { Adjustment, Leaf } from '../criteria/model.js';
import type { Cell } from '../sheet/types.js';
import type { WrittenValue } from './record.js';
import { naLookalike, yesNo } from './vocabulary.js';

export interface CellProblem {
  readonly problem: Code;
  readonly details: Details;
}

/** Points in micro-points; NaN for non-applicable; or a problem. */
export type Interpretation = number | CellProblem;

export type Interpreter = (cell: Cell) => Interpretation;

const problem = <C extends Code>(code: C, details?: DetailsOf<C>): CellProblem => ({ problem: code, details: (details ?? {}) as Details });

export function isProblem(x: Interpretation): x is CellProblem {
  return typeof x === 'object';
}


type Special = Exclude<Cell, string | number | boolean | null>;
function specialProblem(cell: Special): CellProblem {
  switch (cell.kind) {
    case 'date':
      return problem('cell/date', { value: cell.value.toISOString().slice(0, 10) });
    case 'error':
      return problem('cell/formula-error', { value: cell.value });
    case 'formula-no-value':
      return problem('cell/formula-no-value', { formula: cell.formula });
  }
}

function decimalProblem(text: string, r: Exclude<DecimalParse, { ok: true }>): CellProblem {
  if (r.reason === 'too-precise') return problem('cell/too-precise', { value: text });
  return problem('cell/not-a-number', { value: text, both: /\d[.,]\d.*[.,]/.test(text) && text.includes('.') && text.includes(',') });
}

/** A number from a cell: a binary number, or text typed with a decimal point or comma (and an optional %). */
function readNumber(cell: string | number, allowPercentSign: boolean): DecimalParse & { text: string } {
  if (typeof cell === 'number') return { ...fromNumber(cell), text: String(cell) };
  let text = cell.trim();
  if (allowPercentSign) text = text.replace(/\s*%$/, '');
  return { ...parseDecimal(text), text: cell.trim() };
}

export interface InterpretOptions {
  /** Folded non-applicable tokens of the set */
  readonly naKeys: ReadonlySet<string>;
  /** The set's non-applicable marks as written, named when a cell looks like one of them */
  readonly naTokens?: readonly string[];
}

/** A number cell, or a text cell as typed: what a message shows of it (made only for a message). */
type Typed = string | number;
const shown = (cell: Typed): string => (typeof cell === 'number' ? String(cell) : cell.trim());

/** How a leaf's rule reads a cell: from a number, and (for answers) from a word. */
interface RuleReading {
  /** Applies the rule to a number read from the cell */
  readonly fromValue: (v: Micro, cell: Typed) => Interpretation;
  readonly acceptsPercentSign: boolean;
  readonly words?: (key: string) => Interpretation | undefined;
  readonly expectedAnswers: string;
}

function measuredRange(unit: 'percent' | 'number'): { upper: number; range: string } {
  return unit === 'percent' ? { upper: 100 * SCALE, range: '0–100 %' } : { upper: Infinity, range: '≥ 0' };
}

function ruleReading(leaf: Leaf): RuleReading {
  const { rule, max } = leaf;
  switch (rule.kind) {
    case 'points': {
      const maxText = formatExact(max);
      const allowed = rule.allowed ? new Set(rule.allowed) : undefined;
      const allowedText = rule.allowed?.map((a) => formatExact(a)).join('; ');
      const step = rule.step;
      const fromValue = (v: Micro, cell: Typed): Interpretation => {
        if (v < 0 || v > max) return problem('cell/out-of-range', { value: shown(cell), max: maxText });
        if (step !== undefined && v % step !== 0) return problem('cell/off-step', { value: shown(cell), step: formatExact(step) });
        if (allowed && !allowed.has(v)) return problem('cell/not-allowed', { value: shown(cell), allowed: allowedText });
        return v;
      };
      return { fromValue, acceptsPercentSign: false, expectedAnswers: '' };
    }
    case 'bands': {
      const { upper, range } = measuredRange(rule.unit);
      const fromValue = (v: Micro, cell: Typed): Interpretation => {
        if (v < 0 || v > upper) return problem('cell/value-out-of-range', { value: shown(cell), range });
        for (const b of rule.bands) if (v >= b.min) return b.points;
        return 0;
      };
      return { fromValue, acceptsPercentSign: true, expectedAnswers: '' };
    }
    case 'ratio': {
      const { upper, range } = measuredRange(rule.unit);
      const fromValue = (v: Micro, cell: Typed): Interpretation =>
        v < 0 || v > upper ? problem('cell/value-out-of-range', { value: shown(cell), range }) : scaleMicro(max, Math.min(v, rule.target), rule.target);
      return { fromValue, acceptsPercentSign: true, expectedAnswers: '' };
    }
    case 'yesno': {
      const expected = 'Có/Không, Đạt/Không đạt, x, 1/0';
      return {
        fromValue: (v, cell) => (v === SCALE ? max : v === 0 ? 0 : problem('cell/unknown-answer', { value: shown(cell), expected })),
        acceptsPercentSign: false,
        words: (key) => {
          const answer = yesNo(key);
          return answer === undefined ? undefined : answer ? max : 0;
        },
        expectedAnswers: expected,
      };
    }
    case 'options': {
      const byKey = new Map(rule.options.map((o) => [o.key, scaleMicro(max, o.percent, 100 * SCALE)] as const));
      const expected = rule.options.map((o) => o.value).join(', ');
      return {
        fromValue: (_v, cell) => byKey.get(foldKey(shown(cell))) ?? problem('cell/unknown-answer', { value: shown(cell), expected }),
        acceptsPercentSign: false,
        words: (key) => byKey.get(key),
        expectedAnswers: expected,
      };
    }
  }
}

/** The interpreter of a leaf's column. */
export function leafInterpreter(leaf: Leaf, opts: InterpretOptions): Interpreter {
  const { naKeys } = opts;
  const naTokens = opts.naTokens ?? [];
  const { fromValue, acceptsPercentSign, words, expectedAnswers } = ruleReading(leaf);

  const fromText = (cell: string): Interpretation => {
    // Most cells are plain numbers: read them before any Unicode folding.
    const r = parseDecimal(acceptsPercentSign ? cell.replace(/\s*%\s*$/, '') : cell);
    if (r.ok) return fromValue(r.value, cell);
    const key = foldKey(cell);
    if (key === '') return problem('cell/empty');
    if (naKeys.has(key)) return leaf.naAllowed ? NaN : problem('cell/na-not-allowed', { value: cleanText(cell) });
    const answer = words?.(key);
    if (answer !== undefined) return answer;
    // "KDG", "kdg", "K.ĐG" for "KĐG": name the marks the set declares.
    if (naTokens.length > 0 && naLookalike(cell, naTokens)) return problem('cell/na-lookalike', { value: cleanText(cell), marks: naTokens.join(', ') });
    if (words) return problem('cell/unknown-answer', { value: cleanText(cell), expected: expectedAnswers });
    return decimalProblem(cell.trim(), r);
  };
  // A column holds few distinct texts ("1", "0,5", "KĐG"): each is read once. Results carry no location.
  const seen = new Map<string, Interpretation>();

  return (cell) => {
    if (typeof cell === 'string') {
      let v = seen.get(cell);
      if (v === undefined) {
        v = fromText(cell);
        if (seen.size < 4096) seen.set(cell, v);
      }
      return v;
    }
    if (typeof cell === 'number') {
      const m = microOf(cell);
      if (m === m) return fromValue(m, cell);
      return decimalProblem(String(cell), fromNumber(cell) as Exclude<DecimalParse, { ok: true }>);
    }
    if (cell === null) return problem('cell/empty');
    if (typeof cell === 'boolean') return leaf.rule.kind === 'yesno' ? (cell ? leaf.max : 0) : problem('cell/not-a-number', { value: String(cell) });
    return specialProblem(cell);
  };
}

/**
 * A leaf read as points rather than as its measured value: in a self-assessment form the score columns hold the
 * points the rule gave (a yes/no criterion worth 0.5 takes 0 or 0.5, a banded one one of its steps' points).
 */
export function asPointsLeaf(leaf: Leaf): Leaf {
  const rule = leaf.rule;
  const steps = (values: readonly Micro[]): Micro[] => [...new Set([0, ...values])].sort((a, b) => a - b);
  switch (rule.kind) {
    case 'points':
      return leaf;
    case 'yesno':
      return { ...leaf, rule: { kind: 'points', allowed: steps([leaf.max]) } };
    case 'bands':
      return { ...leaf, rule: { kind: 'points', allowed: steps(rule.bands.map((b) => b.points)) } };
    case 'options':
      return { ...leaf, rule: { kind: 'points', allowed: steps(rule.options.map((o) => scaleMicro(leaf.max, o.percent, 100 * SCALE))) } };
    case 'ratio':
      return { ...leaf, rule: { kind: 'points' } };
  }
}

/** The interpreter of a bonus or penalty column: empty means none; a penalty may be typed negative. */
export function adjustmentInterpreter(adj: Adjustment): Interpreter {
  const maxText = formatExact(adj.max);
  return (cell) => {
    if (cell === null) return 0;
    if (typeof cell === 'boolean') return problem('cell/not-a-number', { value: String(cell) });
    if (typeof cell === 'object') return specialProblem(cell);
    if (typeof cell === 'string' && foldKey(cell) === '') return 0;
    const n = readNumber(cell, false);
    if (!n.ok) return decimalProblem(n.text, n);
    let v = n.value;
    if (v < 0 && adj.kind === 'penalty') v = -v;
    if (v < 0) return problem('cell/out-of-range', { value: n.text, max: maxText, adjustment: adj.name });
    if (v > adj.max) return problem('cell/adjustment-above-cap', { value: n.text, max: maxText, name: adj.name });
    return v;
  };
}

/** A number written in the sheet by someone (a total, an index) to check against ours; undefined when blank. */
export function reportedNumber(cell: Cell): WrittenValue | undefined {
  if (cell === null || typeof cell === 'boolean' || typeof cell === 'object') return undefined;
  if (typeof cell === 'number') {
    const text = String(cell);
    const value = exactDecimal(text);
    return value && { value, decimals: Math.min(6, (text.split('.')[1] ?? '').length), text };
  }
  const text = cell.trim().replace(/\s*%$/, '');
  if (!parseDecimal(text).ok) return undefined;
  const value = exactDecimal(text);
  return value && { value, decimals: Math.min(6, (text.split(/[.,]/)[1] ?? '').length), text: cell.trim() };
}

/** A written total that cannot be checked: a formula saved without its result. */
export function isUncheckable(cell: Cell | undefined): boolean {
  return typeof cell === 'object' && cell !== null && cell.kind === 'formula-no-value';
}
