/**
 * Input files as sheet sources, and the run over files. Files are read by the caller (the CLI); nothing here touches
 * the process.
 */
import type { CriteriaSet } from '../criteria/model.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import { fileKind, openSheets } from '../sheet/open.js';
import type { InputFile, RawSheet } from '../sheet/types.js';
import { checkFingerprint, readFingerprint, type SetFingerprint } from '../template/fingerprint.js';
import { evaluate, type EvaluateOptions, type ScoreOutcome, type SheetSource } from './evaluate.js';

export type { InputFile };

/** An input file whose template fingerprint is read elsewhere (with its sheets, on a reading thread). */
export interface FingerprintedFile extends InputFile {
  readonly fingerprint?: () => Promise<SetFingerprint | undefined>;
}

/**
 * An input file as a source of sheets. Given the fingerprint of the set in use, a workbook made by `parindex template`
 * from another set (or another version of it) is `template/set-mismatch`, said before its sheets.
 */
export function sourceOf(input: FingerprintedFile, template?: SetFingerprint): SheetSource {
  return { name: input.name, sheets: (sink) => (template ? checkedSheets(input, sink, template) : openSheets(input, sink)) };
}

async function* checkedSheets(input: FingerprintedFile, sink: DiagnosticSink, expected: SetFingerprint): AsyncGenerator<RawSheet> {
  // A workbook streamed from disk (over 16 MiB) is not held whole: its fingerprint is not read.
  if (!input.stream && fileKind(input.name, input.bytes) === 'xlsx') {
    const found = input.fingerprint ? await input.fingerprint() : await readFingerprint(input.bytes);
    const problem = checkFingerprint(found, expected, { file: input.name });
    if (problem) sink.push(problem);
  }
  yield* openSheets(input, sink);
}

export interface ScoreOptions extends Omit<EvaluateOptions, 'selfSources' | 'purpose'> {
  /** Wide sheets of self-assessed points, matched to the units by code */
  readonly selfInputs?: readonly InputFile[];
  /** false: validate only (no note of the units left out of the ranking) */
  readonly reportExcluded?: boolean;
  /** The fingerprint of the set in use (`fingerprintOf`): workbooks made from a template of another set are named */
  readonly template?: SetFingerprint;
}

/** `evaluate` over files, as the CLI calls it. */
export function scoreInputs(set: CriteriaSet, inputs: readonly FingerprintedFile[], options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const { selfInputs, reportExcluded, template, ...rest } = options;
  const source = (input: FingerprintedFile): SheetSource => sourceOf(input, template);
  return evaluate(set, inputs.map(source), {
    ...rest,
    purpose: reportExcluded === false ? 'validate' : 'score',
    ...(selfInputs && selfInputs.length > 0 ? { selfSources: selfInputs.map(source) } : {}),
  });
}

export type { ScoreOutcome } from './evaluate.js';
