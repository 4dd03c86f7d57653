/** Runs the CLI in process with the in-memory IO: what it prints and its exit code. */
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Uint8Array;
}

export async function cli(argv: readonly string[], cwd = repoRoot): Promise<InProcessRun> {
  const io = memoryIO({ cwd, env: { NO_COLOR: '1', LANG: 'C' } });
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err(), bytes: io.outBytes() };
}
