/** One block of the HTML report: its mean, the charts (bars, band distribution, heat map) and the ranked table. */
import { formatExact, formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CriteriaReport, ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { decimalSeparator, decimalText, shownCell } from '../text.js';
import { htmlWord as w, label } from '../words.js';
import { barChart, heatMap, shareStrip, type Bar } from './charts.js';
import { bandColour, NO_BAND_COLOUR } from './colours.js';
import { esc, sheetText } from './escape.js';
import { table, td, th } from './page.js';

/** The bands a block is rated by (its own, else the set's), best first. */
export function bandsOf(block: ReportBlock, set: CriteriaReport): CriteriaReport['bands'] {
  const own = set.blocks.find((b) => b.id === block.id)?.bands ?? [];
  return own.length > 0 ? own : set.bands;
}

/** The colour of each band label of the block. */
export function colourOf(block: ReportBlock, set: CriteriaReport): (band: string | null) => string {
  const bands = bandsOf(block, set);
  return (band) => (band === null ? NO_BAND_COLOUR : bandColour(bands.findIndex((b) => b.label === band), bands.length));
}

const unitLabel = (row: ReportRow): string => `${row.rank}. ${shownCell(row.code)} ${shownCell(row.name)}`;

function indexChart(block: ReportBlock, at: number, report: RunReport, lang: Lang): string {
  const set = report.criteria.set;
  const colour = colourOf(block, set);
  const bars: Bar[] = Array.from(block.rows, (row) => ({
    value: row.index.value,
    colour: colour(row.band),
    title: `${unitLabel(row)}: ${decimalText(row.index.text, lang)} %${row.band ? ` — ${row.band}` : ''}`,
    tick: String(row.rank),
  }));
  const thresholds = bandsOf(block, set)
    .filter((b) => b.min > 0)
    .map((b) => ({ value: b.min / 1_000_000, label: `${b.label} ≥ ${formatExact(b.min, decimalSeparator(lang))}`, colour: colour(b.label) }));
  const mean = block.mean ? { value: block.mean.value, label: `${w('meanShort', lang)} ${decimalText(block.mean.text, lang)}`, colour: '' } : null;
  const text = { id: `bars-${at}`, title: `${w('indexChart', lang)} — ${shownCell(block.name)}`, desc: w('indexChartDesc', lang) };
  return barChart(text, bars, thresholds, mean, w('rankAxis', lang));
}

function bandDistribution(block: ReportBlock, at: number, report: RunReport, lang: Lang): string {
  const set = report.criteria.set;
  const bands = bandsOf(block, set);
  if (bands.length === 0) return '';
  const colour = colourOf(block, set);
  const total = block.rows.length;
  const share = (n: number): string => decimalText((total === 0 ? 0 : (100 * n) / total).toFixed(1), lang);
  const min = (label: string): string => formatExact(bands.find((b) => b.label === label)?.min ?? 0, decimalSeparator(lang));
  const segments = block.bandCounts.map((b) => ({ count: b.count, colour: colour(b.label), title: `${b.label}: ${b.count} ${label('units', lang)} (${share(b.count)} %)` }));
  const strip = shareStrip({ id: `bands-${at}`, title: `${w('bandChart', lang)} — ${shownCell(block.name)}`, desc: segments.map((s) => s.title).join('; ') }, segments);
  const rows = block.bandCounts.map((b) => [
    td(`<span class="swatch" style="background:${colour(b.label)}"></span>${esc(b.label)}`, 'band'),
    td(min(b.label), 'n'),
    td(String(b.count), 'n'),
    td(share(b.count), 'n'),
  ]);
  const header = [th(esc(label('band', lang))), th(esc(w('from', lang)), 'n'), th(esc(w('count', lang)), 'n'), th(esc(w('share', lang)), 'n')];
  return `<div><h3>${esc(w('bandChart', lang))}</h3>\n<div class="figure">${strip}</div>\n${table('bands', header, rows)}</div>`;
}

function fieldHeat(block: ReportBlock, at: number, report: RunReport, lang: Lang): { chart: string; data: string } {
  const fields = report.criteria.set.fields;
  const fieldLabel = (code: string): string => `${label('field', lang)}${code}`;
  const na = w('notApplicableField', lang);
  const cells = fields.map((f, i) =>
    Array.from(block.rows, (row) => {
      const index = row.fields[i]?.index ?? null;
      return { value: index?.value ?? null, title: `${unitLabel(row)} — ${fieldLabel(f.code)}: ${index ? `${decimalText(index.text, lang)} %` : na}` };
    }),
  );
  const text = { id: `heat-${at}`, title: `${w('heatMap', lang)} — ${shownCell(block.name)}`, desc: w('heatMapDesc', lang) };
  const svg = heatMap(text, fields.map((f) => ({ label: fieldLabel(f.code), title: `${f.code}. ${f.name}` })), cells, Array.from(block.rows, (r) => String(r.rank)), na);
  const header = [th(esc(label('rank', lang)), 'n'), th(esc(label('code', lang))), th(esc(label('unit', lang))), ...fields.map((f) => th(esc(fieldLabel(f.code)), 'n', f.name))];
  const rows = Array.from(block.rows, (row) => [
    td(String(row.rank), 'n'),
    td(sheetText(row.code)),
    td(sheetText(row.name), 'unit'),
    ...row.fields.map((f) => td(f.index ? decimalText(f.index.text, lang) : '—', 'n')),
  ]);
  return {
    chart: `<h3>${esc(w('heatMap', lang))}</h3>\n<div class="figure">${svg}</div>`,
    data: `<details><summary>${esc(w('dataTable', lang))}: ${esc(w('heatMap', lang))}</summary>\n${table('heat-data', header, rows)}\n</details>`,
  };
}

/** The fields, named: the heat map's and the ranked table's LV1… columns. */
function fieldLegend(report: RunReport, lang: Lang): string {
  const items = report.criteria.set.fields.map((f) => `<li><strong>${esc(label('field', lang))}${esc(f.code)}</strong> ${esc(f.name)}</li>`);
  return `<div><h3>${esc(w('fieldsCaption', lang))}</h3>\n<ul class="legend">${items.join('')}</ul></div>`;
}

/** The charts page of a block: its heading, mean, the bars, the heat map, the band distribution and the fields. */
export function blockCharts(block: ReportBlock, at: number, report: RunReport, lang: Lang): string {
  const mean = block.mean ? decimalText(block.mean.text, lang) : '—';
  const heat = fieldHeat(block, at, report, lang);
  return [
    `<section class="page block" id="block-${at}" aria-labelledby="block-${at}-h">`,
    `<h2 id="block-${at}-h">${esc(label('block', lang))}: ${sheetText(block.name)}</h2>`,
    `<p class="mean-box">${esc(label('mean', lang))}: <strong>${mean}</strong> · ${block.rows.length} ${esc(label('units', lang))}</p>`,
    '<div class="charts">',
    `<h3>${esc(w('indexChart', lang))}</h3>\n<div class="figure">${indexChart(block, at, report, lang)}</div>`,
    heat.chart,
    `<div class="two">${bandDistribution(block, at, report, lang)}\n${fieldLegend(report, lang)}</div>`,
    '</div>',
    heat.data,
    '</section>',
  ].join('\n');
}
