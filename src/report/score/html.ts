/**
 * `parindex score --format html`: one self-contained page a province can publish and print on A4 — per block the
 * mean, the charts and the ranked table; the inputs with their hashes, a diagnostics summary and the criteria set.
 * Nothing is fetched: style and script are inline, charts are inline SVG. Same report, same bytes.
 */
import type { RenderContext } from '../context.js';
import { blockCharts } from '../html/block.js';
import { htmlPage } from '../html/page.js';
import { rankedSection } from '../html/ranked.js';
import { criteriaSummary, diagnostics, heading, inputs, overview } from '../html/sections.js';
import type { RunReport } from '../model/schema.js';
import { shownCell } from '../text.js';
import { htmlWord } from '../words.js';

export function renderHtml(report: RunReport, ctx: RenderContext): string {
  const { lang } = ctx;
  const set = report.criteria.set;
  const body = [
    heading(report, lang),
    '<main>',
    overview(report, lang),
    diagnostics(report, lang),
    inputs(report, lang),
    ...report.blocks.flatMap((block, at) => [blockCharts(block, at, report, lang), rankedSection(block, at, report, lang)]),
    criteriaSummary(report, lang),
    '</main>',
  ].join('\n');
  return htmlPage({
    lang,
    title: `${htmlWord('reportTitle', lang)} — ${shownCell(set.title)}`,
    generator: `${report.tool.name} ${report.tool.version}`,
    pageWord: htmlWord('page', lang),
    body,
  });
}
