/**
 * A criteria file's bytes → CriteriaSet, as ./load.ts, but zod (and the schema built from it) is loaded only for a
 * file that ./quick-parse.ts does not accept: a valid file is read without it.
 */
import { loadCriteriaBytesWith, type CriteriaLoad, type SchemaParse } from './load-core.js';

/** Thrown by the first pass when the file needs zod; never leaves this module. */
const NEEDS_ZOD = Symbol('needs zod');

export async function loadCriteriaBytesLazily(bytes: Uint8Array, file: string): Promise<CriteriaLoad> {
  try {
    return loadCriteriaBytesWith(bytes, file, () => {
      throw NEEDS_ZOD;
    });
  } catch (e) {
    if (e !== NEEDS_ZOD) throw e;
  }
  const { CriteriaSetSchema } = await import('./schema.js');
  const parse: SchemaParse = (data) => CriteriaSetSchema.safeParse(data, { reportInput: true });
  return loadCriteriaBytesWith(bytes, file, () => parse);
}
