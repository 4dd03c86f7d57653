/**
 * The whole scoring run as a library call: input bytes + criteria set → units, scores, ranked tables, diagnostics.
 * Files are read by the caller (the CLI); nothing here touches the process.
 */
import { formatExact, formatPercent, SCALE, type Micro } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import type { Location } from '../diagnostics/types.js';
import { rankUnits, type BlockTable } from '../ranking/rank.js';
import { reconcile, type Reconciliation } from '../scoring/reconcile.js';
import { nodePoints, scoreUnit, type UnitScore } from '../scoring/score.js';
import { openSheets } from '../sheet/open.js';
import type { InputFile, RawSheet } from '../sheet/types.js';
import { columnLetters } from '../sheet/types.js';
import { SubmissionBuilder, type IngestOptions, type ReportedValue, type UnitRow } from '../submission/ingest.js';

export type { InputFile };

export interface ScoreOptions extends IngestOptions {
  /** Only this sheet of each workbook (by name, case- and accent-insensitive) */
  readonly sheet?: string;
  /** How many diagnostics to keep (all are counted) */
  readonly keepDiagnostics?: number;
  /** Name of the single table when the set has no blocks */
  readonly allUnitsName?: string;
  /** Wide sheets of self-assessed points, matched to the units by code (the main inputs hold the appraised ones) */
  readonly selfInputs?: readonly InputFile[];
  /** Warn where self-assessed and appraised points of a leaf differ by more than this (micro-points) */
  readonly diffThreshold?: Micro;
  /** Say which units are left out of the ranking (`unit/excluded`); off when only validating */
  readonly reportExcluded?: boolean;
  /** Called after every 5,000 rows read, with the count so far (progress, or the caller's memory upkeep) */
  readonly onRows?: (rows: number) => void;
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

export interface ScoreOutcome {
  readonly units: readonly UnitRow[];
  readonly scores: readonly UnitScore[];
  readonly blocks: readonly BlockTable[];
  /** Units left out of the ranking because of errors in their rows */
  readonly excluded: readonly UnitRow[];
  /** Self-assessed vs appraised, for units whose submissions carry both */
  readonly reconciliation: readonly Reconciliation[];
  readonly sink: DiagnosticSink;
}

function skippedSheet(sink: DiagnosticSink, sheet: RawSheet, reason: string, reasonVi: string): void {
  sink.push(diag('sheet/skipped', { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) }, { reason, reasonVi }));
}

async function drainRows(sheet: RawSheet): Promise<void> {
  for await (const _ of sheet.rows) {
    // a workbook is read front to back: a skipped sheet still has to be passed over
  }
}

async function ingestFile(input: InputFile, builder: SubmissionBuilder, sink: DiagnosticSink, options: ScoreOptions): Promise<void> {
  const names: string[] = [];
  let withHeader = 0;
  const noHeader: { sheet: RawSheet; scanned: number }[] = [];
  const wanted = options.sheet !== undefined ? asciiKey(options.sheet) : undefined;
  try {
    for await (const sheet of counted(openSheets(input, sink), options.onRows)) {
      if (sheet.sheet !== undefined) names.push(sheet.sheet);
      if (wanted !== undefined && sheet.sheet !== undefined && asciiKey(sheet.sheet) !== wanted) {
        await drainRows(sheet);
        continue;
      }
      if (sheet.hidden && wanted === undefined) {
        skippedSheet(sink, sheet, 'hidden sheet (name it with --sheet to score it)', 'trang tính bị ẩn (chỉ định bằng --sheet để chấm)');
        await drainRows(sheet);
        continue;
      }
      const r = await builder.addSheet(sheet, options);
      if (r.headerFound) withHeader++;
      else noHeader.push({ sheet, scanned: r.scanned });
    }
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const damaged = /FILE_ENDED|end of central directory|invalid signature|unexpected end|Corrupted zip/i.test(raw);
    sink.push(
      diag('file/unreadable', { file: input.name }, {
        reason: damaged ? `the workbook is damaged or was not copied whole (${raw})` : raw,
        reasonVi: damaged ? `tệp bị hỏng hoặc chưa được sao chép đầy đủ (${raw})` : raw,
      }),
    );
    return;
  }
  if (wanted !== undefined && names.length > 0 && !names.some((n) => asciiKey(n) === wanted)) {
    sink.push(diag('sheet/not-found', { file: input.name }, { sheet: options.sheet ?? '', available: names }));
    return;
  }
  // A file with no table at all is an error; beside a sheet that has one, a sheet of notes is only skipped.
  const last = noHeader[noHeader.length - 1];
  if (withHeader === 0 && last)
    sink.push(
      diag('sheet/no-header', { file: last.sheet.file, ...(last.sheet.sheet !== undefined ? { sheet: last.sheet.sheet } : {}) }, { scanned: last.scanned, set: builder.set.id }),
    );
  else for (const { sheet } of noHeader) skippedSheet(sink, sheet, 'no header row with criterion codes', 'không có dòng tiêu đề ghi mã tiêu chí');
}

/** Compares totals someone wrote in the sheet with ours, within half a unit of the last decimal they wrote. */
function checkReported(score: UnitScore, set: CriteriaSet, sink: DiagnosticSink): void {
  const unit = score.unit;
  const loc = (v: ReportedValue, criterion?: string): Location => ({
    file: unit.source.file,
    ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}),
    row: unit.source.row,
    column: v.col + 1,
    ref: `${columnLetters(v.col + 1)}${unit.source.row}`,
    unit: unit.code,
    ...(criterion !== undefined ? { criterion } : {}),
  });
  const check = (v: ReportedValue, computed: number, shown: string, what: string, whatVi: string, criterion?: string): void => {
    const tolerance = 0.5 * 10 ** -v.decimals + 1e-9;
    if (Math.abs(v.value - computed) > tolerance)
      sink.push(diag('check/reported-mismatch', loc(v, criterion), { what, whatVi, reported: v.text, computed: shown }));
  };
  const r = unit.reported;
  if (!r) return;
  if (r.total) check(r.total, score.total / SCALE, formatExact(score.total), 'total points', 'tổng điểm');
  if (r.index) {
    const exact = Number(score.index.num) / Number(score.index.den) * 100;
    check(r.index, exact, formatPercent(score.index, Math.max(set.decimals, r.index.decimals)), 'index', 'chỉ số');
  }
  for (const n of r.nodes) {
    const node = set.byKey.get(n.nodeKey);
    if (!node) continue;
    const p = nodePoints(node, unit).points;
    check(n.value, p / SCALE, formatExact(p), `points of ${node.code}`, `điểm ${node.code}`, node.code);
  }
}

export async function scoreInputs(set: CriteriaSet, inputs: readonly InputFile[], options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const sink = new DiagnosticSink(options.keepDiagnostics);
  const builder = new SubmissionBuilder(set, sink, options.units);
  for (const input of inputs) await ingestFile(input, builder, sink, options);
  builder.reportUnsubmitted();
  if (options.selfInputs && options.selfInputs.length > 0) {
    const selfBuilder = new SubmissionBuilder(set, sink, undefined, 'self');
    for (const input of options.selfInputs) await ingestFile(input, selfBuilder, sink, options);
    const byCode = new Map(builder.units.map((u) => [u.code, u]));
    for (const selfUnit of selfBuilder.units) {
      const target = byCode.get(selfUnit.code);
      if (target && selfUnit.errors === 0) target.selfPoints = selfUnit.leafPoints;
    }
  }

  const scores: UnitScore[] = [];
  const excluded: UnitRow[] = [];
  for (const unit of builder.units) {
    const score = unit.errors === 0 ? scoreUnit(unit, set) : undefined;
    if (unit.errors === 0 && !score) {
      unit.errors++;
      sink.push(diag('row/no-applicable-criteria', { file: unit.source.file, ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), row: unit.source.row, unit: unit.code }));
    }
    if (score) {
      checkReported(score, set, sink);
      scores.push(score);
    } else {
      excluded.push(unit);
      if (options.reportExcluded !== false)
        sink.push(
        diag('unit/excluded', { file: unit.source.file, ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), row: unit.source.row, unit: unit.code }, { errors: unit.errors }),
      );
    }
  }
  const reconciliation = builder.units.flatMap((u) => reconcile(u, set, sink, options.diffThreshold) ?? []);
  const blocks = rankUnits(scores, set, options.allUnitsName ?? set.title);
  return { units: builder.units, scores, blocks, excluded, reconciliation, sink };
}
