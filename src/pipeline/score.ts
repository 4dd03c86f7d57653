/**
 * Input files as sheet sources, and the run over files. Files are read by the caller (the CLI); nothing here touches
 * the process.
 */
import type { CriteriaSet } from '../criteria/model.js';
import { openSheets } from '../sheet/open.js';
import type { InputFile } from '../sheet/types.js';
import { evaluate, type EvaluateOptions, type ScoreOutcome, type SheetSource } from './evaluate.js';

export type { InputFile };

/** An input file as a source of sheets. */
export function sourceOf(input: InputFile): SheetSource {
  return { name: input.name, sheets: (sink) => openSheets(input, sink) };
}

export interface ScoreOptions extends Omit<EvaluateOptions, 'selfSources' | 'purpose'> {
  /** Wide sheets of self-assessed points, matched to the units by code */
  readonly selfInputs?: readonly InputFile[];
  /** false: validate only (no note of the units left out of the ranking) */
  readonly reportExcluded?: boolean;
}

/** `evaluate` over files, as the CLI calls it. */
export function scoreInputs(set: CriteriaSet, inputs: readonly InputFile[], options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const { selfInputs, reportExcluded, ...rest } = options;
  return evaluate(set, inputs.map(sourceOf), {
    ...rest,
    purpose: reportExcluded === false ? 'validate' : 'score',
    ...(selfInputs && selfInputs.length > 0 ? { selfSources: selfInputs.map(sourceOf) } : {}),
  });
}

export type { ScoreOutcome } from './evaluate.js';
