/** Colour for the commands' output: chalk (which loads node:tty and node:os) only where a command runs, not at start-up. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIO } from './io.js';

/** Colour for a stream: off with --no-color or NO_COLOR, forced with FORCE_COLOR, else only on a terminal. */
export function chalkFor(io: CliIO, stream: 'stdout' | 'stderr', colorOption: boolean | undefined): ChalkInstance {
  const env = io.env;
  let level: 0 | 1 | 2 | 3 = (stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY) ? 1 : 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') {
    const n = Number(env.FORCE_COLOR);
    level = n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.FORCE_COLOR === '0' || colorOption === false) level = 0;
  return new Chalk({ level });
}
