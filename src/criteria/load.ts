/**
 * criteria file text → CriteriaSet, in three stages: JSON + schema (zod), semantic rules (check.ts), then the
 * normalised model. Problems come back as diagnostics located by JSON path and line; nothing is thrown.
 */
import type { z } from 'zod';
import { micro } from '../core/decimal.js';
import { cleanText, foldKey } from '../core/text.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { checkCriteriaSet } from './check.js';
import { codeKey } from './codes.js';
import { findJsonError, formatPath, locateJsonValues, positionOfOffset, type PathSegment, type TextPosition } from './json-locate.js';
import type { Adjustment, Band, Criterion, CriteriaSet, Leaf, LeafRule, Method, TieKey, TieRule } from './model.js';
import { CriteriaSetSchema, type CriteriaSetInput, type CriterionInput, type RuleInput } from './schema.js';

export type CriteriaLoad =
  /** The file could not be read as JSON at all: the run cannot go on. */
  | { readonly ok: false; readonly fatal: true; readonly diagnostics: readonly Diagnostic[] }
  /** JSON was read; `set` is present only when no error was found. */
  | { readonly ok: boolean; readonly fatal: false; readonly set?: CriteriaSet; readonly diagnostics: readonly Diagnostic[] };

export function loadCriteriaSet(text: string, file: string): CriteriaLoad {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    const found = findJsonError(text);
    const at: TextPosition = positionOfOffset(text, found.offset);
    return { ok: false, fatal: true, diagnostics: [diag('set/invalid-json', { file, ...at }, { reason: found.reason })] };
  }
  const positions = locateJsonValues(text.replace(/^\ufeff/, ''));
  const locate = (path: readonly PathSegment[], key = false): Location => {
    const p = formatPath(path);
    const at = (key && positions.get(`${p}#key`)) || positions.get(p) || nearest(positions, path);
    return { file, path: p, ...(at ?? {}) };
  };

  const parsed = CriteriaSetSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.flatMap((issue) => schemaDiagnostics(issue, locate));
    return { ok: false, fatal: false, diagnostics };
  }
  const problems = checkCriteriaSet(parsed.data);
  const diagnostics = problems.map((p) => diag(p.code, locate(p.path), p.details));
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, fatal: false, diagnostics };
  return { ok: true, fatal: false, set: buildModel(parsed.data), diagnostics };
}

/** The closest located ancestor of a path (a missing key is reported at its object). */
function nearest(positions: Map<string, TextPosition>, path: readonly PathSegment[]): TextPosition | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const at = positions.get(formatPath(path.slice(0, n)));
    if (at) return at;
  }
  return undefined;
}

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

function schemaDiagnostics(issue: z.core.$ZodIssue, locate: (p: readonly PathSegment[], key?: boolean) => Location): Diagnostic[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => diag('set/unknown-key', locate([...path, key], true), { key }));
    case 'invalid_type':
      if (issue.input === undefined && path.length > 0) {
        const key = path[path.length - 1];
        return [diag('set/missing-key', locate(path), { key: String(key), expected: issue.expected })];
      }
      return [
        diag('set/invalid-value', locate(path), {
          problem: `expected ${issue.expected}`,
          problemVi: `cần ${VI_TYPES[issue.expected] ?? issue.expected}`,
          found: describe(issue.input),
        }),
      ];
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const atDisc = path[path.length - 1] === disc;
        const input = issue.input as Record<string, unknown> | undefined;
        const found = atDisc ? (issue.input as unknown) : input?.[disc];
        return [
          diag('set/invalid-value', locate(atDisc ? path : [...path, disc]), {
            problem: `"${disc}" must be one of points, bands, yesno, ratio, options`,
            problemVi: `"${disc}" phải là một trong points, bands, yesno, ratio, options`,
            found: describe(found),
          }),
        ];
      }
      return [
        diag('set/invalid-value', locate(path), {
          problem: unionProblem(path),
          problemVi: 'giá trị không đúng dạng cho phép',
          found: describe(issue.input),
        }),
      ];
    }
    case 'invalid_value':
      return [
        diag('set/invalid-value', locate(path), {
          problem: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          problemVi: `cần một trong các giá trị ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          found: describe(issue.input),
        }),
      ];
    default:
      return [
        diag('set/invalid-value', locate(path), {
          problem: issue.message.replace(/^Invalid input: /, ''),
          problemVi: vietnameseProblem(issue),
          found: describe(issue.input),
        }),
      ];
  }
}

const VI_TYPES: Record<string, string> = {
  number: 'một số',
  string: 'một chuỗi ký tự',
  boolean: 'true hoặc false',
  array: 'một danh sách [...]',
  object: 'một đối tượng {...}',
};

function unionProblem(path: readonly PathSegment[]): string {
  return path[path.length - 1] === 'ties'
    ? 'expected "shared", "exact" or { "compare": …, "breakBy": [...] }'
    : 'the value does not match any allowed form';
}

function vietnameseProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `cần ít nhất ${String(issue.minimum)} phần tử/ký tự`
        : `cần giá trị ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `cần giá trị ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message.startsWith('expected points')
        ? 'cần points, appraisal, survey, name, code hoặc field:<mã>'
        : issue.message.includes('blank')
          ? 'mã không được để trống'
          : 'sai định dạng';
    default:
      return issue.message;
  }
}

// ── model ─────────────────────────────────────────────────────────────────────────────────────────────────────

function toRule(rule: RuleInput | undefined): LeafRule {
  if (!rule) return { kind: 'points' };
  switch (rule.kind) {
    case 'points':
      return {
        kind: 'points',
        ...(rule.step !== undefined ? { step: micro(rule.step) } : {}),
        ...(rule.allowed ? { allowed: rule.allowed.map(micro) } : {}),
      };
    case 'bands':
      return { kind: 'bands', unit: rule.unit, bands: rule.bands.map((b) => ({ min: micro(b.min), points: micro(b.points) })) };
    case 'yesno':
      return { kind: 'yesno' };
    case 'ratio':
      return { kind: 'ratio', target: micro(rule.target), unit: rule.unit };
    case 'options':
      return {
        kind: 'options',
        options: rule.options.map((o) => ({ value: o.value, key: foldKey(o.value), percent: micro(o.percent) })),
      };
  }
}

function toBands(bands: readonly { label: string; min: number }[]): Band[] {
  return bands.map((b) => ({ label: cleanText(b.label), min: micro(b.min) }));
}

function toTies(ties: CriteriaSetInput['ties']): TieRule {
  if (typeof ties === 'string') return { compare: ties, breakBy: [] };
  return { compare: ties.compare, breakBy: ties.breakBy as TieKey[] };
}

export function buildModel(input: CriteriaSetInput): CriteriaSet {
  const leaves: Leaf[] = [];
  const byKey = new Map<string, Criterion>();
  let appraisalMax = 0;
  let surveyMax = 0;

  interface Inherited {
    method: Method;
    naAllowed: boolean;
    evidenceRequired: boolean;
  }
  const build = (node: CriterionInput, path: PathSegment[], depth: number, fieldIndex: number, inh: Inherited): Criterion => {
    const own: Inherited = {
      method: node.method ?? inh.method,
      naAllowed: node.naAllowed ?? inh.naAllowed,
      evidenceRequired: node.evidenceRequired ?? inh.evidenceRequired,
    };
    const children = (node.children ?? []).map((c, i) => build(c, [...path, 'children', i], depth + 1, fieldIndex, own));
    const base = {
      code: cleanText(node.code),
      key: codeKey(node.code),
      ...(node.label !== undefined ? { label: cleanText(node.label) } : {}),
      name: cleanText(node.name),
      max: micro(node.max),
      ...own,
      ...(node.note !== undefined ? { note: node.note } : {}),
      children,
      path: formatPath(path),
      depth,
      fieldIndex,
    };
    let criterion: Criterion;
    if (children.length === 0) {
      const leaf: Leaf = { ...base, rule: toRule(node.rule), leafIndex: -1 };
      criterion = leaf;
    } else criterion = base;
    byKey.set(criterion.key, criterion);
    return criterion;
  };
  const fields = input.criteria.map((c, i) =>
    build(c, ['criteria', i], 0, i, { method: 'appraisal', naAllowed: false, evidenceRequired: false }),
  );
  // Leaves in document order, numbered once the tree is built.
  const collect = (nodes: readonly Criterion[]): void => {
    for (const n of nodes) {
      if (n.children.length === 0) {
        const leaf = Object.assign(n as Leaf, { leafIndex: leaves.length });
        leaves.push(leaf);
        if (leaf.method === 'survey') surveyMax += leaf.max;
        else appraisalMax += leaf.max;
      } else collect(n.children);
    }
  };
  collect(fields);

  const adjustments: Adjustment[] = input.adjustments.map((a, index) => ({
    code: cleanText(a.code),
    key: codeKey(a.code),
    name: cleanText(a.name),
    kind: a.kind,
    max: micro(a.max),
    index,
  }));

  return {
    id: input.id,
    title: cleanText(input.title),
    year: input.year,
    level: input.level,
    ...(input.decision !== undefined ? { decision: input.decision } : {}),
    total: micro(input.total),
    decimals: input.decimals,
    naTokens: input.naTokens.map(cleanText),
    ties: toTies(input.ties),
    allowIndexAbove100: input.allowIndexAbove100,
    bands: toBands(input.bands),
    blocks: input.blocks.map((b) => ({ id: cleanText(b.id), name: cleanText(b.name), bands: toBands(b.bands ?? []) })),
    fields,
    leaves,
    adjustments,
    byKey,
    appraisalMax,
    surveyMax,
  };
}
