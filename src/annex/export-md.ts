/** The annex as a Markdown table (fields bold, line breaks as <br>). */
import { formatExact } from '../core/decimal.js';
import { ANNEX_HEADERS, type AnnexExport } from './export.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

export function annexMarkdown(annex: AnnexExport): string {
  const out: string[] = [];
  for (const h of annex.heading) out.push(`**${cell(h)}**`, '');
  out.push(`| ${ANNEX_HEADERS.join(' | ')} |`, '|:-:|---|--:|---|---|');
  for (const r of annex.rows) {
    const b = (s: string): string => (r.depth === 0 && s !== '' ? `**${s}**` : s);
    out.push(`| ${[b(cell(r.label)), b(cell(r.name)), b(formatExact(r.max, ',')), cell(r.guide), cell(r.note)].join(' | ')} |`);
  }
  out.push(`|  | **Tổng cộng** | **${formatExact(annex.total, ',')}** |  |  |`);
  return `${out.join('\n')}\n`;
}
