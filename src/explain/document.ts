/**
 * The trace as a document a person reads: titled sections of lines and tables, in one language. The text, Markdown
 * and HTML renderers only lay it out, so the three say the same thing.
 */
import { formatExact, parseDecimal, type Micro } from '../core/decimal.js';
import type { Lang } from '../core/lang.js';
import type { Column } from '../report/text-table.js';
import { decimalSeparator, decimalText, messageText } from '../report/text.js';
import { formatLocation } from '../diagnostics/location.js';
import type { ExplainTrace, LeafTrace, Neighbour, NodeTrace } from './model.js';
import { ew, tieKeyWords } from './words.js';

export interface Section {
  readonly title: string;
  readonly lines: readonly string[];
  readonly table?: { readonly columns: readonly Column[]; readonly rows: readonly (readonly string[])[] };
}

export interface ExplainDocument {
  readonly title: string;
  readonly intro: readonly string[];
  readonly sections: readonly Section[];
}

const pts = (m: Micro, lang: Lang): string => formatExact(m, decimalSeparator(lang));

/** The number a cell holds, when it is one ("87,5", "87.5 %", 87.5). */
function numberOf(raw: string | null): Micro | undefined {
  if (raw === null) return undefined;
  const r = parseDecimal(raw.trim().replace(/\s*%$/, ''));
  return r.ok ? r.value : undefined;
}

/** The rule of a leaf, as applied to what was written. */
export function appliedRule(leaf: LeafTrace, lang: Lang): string {
  if (leaf.problem !== null) return ew('problem', lang, leaf.problem);
  if (leaf.points === null) return ew('naRule', lang, pts(leaf.max, lang));
  const p = (m: Micro): string => pts(m, lang);
  const rule = leaf.rule;
  const value = numberOf(leaf.raw);
  const unit = (u: 'percent' | 'number'): string => (u === 'percent' ? ' %' : '');
  switch (rule.kind) {
    case 'points':
      return ew('asWritten', lang);
    case 'yesno':
      return leaf.points > 0 ? ew('yes', lang, p(leaf.points)) : ew('no', lang);
    case 'bands': {
      const band = value === undefined ? undefined : rule.bands.find((b) => value >= b.min);
      return band && value !== undefined ? ew('band', lang, p(value) + unit(rule.unit), p(band.min) + unit(rule.unit), p(band.points)) : ew('asWritten', lang);
    }
    case 'ratio':
      return value === undefined ? ew('asWritten', lang) : ew('ratio', lang, p(value) + unit(rule.unit), p(rule.target) + unit(rule.unit), p(leaf.max), p(leaf.points));
    case 'options': {
      const chosen = rule.options.find((o) => leaf.raw !== null && o.key === leaf.raw.trim().toLocaleLowerCase('vi'))
        ?? rule.options.find((o) => leaf.raw !== null && o.value === leaf.raw.trim());
      return chosen ? ew('option', lang, chosen.value, p(chosen.percent), p(leaf.max), p(leaf.points)) : ew('asWritten', lang);
    }
  }
}

/** Leaf rows; a cell in the unit's own file is named by sheet and reference only (the file is in the intro). */
function leafRows(nodes: readonly NodeTrace[], lang: Lang, file: string): string[][] {
  return nodes.flatMap((n) => {
    if (!n.leaf) return leafRows(n.children, lang, file);
    const l = n.leaf;
    const ref = l.cell ? `${l.cell.sheet !== undefined ? `${l.cell.sheet}!` : ''}${l.cell.ref}` : '';
    const cell = l.cell ? (l.cell.file === file ? ref : `${l.cell.file} › ${ref}`) : ew('unknownCell', lang);
    const raw = l.raw === null ? ew('empty', lang) : l.raw;
    return [[l.code, l.name, cell, raw, appliedRule(l, lang), l.problem !== null ? '—' : l.points === null ? ew('na', lang) : pts(l.points, lang), pts(l.max, lang)]];
  });
}

function subtotalRows(nodes: readonly NodeTrace[], lang: Lang): string[][] {
  return nodes.flatMap((n) =>
    n.leaf ? [] : [[`${'  '.repeat(n.depth)}${n.code}`, n.name, pts(n.points, lang), pts(n.effectiveMax, lang), pts(n.max, lang)], ...subtotalRows(n.children, lang)],
  );
}

function adjustmentLines(t: ExplainTrace, lang: Lang): string[] {
  const p = (m: Micro): string => pts(m, lang);
  const x = t.totals;
  const lines = [ew('appraisal', lang, p(x.appraisal)), ew('survey', lang, p(x.survey))];
  for (const a of t.adjustments) lines.push(ew(a.kind === 'bonus' ? 'bonus' : 'penalty', lang, a.code, a.name, p(a.points), p(a.max)));
  lines.push(ew('uncapped', lang, p(x.appraisal), p(x.survey), p(x.bonus), p(x.penalty), p(x.uncapped)));
  lines.push(ew('maxLine', lang, p(x.setTotal), p(x.removed), p(x.effectiveMax)));
  if (x.total !== null) {
    if (x.capped === 'above') lines.push(ew('cappedAbove', lang, p(x.total)));
    else if (x.capped === 'below') lines.push(ew('cappedBelow', lang));
    else lines.push(ew('noCap', lang, p(x.effectiveMax), p(x.total)));
  }
  return lines;
}

function neighbourLine(key: 'above' | 'below', n: Neighbour, lang: Lang): string {
  const how = n.decidedBy === 'index' ? ew('byIndex', lang) : n.decidedBy === 'shared' ? ew('byNothing', lang) : ew('byKey', lang, tieKeyWords(n.decidedBy, lang));
  return ew(key, lang, n.rank, n.code, n.name, decimalText(n.index, lang), how);
}

function rankSection(t: ExplainTrace, lang: Lang): Section | undefined {
  const r = t.rank;
  if (!r) return undefined;
  const lines = [ew('rankLine', lang, r.rank, r.of, r.block)];
  if (r.sharedWith.length > 0) lines.push(ew('shared', lang, r.sharedWith.join(', ')));
  lines.push(ew('tieRule', lang, ew(r.compare === 'exact' ? 'compareExact' : 'compareShared', lang), r.breakBy.length > 0 ? r.breakBy.map((k) => tieKeyWords(k, lang)).join(', ') : ew('nothing', lang)));
  if (r.above) lines.push(neighbourLine('above', r.above, lang));
  if (r.below) lines.push(neighbourLine('below', r.below, lang));
  return { title: ew('rank', lang), lines };
}

function bandSection(t: ExplainTrace, lang: Lang): Section | undefined {
  const b = t.band;
  if (!b || !t.fraction) return undefined;
  const shown = decimalText(t.fraction.shown, lang);
  const lines = b.label === null || b.min === null ? [ew('noBand', lang)] : [ew('bandLine', lang, b.label, shown, pts(b.min, lang))];
  if (b.next) lines.push(ew('nextBand', lang, b.next.label, pts(b.next.min, lang)));
  return { title: ew('bandTitle', lang), lines };
}

function fractionSection(t: ExplainTrace, lang: Lang): Section | undefined {
  const f = t.fraction;
  if (!f) return undefined;
  return {
    title: ew('fraction', lang),
    lines: [
      ew('fractionLine', lang, pts(f.num, lang), pts(f.den, lang), f.num, f.den, f.reducedNum, f.reducedDen),
      ew('roundLine', lang, decimalText(f.long, lang), f.decimals, decimalText(f.shown, lang)),
    ],
  };
}

export function explainDocument(t: ExplainTrace, lang: Lang): ExplainDocument {
  const where = formatLocation({ file: t.unit.file, ...(t.unit.sheet !== undefined ? { sheet: t.unit.sheet } : {}), row: t.unit.row }, lang);
  const intro = [ew('set', lang, t.set.title, t.set.id), ew('source', lang, where), ...(t.unit.block !== null ? [ew('block', lang, t.unit.block)] : [])];
  if (!t.ranked) intro.push(ew('notRanked', lang));
  const right = { align: 'right' } as const;
  const sections: (Section | undefined)[] = [
    {
      title: ew('leaves', lang),
      lines: [],
      table: {
        columns: [{ header: ew('code', lang) }, { header: ew('criterion', lang) }, { header: ew('cell', lang) }, { header: ew('raw', lang) }, { header: ew('rule', lang) }, { header: ew('points', lang), ...right }, { header: ew('max', lang), ...right }],
        rows: leafRows(t.fields, lang, t.unit.file),
      },
    },
    {
      title: ew('subtotals', lang),
      lines: [],
      table: { columns: [{ header: ew('code', lang) }, { header: ew('criterion', lang) }, { header: ew('points', lang), ...right }, { header: ew('effMax', lang), ...right }, { header: ew('max', lang), ...right }], rows: subtotalRows(t.fields, lang) },
    },
    { title: ew('adjustments', lang), lines: adjustmentLines(t, lang) },
    fractionSection(t, lang),
    rankSection(t, lang),
    bandSection(t, lang),
    t.diagnostics.length > 0 ? { title: ew('diagnostics', lang), lines: t.diagnostics.map((d) => `${formatLocation(d.location, lang)}  ${d.severity}  ${d.code}  ${messageText(d, lang)}`) } : undefined,
  ];
  return { title: ew('title', lang, t.unit.code, t.unit.name), intro, sections: sections.filter((s): s is Section => s !== undefined) };
}
