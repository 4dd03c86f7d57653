/**
 * `parindex score --format html`: one self-contained page a province can publish and print on A4 — per block the
 * mean, the charts and the ranked table; the inputs with their hashes, a diagnostics summary and the criteria set.
 * Nothing is fetched: style and script are inline, charts are inline SVG. Same report, same bytes. The page is
 * given in pieces (written as they are made) and a large block's charts summarise its units (html/summary.ts).
 */
import type { RenderContext } from '../context.js';
import { blockCharts } from '../html/block.js';
import { htmlPage, lines, type Html } from '../html/page.js';
import { rankedSection } from '../html/ranked.js';
import { criteriaSummary, diagnostics, heading, inputs, overview } from '../html/sections.js';
import type { RunReport } from '../model/schema.js';
import { shownCell } from '../text.js';
import { htmlWord } from '../words.js';

/** The page in pieces, each block's rows read as they are written: a report of 100,000 units is never one string. */
export function renderHtml(report: RunReport, ctx: RenderContext): Generator<string> {
  const { lang } = ctx;
  const set = report.criteria.set;
  function* body(): Generator<Html> {
    yield heading(report, lang);
    yield '<main>';
    yield overview(report, lang);
    yield diagnostics(report, lang);
    yield inputs(report, lang);
    for (const [at, block] of report.blocks.entries()) {
      yield blockCharts(block, at, report, lang);
      yield rankedSection(block, at, report, lang);
    }
    yield criteriaSummary(report, lang);
    yield '</main>';
  }
  return htmlPage({
    lang,
    title: `${htmlWord('reportTitle', lang)} — ${shownCell(set.title)}`,
    generator: `${report.tool.name} ${report.tool.version}`,
    pageWord: htmlWord('page', lang),
    body: lines(body()),
  });
}
