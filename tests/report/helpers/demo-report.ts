/** The demo's report model, built through the library as the CLI builds it (fixtures/demo/xa.xlsx + criteria-xa.json). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { scoreInputs } from '../../../src/pipeline/score.js';
import { buildReport } from '../../../src/report/model/build.js';
import type { RunReport } from '../../../src/report/model/schema.js';
import { fixturePath, validCriteriaFixture } from '../../helpers/fixtures.js';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export async function demoReport(lang: 'vi' | 'en' = 'vi'): Promise<RunReport> {
  const set = validCriteriaFixture('demo', 'criteria-xa.json');
  const bytes = new Uint8Array(readFileSync(fixturePath('demo', 'xa.xlsx')));
  const outcome = await scoreInputs(set, [{ name: 'fixtures/demo/xa.xlsx', bytes }]);
  return buildReport({
    tool: { name: 'parindex', version: '0.0.0-test' },
    criteria: { file: 'fixtures/demo/criteria-xa.json', sha256: sha256(readFileSync(fixturePath('demo', 'criteria-xa.json'))), set },
    inputs: [{ file: 'fixtures/demo/xa.xlsx', sha256: sha256(bytes), bytes: bytes.byteLength }],
    options: { sheet: null, block: null, failOn: 'error', lang },
    outcome,
  });
}
