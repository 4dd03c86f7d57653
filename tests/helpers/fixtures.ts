/** Paths and loaders for files under fixtures/, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCriteriaBytes, type CriteriaLoad } from '../../src/criteria/load.js';
import type { CriteriaSet } from '../../src/criteria/model.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function fixturePath(...parts: string[]): string {
  return join(repoRoot, 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

/** The JSON files directly in a fixtures folder, sorted by name. */
export function jsonFixtures(...parts: string[]): string[] {
  return readdirSync(fixturePath(...parts))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Loads a criteria fixture as the CLI does, with the file named relative to the repository. */
export function loadCriteriaFixture(...parts: string[]): CriteriaLoad {
  const path = fixturePath(...parts);
  return loadCriteriaBytes(readFileSync(path), relative(repoRoot, path));
}

/** Loads a criteria fixture that must be valid; fails with its diagnostics otherwise. */
export function validCriteriaFixture(...parts: string[]): CriteriaSet {
  const loaded = loadCriteriaFixture(...parts);
  if (!loaded.ok || loaded.fatal || !loaded.set)
    throw new Error(`${parts.join('/')} is not a valid criteria set: ${JSON.stringify(loaded.diagnostics, null, 2)}`);
  return loaded.set;
}
