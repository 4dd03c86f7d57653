/**
 * A criteria set → the rows of its annex as a decision prints it: STT, criterion, max, scoring guide, note. Each
 * rule is written in the words `criteria import` reads back, so export → import gives the same set.
 */
import { SCALE, type Micro } from '../core/decimal.js';
import type { Criterion, CriteriaSet, LeafRule } from '../criteria/model.js';
import type { RuleInput } from '../criteria/schema.js';
import { FLAG_TEXT, mentions, type Flag } from './flags.js';
import { guideOf, ruleOfGuide } from './guide.js';

export interface AnnexExportRow {
  readonly label: string;
  readonly name: string;
  readonly max: Micro;
  readonly guide: string;
  readonly note: string;
  /** 0 for a field (printed bold) */
  readonly depth: number;
  /** Indexes (in `rows`) of the direct children, whose maxima the row sums */
  readonly children: readonly number[];
}

export interface AnnexExport {
  readonly heading: readonly string[];
  readonly rows: readonly AnnexExportRow[];
  readonly total: Micro;
  /** Indexes of the field rows, summed in the total row */
  readonly fields: readonly number[];
}

export const ANNEX_HEADERS = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm điểm', 'Ghi chú'] as const;

const n = (m: Micro): number => m / SCALE;

/** A model rule back in the file format's numbers. */
export function ruleInputOf(rule: LeafRule): RuleInput {
  switch (rule.kind) {
    case 'points':
      return { kind: 'points', ...(rule.step !== undefined ? { step: n(rule.step) } : {}), ...(rule.allowed ? { allowed: rule.allowed.map(n) } : {}) };
    case 'bands':
      return { kind: 'bands', unit: rule.unit, bands: rule.bands.map((b) => ({ min: n(b.min), points: n(b.points) })) };
    case 'yesno':
      return { kind: 'yesno' };
    case 'ratio':
      return { kind: 'ratio', target: n(rule.target), unit: rule.unit };
    case 'options':
      return { kind: 'options', options: rule.options.map((o) => ({ value: o.value, percent: n(o.percent) })) };
  }
}

const FLAG_OF: Record<Flag, (c: Criterion) => boolean> = {
  survey: (c) => c.method === 'survey',
  naAllowed: (c) => c.naAllowed,
  evidenceRequired: (c) => c.evidenceRequired,
};

function rowOf(c: Criterion, parent: Criterion | undefined): Omit<AnnexExportRow, 'children'> {
  const rule = c.rule ? guideOf(ruleInputOf(c.rule), n(c.max)) : '';
  const note = c.note ?? '';
  // A note that no rule could be read from reads best in the guide column, where the annex had it.
  const noteAsGuide = rule === '' && note !== '' && (c.children.length > 0 || ruleOfGuide(note, n(c.max)) === undefined);
  const lines: string[] = [];
  for (const flag of ['survey', 'naAllowed', 'evidenceRequired'] as const) {
    const own = FLAG_OF[flag](c) && !(parent && FLAG_OF[flag](parent));
    const said = mentions(flag, flag === 'survey' ? `${c.name}\n${note}` : note);
    if (own && !said) lines.push(FLAG_TEXT[flag]);
  }
  if (note !== '' && !noteAsGuide) lines.push(note);
  return { label: c.label ?? c.code, name: c.name, max: c.max, guide: noteAsGuide ? note : rule, note: lines.join('\n'), depth: c.depth };
}

export function annexOf(set: CriteriaSet): AnnexExport {
  const rows: AnnexExportRow[] = [];
  const add = (c: Criterion, parent: Criterion | undefined): number => {
    const at = rows.length;
    rows.push({ ...rowOf(c, parent), children: [] });
    const children = c.children.map((k) => add(k, c));
    rows[at] = { ...(rows[at] as AnnexExportRow), children };
    return at;
  };
  const fields = set.fields.map((f) => add(f, undefined));
  const heading = ['PHỤ LỤC', set.title, ...(set.decision ? [`(Kèm theo Quyết định số ${set.decision})`] : [])];
  return { heading, rows, total: set.total, fields };
}
