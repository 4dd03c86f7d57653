/** `parindex explain --format text|md|json|html`: each a pure function of the trace, registered by name. */
import type { Lang } from '../core/lang.js';
import { esc } from '../report/html/escape.js';
import { renderMarkdownTable, renderTextTable } from '../report/text-table.js';
import { messageText, visibleControls } from '../report/text.js';
import { explainDocument } from './document.js';
import type { ExplainTrace } from './model.js';

function renderText(t: ExplainTrace, lang: Lang): string {
  const doc = explainDocument(t, lang);
  const out = [doc.title, '═'.repeat(Math.min(100, [...doc.title].length)), ...doc.intro];
  for (const s of doc.sections) {
    out.push('', s.title, '─'.repeat([...s.title].length), ...s.lines);
    if (s.table) out.push(...renderTextTable(s.table.columns, s.table.rows.map((r) => r.map(visibleControls))));
  }
  return `${out.join('\n')}\n`;
}

function renderMarkdown(t: ExplainTrace, lang: Lang): string {
  const doc = explainDocument(t, lang);
  const out = [`# ${doc.title}`, '', ...doc.intro.map((l) => `- ${l}`)];
  for (const s of doc.sections) {
    out.push('', `## ${s.title}`, '');
    if (s.lines.length > 0) out.push(...s.lines.map((l) => `- ${l}`));
    if (s.table) out.push(...renderMarkdownTable(s.table.columns, s.table.rows));
  }
  return `${out.join('\n')}\n`;
}

function renderHtml(t: ExplainTrace, lang: Lang): string {
  const doc = explainDocument(t, lang);
  const para = (l: string): string => `<p>${esc(visibleControls(l))}</p>`;
  const body = [`<h1>${esc(doc.title)}</h1>`, ...doc.intro.map(para)];
  for (const s of doc.sections) {
    body.push(`<section><h2>${esc(s.title)}</h2>`, ...s.lines.map(para));
    if (s.table) {
      const cls = (i: number): string => (s.table?.columns[i]?.align === 'right' ? ' class="num"' : '');
      body.push(
        '<table>',
        `<thead><tr>${s.table.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c.header)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...s.table.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(visibleControls(c))}</td>`).join('')}</tr>`),
        '</tbody></table>',
      );
    }
    body.push('</section>');
  }
  const style = 'body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}';
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${style}</style></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** The trace as JSON: micro-points as integers (exact), diagnostics with their message in the run's language. */
function renderJson(t: ExplainTrace, lang: Lang): string {
  const diagnostics = t.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: messageText(d, lang), location: d.location, details: d.details }));
  return `${JSON.stringify({ units: 'micro-points', ...t, diagnostics }, null, 2)}\n`;
}

export const explainFormats = {
  text: renderText,
  md: renderMarkdown,
  json: renderJson,
  html: renderHtml,
} as const satisfies Record<string, (t: ExplainTrace, lang: Lang) => string>;

export type ExplainFormat = keyof typeof explainFormats;
export const EXPLAIN_FORMATS = Object.keys(explainFormats) as ExplainFormat[];
