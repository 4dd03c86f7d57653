/**
 * criteria file text → CriteriaSet, in three stages: JSON + schema, semantic rules (check.ts), then the normalised
 * model. Problems come back as diagnostics located by JSON path and line; nothing is thrown.
 *
 * The schema stage takes a valid file through ./quick-parse.ts; only a file that it does not accept is given to zod
 * (`SchemaParse`), which says what is wrong. This module does not import zod: ./load.ts gives it zod's parse (the
 * synchronous API), ./load-lazy.ts loads zod only when a file needs it (the command line).
 */
import { isUtf8 } from 'node:buffer';
import { micro } from '../core/decimal.js';
import { cleanText, foldKey } from '../core/text.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { checkCriteriaSet } from './check.js';
import { codeKey } from './codes.js';
import { formatPath, literalPrecision, scanJson, type JsonLocator, type JsonScan, type PathSegment, type TextPosition } from './json-locate.js';
import type { Adjustment, Band, Criterion, CriteriaSet, Leaf, LeafRule, Method, TieKey, TieRule } from './model.js';
import { quickParse } from './quick-parse.js';
import type { CriteriaSetInput, CriterionInput, RuleInput } from './schema.js';
import { schemaDiagnostics, type SchemaIssue } from './schema-diagnostics.js';

export type CriteriaLoad =
  /** The file could not be read as JSON at all: the run cannot go on. */
  | { readonly ok: false; readonly fatal: true; readonly diagnostics: readonly Diagnostic[] }
  /** JSON was read; `set` is present only when no error was found. */
  | { readonly ok: boolean; readonly fatal: false; readonly set?: CriteriaSet; readonly diagnostics: readonly Diagnostic[] };

/** The largest criteria file read (a real set is 20–80 kB); a reader of the file may stop at this many bytes + 1. */
export const CRITERIA_MAX_BYTES = 8 * 1024 * 1024;

const fatal = (d: Diagnostic): CriteriaLoad => ({ ok: false, fatal: true, diagnostics: [d] });

/** zod's check of a file's data against the format (CriteriaSetSchema.safeParse), for a file quickParse refuses. */
export type SchemaParse = (data: unknown) => { success: true; data: CriteriaSetInput } | { success: false; error: { issues: readonly SchemaIssue[] } };

/** A criteria file's bytes → CriteriaSet: bytes that are not UTF-8 text, or too many, are one fatal diagnostic. */
export function loadCriteriaBytesWith(bytes: Uint8Array, file: string, schemaParse: () => SchemaParse): CriteriaLoad {
  if (bytes.length > CRITERIA_MAX_BYTES) return fatal(diag('set/too-large', { file }, { limit: CRITERIA_MAX_BYTES }));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fatal(diag('set/not-text', { file, line: 1, col: 1 }, { reason: 'utf16' }));
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!isUtf8(bytes)) return fatal(diag('set/not-text', { file, ...positionOf(text, text.indexOf('\ufffd')) }, { reason: 'not-utf8' }));
  return loadCriteriaSetWith(text, file, schemaParse);
}

/** Line and column of a character offset (only for the one place a fatal problem is). */
function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/** A criteria file's text → CriteriaSet, or every problem found, located by JSON path and line:column. */
export function loadCriteriaSetWith(text: string, file: string, schemaParse: () => SchemaParse): CriteriaLoad {
  if (text.length > CRITERIA_MAX_BYTES) return fatal(diag('set/too-large', { file }, { limit: CRITERIA_MAX_BYTES }));
  const nul = text.indexOf('\0');
  if (nul >= 0) return fatal(diag('set/not-text', { file, ...positionOf(text, nul) }, { reason: 'nul' }));
  const scan = scanJson(text);
  if (!scan.ok) {
    const at = { file, ...(scan.path !== '(root)' ? { path: scan.path } : {}), ...scan.at };
    if (scan.kind === 'too-deep') return fatal(diag('set/too-deep', at, { limit: scan.limit }));
    return fatal(diag('set/invalid-json', at, { problem: scan.problem, ...(scan.found !== undefined ? { found: scan.found } : {}) }));
  }
  const locator = scan.locator;
  const locate = (path: readonly PathSegment[], key = false): Location => {
    const p = formatPath(path);
    const at = (key && locator.key(p)) || locator.value(p) || nearest(locator, path);
    return { file, path: p, ...(at ?? {}) };
  };
  const lexical = lexicalDiagnostics(scan, file);
  // A path the text itself is wrong at is not reported again by the schema or the rules.
  const seen = new Set(lexical.map((d) => d.location.path));
  const rest = (ds: readonly Diagnostic[]): Diagnostic[] => [...lexical, ...ds.filter((d) => !seen.has(d.location.path))];

  const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const quick = quickParse(data);
  const parsed = quick ? ({ success: true, data: quick } as const) : schemaParse()(data);
  if (!parsed.success) return { ok: false, fatal: false, diagnostics: rest(parsed.error.issues.flatMap((issue) => schemaDiagnostics(issue, locate))) };
  const diagnostics = rest(checkCriteriaSet(parsed.data).map((p) => diag(p.code, locate(p.path), p.details)));
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, fatal: false, diagnostics };
  return { ok: true, fatal: false, set: buildModel(parsed.data), diagnostics };
}

/** Problems in the text as written: keys given twice (JSON.parse would keep the last silently), inexact numbers. */
function lexicalDiagnostics(scan: Extract<JsonScan, { ok: true }>, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of scan.duplicates)
    out.push(diag('set/duplicate-key', { file, path: d.path, ...d.at }, { key: d.key, firstLine: d.first.line, firstCol: d.first.col }));
  for (const n of scan.numbers) {
    const held = literalPrecision(n.literal);
    if (held !== 'exact') out.push(diag('set/too-precise', { file, path: n.path, ...n.at }, { value: n.literal, reason: held }));
  }
  return out;
}

/** The closest located ancestor of a path (a missing key is reported at its object). */
function nearest(locator: JsonLocator, path: readonly PathSegment[]): TextPosition | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const at = locator.value(formatPath(path.slice(0, n)));
    if (at) return at;
  }
  return undefined;
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
    surveyGroups: (input.surveyGroups ?? []).map((g) => ({ id: cleanText(g.id), name: cleanText(g.name), weight: micro(g.weight) })),
    minResponses: input.minResponses ?? 0,
  };
}
