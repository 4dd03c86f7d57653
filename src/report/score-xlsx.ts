/** The XLSX report: a sheet per block, the criteria set, and the run's inputs. (Filled in by its own change.) */
import type { RunResult } from './result.js';
import type { ScoreFormatContext } from './score-formats.js';

export async function renderXlsx(_r: RunResult, _ctx: ScoreFormatContext): Promise<Uint8Array> {
  throw new Error('xlsx output is not built yet');
}
