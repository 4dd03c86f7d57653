/** What the survey tests share: the criteria sets, input files and an in-memory command line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import type { InputFile } from '../../src/survey/deps.js';
import { fixturePath, loadCriteriaFixture, repoRoot } from '../helpers/fixtures.js';

export function surveySet(...parts: string[]): CriteriaSet {
  const loaded = loadCriteriaFixture(...parts);
  if (loaded.fatal || !loaded.set) throw new Error(`fixture set ${parts.join('/')} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.set;
}

export function inputFile(...parts: string[]): InputFile {
  const path = fixturePath(...parts);
  return { name: relative(repoRoot, path), bytes: readFileSync(path) };
}

export interface MemoryRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, as `parindex …` in the repository folder, with no colour and an English locale. */
export async function cli(argv: readonly string[]): Promise<MemoryRun> {
  const io = memoryIO({ cwd: repoRoot, env: { NO_COLOR: '1', LANG: 'C' } });
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
