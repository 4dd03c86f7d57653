/**
 * A block's ranked table: rank, code, unit, points per field, appraisal and survey subtotals, bonus, penalty, total
 * (marked when held at the cap), effective maximum, index and band, so that fields + bonus − penalty = total reads
 * off every row. Rows come in rank order; the page's script sorts by any column on a click.
 */
import { formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { decimalSeparator, decimalText } from '../text.js';
import { htmlWord as w, label } from '../words.js';
import { esc, sheetText } from './escape.js';
import { colourOf } from './block.js';
import { lines, tableLines, td, th, type Html } from './page.js';

const CAP_MARK = '*';

function header(report: RunReport, lang: Lang): string[] {
  const set = report.criteria.set;
  const n = (key: Parameters<typeof label>[0]): string => th(esc(label(key, lang)), 'n');
  return [
    n('rank'),
    th(esc(label('code', lang))),
    th(esc(label('unit', lang))),
    ...set.fields.map((f) => th(esc(`${label('field', lang)}${f.code}`), 'n', `${f.code}. ${f.name}`)),
    n('appraisal'),
    n('survey'),
    n('bonus'),
    n('penalty'),
    n('total'),
    n('effectiveMax'),
    n('index'),
    th(esc(label('band', lang))),
  ];
}

function cells(row: ReportRow, colour: (band: string | null) => string, decimals: number, lang: Lang): string[] {
  const sep = decimalSeparator(lang);
  const points = (m: number): string => td(formatPoints(m, decimals, sep), 'n', m);
  const capped = row.capped ? `<sup title="${esc(w('capped', lang))}">${CAP_MARK}</sup>` : '';
  const band = row.band === null ? '' : `<span class="swatch" style="background:${colour(row.band)}"></span>${esc(row.band)}`;
  return [
    td(String(row.rank), 'n', row.rank),
    td(sheetText(row.code)),
    td(sheetText(row.name), 'unit'),
    ...row.fields.map((f) => points(f.points)),
    points(row.appraisal),
    points(row.survey),
    points(row.bonus),
    points(row.penalty),
    td(`${formatPoints(row.total, decimals, sep)}${capped}`, 'n total', row.total),
    points(row.effectiveMax),
    td(`<strong>${decimalText(row.index.text, lang)}</strong>`, 'n', row.index.value),
    td(band, 'band'),
  ];
}

/** The ranked table's page of a block, and its footnote when a total was held at the cap: a row at a time. */
export function rankedSection(block: ReportBlock, at: number, report: RunReport, lang: Lang): Generator<string> {
  const set = report.criteria.set;
  const colour = colourOf(block, set);
  // Whether a total was held at the cap is seen while the rows are written; the footnote follows them.
  let capped = false;
  function* rows(): Generator<string[]> {
    for (const row of block.rows) {
      if (row.capped) capped = true;
      yield cells(row, colour, set.decimals, lang);
    }
  }
  function* parts(): Generator<Html> {
    yield `<section class="page" id="ranking-${at}" aria-labelledby="ranking-${at}-h">`;
    yield `<h3 id="ranking-${at}-h">${esc(w('ranking', lang))} — ${esc(label('block', lang))}: ${sheetText(block.name)}</h3>`;
    yield `<p class="note sort-hint">${esc(w('sortHint', lang))}</p>`;
    yield tableLines('ranked', header(report, lang), rows());
    yield capped ? `<p class="note">${CAP_MARK} ${esc(w('capped', lang))}.</p>` : '';
    yield '</section>';
  }
  return lines(parts());
}
