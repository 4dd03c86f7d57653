/** Every diagnostic code of compare (map/…, compare/…) has a fixture that fires it, and is located. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/diagnostics/catalogue.js';
import { runInMemory } from './memory-io.js';

const D = 'fixtures/compare';

describe("compare's diagnostics", () => {
  it('every map/ and compare/ code is fired by a fixture, with the file it is about', async () => {
    const runs = await Promise.all([
      runInMemory(['compare', `${D}/ket-qua-2024.json`, `${D}/ket-qua-2025.json`, '--map', `${D}/sap-nhap-loi.csv`, '--format', 'json']),
      runInMemory(['compare', `${D}/ket-qua-2024.json`, `${D}/ket-qua-2023.json`, '--map', `${D}/sap-nhap-khong-tieu-de.csv`, '--format', 'json']),
    ]);
    const found = runs.flatMap((r) => (JSON.parse(r.stdout) as { diagnostics: { code: string; location: { file?: string } }[] }).diagnostics);
    const fired = new Set(found.map((d) => d.code));
    expect(Object.keys(catalogue).filter((c) => /^(map|compare)\//.test(c) && !fired.has(c))).toEqual([]);
    expect(found.every((d) => d.location.file !== undefined)).toBe(true);
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
  });

  it('a map without old and new code columns says what it expected', async () => {
    const r = await runInMemory(['compare', `${D}/ket-qua-2024.json`, `${D}/ket-qua-2025.json`, '--map', `${D}/sap-nhap-khong-tieu-de.csv`, '--lang', 'vi']);
    expect(r.stderr).toContain('sap-nhap-khong-tieu-de.csv');
    expect(r.stderr).toContain('"Mã đơn vị cũ", "Mã đơn vị mới"');
    expect(r.code).toBe(1);
  });
});
