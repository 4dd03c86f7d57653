/**
 * Golden files: expected outputs committed under fixtures/ and read in review.
 * `UPDATE_GOLDEN=1 npx vitest run` rewrites them from the current output instead of comparing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { fixturePath } from './fixtures.js';

export const updatingGoldens = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(actual: string, ...parts: string[]): void {
  const path = fixturePath(...parts);
  if (updatingGoldens) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to write it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
