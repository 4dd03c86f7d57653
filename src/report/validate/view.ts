/**
 * The run result as every validate format walks it: files in the order given, and in each file the problems of the
 * file itself first, then the units in the order their rows were read, each with the diagnostics of its row.
 */
import type { Diagnostic, Severity } from '../../diagnostics/types.js';
import { countBySeverity } from '../diagnostics-text.js';
import type { RunReport } from '../model/schema.js';

type UnitRef = RunReport['units'][number];

export interface UnitGroup {
  readonly unit: UnitRef;
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface FileGroup {
  readonly file: string;
  /** undefined for a file that a diagnostic names but that is not among the inputs */
  readonly sha256: string | undefined;
  /** Problems of the file, its sheets, headers and rows that belong to no unit */
  readonly fileLevel: readonly Diagnostic[];
  readonly units: readonly UnitGroup[];
  /** fileLevel, then each unit's, in that order */
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface ValidationView {
  readonly files: readonly FileGroup[];
  /** Diagnostics that name no file */
  readonly unfiled: readonly Diagnostic[];
  /** Every diagnostic in the order the formats write them: each file's, then the unfiled */
  readonly diagnostics: readonly Diagnostic[];
  /** Counted over the whole run, including diagnostics dropped over the cap */
  readonly counts: Readonly<Record<Severity, number>>;
  readonly dropped: number;
  readonly units: number;
  /** Units with at least one error diagnostic in their row */
  readonly unitsWithErrors: number;
  readonly valid: boolean;
}

const rowKey = (file: string, sheet: string | undefined, row: number): string => `${file}\u0000${sheet ?? ''}\u0000${row}`;

/**
 * The unit a diagnostic is about: the unit read from the row it points at, else (a location naming a unit but not
 * its row) the first unit of that code in the same file. Diagnostics that name no unit belong to the file.
 */
function unitFinder(units: readonly UnitRef[]): (d: Diagnostic) => UnitRef | undefined {
  const byRow = new Map<string, UnitRef>();
  const byCode = new Map<string, UnitRef>();
  for (const u of units) {
    byRow.set(rowKey(u.source.file, u.source.sheet, u.source.row), u);
    const codeKey = `${u.source.file}\u0000${u.code}`;
    if (!byCode.has(codeKey)) byCode.set(codeKey, u);
  }
  return (d) => {
    const { file, sheet, row, unit } = d.location;
    if (unit === undefined || file === undefined) return undefined;
    const atRow = row !== undefined ? byRow.get(rowKey(file, sheet, row)) : undefined;
    if (atRow && atRow.code === unit) return atRow;
    return byCode.get(`${file}\u0000${unit}`);
  };
}

/**
 * Diagnostics in reading order: by sheet (in the order the sheets were read), row and column; the problems of the
 * file as a whole first, a row's own problems (no column) after its cells. Sorting is stable, so ties keep the
 * order in which they were found.
 */
function inReadingOrder(ds: readonly Diagnostic[]): Diagnostic[] {
  const sheetRank = new Map<string | undefined, number>([[undefined, -1]]);
  for (const d of ds) if (!sheetRank.has(d.location.sheet)) sheetRank.set(d.location.sheet, sheetRank.size);
  const key = (d: Diagnostic): [number, number, number] => [
    sheetRank.get(d.location.sheet) ?? 0,
    d.location.row ?? 0,
    d.location.column ?? Number.MAX_SAFE_INTEGER,
  ];
  return ds
    .map((d) => ({ d, k: key(d) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map((x) => x.d);
}

export function validationView(report: RunReport): ValidationView {
  const kept = report.diagnostics.kept;
  const findUnit = unitFinder(report.units);

  const fileOrder = report.inputs.map((i) => i.file);
  const named = new Set(fileOrder);
  const extra = new Set<string>();
  for (const u of report.units) if (!named.has(u.source.file)) extra.add(u.source.file);
  for (const d of kept) if (d.location.file !== undefined && !named.has(d.location.file)) extra.add(d.location.file);
  fileOrder.push(...[...extra].sort());

  const fileLevel = new Map<string, Diagnostic[]>(fileOrder.map((f) => [f, []]));
  const ofUnit = new Map<UnitRef, Diagnostic[]>();
  const unfiled: Diagnostic[] = [];
  for (const d of kept) {
    const unit = findUnit(d);
    if (unit) {
      const list = ofUnit.get(unit);
      if (list) list.push(d);
      else ofUnit.set(unit, [d]);
    } else if (d.location.file !== undefined) fileLevel.get(d.location.file)?.push(d);
    else unfiled.push(d);
  }

  const sha = new Map(report.inputs.map((i) => [i.file, i.sha256]));
  const files = fileOrder.map((file): FileGroup => {
    const units = report.units
      .filter((u) => u.source.file === file)
      .map((unit): UnitGroup => {
        const diagnostics = inReadingOrder(ofUnit.get(unit) ?? []);
        return { unit, diagnostics, counts: countBySeverity(diagnostics) };
      });
    const own = inReadingOrder(fileLevel.get(file) ?? []);
    const diagnostics = [...own, ...units.flatMap((u) => u.diagnostics)];
    return { file, sha256: sha.get(file), fileLevel: own, units, diagnostics, counts: countBySeverity(diagnostics) };
  });

  const counts = report.diagnostics.counts;
  return {
    files,
    unfiled,
    diagnostics: [...files.flatMap((f) => f.diagnostics), ...unfiled],
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
    dropped: report.diagnostics.dropped,
    units: report.units.length,
    unitsWithErrors: files.reduce((n, f) => n + f.units.filter((u) => u.counts.error > 0).length, 0),
    valid: counts.error === 0,
  };
}
