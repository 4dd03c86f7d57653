/** Runs the CLI in process with the in-memory IO, from the repository's root. */
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface MemoryRun {
  readonly code: number;
  readonly stdout: string;
  readonly bytes: Uint8Array;
  readonly stderr: string;
}

export async function runInMemory(argv: readonly string[]): Promise<MemoryRun> {
  const io = memoryIO({ cwd: repoRoot, env: { LANG: 'C', NO_COLOR: '1' } });
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err(), bytes: io.outBytes() };
}
