/**
 * `--help` under `--lang vi` is Vietnamese throughout: every command's description, its arguments and every option,
 * read from the commander program built in each language, and every entry of the help tables.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpTables } from '../../src/cli/help-words.js';
import { buildProgram } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import { parindex } from '../helpers/cli.js';

interface Texts {
  readonly [where: string]: string;
}

/** Every help text of a program by where it shows: "score › --criteria", "criteria import › <annex>" … */
function textsOf(program: Command, path = ''): Texts {
  const out: Record<string, string> = {};
  const name = path === '' ? 'parindex' : path;
  if (program.description() !== '') out[`${name} (description)`] = program.description();
  for (const a of program.registeredArguments) if (a.description !== '') out[`${name} › <${a.name()}>`] = a.description;
  for (const o of program.options) out[`${name} › ${o.long ?? o.short}`] = o.description;
  for (const c of program.commands) Object.assign(out, textsOf(c, path === '' ? c.name() : `${path} ${c.name()}`));
  return out;
}

const programIn = (lang: 'en' | 'vi'): Command => buildProgram(memoryIO({ cwd: process.cwd(), env: {} }), () => undefined, lang);

describe('--help in Vietnamese', () => {
  const en = textsOf(programIn('en'));
  const vi = textsOf(programIn('vi'));

  it('has the same help texts in both languages, and no command without them', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const cmd of ['compare', 'survey', 'sensitivity', 'whatif', 'template', 'criteria import', 'criteria export', 'explain', 'verify'])
      expect(Object.keys(en).filter((k) => k.startsWith(`${cmd} › --`)).length, cmd).toBeGreaterThan(0);
  });

  it('says no option, argument or command in English', () => {
    const english = Object.keys(en).filter((k) => en[k] === vi[k] && en[k] !== '');
    expect(english).toEqual([]);
  });

  it('leaves no entry of the help tables in English', () => {
    const same = Object.keys(helpTables.en).filter((k) => helpTables.en[k as keyof typeof helpTables.en] === helpTables.vi[k as keyof typeof helpTables.vi]);
    expect(same).toEqual([]);
  });

  it.each(['compare', 'survey', 'sensitivity', 'whatif', 'template', 'criteria import', 'criteria export'])('parindex %s --help --lang vi: Vietnamese examples and exit codes', async (cmd) => {
    const r = await parindex([...cmd.split(' '), '--help', '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ví dụ:');
    expect(r.stdout).not.toMatch(/Examples:|Exit codes:|Options:|Usage:/);
  });

  it.each([
    [['sensitivity', 'x.csv', '-c', 'c.json', '--weights', '200'], 'cần một tỷ lệ phần trăm từ 0 đến 100'],
    [['sensitivity', 'x.csv', '-c', 'c.json', '--draws', '2000000'], 'cần tối đa 1000000 lần rút'],
    [['whatif', 'x.csv', '-c', 'c.json', '--reweight', '7'], 'cần LĨNH_VỰC=ĐIỂM'],
    [['survey', 'x.csv', '-c', 'c.json', '--satisfied-at', 'nhiều'], 'cần một tỷ lệ phần trăm từ 0 đến 100, ví dụ 60'],
    [['criteria', 'import', 'x.csv', '--year', '1990'], 'cần một năm từ 2000 đến 2100'],
    [['score', 'x.csv', '-c', 'c.json', '--date', '2025-02-30'], 'cần một ngày dạng YYYY-MM-DD'],
    [['template', 'c.json', '--layout', 'long'], 'cần một trong các giá trị wide, form'],
  ])('a bad value of %j is said in Vietnamese (exit 2)', async (args, words) => {
    const r = await parindex([...args, '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/expected|error:/);
  });
});

// A run naming its command builds that command alone (main.ts, buildProgram's `only`): its help, every sub-command's
// and every option must be what the program with every command gives.
describe('a command built alone', () => {
  const helpOf = (cmd: Command): string[] => [cmd.helpInformation(), ...cmd.commands.flatMap(helpOf)];
  it.each(['score', 'validate', 'criteria', 'template', 'compare', 'survey', 'sensitivity', 'whatif', 'explain', 'verify'])('%s: the same help as in the whole program', (name) => {
    for (const lang of ['en', 'vi'] as const) {
      const io = memoryIO({ cwd: process.cwd(), env: {} });
      const alone = buildProgram(io, () => undefined, lang, name);
      expect(alone.commands.map((c) => c.name())).toEqual([name]);
      const whole = buildProgram(io, () => undefined, lang).commands.find((c) => c.name() === name);
      expect(whole).toBeDefined();
      expect(helpOf(alone.commands[0]!)).toEqual(helpOf(whole!));
      expect(textsOf(alone.commands[0]!, name)).toEqual(textsOf(whole!, name));
    }
  });

  it('builds every command for anything else', () => {
    const io = memoryIO({ cwd: process.cwd(), env: {} });
    for (const first of [undefined, '--help', 'help', 'scor', '-V']) expect(buildProgram(io, () => undefined, 'en', first).commands.length).toBe(10);
  });
});
