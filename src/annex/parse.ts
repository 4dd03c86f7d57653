/**
 * An annex table → the JSON of a criteria set, with a diagnostic for everything read into it that a person should
 * review (rules read from guides, survey and non-applicable marks) and everything that could not be read.
 */
import { asciiKey } from '../core/text.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import type { Level } from '../criteria/model.js';
import type { CriterionInput, RuleInput } from '../criteria/schema.js';
import { findColumns, type AnnexColumns } from './columns.js';
import { FLAG_TEXT, mentions } from './flags.js';
import { guideOf, ruleOfGuide } from './guide.js';
import { LEVEL_SLUG, readMetadata } from './metadata.js';
import { numberingOf, settleLetters } from './numbering.js';
import type { AnnexRow, AnnexTable } from './table.js';
import { buildTree, fillParentMax, type AnnexLine, type AnnexNode } from './tree.js';

export interface ImportOptions {
  readonly id?: string;
  readonly title?: string;
  readonly year?: number;
  readonly level?: Level;
  readonly decision?: string;
}

/** The set as JSON-ready data (key order as a person would write it) */
export type SetJson = Record<string, unknown> & { criteria: CriterionInput[] };

export interface ParsedAnnex {
  readonly set: SetJson;
  readonly diagnostics: Diagnostic[];
  /** The annex row of each criterion, by JSON path ("criteria[1].children[0]"), and of "total" */
  readonly rows: ReadonlyMap<string, number>;
  readonly table: AnnexTable;
}

/** A note that is only a method marker ("ĐTXHH", "Thẩm định"): the method says it already. */
const MARKERS = /^(dtxhh|dieu tra xa hoi hoc|tham dinh|tu danh gia)\.?$/;
const TOTAL_ROW = /^(tong cong|tong diem|tong so diem|tong so|cong)\b/;

const cell = (r: AnnexRow, col: number | undefined): string => (col === undefined || col < 0 ? '' : (r.cells[col] ?? ''));

interface Lines {
  lines: AnnexLine[];
  total?: { value: string; number?: number; row: number };
}

function readLines(table: AnnexTable, cols: AnnexColumns, report: (d: Diagnostic) => void): Lines {
  const out: Lines = { lines: [] };
  for (const r of table.rows.slice(cols.dataStart)) {
    const label = cell(r, cols.label);
    const name = cell(r, cols.name);
    const maxText = cell(r, cols.max);
    if (r.cells.every((c) => c === '')) continue;
    if (label === '' && TOTAL_ROW.test(asciiKey(name))) {
      const n = r.numbers?.[cols.max];
      out.total = { value: maxText, ...(n !== undefined ? { number: n } : {}), row: r.row };
      break;
    }
    const last = out.lines[out.lines.length - 1];
    if (label === '' && maxText === '' && last) {
      // The rest of a criterion split over two rows (a merged cell, a long text).
      const join = (a: string, b: string): string => (b === '' ? a : a === '' ? b : `${a}\n${b}`);
      last.name = join(last.name, name);
      last.guide = join(last.guide, cell(r, cols.guide));
      last.method = join(last.method, cell(r, cols.method));
      last.note = join(last.note, cell(r, cols.note));
      report(diag('annex/row-joined', { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: r.row }, { code: last.numbering?.label ?? '' }));
      continue;
    }
    const numbering = numberingOf(label);
    const maxNumber = r.numbers?.[cols.max];
    out.lines.push({
      row: r.row,
      ...(numbering ? { numbering } : {}),
      name,
      maxText,
      ...(maxNumber !== undefined ? { maxNumber } : {}),
      guide: cell(r, cols.guide),
      method: cell(r, cols.method),
      note: cell(r, cols.note),
    });
  }
  return out;
}

/** The note kept on a criterion: the guide when no rule says the same, then the note column minus flag phrases. */
function noteOf(line: AnnexLine, rule: RuleInput | undefined, max: number | undefined): string | undefined {
  const flags = new Set<string>(Object.values(FLAG_TEXT));
  const parts: string[] = [];
  if (line.guide !== '' && !(rule && guideOf(rule, max ?? 0) === line.guide.replace(/\s*\n\s*/g, ' '))) parts.push(line.guide);
  for (const l of line.note.split('\n')) if (l !== '' && !flags.has(l) && !MARKERS.test(asciiKey(l))) parts.push(l);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

interface Inherited {
  survey: boolean;
  naAllowed: boolean;
  evidenceRequired: boolean;
}

function toCriterion(node: AnnexNode, inh: Inherited, at: (row: number, code: string) => Location, report: (d: Diagnostic) => void): CriterionInput {
  const { line } = node;
  const flagText = `${line.guide}\n${line.method}\n${line.note}`;
  const own: Inherited = {
    survey: inh.survey || mentions('survey', `${line.name}\n${flagText}`),
    naAllowed: inh.naAllowed || mentions('naAllowed', flagText),
    evidenceRequired: inh.evidenceRequired || mentions('evidenceRequired', flagText),
  };
  const loc = at(line.row, node.code);
  for (const flag of ['survey', 'naAllowed', 'evidenceRequired'] as const)
    if (own[flag] && !inh[flag]) report(diag('annex/flag-inferred', loc, { code: node.code, flag }));
  const leaf = node.children.length === 0;
  if (node.max === undefined && leaf) {
    const bad = line.maxText !== '';
    report(diag(bad ? 'annex/bad-max' : 'annex/missing-max', loc, { code: node.code, value: line.maxText }));
  }
  const rule = leaf ? ruleOfGuide(line.guide, node.max ?? 0) : undefined;
  if (rule) report(diag('annex/rule-inferred', loc, { code: node.code, rule: rule.kind, summary: guideOf(rule, node.max ?? 0) }));
  const note = noteOf(line, rule, node.max);
  return {
    code: node.code,
    ...(node.label !== undefined ? { label: node.label } : {}),
    name: line.name.replace(/\s*\n\s*/g, ' '),
    max: node.max ?? 0,
    ...(own.survey && !inh.survey ? { method: 'survey' as const } : {}),
    ...(own.naAllowed && !inh.naAllowed ? { naAllowed: true } : {}),
    ...(own.evidenceRequired && !inh.evidenceRequired ? { evidenceRequired: true } : {}),
    ...(rule ? { rule } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(leaf ? {} : { children: node.children.map((c) => toCriterion(c, own, at, report)) }),
  };
}

function pathsOf(nodes: readonly AnnexNode[], prefix: string, rows: Map<string, number>): void {
  nodes.forEach((n, i) => {
    const p = `${prefix}[${i}]`;
    rows.set(p, n.line.row);
    pathsOf(n.children, `${p}.children`, rows);
  });
}

/** The table of a file that has annex columns, or undefined. */
export function annexTableOf(tables: readonly AnnexTable[]): { table: AnnexTable; cols: AnnexColumns } | undefined {
  for (const table of tables) {
    const cols = findColumns(table.rows);
    if (cols) return { table, cols };
  }
  return undefined;
}

/** The lines with a capital C, I, L, V or X in a list of letters read as a letter, not a Roman numeral. */
function withLettersSettled(lines: readonly AnnexLine[]): AnnexLine[] {
  const settled = settleLetters(lines.map((l) => l.numbering));
  return lines.map((l, i) => {
    const numbering = settled[i];
    return numbering === l.numbering ? l : { ...l, ...(numbering ? { numbering } : {}) };
  });
}

export function parseAnnex(table: AnnexTable, cols: AnnexColumns, options: ImportOptions): ParsedAnnex {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => void diagnostics.push(d);
  const base: Location = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}) };
  const at = (row: number, code: string): Location => ({ ...base, row, criterion: code });
  const above = table.rows.filter((r) => r.row < cols.headerRow).flatMap((r) => r.cells.filter((c) => c !== ''));
  const meta = { ...readMetadata([...(table.preamble ?? []), ...above]), ...options };
  const { lines, total } = readLines(table, cols, report);
  const roots = buildTree(withLettersSettled(lines));
  for (const r of roots)
    fillParentMax(r, (node, max) => report(diag('annex/max-computed', at(node.line.row, node.code), { code: node.code, max })));
  const criteria = roots.map((r) => toCriterion(r, { survey: false, naAllowed: false, evidenceRequired: false }, at, report));
  const rows = new Map<string, number>();
  pathsOf(roots, 'criteria', rows);
  const totalMax = total ? (total.number ?? Number(total.value.replace(',', '.'))) : NaN;
  const sum = criteria.reduce((s, c) => s + Math.round(c.max * 1e6), 0) / 1e6;
  rows.set('total', total?.row ?? cols.headerRow);
  for (const [key, option] of [['year', '--year'], ['level', '--level']] as const)
    if (meta[key] === undefined) report(diag('annex/missing-metadata', { ...base, row: cols.headerRow }, { key, option }));
  const year = meta.year;
  const level = meta.level;
  const set: SetJson = {
    id: meta.id ?? (level && year ? `${LEVEL_SLUG[level]}-${year}` : 'bo-chi-so'),
    title: meta.title ?? 'Bộ chỉ số cải cách hành chính',
    ...(year !== undefined ? { year } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(meta.decision !== undefined ? { decision: meta.decision } : {}),
    total: Number.isFinite(totalMax) ? totalMax : sum,
    criteria,
  };
  return { set, diagnostics, rows, table };
}

