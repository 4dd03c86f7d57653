/**
 * Reading a criteria file for a command that works with the set (score, validate, template, survey…): its own module,
 * so those commands do not load what only `criteria check|show|schema` do (the JSON Schema writer among them).
 */
import type { Lang } from '../../core/lang.js';
import { formatLocation, loadCriteriaBytesLazily, messageOf, type CriteriaSet, type Diagnostic } from '../engine.js';
import { capOf, readSource } from '../inputs.js';
import { CannotRun, type CliIO } from '../io.js';
import { say } from '../messages.js';

export interface LoadedCriteria {
  readonly set?: CriteriaSet;
  readonly diagnostics: readonly Diagnostic[];
  /** The file as read (its SHA-256 goes into reports) */
  readonly bytes: Uint8Array;
}

/** Reads and checks a criteria file; an unreadable or non-JSON file cannot be worked with (exit 2). */
export async function readCriteria(io: CliIO, file: string, lang: Lang): Promise<LoadedCriteria> {
  const bytes = await readSource(io, file, say('criteriaFile', lang), lang, capOf(io, 'criteria'));
  const loaded = await loadCriteriaBytesLazily(bytes, file);
  if (loaded.fatal) {
    const d = loaded.diagnostics[0];
    throw new CannotRun(d ? `${formatLocation(d.location, lang)}: ${messageOf(d, lang)}` : file);
  }
  return { ...loaded, bytes };
}
