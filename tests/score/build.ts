/** Small criteria sets and wide CSV sheets built in code, for tests of the scoring pipeline. */
import { loadCriteriaSet } from '../../src/criteria/load.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { scoreInputs, type InputFile, type ScoreOptions } from '../../src/pipeline/score.js';

export function setFrom(json: Record<string, unknown>): CriteriaSet {
  const r = loadCriteriaSet(JSON.stringify(json), 'test.json');
  if (!r.ok || r.fatal || !r.set) throw new Error(`invalid test set: ${JSON.stringify(r.diagnostics)}`);
  return r.set;
}

/** A set of flat leaves (points rule) grouped in fields: leaves[i] = [fieldCode, max, naAllowed?]. */
export function flatSet(leaves: readonly { field: number; max: number; na?: boolean }[], extra: Record<string, unknown> = {}): CriteriaSet {
  const fields = new Map<number, { code: string; name: string; max: number; children: unknown[] }>();
  leaves.forEach((l, i) => {
    const f = fields.get(l.field) ?? { code: String(l.field), name: `Lĩnh vực ${l.field}`, max: 0, children: [] };
    f.children.push({ code: `${l.field}.${f.children.length + 1}`, name: `Tiêu chí ${i + 1}`, max: l.max, ...(l.na ? { naAllowed: true } : {}) });
    f.max = Math.round((f.max + l.max) * 1e6) / 1e6;
    fields.set(l.field, f);
  });
  const criteria = [...fields.values()];
  const total = Math.round(criteria.reduce((s, f) => s + f.max, 0) * 1e6) / 1e6;
  return setFrom({ id: 'test', title: 'Bộ thử', year: 2024, level: 'commune', total, criteria, ...extra });
}

export interface UnitSpec {
  code: string;
  name: string;
  block?: string;
  values: readonly (number | string)[];
}

/** A wide CSV for the set's leaves in order. */
export function wideCsv(set: CriteriaSet, units: readonly UnitSpec[], title = true): string {
  const head = ['Mã đơn vị', 'Tên đơn vị', ...(units.some((u) => u.block) ? ['Khối'] : []), ...set.leaves.map((l) => l.code)];
  const quote = (c: string | number): string => {
    const s = String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [...(title ? ['BẢNG ĐIỂM THỬ'] : []), head.map(quote).join(',')];
  for (const u of units) lines.push([u.code, u.name, ...(u.block ? [u.block] : []), ...u.values].map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

export function csvInput(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export async function scoreCsv(set: CriteriaSet, csv: string | readonly string[], options: ScoreOptions = {}) {
  const texts = typeof csv === 'string' ? [csv] : csv;
  return scoreInputs(set, texts.map((t, i) => csvInput(`part${i + 1}.csv`, t)), options);
}
