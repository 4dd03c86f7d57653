/** The demo's score sheets run through the pipeline in process, as the CLI runs them, to a report model. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { scoreInputs } from '../../../src/pipeline/score.js';
import { buildReport } from '../../../src/report/model/build.js';
import type { RunReport } from '../../../src/report/model/schema.js';
import { fixturePath, loadCriteriaFixture } from '../../helpers/fixtures.js';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** `parindex score fixtures/demo/<sheet> -c fixtures/demo/<criteria>` as a report model. */
export async function demoReport(sheet = 'xa.xlsx', criteria = 'criteria-xa.json'): Promise<RunReport> {
  const loaded = loadCriteriaFixture('demo', criteria);
  if (!loaded.ok || loaded.fatal || !loaded.set) throw new Error(JSON.stringify(loaded.diagnostics));
  const bytes = new Uint8Array(readFileSync(fixturePath('demo', sheet)));
  const name = `fixtures/demo/${sheet}`;
  const outcome = await scoreInputs(loaded.set, [{ name, bytes }]);
  return buildReport({
    tool: { name: 'parindex', version: '0.0.0-test' },
    criteria: { file: `fixtures/demo/${criteria}`, sha256: sha256(readFileSync(fixturePath('demo', criteria))), set: loaded.set },
    inputs: [{ file: name, sha256: sha256(bytes), bytes: bytes.byteLength }],
    options: {},
    outcome,
  });
}
