/**
 * `parindex validate` on the realistic submissions of fixtures/submissions/, every report format at once (one run
 * per language, --out-dir), against committed golden files (UPDATE_GOLDEN=1 rewrites them). The tool's version is
 * normalised.
 *
 * Machine formats (json, junit, sarif, github) are golden in English only: in Vietnamese they are the same documents
 * with the messages said in Vietnamese, which is what is checked here — the same JSON except each message and hint,
 * and every Vietnamese message (none of the English ones) in the other three. The human formats (stylish, md) are
 * golden in both languages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { parindex } from '../helpers/cli.js';

const FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github', 'md'] as const;
type Format = (typeof FORMATS)[number];
const EXT: Record<Format, string> = { stylish: 'txt', json: 'json', junit: 'xml', sarif: 'sarif', github: 'github.txt', md: 'md' };
const FILE: Record<Format, string> = {
  stylish: 'validation.txt',
  json: 'validation.json',
  junit: 'validation.junit.xml',
  sarif: 'validation.sarif',
  github: 'validation.github.txt',
  md: 'validation.md',
};

const normalise = (text: string): string =>
  text.replace(/("version":\s*")\d+\.\d+\.\d+[^"]*(")/g, '$1<version>$2').replace(/(version=")\d+\.\d+\.\d+[^"]*(")/g, '$1<version>$2');

const out: Record<'vi' | 'en', Record<Format, string>> = { vi: {} as Record<Format, string>, en: {} as Record<Format, string> };
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parindex-golden-'));
  for (const lang of ['vi', 'en'] as const) {
    const formats = FORMATS.flatMap((f) => ['--format', f]);
    const args = ['validate', 'fixtures/submissions/', '-c', 'fixtures/demo/criteria-xa.json', '--units', 'fixtures/submissions/don-vi.csv'];
    const r = await parindex([...args, ...formats, '--out-dir', join(dir, lang), '--lang', lang]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    for (const f of FORMATS) out[lang][f] = normalise(readFileSync(join(dir, lang, FILE[f]), 'utf8'));
  }
  // the same bytes as printing each format on its own
  const single = await parindex(['validate', 'fixtures/submissions/', '-c', 'fixtures/demo/criteria-xa.json', '--units', 'fixtures/submissions/don-vi.csv', '--format', 'sarif', '--lang', 'en']);
  expect(normalise(single.stdout)).toBe(out.en.sarif);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate fixtures/submissions/ in every format', () => {
  const goldens: (readonly ['vi' | 'en', Format])[] = [...FORMATS.map((f) => ['en', f] as const), ['vi', 'stylish'], ['vi', 'md']];
  it.each(goldens)('%s %s matches its golden file', (lang, format) => {
    expectGolden(out[lang][format], 'submissions', 'golden', `validate.${lang}.${EXT[format]}`);
  });

  interface Said {
    message: string;
    hint?: string;
  }
  const saidIn = (json: string): Said[] => {
    const found: Said[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.message === 'string') found.push({ message: o.message, ...(typeof o.hint === 'string' ? { hint: o.hint } : {}) });
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(json));
    return found;
  };
  const wordsOnly = (json: string): unknown =>
    JSON.parse(json, (key, value: unknown) => (key === 'message' || key === 'hint' ? '<said>' : value));

  it('vi json is the en json with each message and hint in Vietnamese', () => {
    expect(wordsOnly(out.vi.json)).toEqual(wordsOnly(out.en.json));
    const vi = saidIn(out.vi.json);
    const en = saidIn(out.en.json);
    expect(vi.length).toBeGreaterThan(10);
    vi.forEach((s, i) => expect(s.message).not.toBe(en[i]?.message));
    for (const s of vi) expect(out.vi.stylish).toContain(s.message);
  });

  const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  const github = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const sarif = (s: string): string => JSON.stringify(s).slice(1, -1);
  it.each([
    ['junit', xml],
    ['sarif', sarif],
    ['github', github],
  ] as const)('vi %s says every Vietnamese message and no English one', (format, escape) => {
    const vi = saidIn(out.vi.json).map((s) => escape(s.message));
    const en = saidIn(out.en.json).map((s) => escape(s.message));
    expect(vi.filter((m) => !out.vi[format].includes(m))).toEqual([]);
    expect(en.filter((m) => out.vi[format].includes(m))).toEqual([]);
    expect(en.filter((m) => !out.en[format].includes(m))).toEqual([]);
  });
});
