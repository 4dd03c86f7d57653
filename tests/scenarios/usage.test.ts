/**
 * Usage in both languages: help, usage errors (exit 2), options given twice, empty paths, standard input.
 * Each row is a transcript in fixtures/scenarios/.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/fixtures.js';
import { lines } from '../helpers/cli.js';
import { playScenario, type Scenario } from './transcript.js';

const SET = 'fixtures/score/criteria-mini.json';
const VALID = 'fixtures/score/valid.csv';
const vi = { LANG: 'vi_VN.UTF-8' };

const scenarios: Scenario[] = [
  // help
  { name: 'help', argv: ['--help'], exit: 0 },
  { name: 'help-vi', argv: ['--help', '--lang', 'vi'], exit: 0 },
  { name: 'help-score-vi-locale', argv: ['score', '--help'], env: vi, exit: 0 },
  { name: 'help-validate-vi', argv: ['validate', '--help', '--lang', 'vi'], exit: 0 },
  { name: 'help-criteria-show-vi', argv: ['criteria', 'show', '--help'], env: vi, exit: 0 },
  { name: 'no-arguments', argv: [], exit: 2 },
  // usage errors
  { name: 'unknown-command-vi', argv: ['scor'], env: vi, exit: 2 },
  { name: 'unknown-option', argv: ['score', VALID, '-c', SET, '--bogus'], exit: 2 },
  { name: 'bad-choice-vi', argv: ['score', VALID, '-c', SET, '--layout', 'ngang', '--lang', 'vi'], exit: 2 },
  { name: 'bad-number-vi', argv: ['score', VALID, '-c', SET, '--max-diagnostics', 'nhiều'], env: vi, exit: 2 },
  { name: 'bad-points-vi', argv: ['score', VALID, '-c', SET, '--diff-threshold', '-1'], env: vi, exit: 2 },
  { name: 'missing-criteria-vi', argv: ['score', VALID], env: vi, exit: 2 },
  { name: 'too-many-arguments-vi', argv: ['criteria', 'check', SET, SET], env: vi, exit: 2 },
  { name: 'missing-argument-vi', argv: ['criteria', 'check'], env: vi, exit: 2 },
  { name: 'unknown-option-suggestion-vi', argv: ['score', VALID, '-c', SET, '--fromat', 'csv'], env: vi, exit: 2 },
  { name: 'option-value-missing-vi', argv: ['score', VALID, '-c'], env: vi, exit: 2 },
  // issue 8 #15: a single-value option given twice, an empty path
  { name: 'output-twice', argv: ['score', VALID, '-c', SET, '-o', 'a.csv', '-o', 'b.json'], exit: 2 },
  { name: 'criteria-twice', argv: ['score', VALID, '-c', SET, '-c', 'fixtures/demo/criteria-xa.json'], exit: 2 },
  { name: 'criteria-twice-vi', argv: ['score', VALID, '-c', SET, '--criteria', SET], env: vi, exit: 2 },
  { name: 'fail-on-twice', argv: ['validate', VALID, '-c', SET, '--fail-on', 'never', '--fail-on', 'error'], exit: 2 },
  { name: 'empty-sheet-path', argv: ['score', '', '-c', SET], exit: 2 },
  { name: 'empty-sheet-path-vi', argv: ['score', '', '-c', SET], env: vi, exit: 2 },
  { name: 'empty-out-dir', argv: ['score', VALID, '-c', SET, '--out-dir', ''], exit: 2 },
  { name: 'empty-criteria-path', argv: ['validate', VALID, '-c', ''], exit: 2 },
  { name: 'empty-criteria-check-path', argv: ['criteria', 'check', ''], exit: 2 },
  // standard input
  { name: 'stdin-sheet', argv: ['score', '-', '-c', SET], stdin: readFixture('score', 'valid.csv'), exit: 0 },
  { name: 'stdin-criteria', argv: ['criteria', 'check', '-'], stdin: readFixture('score', 'criteria-mini.json'), exit: 0 },
  { name: 'stdin-twice', argv: ['score', '-', '-c', '-'], stdin: '', exit: 2 },
];

describe('usage scenarios (fixtures/scenarios/)', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    await playScenario(s);
  });
});

/** English words that must not be left in a Vietnamese message (commander's own included). */
const ENGLISH = /\b(error|unknown|option|argument|invalid|expected|allowed|choices|required|missing|specified|too many|did you mean|usage|options|commands|display|default|given|empty|path)\b/i;

describe('Vietnamese runs say nothing in English', () => {
  it.each(scenarios.filter((s) => s.name.endsWith('-vi') || s.name.includes('-vi-')).map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const r = await playScenario(s);
    // option names, placeholders and values (--fail-on, <file>, 'nhiều') are the user's syntax, not English prose
    const prose = (r.stdout + r.stderr).replace(/(^|\s)-{1,2}[\w-]+/g, ' ').replace(/<[^>]+>|\[[^\]]+\]|'[^']*'|"[^"]*"/g, ' ');
    expect(lines(prose).filter((l) => ENGLISH.test(l))).toEqual([]);
  });
});

describe('standard input', () => {
  it('a sheet on stdin scores to the same table as the file', async () => {
    const { parindex } = await import('../helpers/cli.js');
    const file = await parindex(['score', VALID, '-c', SET]);
    const piped = await parindex(['score', '-', '-c', SET], { stdin: readFixture('score', 'valid.csv') });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
  });
});
