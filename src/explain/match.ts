/**
 * Finding a unit by what a person types: its code, or its name however it is typed — any case, with or without
 * diacritics, NFC or NFD, old or new tone placement ("Hoà"/"Hòa").
 */
import { asciiKey, toneKey, unitCode } from '../core/text.js';

export interface Named {
  readonly code: string;
  readonly name: string;
}

export type Match<T> = { readonly kind: 'one'; readonly unit: T } | { readonly kind: 'many'; readonly candidates: readonly T[] } | { readonly kind: 'none' };

const unique = <T>(found: readonly T[]): Match<T> | undefined =>
  found.length === 1 ? { kind: 'one', unit: found[0]! } : found.length > 1 ? { kind: 'many', candidates: found } : undefined;

/**
 * The unit a query names: by code first (as typed, then in any case), then by the exact name (tone placement folded), then by the name without
 * diacritics, then by a name containing the query. The first step that finds any decides.
 */
export function findUnit<T extends Named>(units: readonly T[], query: string): Match<T> {
  const code = unitCode(query);
  const tone = toneKey(query);
  const plain = asciiKey(query);
  if (plain === '') return { kind: 'none' };
  return (
    unique(units.filter((u) => unitCode(u.code) === code)) ??
    unique(units.filter((u) => asciiKey(u.code) === plain)) ??
    unique(units.filter((u) => toneKey(u.name) === tone)) ??
    unique(units.filter((u) => asciiKey(u.name) === plain)) ??
    unique(units.filter((u) => asciiKey(u.name).includes(plain))) ?? { kind: 'none' }
  );
}
