/** One block of the HTML report: its mean, the charts (bars, band distribution, heat map) and the ranked table. */
import { formatExact, formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CriteriaReport, ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { decimalSeparator, decimalText, shownCell } from '../text.js';
import { htmlWord as w, label } from '../words.js';
import { barChart, heatMap, histogramChart, roundStep, shareStrip, type Bar } from './charts.js';
import { bandColour, NO_BAND_COLOUR } from './colours.js';
import { esc, sheetText } from './escape.js';
import { table, td, th } from './page.js';
import { binsOf, meanFieldIndex, PER_UNIT_CHARTS, summarise, type RankGroup, type Summary } from './summary.js';

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

const fill = (text: string, values: Readonly<Record<string, string>>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** A large block's index chart: how many units have each index, stacked by band, and its data table. */
function indexHistogram(block: ReportBlock, at: number, summary: Summary, report: RunReport, lang: Lang): { chart: string; data: string } {
  const set = report.criteria.set;
  const bands = bandsOf(block, set);
  const colour = colourOf(block, set);
  const sep = decimalSeparator(lang);
  const positive = bands.filter((b) => b.min > 0);
  const bins = binsOf(summary.byIndex, positive.map((b) => Math.floor(b.min / 10_000)), bands.length + 1, set.decimals);
  // Hundredths of a point as text: 8050 → "80.5" ("80,5").
  const text = (h: number): string => formatExact(h * 10_000, sep);
  const units = label('units', lang);
  const slotBand = (slot: number): string | null => bands[slot]?.label ?? null;
  const from = (i: number): number => bins.lo + i * bins.width;
  const segments = bins.counts.map((perSlot, i) =>
    perSlot.map((count, slot) => {
      const band = slotBand(slot);
      return { count, colour: colour(band), title: `${text(from(i))}–${text(from(i + 1))} %: ${count} ${units}${band ? ` — ${band}` : ''}` };
    }),
  );
  const tickStepH = roundStep(bins.hi - bins.lo, 10);
  const ticks: { value: number; label: string }[] = [];
  for (let v = Math.ceil(bins.lo / tickStepH) * tickStepH; v <= bins.hi; v += tickStepH) ticks.push({ value: v / 100, label: text(v) });
  const thresholds = positive.map((b) => ({ value: b.min / 1_000_000, label: `${b.label} ≥ ${formatExact(b.min, sep)}`, colour: colour(b.label) }));
  const mean = block.mean ? { value: block.mean.value, label: `${w('meanShort', lang)} ${decimalText(block.mean.text, lang)}`, colour: '' } : null;
  const chartText = { id: `bars-${at}`, title: `${w('indexHistogram', lang)} — ${shownCell(block.name)}`, desc: w('indexHistogramDesc', lang) };
  const svg = histogramChart(chartText, { lo: bins.lo / 100, hi: bins.hi / 100, bins: segments, ticks, xLabel: label('index', lang), yLabel: w('count', lang) }, thresholds, mean);
  const note = fill(w('histogramNote', lang), { units: String(block.rows.length), step: text(bins.width) });
  const total = block.rows.length;
  const share = (n: number): string => decimalText(((100 * n) / total).toFixed(1), lang);
  const withBands = bands.length > 0;
  const header = [th(esc(w('from', lang)), 'n'), ...(withBands ? [th(esc(label('band', lang)))] : []), th(esc(w('count', lang)), 'n'), th(esc(w('share', lang)), 'n')];
  const rows = bins.counts.flatMap((perSlot, i) =>
    perSlot.flatMap((count, slot) => {
      if (count === 0) return [];
      const band = slotBand(slot);
      const bandCell = td(band === null ? '' : `<span class="swatch" style="background:${colour(band)}"></span>${esc(band)}`, 'band');
      return [[td(text(from(i)), 'n'), ...(withBands ? [bandCell] : []), td(String(count), 'n'), td(share(count), 'n')]];
    }),
  );
  return {
    chart: `<h3>${esc(w('indexHistogram', lang))}</h3>\n<div class="figure">${svg}</div>\n<p class="note">${esc(note)}</p>`,
    data: `<details><summary>${esc(w('dataTable', lang))}: ${esc(w('indexHistogram', lang))}</summary>\n${table('histogram-data', header, rows)}\n</details>`,
  };
}

/** A large block's heat map: a column per group of units in rank order, coloured by their mean component index. */
function groupHeat(block: ReportBlock, at: number, summary: Summary, report: RunReport, lang: Lang): { chart: string; data: string } {
  const set = report.criteria.set;
  const fieldLabel = (code: string): string => `${label('field', lang)}${code}`;
  const na = w('notApplicableField', lang);
  const means = summary.groups.map((g) => g.fields.map((f) => meanFieldIndex(f, set.decimals)));
  const ranks = (g: RankGroup): string => (g.first === g.last ? String(g.first) : `${g.first}–${g.last}`);
  const cells = set.fields.map((f, i) =>
    summary.groups.map((g, j) => {
      const mean = means[j]![i] ?? null;
      const value = mean ? `${w('meanShort', lang)} ${decimalText(mean.text, lang)} %` : na;
      return { value: mean?.value ?? null, title: `${w('rankAxis', lang)} ${ranks(g)} — ${fieldLabel(f.code)}: ${value}` };
    }),
  );
  const text = { id: `heat-${at}`, title: `${w('heatMap', lang)} — ${shownCell(block.name)}`, desc: w('heatMapGroupsDesc', lang) };
  const svg = heatMap(text, set.fields.map((f) => ({ label: fieldLabel(f.code), title: `${f.code}. ${f.name}` })), cells, summary.groups.map((g, j) => String(Math.min(block.rows.length, (j + 1) * summary.groupSize))), na, w('unitsInRankOrder', lang));
  const note = fill(w('heatGroupsNote', lang), { size: String(summary.groupSize) });
  const header = [th(esc(label('rank', lang)), 'n'), th(esc(w('count', lang)), 'n'), ...set.fields.map((f) => th(esc(fieldLabel(f.code)), 'n', f.name))];
  const rows = summary.groups.map((g, j) => [
    td(ranks(g), 'n'),
    td(String(g.units), 'n'),
    ...set.fields.map((_, i) => {
      const mean = means[j]![i] ?? null;
      return td(mean ? decimalText(mean.text, lang) : '—', 'n');
    }),
  ]);
  return {
    chart: `<h3>${esc(w('heatMap', lang))}</h3>\n<div class="figure">${svg}</div>\n<p class="note">${esc(note)}</p>`,
    data: `<details><summary>${esc(w('dataTable', lang))}: ${esc(w('heatMap', lang))}</summary>\n${table('heat-data', header, rows)}\n</details>`,
  };
}

/**
 * The charts page of a block: its heading, mean, the bars, the heat map, the band distribution and the fields.
 * Above PER_UNIT_CHARTS units the bars become a histogram and the heat map's columns groups of units, read from
 * the rows once: the page stays readable and its size does not grow with the units.
 */
export function* blockCharts(block: ReportBlock, at: number, report: RunReport, lang: Lang): Generator<string> {
  const mean = block.mean ? decimalText(block.mean.text, lang) : '—';
  yield [
    `<section class="page block" id="block-${at}" aria-labelledby="block-${at}-h">`,
    `<h2 id="block-${at}-h">${esc(label('block', lang))}: ${sheetText(block.name)}</h2>`,
    `<p class="mean-box">${esc(label('mean', lang))}: <strong>${mean}</strong> · ${block.rows.length} ${esc(label('units', lang))}</p>`,
    '<div class="charts">',
    '',
  ].join('\n');
  const two = (): string => `<div class="two">${bandDistribution(block, at, report, lang)}\n${fieldLegend(report, lang)}</div>`;
  if (block.rows.length <= PER_UNIT_CHARTS) {
    const heat = fieldHeat(block, at, report, lang);
    yield `<h3>${esc(w('indexChart', lang))}</h3>\n<div class="figure">${indexChart(block, at, report, lang)}</div>`;
    yield `\n${heat.chart}\n${two()}\n</div>\n`;
    yield `${heat.data}\n</section>`;
    return;
  }
  const set = report.criteria.set;
  const summary = summarise(block, bandsOf(block, set), set.fields.length, set.decimals);
  const histogram = indexHistogram(block, at, summary, report, lang);
  const heat = groupHeat(block, at, summary, report, lang);
  yield [histogram.chart, heat.chart, two(), '</div>', histogram.data, heat.data, '</section>'].join('\n');
}
