/** Runs the CLI in process with an in-memory IO, from the repository's root. */
import { run } from '../../src/cli/main.js';
import type { CliIO, Output } from '../../src/cli/io.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface MemoryRun {
  readonly code: number;
  readonly stdout: string;
  readonly bytes: Uint8Array;
  readonly stderr: string;
}

export async function runInMemory(argv: readonly string[]): Promise<MemoryRun> {
  let stdout = '';
  let stderr = '';
  const binary: Uint8Array[] = [];
  const collect = (out: Output): void => {
    if (typeof out === 'string') stdout += out;
    else if (out instanceof Uint8Array) binary.push(out);
    else for (const piece of out) stdout += piece;
  };
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stdoutAll: async (out) => collect(out),
    stderr: (t) => void (stderr += t),
    env: { LANG: 'C', NO_COLOR: '1' },
    cwd: repoRoot,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, bytes: Buffer.concat(binary) };
}
