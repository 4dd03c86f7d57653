/**
 * The diagnostics the annex and template fixtures fire, for the catalogue test (every code has a fixture):
 * each annex under fixtures/annex/ and fixtures/annex/broken/, and the wide template of the district set checked
 * against the commune set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { importAnnex } from '../../src/annex/import.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { checkFingerprint, fingerprintOf, readFingerprint } from '../../src/template/fingerprint.js';
import { fixturePath } from '../helpers/fixtures.js';

export async function annexAndTemplateDiagnostics(): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const folder of [['annex'], ['annex', 'broken']]) {
    for (const name of readdirSync(fixturePath(...folder)).filter((f) => /\.(csv|xlsx|docx|md)$/.test(f)).sort())
      out.push(...(await importAnnex(readFileSync(fixturePath(...folder, name)), name)).diagnostics);
  }
  const template = fixturePath('template', 'bang-diem-huyen-2024.xlsx');
  const commune = readFileSync(fixturePath('criteria', 'xa-2024.json'));
  const found = await readFingerprint(readFileSync(template));
  const d = checkFingerprint(found, fingerprintOf({ id: 'xa-2024', year: 2024 }, commune), { file: template });
  if (d) out.push(d);
  return out;
}
