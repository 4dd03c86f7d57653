/**
 * Response sheets → the tally. One row per questionnaire (wide: a column per survey item) or per answer (long:
 * unit × respondent × item). Rows stream through; what is kept per respondent is only its id, to find it twice.
 */
import { asciiKey, cleanText } from '../core/text.js';
import type { Leaf } from '../criteria/model.js';
import { diag, diagOf, type Code, type DetailsOf } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import type { Details, Location } from '../diagnostics/types.js';
import { formatLocation } from '../diagnostics/location.js';
import { cellText, columnLetters, isProblem, leafInterpreter, matchHeader, type Cell, type Interpretation, type Interpreter, type RawSheet, type SheetRow } from './deps.js';
import type { SurveyTally, UnitTally } from './tally.js';
import { findSurveyColumn, headerKey, isNoAnswer } from './vocabulary.js';

const HEADER_SCAN_ROWS = 50;
/** A respondent who answered fewer items than this is not flagged for giving one answer to all. */
const SAME_ANSWER_MIN_ITEMS = 3;

export interface ReadContext {
  readonly tally: SurveyTally;
  readonly sink: DiagnosticSink;
  /** Unit codes that may be assessed (the unit list, or the units of the appraisal sheets), and where they come from */
  readonly known?: { readonly codes: ReadonlySet<string>; readonly from: string };
  /** Respondents seen, per unit: id → where (file and sheet by index into `places`, and row) */
  readonly respondents: Map<string, Map<string, number>>;
  readonly places: string[];
  readonly naKeys: ReadonlySet<string>;
}

interface Columns {
  readonly unit: number;
  readonly name: number;
  readonly group: number;
  readonly respondent: number;
}

interface Row {
  readonly at: (col: number, criterion?: string) => Location;
  readonly unit: UnitTally;
  readonly group: number;
  readonly respondent: string;
}

/** Reads one sheet of responses; false when no header was found in it. */
export async function readResponseSheet(sheet: RawSheet, ctx: ReadContext): Promise<boolean> {
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const buffered: SheetRow[] = [];
  let header: { index: number; read: Reader } | undefined;
  while (!header && buffered.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    const read = rowReader(next.value, sheet, ctx);
    if (read) header = { index: buffered.length - 1, read };
  }
  if (!header) {
    for (;;) if ((await iterator.next()).done) break;
    return false;
  }
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    header.read.row(next.value);
  }
  header.read.finish?.();
  return true;
}

interface Reader {
  row(r: SheetRow): void;
  finish?(): void;
}

function rowReader(header: SheetRow, sheet: RawSheet, ctx: ReadContext): Reader | undefined {
  const keys = header.cells.map((c) => headerKey(cellText(c)));
  const unit = findSurveyColumn(keys, 'unit');
  if (unit < 0) return undefined;
  const cols: Columns = { unit, name: findSurveyColumn(keys, 'unitName'), group: findSurveyColumn(keys, 'group'), respondent: findSurveyColumn(keys, 'respondent') };
  const base = { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
  const groups = ctx.tally.set.surveyGroups;
  if (groups.length > 0 && cols.group < 0) {
    ctx.sink.push(diag('survey/missing-group-column', { ...base, row: header.row }, { groups: groups.map((g) => g.id) }));
    return { row: () => undefined };
  }
  const criterion = findSurveyColumn(keys, 'criterion');
  const answer = findSurveyColumn(keys, 'answer');
  const rows = new RowContext(sheet, ctx, cols);
  if (criterion >= 0 && answer >= 0) return longReader(rows, criterion, answer);
  const items = header.cells.flatMap((cell, col) => {
    const m = matchHeader(cell, ctx.tally.set);
    return m.kind === 'leaf' && m.leaf.method === 'survey' ? [{ col, leaf: m.leaf }] : [];
  });
  return items.length > 0 ? wideReader(rows, items) : undefined;
}

/** What every row needs: its unit, group and respondent checked, its cells located. */
class RowContext {
  private readonly place: number;
  private readonly groupByKey = new Map<string, number>();
  private readonly groupList: string;
  private readonly interpreters = new Map<number, Interpreter>();
  private readonly texts = new Map<number, Map<string, Interpretation>>();
  constructor(
    readonly sheet: RawSheet,
    readonly ctx: ReadContext,
    readonly cols: Columns,
  ) {
    this.place = ctx.places.push(formatLocation({ file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) }, 'en')) - 1;
    ctx.tally.set.surveyGroups.forEach((g, i) => {
      this.groupByKey.set(asciiKey(g.id), i);
      this.groupByKey.set(asciiKey(g.name), i);
    });
    this.groupList = ctx.tally.set.surveyGroups.map((g) => `${g.id} (${g.name})`).join(', ');
  }

  locator(row: number, unit: string): (col: number, criterion?: string) => Location {
    const sheet = this.sheet;
    return (col, criterion) => ({
      file: sheet.file,
      ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}),
      row,
      column: col + 1,
      ref: `${columnLetters(col + 1)}${row}`,
      ...(unit !== '' ? { unit } : {}),
      ...(criterion !== undefined ? { criterion } : {}),
    });
  }

  report<C extends Code>(code: C, at: Location, details?: DetailsOf<C>): void {
    this.ctx.sink.push(diagOf(code, at, details));
  }

  interpreter(leaf: Leaf): Interpreter {
    let f = this.interpreters.get(leaf.leafIndex);
    if (!f) this.interpreters.set(leaf.leafIndex, (f = leafInterpreter({ ...leaf, naAllowed: true }, { naKeys: this.ctx.naKeys })));
    return f;
  }

  /** The row's unit, group and respondent; undefined (reported) when its answers cannot be counted. */
  begin(r: SheetRow, hasAnswers: boolean, dedupe: boolean): Row | undefined {
    const { cols, ctx } = this;
    const code = cellText(r.cells[cols.unit]);
    const at = this.locator(r.row, code);
    if (code === '') {
      if (hasAnswers) this.report('row/missing-unit-code', at(cols.unit));
      return undefined;
    }
    if (ctx.known && !ctx.known.codes.has(code)) {
      this.report('survey/unknown-unit', at(cols.unit), { unit: code, list: ctx.known.from });
      return undefined;
    }
    let group = 0;
    if (this.groupByKey.size > 0) {
      const raw = cellText(r.cells[cols.group]);
      const found = this.groupByKey.get(asciiKey(raw));
      if (found === undefined) {
        this.report('survey/unknown-group', at(cols.group), { group: raw, groups: this.groupList });
        return undefined;
      }
      group = found;
    }
    const respondent = cols.respondent >= 0 ? idText(r.cells[cols.respondent]) : '';
    if (dedupe && respondent !== '' && !this.firstTime(code, respondent, r.row, at, cols.respondent)) return undefined;
    const name = cols.name >= 0 ? cleanText(cellText(r.cells[cols.name])) : '';
    const unit = ctx.tally.unit(code, name || code, () => ({ ...at(cols.unit), ref: undefined, column: undefined }));
    return { at, unit, group, respondent };
  }

  /** Records a respondent (or a respondent's item, `key`); false, with an error, when it was read before. */
  firstTime(unit: string, key: string, row: number, at: (col: number, criterion?: string) => Location, col: number, criterion?: string): boolean {
    let ids = this.ctx.respondents.get(unit);
    if (!ids) this.ctx.respondents.set(unit, (ids = new Map()));
    const seen = ids.get(key);
    if (seen === undefined) {
      // The first file's rows stay small integers (no heap number per respondent).
      ids.set(key, this.place === 0 ? row : this.place * 2 ** 32 + row);
      return true;
    }
    const place = this.ctx.places[Math.floor(seen / 2 ** 32)];
    this.report('survey/duplicate-respondent', at(col, criterion), { unit, respondent: key.split('\u0000')[0] ?? key, ...(place ? { firstFile: place } : {}), firstRow: seen % 2 ** 32 });
    return false;
  }

  /**
   * The points of an answer; NaN for no answer (blank, "Không trả lời", a non-applicable token), or a problem. Each
   * distinct text of an item is read once.
   */
  answer(cell: Cell | undefined, leaf: Leaf): Interpretation {
    if (cell === null || cell === undefined) return NaN;
    if (typeof cell !== 'string') return this.interpreter(leaf)(cell);
    let cache = this.texts.get(leaf.leafIndex);
    if (!cache) this.texts.set(leaf.leafIndex, (cache = new Map()));
    let v = cache.get(cell);
    if (v === undefined) {
      v = cleanText(cell) === '' || isNoAnswer(cell) ? NaN : this.interpreter(leaf)(cell);
      if (cache.size < 4096) cache.set(cell, v);
    }
    return v;
  }

  /** The points of an answer, or undefined when it is none or (reported at its cell) one the rule does not know. */
  points(v: Interpretation, at: (col: number, criterion?: string) => Location, col: number, leaf: Leaf): number | undefined {
    if (isProblem(v)) {
      this.report(v.problem, at(col, leaf.code), v.details);
      return undefined;
    }
    return Number.isNaN(v) ? undefined : v;
  }
}

/** A respondent id as typed: ids are codes, so trimming is all the cleaning they need (and they are all different). */
function idText(cell: Cell | undefined): string {
  return typeof cell === 'string' ? cell.trim() : cellText(cell);
}

/** Answers are "the same" when they earn the same share of their items' maxima (A on A–D and 5 on 1–5 alike). */
const shareOf = (points: number, leaf: Leaf): number => points / leaf.max;

function wideReader(rows: RowContext, items: readonly { col: number; leaf: Leaf }[]): Reader {
  const tally = rows.ctx.tally;
  const slots = items.map((i) => tally.slotOf.get(i.leaf.leafIndex) ?? 0);
  const row = (r: SheetRow): void => {
    const cells = r.cells;
    const hasAnswers = items.some((i) => cells[i.col] !== null && cells[i.col] !== undefined);
    const row = rows.begin(r, hasAnswers, true);
    if (!row) return;
    let answered = 0;
    let first: number | undefined;
    let firstText = '';
    let same = true;
    items.forEach((item, k) => {
      const cell = cells[item.col];
      const points = rows.points(rows.answer(cell, item.leaf), row.at, item.col, item.leaf);
      if (points === undefined) return;
      tally.add(row.unit, slots[k] ?? 0, row.group, points);
      answered++;
      const share = shareOf(points, item.leaf);
      if (first === undefined) {
        first = share;
        firstText = cleanText(cellText(cell));
      } else if (share !== first) same = false;
    });
    if (answered === 0) return;
    row.unit.respondents++;
    if (same && answered === items.length && answered >= SAME_ANSWER_MIN_ITEMS)
      rows.report('survey/same-answer', { ...row.at(rows.cols.respondent >= 0 ? rows.cols.respondent : rows.cols.unit), criterion: undefined }, {
        respondent: row.respondent || `#${r.row}`,
        answer: firstText,
        percent: Math.round((first ?? 0) * 100),
        items: answered,
      });
  };
  return { row };
}

/** Long rows: one answer each. A respondent's answers are matched by id, to count it once and to find repeats. */
function longReader(rows: RowContext, criterionCol: number, answerCol: number): Reader {
  const tally = rows.ctx.tally;
  const set = tally.set;
  const perRespondent = new Map<string, Answers>();
  const reader = (r: SheetRow): void => {
    const cells = r.cells;
    const hasAnswer = cells[answerCol] !== null && cells[answerCol] !== undefined;
    const row = rows.begin(r, hasAnswer, false);
    if (!row) return;
    const raw = cellText(cells[criterionCol]);
    const m = matchHeader(raw, set);
    if (m.kind !== 'leaf' || m.leaf.method !== 'survey') {
      rows.report('row/unknown-criterion', row.at(criterionCol), { code: raw, set: set.id });
      return;
    }
    const leaf = m.leaf;
    const key = `${row.unit.code}\u0000${row.respondent}`;
    if (row.respondent !== '' && !rows.firstTime(row.unit.code, `${row.respondent}\u0000${leaf.key}`, r.row, row.at, criterionCol, leaf.code)) return;
    const points = rows.points(rows.answer(cells[answerCol], leaf), row.at, answerCol, leaf);
    if (points === undefined) return;
    tally.add(row.unit, tally.slotOf.get(leaf.leafIndex) ?? 0, row.group, points);
    if (row.respondent === '') return;
    const seen = perRespondent.get(key);
    const share = shareOf(points, leaf);
    if (!seen) {
      row.unit.respondents++;
      perRespondent.set(key, { first: share, text: cleanText(cellText(cells[answerCol])), same: true, count: 1, at: row.at(rows.cols.respondent) });
    } else {
      seen.count++;
      if (share !== seen.first) seen.same = false;
    }
  };
  return { row: reader, finish: () => flagSameAnswers(rows, perRespondent, tally.items.length) };
}

interface Answers {
  readonly first: number;
  readonly text: string;
  same: boolean;
  count: number;
  readonly at: Location;
}

function flagSameAnswers(rows: RowContext, seen: ReadonlyMap<string, Answers>, items: number): void {
  for (const [key, r] of seen)
    if (r.same && r.count === items && r.count >= SAME_ANSWER_MIN_ITEMS)
      rows.report('survey/same-answer', r.at, { respondent: key.split('\u0000')[1] ?? '', answer: r.text, percent: Math.round(r.first * 100), items: r.count });
}
