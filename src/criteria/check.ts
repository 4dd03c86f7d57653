/**
 * Semantic rules on a criteria set that has the right shape. Each rule is a named function that pushes problems;
 * none throws, so one run reports everything.
 */
import type { Code, DetailsOf } from '../diagnostics/catalogue.js';
import type { Details } from '../diagnostics/types.js';
import { formatExact, fromNumber, parseDecimal, type Micro } from '../core/decimal.js';
import { asciiKey, foldKey } from '../core/text.js';
import { NO_ANSWERS, YES_ANSWERS } from './answers.js';
import { codeKey, extendsCode } from './codes.js';
import { formatPath, type PathSegment } from './json-locate.js';
import type { CriteriaSetInput, CriterionInput, RuleInput } from './schema.js';
import { resolveTieKey } from './ties.js';

type Report = <C extends Code>(code: C, path: readonly PathSegment[], details?: DetailsOf<C>) => void;

interface RuleContext {
  readonly set: CriteriaSetInput;
  readonly report: Report;
  /** Every criterion with its path and parent, in document order: walked once for all the rules (a rule called alone walks them itself) */
  readonly nodes?: readonly NodeVisit[];
}

type SetRule = (ctx: RuleContext) => void;

interface NodeVisit {
  readonly node: CriterionInput;
  readonly path: readonly PathSegment[];
  readonly parent: CriterionInput | undefined;
}

function visitNodes(nodes: readonly CriterionInput[], path: readonly PathSegment[], parent: CriterionInput | undefined, out: NodeVisit[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as CriterionInput;
    const p = [...path, i];
    out.push({ node, path: p, parent });
    if (node.children) visitNodes(node.children, [...p, 'children'], node, out);
  }
}

const nodesOf = (set: CriteriaSetInput): NodeVisit[] => {
  const out: NodeVisit[] = [];
  visitNodes(set.criteria, ['criteria'], undefined, out);
  return out;
};

/** Exact micro value of a number that passed the precision rule; precision problems are reported separately. */
const m = (x: number): Micro => {
  const r = fromNumber(x);
  return r.ok ? r.value : Math.round(x * 1_000_000);
};
const show = (x: Micro): string => formatExact(x);

/**
 * Every point value has at most six decimals (the precision parindex keeps exactly). A value so small that it would
 * be read as 0 (1e-320) is as wrong as one with seven decimals. (The file's literals are also checked as written,
 * in load.ts, for what a binary number cannot tell apart.)
 */
export function heldExactly(value: number): boolean {
  const r = fromNumber(value);
  return r.ok && (r.value !== 0 || value === 0);
}

const precision: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  const check = (value: number, path: readonly PathSegment[]): void => {
    if (!heldExactly(value)) report('set/too-precise', path, { value, reason: 'too-precise' });
  };
  check(set.total, ['total']);
  for (const { node, path } of nodes) {
    check(node.max, [...path, 'max']);
    const rule = node.rule;
    if (rule?.kind === 'points') {
      if (rule.step !== undefined) check(rule.step, [...path, 'rule', 'step']);
      rule.allowed?.forEach((v, i) => check(v, [...path, 'rule', 'allowed', i]));
    } else if (rule?.kind === 'bands') {
      rule.bands.forEach((b, i) => {
        check(b.min, [...path, 'rule', 'bands', i, 'min']);
        check(b.points, [...path, 'rule', 'bands', i, 'points']);
      });
    } else if (rule?.kind === 'ratio') check(rule.target, [...path, 'rule', 'target']);
  }
  set.adjustments.forEach((a, i) => check(a.max, ['adjustments', i, 'max']));
  set.bands.forEach((b, i) => check(b.min, ['bands', i, 'min']));
  set.blocks.forEach((block, bi) => block.bands?.forEach((b, i) => check(b.min, ['blocks', bi, 'bands', i, 'min'])));
  for (const { node, path } of nodes)
    if (node.rule?.kind === 'options') node.rule.options.forEach((o, i) => check(o.percent, [...path, 'rule', 'options', i, 'percent']));
};

const uniqueCodes: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  // the first path of each code, written out only when a second one comes
  const seen = new Map<string, readonly PathSegment[]>();
  const claim = (raw: string, path: readonly PathSegment[]): void => {
    const key = codeKey(raw);
    const first = seen.get(key);
    if (first !== undefined) report('criteria/duplicate-code', [...path, 'code'], { code: raw, firstPath: formatPath([...first, 'code']) });
    else seen.set(key, path);
  };
  for (const { node, path } of nodes) claim(node.code, path);
  set.adjustments.forEach((a, i) => claim(a.code, ['adjustments', i]));
};

const codesExtendParents: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  for (const { node, path, parent } of nodes) {
    if (parent && !extendsCode(codeKey(node.code), codeKey(parent.code)))
      report('criteria/code-not-under-parent', [...path, 'code'], { code: node.code, parent: parent.code });
  }
};

const childrenAddUp: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  for (const { node, path } of nodes) {
    if (!node.children) continue;
    const sum = node.children.reduce((acc, c) => acc + m(c.max), 0);
    if (sum !== m(node.max)) report('criteria/children-sum', [...path, 'max'], { sum: show(sum), max: show(m(node.max)) });
  }
};

const fieldsAddUpToTotal: SetRule = ({ set, report }) => {
  const sum = set.criteria.reduce((acc, c) => acc + m(c.max), 0);
  if (sum !== m(set.total)) report('criteria/total-mismatch', ['total'], { sum: show(sum), total: show(m(set.total)) });
};

const rulesOnLeavesOnly: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  for (const { node, path } of nodes) if (node.children && node.rule) report('criteria/rule-on-parent', [...path, 'rule']);
};

function checkBandList(bands: readonly { label: string; min: number }[], path: readonly PathSegment[], report: Report): void {
  bands.forEach((band, i) => {
    if (band.min < 0 || band.min > 100) report('bands/out-of-range', [...path, i, 'min'], { label: band.label, min: band.min });
    const prev = bands[i - 1];
    if (prev && !(band.min < prev.min))
      report('bands/not-decreasing', [...path, i, 'min'], { label: band.label, min: band.min, previous: prev.min });
  });
}

const bandsOrdered: SetRule = ({ set, report }) => {
  checkBandList(set.bands, ['bands'], report);
  set.blocks.forEach((b, i) => b.bands && checkBandList(b.bands, ['blocks', i, 'bands'], report));
};

const uniqueBlocks: SetRule = ({ set, report }) => {
  const seen = new Map<string, string>();
  set.blocks.forEach((b, i) => {
    // Sheets name a block without caring for case or marks ("Xã", "xa"): so must the check.
    const key = asciiKey(b.id);
    const first = seen.get(key);
    if (first !== undefined) report('blocks/duplicate-id', ['blocks', i, 'id'], { id: b.id, firstPath: first });
    else seen.set(key, formatPath(['blocks', i, 'id']));
  });
};

/**
 * A non-applicable token must not be anything a cell can also mean: a number or percentage ("0", "0%"), a yes/no
 * answer ("x", "Không", "Có") or an answer option of the set. Sheets read a number first and the token before an
 * answer, so either way one of the two meanings would be lost without a word.
 */
const naTokensAreWords: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  const options = new Map<string, string>();
  for (const { node } of nodes)
    if (node.rule?.kind === 'options') for (const o of node.rule.options) if (!options.has(foldKey(o.value))) options.set(foldKey(o.value), o.value);
  set.naTokens.forEach((token, i) => {
    const path = ['naTokens', i];
    if (parseDecimal(token.replace(/\s*%\s*$/, '')).ok) return report('set/na-token-numeric', path, { token });
    const answer = asciiKey(token);
    if (YES_ANSWERS.has(answer) || NO_ANSWERS.has(answer))
      return report('set/na-token-answer', path, { token, meaning: YES_ANSWERS.has(answer) ? 'yes' : 'no' });
    const option = options.get(foldKey(token));
    if (option !== undefined) report('set/na-token-answer', path, { token, meaning: 'option', option });
  });
};

function checkRule(rule: RuleInput, max: Micro, path: readonly PathSegment[], report: Report): void {
  const rp = [...path, 'rule'];
  switch (rule.kind) {
    case 'points': {
      if (rule.step !== undefined && m(rule.step) > 0 && max % m(rule.step) !== 0)
        report('rule/step-not-dividing', [...rp, 'step'], { step: rule.step, max: show(max) });
      rule.allowed?.forEach((v, i) => {
        if (m(v) > max) report('rule/allowed-above-max', [...rp, 'allowed', i], { value: v, max: show(max) });
      });
      return;
    }
    case 'bands': {
      rule.bands.forEach((b, i) => {
        if (m(b.points) > max) report('rule/points-above-max', [...rp, 'bands', i, 'points'], { points: b.points, max: show(max) });
        const prev = rule.bands[i - 1];
        if (prev && !(b.min < prev.min))
          report('rule/thresholds-unordered', [...rp, 'bands', i, 'min'], { min: b.min, previous: prev.min });
        if (b.min < 0 || (rule.unit === 'percent' && b.min > 100))
          report('rule/threshold-out-of-range', [...rp, 'bands', i, 'min'], {
            min: b.min,
            range: rule.unit === 'percent' ? '0–100' : '≥ 0',
          });
      });
      return;
    }
    case 'ratio':
      if (rule.unit === 'percent' && rule.target > 100)
        report('rule/threshold-out-of-range', [...rp, 'target'], { min: rule.target, range: '0–100' });
      return;
    case 'options': {
      const seen = new Set<string>();
      rule.options.forEach((o, i) => {
        if (o.percent < 0 || o.percent > 100)
          report('rule/percent-out-of-range', [...rp, 'options', i, 'percent'], { option: o.value, percent: o.percent });
        const key = foldKey(o.value);
        if (seen.has(key)) report('rule/duplicate-option', [...rp, 'options', i, 'value'], { option: o.value });
        seen.add(key);
      });
      return;
    }
    case 'yesno':
      return;
  }
}

const leafRulesFit: SetRule = ({ set, report, nodes = nodesOf(set) }) => {
  for (const { node, path } of nodes) if (!node.children && node.rule) checkRule(node.rule, m(node.max), path, report);
};

const tieKeysExist: SetRule = ({ set, report }) => {
  if (typeof set.ties === 'string') return;
  const fields = set.criteria.map((f) => f.code).join(', ');
  set.ties.breakBy.forEach((key, i) => {
    if (!resolveTieKey(key, set.criteria)) report('ties/unknown-field', ['ties', 'breakBy', i], { key, fields });
  });
};

const somethingToScore: SetRule = ({ set, report }) => {
  if (!(m(set.total) > 0)) report('set/total-zero', ['total']);
};

/** `"bands": []` on a block would read as "no bands" to some and "the set's bands" to others: it is refused. */
const blockBandsNotEmpty: SetRule = ({ set, report }) => {
  set.blocks.forEach((b, i) => {
    if (b.bands && b.bands.length === 0) report('blocks/empty-bands', ['blocks', i, 'bands'], { id: b.id });
  });
};

/** The named rules, in the order their problems are reported. */
export const setRules: readonly (readonly [string, SetRule])[] = [
  ['precision', precision],
  ['unique-codes', uniqueCodes],
  ['codes-extend-parents', codesExtendParents],
  ['children-add-up', childrenAddUp],
  ['fields-add-up-to-total', fieldsAddUpToTotal],
  ['rules-on-leaves-only', rulesOnLeavesOnly],
  ['leaf-rules-fit', leafRulesFit],
  ['bands-ordered', bandsOrdered],
  ['unique-blocks', uniqueBlocks],
  ['na-tokens-are-words', naTokensAreWords],
  ['block-bands-not-empty', blockBandsNotEmpty],
  ['tie-keys-exist', tieKeysExist],
  ['something-to-score', somethingToScore],
];

export function checkCriteriaSet(set: CriteriaSetInput): { code: Code; path: readonly PathSegment[]; details: Details }[] {
  const problems: { code: Code; path: readonly PathSegment[]; details: Details }[] = [];
  const report: Report = (code, path, details) => problems.push({ code, path, details: (details ?? {}) as Details });
  const nodes = nodesOf(set);
  for (const [, rule] of setRules) rule({ set, report, nodes });
  return problems;
}

