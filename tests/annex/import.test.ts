import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAnnex } from '../../src/annex/import.js';
import { formatLocation } from '../../src/diagnostics/location.js';
import { messageOf } from '../../src/diagnostics/catalogue.js';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import { expectGolden } from '../helpers/golden.js';
import { fixturePath } from '../helpers/fixtures.js';

const CASES = [
  ['xa-2024.xlsx', 'commune', 'XLSX: merged title rows, Roman fields, criteria numbered on across fields, a) and dashes below'],
  ['so-2024.docx', 'department', 'DOCX: dotted numbering, merged cells (gridSpan, vMerge), multi-line cells'],
  ['huyen-2024.csv', 'district', 'CSV with ";": fields I, II…, criteria restarting at 1 in each field, a) b) below'],
] as const;

describe('criteria import of annexes made the way provinces make them', () => {
  for (const [file, level, what] of CASES) {
    it(`${file} — ${what}`, async () => {
      const path = `fixtures/annex/${file}`;
      const r = await importAnnex(readFileSync(fixturePath('annex', file)), path);
      expect(r.ok).toBe(true);
      expect(r.set?.level).toBe(level);
      expectGolden(r.json ?? '', 'annex', 'expected', file.replace(/\.\w+$/, '.json'));
      const notes = r.diagnostics.map((d) => `${d.severity} ${d.code} ${formatLocation(d.location, 'vi')}: ${messageOf(d, 'vi')}`).join('\n');
      expectGolden(`${notes}\n`, 'annex', 'expected', file.replace(/\.\w+$/, '.notes.txt'));
      // The expected JSON passes `criteria check` as a file of its own.
      const again = loadCriteriaSet(r.json ?? '', 'set.json');
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }
});
