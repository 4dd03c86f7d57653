/**
 * criteria file text → CriteriaSet (./load-core.ts), with zod's schema at hand for a file that is not valid: the
 * synchronous API, for the library and the tests. The command line uses ./load-lazy.ts, which loads zod only then.
 */
import { loadCriteriaBytesWith, loadCriteriaSetWith, type CriteriaLoad, type SchemaParse } from './load-core.js';
import { CriteriaSetSchema } from './schema.js';

export { buildModel, CRITERIA_MAX_BYTES, type CriteriaLoad } from './load-core.js';

const zodParse = (): SchemaParse => (data) => CriteriaSetSchema.safeParse(data, { reportInput: true });

/** A criteria file's bytes → CriteriaSet: bytes that are not UTF-8 text, or too many, are one fatal diagnostic. */
export function loadCriteriaBytes(bytes: Uint8Array, file: string): CriteriaLoad {
  return loadCriteriaBytesWith(bytes, file, zodParse);
}

/** A criteria file's text → CriteriaSet, or every problem found, located by JSON path and line:column. */
export function loadCriteriaSet(text: string, file: string): CriteriaLoad {
  return loadCriteriaSetWith(text, file, zodParse);
}
