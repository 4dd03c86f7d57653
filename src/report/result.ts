/** What a scoring run produced, as the CLI assembles it: the one input of buildReport (src/report/model/build.ts). */
import type { CriteriaSet } from '../criteria/model.js';
import type { ScoreOutcome } from '../pipeline/score.js';

export interface InputInfo {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

export type OptionValue = string | number | boolean | null | readonly string[];

export interface RunResult {
  readonly tool: { readonly name: string; readonly version: string };
  /** `bytes`: the size of the criteria input as read (a file or stdin; the HTML report's inputs table shows it) */
  readonly criteria: { readonly file: string; readonly sha256: string; readonly bytes?: number; readonly set: CriteriaSet };
  readonly inputs: readonly InputInfo[];
  /** The options that shape the result (not where it is written) */
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly outcome: ScoreOutcome;
}
