/** Runs the CLI in process with an in-memory IO (no spawned Node), from the repository's root. */
import { run } from '../../src/cli/main.js';
import type { CliIO, Output } from '../../src/cli/io.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface InProcessRun {
  readonly status: number;
  readonly stdout: string;
  readonly bytes: Uint8Array;
  readonly stderr: string;
}

export async function parindexInProcess(args: readonly string[], tty = false): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const write = (out: Output): void => {
    if (typeof out === 'string') stdout += out;
    else if (out instanceof Uint8Array) chunks.push(out);
    else for (const piece of out) stdout += piece;
  };
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stdoutAll: async (out) => write(out),
    stderr: (t) => (stderr += t),
    env: { NO_COLOR: '1', LANG: 'C' },
    cwd: repoRoot,
    stdoutIsTTY: false,
    stderrIsTTY: tty,
  };
  const status = await run(args, io);
  return { status, stdout, stderr, bytes: Buffer.concat(chunks) };
}
