/**
 * The whole run as one pure function: criteria set + sheet sources + options → units, scores, ranked tables and
 * diagnostics, as a plain value. Nothing here touches the process or the file system; a source opens its own sheets.
 */
import type { SkipReason } from '../i18n/details.js';
import type { Micro } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import { watchHeap } from '../core/heap.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { rankUnits, type BlockTable } from '../ranking/rank.js';
import { reconcile, type Reconciliation } from '../scoring/reconcile.js';
import { scoreUnit, type UnitScore } from '../scoring/score.js';
import { checkWritten } from '../scoring/written.js';
import { SheetError } from '../sheet/errors.js';
import type { RawSheet } from '../sheet/types.js';
import type { ReadOptions } from '../submission/layouts/index.js';
import { sheetLocation, unitLocation } from '../submission/locate.js';
import { readSheet } from '../submission/read.js';
import { unitHasErrors, withError, withSelfPoints, type UnitRecord } from '../submission/record.js';
import { UnitRegistry, type RegistryRole } from '../submission/registry.js';
import type { UnitList } from '../submission/units-list.js';
import { InputUsageError } from '../submission/usage-error.js';

/** An input that can list its sheets (a CSV file: one; a workbook: each in turn); problems opening it go to `sink`. */
export interface SheetSource {
  readonly name: string;
  sheets(sink: DiagnosticSink): AsyncIterable<RawSheet>;
}

export interface EvaluateOptions extends ReadOptions {
  /**
   * 'score' (default): the units left out of the ranking are named in one note; 'validate': only the problems of
   * the sheets are reported.
   */
  readonly purpose?: 'score' | 'validate';
  /** Only this sheet of each workbook (by name, case- and accent-insensitive) */
  readonly sheet?: string;
  /** The official list of units: names and blocks by code, and the codes that may appear */
  readonly units?: UnitList;
  /** How many diagnostics to keep (all are counted) */
  readonly keepDiagnostics?: number;
  /** Name of the single table when the set has no blocks */
  readonly allUnitsName?: string;
  /** Wide sheets of self-assessed points, matched to the units by code (the main sources hold the appraised ones) */
  readonly selfSources?: readonly SheetSource[];
  /** Warn where self-assessed and appraised points of a leaf differ by more than this (micro-points) */
  readonly diffThreshold?: Micro;
  /** Called after every 5,000 rows read, with the count so far (progress, or the caller's memory upkeep) */
  readonly onRows?: (rows: number) => void;
  /** Points merged into every score sheet as it is read (survey points: src/survey/merge.ts) */
  readonly merge?: SheetMerge;
  /** Problems found before the sheets were read (survey questionnaires, points files): they head the run's list */
  readonly earlier?: readonly Diagnostic[];
}

/**
 * Columns filled into the score sheets as they stream (the survey points of each unit, computed above this stage).
 * The merged sheets are read and scored with `readSet`; the units the merge found in no sheet are reported at the end.
 */
export interface SheetMerge {
  readonly readSet: CriteriaSet;
  sheet(raw: RawSheet): RawSheet;
  reportUnmatched(sink: DiagnosticSink, sheets: string): void;
}

/** The diagnostics of a run: the first ones kept, all counted. */
export interface DiagnosticList {
  readonly kept: readonly Diagnostic[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly dropped: number;
  readonly total: number;
}

export interface ScoreOutcome {
  readonly units: readonly UnitRecord[];
  readonly scores: readonly UnitScore[];
  readonly blocks: readonly BlockTable[];
  /** Units left out of the ranking because of errors found for them */
  readonly excluded: readonly UnitRecord[];
  /** Self-assessed vs appraised, for units whose submissions carry both */
  readonly reconciliation: readonly Reconciliation[];
  /** The diagnostics (named `sink` as the report stage reads it) */
  readonly sink: DiagnosticList;
  /** The units (by key, their position in `units`) each kept diagnostic is about, where it was reported about units */
  readonly unitKeys: ReadonlyMap<Diagnostic, readonly number[]>;
}

export const ROWS_PER_CALLBACK = 5_000;

/** The same sheets, counting their rows for `onRows`. */
async function* counted(sheets: AsyncIterable<RawSheet>, onRows: ((rows: number) => void) | undefined): AsyncGenerator<RawSheet> {
  if (!onRows) return yield* sheets;
  let total = 0;
  for await (const sheet of sheets) {
    const source = sheet.rows;
    yield {
      ...sheet,
      rows: (async function* () {
        for await (const row of source) {
          if (++total % ROWS_PER_CALLBACK === 0) onRows(total);
          yield row;
        }
      })(),
    };
  }
}

function skippedSheet(sink: DiagnosticSink, sheet: RawSheet, reason: SkipReason): void {
  sink.push(diag('sheet/skipped', sheetLocation(sheet), { reason }));
}

async function drainRows(sheet: RawSheet): Promise<void> {
  for await (const _ of sheet.rows) {
    // a workbook is read front to back: a skipped sheet still has to be passed over
  }
}

/** What reading one source's sheets found. */
interface SourceRead {
  readonly names: string[];
  withHeader: number;
  readonly noHeader: { sheet: RawSheet; scanned: number }[];
  readonly hidden: string[];
}

async function readSheets(source: SheetSource, registry: UnitRegistry, sink: DiagnosticSink, options: EvaluateOptions, merge?: SheetMerge): Promise<SourceRead> {
  const found: SourceRead = { names: [], withHeader: 0, noHeader: [], hidden: [] };
  const wanted = options.sheet !== undefined ? asciiKey(options.sheet) : undefined;
  for await (const sheet of counted(source.sheets(sink), options.onRows)) {
    if (sheet.sheet !== undefined) found.names.push(sheet.sheet);
    if (wanted !== undefined && sheet.sheet !== undefined && asciiKey(sheet.sheet) !== wanted) {
      await drainRows(sheet);
      continue;
    }
    if (sheet.hidden && wanted === undefined) {
      found.hidden.push(sheet.sheet ?? '');
      skippedSheet(sink, sheet, 'hidden');
      await drainRows(sheet);
      continue;
    }
    const r = await readSheet(merge ? merge.sheet(sheet) : sheet, registry, options);
    if (r.headerFound) found.withHeader++;
    else found.noHeader.push({ sheet, scanned: r.scanned });
  }
  return found;
}

/** A reader's problem that reached the pipeline (openSheets reports its own; another source may throw one). */
function unreadable(source: SheetSource, e: unknown): Diagnostic {
  if (e instanceof SheetError) {
    const { offset: _, ...at } = e.at;
    return diag('file/unreadable', { file: source.name, ...at }, e.reason);
  }
  const raw = e instanceof Error ? e.message : String(e);
  return diag('file/unreadable', { file: source.name }, { reason: 'message', message: raw });
}

async function readSource(source: SheetSource, registry: UnitRegistry, sink: DiagnosticSink, options: EvaluateOptions, merge?: SheetMerge): Promise<void> {
  const errorsBefore = sink.counts.error;
  let found: SourceRead;
  try {
    found = await readSheets(source, registry, sink, options, merge);
  } catch (e) {
    if (e instanceof InputUsageError) throw e;
    sink.push(unreadable(source, e));
    return;
  }
  const wanted = options.sheet !== undefined ? asciiKey(options.sheet) : undefined;
  if (wanted !== undefined && found.names.length > 0 && !found.names.some((n) => asciiKey(n) === wanted)) {
    sink.push(diag('sheet/not-found', { file: source.name }, { sheet: options.sheet ?? '', available: found.names }));
    return;
  }
  // A file with no table at all is an error; beside a sheet that has one, a sheet of notes is only skipped.
  const last = found.noHeader[found.noHeader.length - 1];
  // A reader that stopped before a first row (file/unreadable, said already) leaves nothing to look for a header in.
  const stoppedEarly = last !== undefined && last.scanned === 0 && sink.counts.error > errorsBefore;
  if (found.withHeader === 0 && last && stoppedEarly) return;
  if (found.withHeader === 0 && last) sink.push(diag('sheet/no-header', sheetLocation(last.sheet), { scanned: last.scanned, set: registry.set.id }));
  else for (const { sheet } of found.noHeader) skippedSheet(sink, sheet, 'no-header');
  // Nothing read and nothing said why (every sheet hidden, or none at all): the input gave no sheet to score.
  if (found.withHeader === 0 && !last && sink.counts.error === errorsBefore)
    sink.push(diag('file/no-readable-sheet', { file: source.name }, { hidden: found.hidden, sheets: found.names.length }));
}

/** The units of some sources, read into one registry, and the units each diagnostic is about. */
async function readAll(set: CriteriaSet, sources: readonly SheetSource[], sink: DiagnosticSink, options: EvaluateOptions, role: RegistryRole) {
  const registry = new UnitRegistry(set, sink, role === 'scores' ? options.units : undefined, role);
  const merge = role === 'scores' ? options.merge : undefined;
  for (const source of sources) await readSource(source, registry, sink, options, merge);
  merge?.reportUnmatched(sink, sources.map((s) => s.name).join(', '));
  if (role === 'scores') registry.reportUnsubmitted();
  return { units: registry.finish(), unitKeys: registry.unitKeys() };
}

/** The units with the self-assessed points of the self sources beside their own (matched by code). */
function withSelf(units: readonly UnitRecord[], selfUnits: readonly UnitRecord[]): readonly UnitRecord[] {
  if (selfUnits.length === 0) return units;
  const byCode = new Map<string, UnitRecord>();
  for (const u of selfUnits) if (!unitHasErrors(u)) byCode.set(u.code, u);
  return units.map((u) => {
    const self = byCode.get(u.code);
    return self ? withSelfPoints(u, self.points) : u;
  });
}

/**
 * Scores every unit without errors and checks every unit's written totals. `units`: every unit in reading order, as
 * scored (with the errors scoring found).
 */
function scoreAll(read: readonly UnitRecord[], set: CriteriaSet, sink: DiagnosticSink): { units: UnitRecord[]; scores: UnitScore[]; excluded: UnitRecord[] } {
  const units = new Array<UnitRecord>(read.length);
  const scores: UnitScore[] = [];
  const excluded: UnitRecord[] = [];
  for (let i = 0; i < read.length; i++) {
    let unit = read[i]!;
    const score = unitHasErrors(unit) ? undefined : scoreUnit(unit, set);
    if (!unitHasErrors(unit) && !score) {
      sink.push(diag('row/no-applicable-criteria', unitLocation(unit)));
      unit = withError(unit);
    }
    for (const d of checkWritten(unit, score, set)) sink.push(d);
    if (score) scores.push(score);
    else excluded.push(unit);
    units[i] = unit;
  }
  return { units, scores, excluded };
}

/** One note naming the units left out of the ranking (at most 20 by code; all are in the outcome). */
function excludedNote(excluded: readonly UnitRecord[]): Diagnostic {
  const codes = excluded.slice(0, 20).map((u) => u.code);
  return diag('unit/excluded', {}, { units: excluded.length, codes: excluded.length > codes.length ? [...codes, '…'] : codes });
}

function listOf(sink: DiagnosticSink): DiagnosticList {
  return Object.freeze({ kept: Object.freeze(sink.kept.slice()), counts: Object.freeze({ ...sink.counts }), dropped: sink.dropped, total: sink.total });
}

/**
 * Reads, scores and ranks. An input option that names what the input lacks (`columns` past the table) throws an
 * InputUsageError; every problem of the data is a diagnostic in the result.
 */
export async function evaluate(given: CriteriaSet, sources: readonly SheetSource[], options: EvaluateOptions = {}): Promise<ScoreOutcome> {
  const set = options.merge ? options.merge.readSet : given;
  const sink = new DiagnosticSink(options.keepDiagnostics);
  for (const d of options.earlier ?? []) sink.push(d);
  // What reading leaves behind (its lookups, the rows' cells) is garbage once the units are records, and so is what
  // scoring makes on the way; V8 would let the heap grow past it while scores and ranks are made. A collection at
  // these two points once the heap has grown by 32 MB (src/core/heap.ts) took the peak of 300,000 units from
  // 369-391 MB to 336-338 MB for the same CPU time; 10,000 units do not grow the heap that far.
  const heapCheck = watchHeap();
  const { units: read, unitKeys } = await readAll(set, sources, sink, options, 'scores');
  heapCheck();
  const selfUnits = options.selfSources && options.selfSources.length > 0 ? (await readAll(set, options.selfSources, sink, options, 'self')).units : [];
  const scored = scoreAll(withSelf(read, selfUnits), set, sink);
  heapCheck();
  const { scores, excluded } = scored;
  const units = Object.freeze(scored.units);
  if (excluded.length > 0 && options.purpose !== 'validate') sink.push(excludedNote(excluded));
  const reconciliation: Reconciliation[] = [];
  for (const u of units) {
    const r = reconcile(u, set, sink, options.diffThreshold);
    if (r) reconciliation.push(r);
  }
  const blocks = rankUnits(scores, set, options.allUnitsName ?? set.title);
  return Object.freeze({ units, scores, blocks, excluded, reconciliation, sink: listOf(sink), unitKeys });
}
