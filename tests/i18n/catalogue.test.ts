/**
 * The catalogues: every code worded in both languages (the compiler checks it, and this file holds a deliberately
 * incomplete one to prove it), details that carry data and no prose, and numbers written the Vietnamese way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteriaBytes } from '../../src/criteria/load.js';
import { catalogue, diag, hintOf, messageOf, titleOf, type Code } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { DiagnosticWords } from '../../src/i18n/catalogue.js';
import { diagnostics as en } from '../../src/i18n/en.js';
import { numberIn } from '../../src/i18n/format.js';
import { diagnostics as vi, report as viReport, type CliMessages, type ReportWords } from '../../src/i18n/vi.js';
import { cli as enCli } from '../../src/i18n/en.js';
import { scoreInputs } from '../../src/pipeline/score.js';
import { fixturePath, validCriteriaFixture } from '../helpers/fixtures.js';

const codes = Object.keys(catalogue) as Code[];

describe('the compiler checks the catalogues and the details', () => {
  it('rejects a catalogue that lacks a code, and details that do not fit their code', () => {
    // @ts-expect-error a language that words one code only is not a DiagnosticWords
    const partial: DiagnosticWords = { 'cell/empty': { title: 'Empty', message: () => 'empty' } };
    // @ts-expect-error a sentence in another language is not part of cell/off-step's details
    const prose = diag('cell/off-step', {}, { value: '1', step: '0.5', stepVi: 'nửa điểm' });
    // @ts-expect-error sheet/not-found needs its details
    const missing = diag('sheet/not-found', {});
    expect([partial, prose, missing].every((x) => typeof x === 'object')).toBe(true);
  });

  it('rejects report words or CLI messages that lack a key the English catalogue has', () => {
    const { code: _dropped, ...withoutCode } = viReport.words;
    // @ts-expect-error the Vietnamese report words must have every English key
    const words: ReportWords = { ...viReport, words: withoutCode };
    const { wrote: _gone, ...withoutWrote } = enCli;
    // @ts-expect-error the Vietnamese CLI messages must have every English key
    const cli: CliMessages = withoutWrote;
    expect(Object.keys(words.words)).not.toContain('code');
    expect(Object.keys(cli)).not.toContain('wrote');
  });

  it('words every code in both languages, each with a title, and a hint in both or in neither', () => {
    for (const code of codes) {
      expect(Object.keys(en)).toContain(code);
      expect(Object.keys(vi)).toContain(code);
      expect(titleOf(code, 'vi')).not.toBe(titleOf(code, 'en'));
      expect(en[code].hint === undefined, code).toBe(vi[code].hint === undefined);
    }
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
    expect(Object.keys(vi).sort()).toEqual([...codes].sort());
  });
});

describe('numberIn', () => {
  it('writes a decimal comma in Vietnamese and a point in English, leaving codes without decimals alone', () => {
    expect(numberIn('vi', 8.5)).toBe('8,5');
    expect(numberIn('vi', '-0.25')).toBe('-0,25');
    expect(numberIn('vi', '0.5; 1; 1.5')).toBe('0,5; 1; 1,5');
    expect(numberIn('en', '6.5')).toBe('6.5');
    expect(numberIn('vi', 12)).toBe('12');
  });
});

// ── every fixture run through the library ────────────────────────────────────────────────────────────────
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** Keys whose value is the user's own data (a unit's name, a header, a cell as typed, a set's words): may be Vietnamese. */
const DATA_KEYS = new Set(['name', 'listed', 'header', 'value', 'label', 'sheet', 'available', 'hidden', 'block', 'blocks', 'answer', 'group', 'groups', 'token', 'marks', 'expected', 'allowed', 'firstSheet', 'firstFile', 'file', 'set', 'found', 'reported', 'read', 'printed', 'option', 'formula', 'adjustment']);
/** Keys whose value is a number the catalogue writes in the language's way. */
const NUMBER_KEYS = new Set(['sum', 'max', 'total', 'min', 'previous', 'points', 'step', 'percent', 'computed', 'self', 'appraised', 'diff', 'threshold', 'allowed']);

async function fixtureDiagnostics(): Promise<Diagnostic[]> {
  const input = (path: string) => ({ name: path, bytes: readFileSync(path) });
  const out: Diagnostic[] = [];
  const mini = validCriteriaFixture('score', 'criteria-mini.json');
  const broken = readdirSync(fixturePath('score', 'broken')).sort();
  for (const f of broken) out.push(...(await scoreInputs(mini, [input(fixturePath('score', 'broken', f))])).sink.kept);
  for (const [sheet, set] of [['xa.csv', 'criteria-xa.json'], ['huyen.xlsx', 'criteria-huyen.json'], ['so.xlsx', 'criteria-so.json']] as const)
    out.push(...(await scoreInputs(validCriteriaFixture('demo', set), [input(fixturePath('demo', sheet))])).sink.kept);
  for (const f of readdirSync(fixturePath('criteria', 'broken')).filter((x) => x.endsWith('.json')).sort())
    out.push(...loadCriteriaBytes(readFileSync(fixturePath('criteria', 'broken', f)), f).diagnostics);
  return out;
}

describe('details carry data, not sentences', () => {
  const all = fixtureDiagnostics();

  it('fires many codes over the demo and broken fixtures', async () => {
    expect(new Set((await all).map((d) => d.code)).size).toBeGreaterThan(50);
  });

  it('no detail key names a language, and only the user’s own data may hold Vietnamese letters', async () => {
    const offenders: string[] = [];
    for (const d of await all)
      for (const [k, v] of Object.entries(d.details)) {
        if (/(Vi|En)$/.test(k)) offenders.push(`${d.code} ${k}`);
        if (!DATA_KEYS.has(k) && VIETNAMESE.test(JSON.stringify(v))) offenders.push(`${d.code} ${k}=${JSON.stringify(v)}`);
      }
    expect(offenders).toEqual([]);
  });

  it('Vietnamese messages write no decimal point in the numbers they compute', async () => {
    const offenders: string[] = [];
    for (const d of await all) {
      let text = messageOf(d, 'vi');
      // The user's own text (a cell as typed, a criterion code such as 3.1.3) and quoted examples are shown as written.
      text = text.replace(/"[^"]*"/g, '""');
      for (const [k, v] of Object.entries(d.details)) if (!NUMBER_KEYS.has(k) && typeof v === 'string' && v !== '') text = text.split(v).join('');
      if (/\d\.\d/.test(text)) offenders.push(`${d.code}: ${text}`);
    }
    expect(offenders).toEqual([]);
  });

  it('a Vietnamese message with a computed decimal shows a comma, the English one a point', () => {
    const d = diag('check/reported-mismatch', {}, { total: 'total', reported: '8,5', computed: '6.5' });
    expect(messageOf(d, 'vi')).toBe('bảng ghi tổng điểm = 8,5, tính lại từ điểm thành phần được 6,5');
    expect(messageOf(d, 'en')).toBe('the sheet says total points = 8,5, recomputed from the scores it is 6.5');
    expect(hintOf(diag('cell/not-a-number', {}, { value: 'x' }), 'vi')).toBe('Nhập số, ví dụ 1,5 hoặc 1.5.');
  });
});
