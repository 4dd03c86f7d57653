/**
 * The comparison as one self-contained HTML page (no scripts, no external files): the tables, and with three years
 * or more a slope chart per block drawn in inline SVG.
 */
import type { Lang } from '../core/lang.js';
import { messageOf } from '../diagnostics/catalogue.js';
import { formatLocation } from '../diagnostics/location.js';
import { formatFraction, fractionNumber } from './fraction.js';
import type { Comparison, TrendBlock } from './model.js';
import type { CompareFormatContext } from './render-text.js';
import { comparisonView, DECIMALS, type TableView } from './view.js';
import { cw } from './words.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem}
th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.up{color:#17692f}.down{color:#a32020}p.note{margin:.2rem 0;color:#444}svg{margin:.5rem 0 1.5rem}`;

function tableHtml(t: TableView): string {
  const head = t.columns.map((c) => `<th>${esc(c.header)}</th>`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((cell, i) => {
      const col = t.columns[i];
      const tone = col?.numeric && /^\+/.test(cell) ? ' up' : col?.numeric && /^-/.test(cell) ? ' down' : '';
      return `<td class="${col?.align === 'right' ? 'n' : 't'}${tone}">${esc(cell)}</td>`;
    }).join('')}</tr>`)
    .join('\n');
  if (t.rows.length === 0) return `<h3>${esc(t.title)}</h3>\n${t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('\n')}`;
  return `<h3>${esc(t.title)}</h3>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n${t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('\n')}`;
}

const W = 640;
const ROW = 26;
const LABEL_GAP = 13;

interface Label {
  readonly x: number;
  y: number;
  readonly text: string;
  readonly colour: string;
  readonly anchor: 'start' | 'end';
}

/** Labels at the same x moved apart, top to bottom, so that close values do not print over each other. */
function spread(labels: Label[]): Label[] {
  const byX = new Map<number, Label[]>();
  for (const l of labels) byX.set(l.x, [...(byX.get(l.x) ?? []), l]);
  for (const group of byX.values()) {
    group.sort((a, b) => a.y - b.y);
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1] as Label;
      const cur = group[i] as Label;
      if (cur.y - prev.y < LABEL_GAP) cur.y = prev.y + LABEL_GAP;
    }
  }
  return labels;
}

/** One line per unit from year to year; the index axis runs from the lowest to the highest value shown. */
export function slopeChart(b: TrendBlock, years: readonly number[], lang: Lang): string {
  const sep = lang === 'vi' ? ',' : '.';
  const values = b.rows.flatMap((r) => r.values.flatMap((v) => (v ? [fractionNumber(v, DECIMALS)] : [])));
  if (values.length === 0) return '';
  const lo = Math.floor(Math.min(...values));
  const hi = Math.ceil(Math.max(...values));
  const height = Math.max(200, b.rows.length * ROW + 60);
  const left = 170;
  const right = W - 170;
  const x = (k: number): number => Math.round(left + ((right - left) * k) / Math.max(1, years.length - 1));
  const y = (v: number): number => Math.round(30 + ((hi - v) / Math.max(1, hi - lo)) * (height - 60));
  const parts: string[] = years.map((yr, k) => `<line x1="${x(k)}" y1="20" x2="${x(k)}" y2="${height - 20}" stroke="#bbb"/><text x="${x(k)}" y="14" text-anchor="middle" font-size="12">${yr}</text>`);
  const leftLabels: Label[] = [];
  const rightLabels: Label[] = [];
  b.rows.forEach((r, i) => {
    const pts = r.values.map((v, k) => (v ? { x: x(k), y: y(fractionNumber(v, DECIMALS)), v: formatFraction(v, DECIMALS, sep) } : undefined));
    const colour = `hsl(${(i * 137) % 360} 55% 40%)`;
    const shown = pts.flatMap((p) => (p ? [p] : []));
    if (shown.length > 1) parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${shown.map((p) => `${p.x},${p.y}`).join(' ')}"><title>${esc(`${r.code} ${r.name}`)}</title></polyline>`);
    for (const p of shown) parts.push(`<circle cx="${p.x}" cy="${p.y}" r="3" fill="${colour}"><title>${esc(`${r.name}: ${p.v}`)}</title></circle>`);
    const first = shown[0];
    const last = shown[shown.length - 1];
    if (first) leftLabels.push({ x: first.x - 6, y: first.y, text: `${r.name} ${first.v}`, colour, anchor: 'end' });
    if (last && last !== first) rightLabels.push({ x: last.x + 6, y: last.y, text: `${last.v} ${r.name}`, colour, anchor: 'start' });
  });
  for (const l of [...spread(leftLabels), ...spread(rightLabels)])
    parts.push(`<text x="${l.x}" y="${l.y + 4}" text-anchor="${l.anchor}" font-size="11" fill="${l.colour}">${esc(l.text)}</text>`);
  const label = cw('slope', lang, b.name);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join('')}</svg>`;
}

export function renderCompareHtml(m: Comparison, ctx: CompareFormatContext): string {
  const { lang } = ctx;
  const sep = lang === 'vi' ? ',' : '.';
  const body: string[] = [`<h1>${esc(cw('title', lang))}</h1>`, '<ul>', ...m.years.map((y) => `<li>${y.year}: ${esc(y.file)} — ${esc(y.setTitle)} (${esc(y.setId)})</li>`)];
  if (m.mapFile !== undefined) body.push(`<li>${esc(cw('map', lang, m.mapFile))}</li>`);
  body.push('</ul>');
  const sections = comparisonView(m, lang, sep);
  sections.forEach((s, si) => {
    body.push(`<h2>${esc(s.title)}</h2>`, ...s.notes.map((n) => `<p class="note">${esc(n)}</p>`));
    s.tables.forEach((t, ti) => {
      body.push(tableHtml(t));
      const trendBlock = si === m.pairs.length ? m.trend?.[ti] : undefined;
      if (trendBlock) body.push(slopeChart(trendBlock, m.years.map((y) => y.year), lang));
    });
  });
  if (m.diagnostics.length > 0)
    body.push(`<h2>${esc(cw('diagnostics', lang))}</h2>`, '<ul>', ...m.diagnostics.map((d) => `<li>${esc(`${formatLocation(d.location, lang)}: ${d.severity} ${d.code}: ${messageOf(d, lang)}`)}</li>`), '</ul>');
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${esc(cw('title', lang))}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
