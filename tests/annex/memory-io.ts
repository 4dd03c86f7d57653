/** Runs the CLI in process with an in-memory IO: what it prints and its exit code. */
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Uint8Array;
}

export async function cli(argv: readonly string[], cwd = repoRoot): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stdoutAll: async (out) => {
      for (const piece of typeof out === 'string' || out instanceof Uint8Array ? [out] : out) {
        if (typeof piece === 'string') stdout += piece;
        else chunks.push(piece);
      }
    },
    stderr: (t) => void (stderr += t),
    env: { NO_COLOR: '1', LANG: 'C' },
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}
