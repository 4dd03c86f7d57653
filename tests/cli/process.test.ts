/**
 * The handful of checks only a real process can make: the bin loading the bundle, exit codes and the split of
 * stdout and stderr as a shell sees them, a reader closing the pipe early, and inputs that are pipes.
 * Everything else about the command line runs in process (tests/helpers/cli.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { lines, STACK_FRAME } from '../helpers/cli.js';
import { assertBuilt, shell } from './process.js';

const SET = 'fixtures/score/criteria-mini.json';
const VALID = 'fixtures/score/valid.csv';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(() => assertBuilt());

describe('the real process', () => {
  it('starts from bin/ over the bundle: --version', () => {
    const r = shell('$PARINDEX --version');
    expect(r).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exit 1 with the diagnostics on stderr and the table on stdout; exit 2 on a usage error, 0 on a clean sheet', () => {
    const r = shell(`$PARINDEX score fixtures/score/broken/cell-empty.csv -c ${SET} 2>/dev/null; echo "exit $?"`);
    expect(lines(r.stdout).at(-1)).toBe('exit 1');
    expect(r.stdout).toContain('27001  Xã Tân Lập');
    const e = shell(`$PARINDEX score fixtures/score/broken/cell-empty.csv -c ${SET} >/dev/null`);
    expect(e.status).toBe(1);
    expect(e.stdout).toBe('');
    expect(e.stderr).toContain('error  cell/empty');
    expect(shell(`$PARINDEX score ${VALID}`).status).toBe(2);
  });

  it('a reader that stops early (| head -n 1) ends the run quietly: no EPIPE trace', () => {
    const r = shell(`$PARINDEX score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format json | head -n 1; echo "parindex exit \${PIPESTATUS[0]}" >&2`);
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain('EPIPE');
    expect(lines(r.stderr).at(-1)).toMatch(/^parindex exit [01]$/);
  });

  it('-o /dev/stdout writes into the open stream as it is: a pipe, or a file opened for appending (never replaced)', () => {
    const r = shell(`f=$(mktemp); echo first > "$f"; $PARINDEX score ${VALID} -c ${SET} --format csv -o /dev/stdout >> "$f"; head -c 200 "$f" | head -n 2; rm "$f"`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['first', expect.stringMatching(/^\ufeffRank,Block,Code,Unit,/)]);
    expect(r.stderr).toBe('parindex: wrote /dev/stdout\n');
  });

  it('a sheet through a pipe: cat f.csv | parindex score /dev/stdin, <(cat f.csv) read it once, whole', () => {
    const direct = shell(`$PARINDEX score ${VALID} -c ${SET}`);
    expect(direct.status).toBe(0);
    // `-` runs in process too (tests/scenarios); here the pipes a shell makes
    for (const script of [`cat ${VALID} | $PARINDEX score /dev/stdin -c ${SET}`, `$PARINDEX score <(cat ${VALID}) -c ${SET}`]) {
      const r = shell(script);
      expect({ script, status: r.status, stderr: r.stderr }).toEqual({ script, status: 0, stderr: '' });
      expect(r.stdout).toBe(direct.stdout);
    }
  });
});
