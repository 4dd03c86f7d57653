/** The parts of the HTML report around the blocks: the heading and overview, inputs, diagnostics, the criteria set. */
import { formatPoints } from '../../core/decimal.js';
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang } from '../../diagnostics/types.js';
import { extraSections, headerLine, summaryLines } from '../criteria/show.js';
import { countsText } from '../diagnostics-text.js';
import type { RunReport } from '../model/schema.js';
import { decimalSeparator, decimalText, messageText } from '../text.js';
import { htmlWord as w, label, word } from '../words.js';
import { esc, plainText, sheetText } from './escape.js';
import { table, td, th } from './page.js';

/** Diagnostics listed on the first page; all are counted. */
export const LISTED_PROBLEMS = 10;

export function heading(report: RunReport, lang: Lang): string {
  const set = report.criteria.set;
  const links = report.blocks.map((b, i) => `<li><a href="#block-${i}">${esc(label('block', lang))}: ${sheetText(b.name)}</a></li>`);
  links.push(`<li><a href="#criteria">${esc(w('criteriaSet', lang))}</a></li>`);
  return [
    '<header>',
    `<h1>${esc(w('reportTitle', lang))}</h1>`,
    `<p><strong>${plainText(headerLine(set, lang))}</strong></p>`,
    '</header>',
    `<nav aria-label="${esc(w('contents', lang))}"><ul>${links.join('')}</ul></nav>`,
  ].join('\n');
}

export function overview(report: RunReport, lang: Lang): string {
  const header = [th(esc(label('block', lang))), th(esc(w('count', lang)), 'n'), th(esc(label('mean', lang)), 'n'), th(esc(label('band', lang)))];
  const rows = report.blocks.map((b, i) => [
    td(`<a href="#block-${i}">${sheetText(b.name)}</a>`),
    td(String(b.rows.length), 'n'),
    td(b.mean ? decimalText(b.mean.text, lang) : '—', 'n'),
    td(esc(b.bandCounts.map((c) => `${c.label} ${c.count}`).join(' · '))),
  ]);
  return `<h2>${esc(w('overview', lang))}</h2>\n${table('overview', header, rows)}\n${excludedUnits(report, lang)}`;
}

function excludedUnits(report: RunReport, lang: Lang): string {
  if (report.excluded.length === 0) return '';
  const header = [th(esc(label('code', lang))), th(esc(label('unit', lang))), th(esc(label('block', lang))), th(esc(w('errorCount', lang)), 'n'), th(esc(w('firstError', lang)))];
  const rows = report.excluded.map((u) => [
    td(sheetText(u.code)),
    td(sheetText(u.name), 'unit'),
    td(u.block === null ? '' : sheetText(u.block)),
    td(String(u.errors), 'n'),
    td(u.firstError ? `<code>${esc(u.firstError.code)}</code> ${sheetText(messageText(u.firstError, lang))}` : ''),
  ]);
  return `<h3>${esc(label('excluded', lang))}: ${report.excluded.length}</h3>\n${table('excluded', header, rows)}`;
}

export function inputs(report: RunReport, lang: Lang): string {
  const header = [th(esc(w('file', lang))), th(esc(w('bytes', lang)), 'n'), th('SHA-256')];
  const rows = [
    [td(`${sheetText(report.criteria.file)} <span class="note">(${esc(w('criteriaSet', lang))})</span>`),
      report.criteria.bytes === undefined ? td('') : td(String(report.criteria.bytes), 'n', report.criteria.bytes), td(`<span class="hash">${report.criteria.sha256}</span>`)],
    ...report.inputs.map((i) => [td(sheetText(i.file)), td(String(i.bytes), 'n', i.bytes), td(`<span class="hash">${i.sha256}</span>`)]),
  ];
  return `<h2>${esc(w('inputs', lang))}</h2>\n${table('inputs', header, rows)}`;
}

export function diagnostics(report: RunReport, lang: Lang): string {
  const { kept, counts, dropped } = report.diagnostics;
  const out = [`<h2>${esc(w('diagnostics', lang))}</h2>`, `<p>${esc(countsText(counts, lang))}</p>`];
  if (kept.length === 0) {
    if (counts.error + counts.warning === 0) out.push(`<p class="note">${esc(w('noDiagnostics', lang))}</p>`);
    return out.join('\n');
  }
  const header = [th(esc(w('severity', lang))), th(esc(w('location', lang))), th(esc(label('code', lang))), th(esc(w('message', lang)))];
  const rows = kept.slice(0, LISTED_PROBLEMS).map((d) => [
    td(esc(word(d.severity, lang))),
    td(sheetText(formatLocation(d.location, lang))),
    td(`<code>${esc(d.code)}</code>`),
    td(sheetText(messageText(d, lang))),
  ]);
  out.push(`<h3>${esc(w('firstProblems', lang))}</h3>`, table('problems', header, rows));
  const more = kept.length - LISTED_PROBLEMS + dropped;
  if (more > 0) out.push(`<p class="note">${more} ${esc(w('moreProblems', lang))}</p>`);
  return out.join('\n');
}

export function criteriaSummary(report: RunReport, lang: Lang): string {
  const set = report.criteria.set;
  const sep = decimalSeparator(lang);
  const header = [th(esc(label('code', lang))), th(esc(word('criterion', lang))), th(esc(word('max', lang)), 'n'), th(esc(word('method', lang)))];
  const rows = set.fields.map((f) => [td(esc(f.code)), td(plainText(f.name)), td(formatPoints(f.max, set.decimals, sep), 'n'), td(esc(word(f.method, lang)))]);
  const extra = extraSections(set, lang).map((s) => `<h3>${esc(s.title)}</h3>\n<ul>${s.lines.map((l) => `<li>${plainText(l)}</li>`).join('')}</ul>`);
  return [
    '<section class="page" id="criteria" aria-labelledby="criteria-h">',
    `<h2 id="criteria-h">${esc(w('criteriaSet', lang))}</h2>`,
    `<p>${plainText(headerLine(set, lang))}</p>`,
    // These lines hold only our own numbers (points, the survey share): all take the language's separator.
    ...summaryLines(set, lang).map((l) => `<p class="meta">${esc(lang === 'vi' ? l.replace(/(\d)\.(\d)/g, '$1,$2') : l)}</p>`),
    table('fields', header, rows),
    ...extra,
    `<footer>${esc(w('generatedBy', lang))} ${esc(report.tool.name)} ${esc(report.tool.version)}</footer>`,
    '</section>',
  ].join('\n');
}
