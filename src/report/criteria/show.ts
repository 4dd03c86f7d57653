/** `parindex criteria show`: the criteria set as a person reads the annex of a decision. Pure functions. */
import { formatExact, formatPercent, formatPoints, toNumber, type Micro } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CriteriaReport, CriterionNode, LeafRuleData } from '../model/schema.js';
import { walkNodes } from '../model/walk.js';
import { renderMarkdownTable, renderTextTable, type Column } from '../text-table.js';
import { word } from '../words.js';

export interface CriteriaShowContext {
  readonly lang: Lang;
}

const pct = (m: Micro): string => formatExact(m);

export function describeRule(rule: NonNullable<LeafRuleData>, max: Micro, lang: Lang): string {
  const vi = lang === 'vi';
  const p = (m: Micro): string => formatExact(m);
  switch (rule.kind) {
    case 'points': {
      if (rule.allowed) return (vi ? 'chỉ nhận ' : 'one of ') + rule.allowed.map(p).join('; ');
      const base = (vi ? 'điểm ' : 'points ') + `0–${p(max)}`;
      return rule.step !== undefined ? `${base}, ${vi ? 'bước' : 'step'} ${p(rule.step)}` : base;
    }
    case 'bands': {
      const unit = rule.unit === 'percent' ? ' %' : '';
      return rule.bands.map((b) => `≥ ${p(b.min)}${unit} → ${p(b.points)}`).join('; ');
    }
    case 'yesno':
      return vi ? `có → ${p(max)}; không → 0` : `yes → ${p(max)}; no → 0`;
    case 'ratio': {
      const unit = rule.unit === 'percent' ? ' %' : '';
      return vi
        ? `${p(max)} × giá trị / ${p(rule.target)}${unit} (tối đa ${p(max)})`
        : `${p(max)} × value / ${p(rule.target)}${unit} (at most ${p(max)})`;
    }
    case 'options':
      return rule.options.map((o) => `${o.value} → ${pct(o.percent)} %`).join('; ');
  }
}

function* leafMethods(node: CriterionNode): Generator<CriterionNode['method']> {
  if (node.children.length === 0) yield node.method;
  for (const c of node.children) yield* leafMethods(c);
}

interface Row {
  readonly node: CriterionNode;
  readonly cells: readonly string[];
}

function rows(set: CriteriaReport, lang: Lang): Row[] {
  const out: Row[] = [];
  for (const node of walkNodes(set.fields)) {
    const leaf = node.children.length === 0;
    const methods = new Set(leafMethods(node));
    const flags = [...methods].map((m) => word(m, lang));
    out.push({
      node,
      cells: [
        node.code,
        node.name,
        formatPoints(node.max, set.decimals),
        leaf || node.depth === 0 ? flags.join(', ') : '',
        leaf && node.rule ? describeRule(node.rule, node.max, lang) + (node.naAllowed ? ` · ${word('naAllowed', lang)}` : '') : '',
      ],
    });
  }
  return out;
}

export function summaryLines(set: CriteriaReport, lang: Lang): string[] {
  const d = set.decimals;
  const criteriaCount = [...walkNodes(set.fields)].filter((n) => n.depth === 1).length;
  const total = set.appraisalMax + set.surveyMax;
  const surveyShare = total > 0 ? formatPercent({ num: set.surveyMax, den: total }, 2) : '0.00';
  const lines = [
    `${word('total', lang)}: ${formatPoints(set.total, d)} ${word('points', lang)} · ${set.fields.length} ${word('fields', lang)}, ` +
      `${criteriaCount} ${word('criteria', lang)}, ${set.leaves.length} ${word('leaves', lang)}`,
    `${word('appraisal', lang)} ${formatPoints(set.appraisalMax, d)} · ${word('survey', lang)} ${formatPoints(set.surveyMax, d)} ` +
      `(${word('surveyShare', lang)} ${surveyShare} %)`,
  ];
  return lines;
}

export function headerLine(set: CriteriaReport, lang: Lang): string {
  return `${set.title} (${set.id}) · ${word('year', lang)} ${set.year} · ${word(set.level, lang)}${set.decision ? ` · ${word('decision', lang)} ${set.decision}` : ''}`;
}

export function extraSections(set: CriteriaReport, lang: Lang): { title: string; lines: string[] }[] {
  const d = set.decimals;
  const sections: { title: string; lines: string[] }[] = [];
  if (set.adjustments.length > 0)
    sections.push({
      title: word('adjustments', lang),
      lines: set.adjustments.map((a) => `${a.code}  ${a.name}  (${word(a.kind, lang)}, ${lang === 'vi' ? 'tối đa' : 'at most'} ${formatPoints(a.max, d)})`),
    });
  const bandLine = (bands: CriteriaReport['bands']): string => bands.map((b) => `${b.label} ≥ ${formatExact(b.min)}`).join(' · ');
  if (set.bands.length > 0) sections.push({ title: word('bands', lang), lines: [bandLine(set.bands)] });
  if (set.blocks.length > 0)
    sections.push({
      title: word('blocks', lang),
      lines: set.blocks.map((b) => `${b.id}  ${b.name}${b.bands.length > 0 ? `  (${bandLine(b.bands)})` : ''}`),
    });
  const ties = set.ties.compare === 'shared' ? (lang === 'vi' ? 'theo chỉ số đã làm tròn' : 'on the displayed index') : lang === 'vi' ? 'theo chỉ số chưa làm tròn' : 'on the unrounded index';
  sections.push({
    title: word('ties', lang),
    lines: [set.ties.breakBy.length > 0 ? `${ties}; ${lang === 'vi' ? 'phân định bằng' : 'broken by'} ${set.ties.breakBy.join(', ')}` : ties],
  });
  return sections;
}

const columns = (lang: Lang): Column[] => [
  { header: word('code', lang) },
  { header: word('criterion', lang) },
  { header: word('max', lang), align: 'right' },
  { header: word('method', lang) },
  { header: word('scoring', lang) },
];

export function showTable(set: CriteriaReport, ctx: CriteriaShowContext): string {
  const { lang } = ctx;
  const body = rows(set, lang).map((r) => {
    const [code = '', name = '', ...rest] = r.cells;
    return [`${'  '.repeat(r.node.depth)}${code}`, name, ...rest];
  });
  const out = [headerLine(set, lang), '', ...renderTextTable(columns(lang), body), '', ...summaryLines(set, lang)];
  for (const s of extraSections(set, lang)) out.push('', `${s.title}:`, ...s.lines.map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}

export function showMarkdown(set: CriteriaReport, ctx: CriteriaShowContext): string {
  const { lang } = ctx;
  const body = rows(set, lang).map((r) => {
    const [code = '', name = '', ...rest] = r.cells;
    return [r.node.depth === 0 ? `**${code}**` : code, r.node.depth === 0 ? `**${name}**` : name, ...rest];
  });
  const out = [`# ${set.title}`, '', headerLine(set, lang), '', ...renderMarkdownTable(columns(lang), body), ''];
  out.push(...summaryLines(set, lang).map((l) => `- ${l}`));
  for (const s of extraSections(set, lang)) out.push('', `## ${s.title}`, '', ...s.lines.map((l) => `- ${l}`));
  return `${out.join('\n')}\n`;
}

function nodeJson(n: CriterionNode, lang: Lang): Record<string, unknown> {
  const leaf = n.children.length === 0;
  return {
    code: n.code,
    name: n.name,
    max: toNumber(n.max),
    method: n.method,
    ...(leaf
      ? {
          naAllowed: n.naAllowed,
          evidenceRequired: n.evidenceRequired,
          rule: n.rule ? { kind: n.rule.kind, text: describeRule(n.rule, n.max, lang) } : undefined,
        }
      : { children: n.children.map((c) => nodeJson(c, lang)) }),
  };
}

export function showJson(set: CriteriaReport, ctx: CriteriaShowContext): string {
  const doc = {
    id: set.id,
    title: set.title,
    year: set.year,
    level: set.level,
    ...(set.decision !== undefined ? { decision: set.decision } : {}),
    decimals: set.decimals,
    naTokens: set.naTokens,
    ties: set.ties,
    allowIndexAbove100: set.allowIndexAbove100,
    bands: set.bands.map((b) => ({ label: b.label, min: toNumber(b.min) })),
    blocks: set.blocks.map((b) => ({ id: b.id, name: b.name, bands: b.bands.map((x) => ({ label: x.label, min: toNumber(x.min) })) })),
    total: toNumber(set.total),
    appraisalMax: toNumber(set.appraisalMax),
    surveyMax: toNumber(set.surveyMax),
    counts: {
      fields: set.fields.length,
      criteria: [...walkNodes(set.fields)].filter((n) => n.depth === 1).length,
      leaves: set.leaves.length,
    },
    criteria: set.fields.map((f) => nodeJson(f, ctx.lang)),
    adjustments: set.adjustments.map((a) => ({ code: a.code, name: a.name, kind: a.kind, max: toNumber(a.max) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
