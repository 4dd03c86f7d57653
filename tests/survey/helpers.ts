/** What the survey tests share: the criteria sets, input files and an in-memory command line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CliIO, Output } from '../../src/cli/io.js';
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

function textOf(out: Output): string {
  if (typeof out === 'string') return out;
  if (out instanceof Uint8Array) return Buffer.from(out).toString('utf8');
  return [...out].join('');
}

/** Runs the CLI in this process, as `parindex …` in the repository folder, with no colour and an English locale. */
export async function cli(argv: readonly string[]): Promise<MemoryRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stdoutAll: async (out) => void (stdout += textOf(out)),
    stderr: (t) => void (stderr += t),
    env: { NO_COLOR: '1', LANG: 'C' },
    cwd: repoRoot,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
