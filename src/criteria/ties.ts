/**
 * The one reading of a tie-break key, used by the criteria check (is it valid?) and by the ranking (what does it
 * compare?). `field:1`, `field:1.`, `field: 1` and `field:LV1` all name the field whose code is 1: the code after
 * `field:` is compared the way every criterion code is (codeKey).
 */
import { codeKey } from './codes.js';

export type ResolvedTieKey =
  | { readonly kind: 'points' | 'appraisal' | 'survey' | 'name' | 'code' }
  /** A field's component index (its points over its effective maximum), by the field's position in the set */
  | { readonly kind: 'field'; readonly fieldIndex: number };

const PLAIN = new Set(['points', 'appraisal', 'survey', 'name', 'code']);
const FIELD = 'field:';

/** The key's meaning, or undefined when it names no field of the set (or is no key at all). */
export function resolveTieKey(key: string, fields: readonly { readonly code: string }[]): ResolvedTieKey | undefined {
  if (PLAIN.has(key)) return { kind: key as 'points' };
  if (!key.startsWith(FIELD)) return undefined;
  const wanted = codeKey(key.slice(FIELD.length));
  if (wanted === '') return undefined;
  const fieldIndex = fields.findIndex((f) => codeKey(f.code) === wanted);
  return fieldIndex < 0 ? undefined : { kind: 'field', fieldIndex };
}
