/** The survey as one library call: response files + criteria set → the survey result and its diagnostics. */
import { SCALE, type Micro } from '../core/decimal.js';
import { foldKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag, messageOf } from '../diagnostics/catalogue.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import { readUnitList, sheetsOf, type InputFile } from './deps.js';
import { surveyResult, type SurveyResult } from './model.js';
import { readResponseSheet, type ReadContext } from './read.js';
import { SurveyTally } from './tally.js';

/** Answers earning at least this share of the item's max count as satisfied: B of A/B/C/D (60 %), 4 of 1–5 (75 %). */
export const DEFAULT_SATISFIED_AT: Micro = 60 * SCALE;

export interface SurveyOptions {
  /** Share of an item's max (micro-percent) from which an answer counts as satisfied */
  readonly satisfiedAt?: Micro;
  /** The units that may be assessed, and the list they come from (a unit list, or the appraisal sheets) */
  readonly known?: { readonly codes: ReadonlySet<string>; readonly from: string };
  /** How many diagnostics to keep (all are counted) */
  readonly keepDiagnostics?: number;
}

export interface SurveyOutcome {
  readonly result: SurveyResult;
  readonly sink: DiagnosticSink;
}

export async function surveyResponses(set: CriteriaSet, inputs: readonly InputFile[], options: SurveyOptions = {}): Promise<SurveyOutcome> {
  const sink = new DiagnosticSink(options.keepDiagnostics);
  const tally = new SurveyTally(set, options.satisfiedAt ?? DEFAULT_SATISFIED_AT);
  const ctx: ReadContext = {
    tally,
    sink,
    ...(options.known ? { known: options.known } : {}),
    respondents: new Map(),
    places: [],
    naKeys: new Set(set.naTokens.map(foldKey)),
  };
  for (const input of inputs) await readFile(input, ctx);
  return { result: surveyResult(tally, sink), sink };
}

async function readFile(input: InputFile, ctx: ReadContext): Promise<void> {
  let found = false;
  let scanned = 0;
  try {
    for await (const sheet of sheetsOf(input, ctx.sink)) {
      scanned++;
      if (sheet.hidden) {
        for await (const _ of sheet.rows) {
          // a hidden sheet is passed over, as score does
        }
        continue;
      }
      if (await readResponseSheet(sheet, ctx)) found = true;
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    ctx.sink.push(diag('file/unreadable', { file: input.name }, { reason: 'message', message: reason }));
    return;
  }
  if (!found && scanned > 0)
    ctx.sink.push(
      diag('survey/no-header', { file: input.name }, {
        scanned: 50,
      }),
    );
}

/** The unit codes of an official unit list (`--units`), or why they cannot be read. */
export async function knownUnits(input: InputFile): Promise<{ ok: true; codes: ReadonlySet<string> } | { ok: false; reason: string; reasonVi: string }> {
  const sink = new DiagnosticSink();
  const read = await readUnitList(sheetsOf(input, sink), input.name);
  const problem = sink.kept.find((d) => d.severity === 'error');
  if (problem) return { ok: false, reason: messageOf(problem, 'en'), reasonVi: messageOf(problem, 'vi') };
  if (!read.ok) return read;
  return { ok: true, codes: new Set(read.list.byCode.keys()) };
}
