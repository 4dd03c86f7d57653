/**
 * The sensitivity report: plain data built once from the report model and the engine's statistics, rendered by
 * every format. Statistics are floats rounded here once (probabilities and ρ to 4 decimals, shifts to 2), so the
 * JSON, CSV and tables print the same numbers and the same seed gives the same bytes.
 */
import type { RunReport } from '../report/model/schema.js';
import { runSensitivity, type EngineOptions } from './engine.js';
import { sensitivityInput } from './input.js';

export interface SensitivityOptions {
  readonly draws: number;
  /** Half-width of the field-weight factor, in % (20: each field's maximum × a factor in 0.8 … 1.2) */
  readonly weightsPercent: number;
  /** Half-width of the leaf-points factor, in % (0: scores are not drawn) */
  readonly noisePercent: number;
  readonly seed: number;
  readonly dropField: boolean;
}

export interface SensitivityUnit {
  readonly code: string;
  readonly name: string;
  /** The index as published (rounded half-up to the set's decimals) */
  readonly index: string;
  readonly band: string | null;
  readonly rank: number;
  /** Over the draws (null when --draws 0): median rank, 5 % and 95 % rank, share of draws in another band */
  readonly medianRank: number | null;
  readonly rankLow: number | null;
  readonly rankHigh: number | null;
  readonly bandChange: number | null;
  /** With --drop-field: the rank with each field left out, in the set's field order (null: that field cannot be left out) */
  readonly dropRanks: readonly (number | null)[] | null;
}

export interface SensitivityBlock {
  readonly id: string;
  readonly name: string;
  readonly meanAbsShift: number | null;
  readonly spearmanMean: number | null;
  /** The 5th percentile of ρ over the draws: 95 % of the draws agree with the nominal ranking at least this much */
  readonly spearmanP5: number | null;
  /** With --drop-field: ρ with the nominal ranking when each field is left out */
  readonly dropSpearman: readonly (number | null)[] | null;
  readonly units: readonly SensitivityUnit[];
}

export interface SensitivityReport {
  readonly tool: { readonly name: 'parindex'; readonly version: string };
  readonly criteria: { readonly file: string; readonly sha256: string; readonly id: string; readonly title: string };
  readonly inputs: RunReport['inputs'];
  readonly options: SensitivityOptions;
  readonly fields: readonly { readonly code: string; readonly name: string }[];
  readonly blocks: readonly SensitivityBlock[];
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Runs the analysis over a scored and ranked run. Throws RangeError for a block above MAX_BLOCK_UNITS. */
export function buildSensitivity(report: RunReport, options: SensitivityOptions, onProgress?: EngineOptions['onProgress']): SensitivityReport {
  const input = sensitivityInput(report);
  const r = runSensitivity(input, {
    draws: options.draws,
    weights: options.weightsPercent / 100,
    noise: options.noisePercent / 100,
    seed: options.seed,
    dropField: options.dropField,
    ...(onProgress ? { onProgress } : {}),
  });
  const set = report.criteria.set;
  const F = set.fields.length;
  const N = input.adjustment.length;
  const B = report.blocks.length;
  const drawn = r.draws > 0;
  const blocks = report.blocks.map((block, b): SensitivityBlock => {
    const start = input.blockStart[b]!;
    const units = Array.from(block.rows, (row, p): SensitivityUnit => {
      const u = start + p;
      return {
        code: row.code,
        name: row.name,
        index: row.index.text,
        band: row.band,
        rank: row.rank,
        medianRank: drawn ? r.medianRank[u]! : null,
        rankLow: drawn ? r.lowRank[u]! : null,
        rankHigh: drawn ? r.highRank[u]! : null,
        bandChange: drawn ? round(r.bandChange[u]!, 4) : null,
        dropRanks: r.dropRanks ? Array.from({ length: F }, (_, k) => r.dropRanks![k * N + u] || null) : null,
      };
    });
    return {
      id: block.id,
      name: block.name,
      meanAbsShift: drawn ? round(r.meanAbsShift[b]!, 2) : null,
      spearmanMean: drawn ? round(r.spearmanMean[b]!, 4) : null,
      spearmanP5: drawn ? round(r.spearmanP5[b]!, 4) : null,
      dropSpearman: r.dropSpearman ? Array.from({ length: F }, (_, k) => (Number.isNaN(r.dropSpearman![k * B + b]!) ? null : round(r.dropSpearman![k * B + b]!, 4))) : null,
      units,
    };
  });
  return {
    tool: report.tool,
    criteria: { file: report.criteria.file, sha256: report.criteria.sha256, id: set.id, title: set.title },
    inputs: report.inputs,
    options,
    fields: set.fields.map((f) => ({ code: f.code, name: f.name })),
    blocks,
  };
}
