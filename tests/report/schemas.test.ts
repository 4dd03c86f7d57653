/** Every JSON Schema parindex publishes is generated from its zod source: a schema edited by hand, or a source changed without `npm run schemas`, fails here. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResultsSchema } from '../../src/report/model/schema.js';
import { schemaFiles } from '../../src/schemas.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('published schemas', () => {
  const files = schemaFiles();

  it.each(Object.keys(files))('schemas/%s is the one generated from its zod source (run `npm run schemas`)', (file) => {
    const committed = readFileSync(`${repoRoot}/schemas/${file}`, 'utf8');
    expect(committed).toBe(`${JSON.stringify(files[file], null, 2)}\n`);
  });

  it('schemas/ holds exactly the generated schemas, results and validation among them', () => {
    const committed = readdirSync(`${repoRoot}/schemas`).filter((f) => f.endsWith('.json')).sort();
    expect(committed).toEqual(Object.keys(files).sort());
    expect(committed).toEqual(expect.arrayContaining(['criteria-set.schema.json', 'results.schema.json', 'validation.schema.json']));
  });

  it('the golden JSON report of a run has the shape of results.schema.json', () => {
    const doc: unknown = JSON.parse(readFileSync(`${repoRoot}/fixtures/score/golden/valid.score.json`, 'utf8'));
    const parsed = ResultsSchema.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });
});
