import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CriteriaSetSchema } from '../../src/criteria/schema.js';
import { schemaFiles } from '../../src/schemas.js';
import { fixturePath, jsonFixtures, readFixture, repoRoot } from '../helpers/fixtures.js';

describe('JSON Schema of the criteria-set format', () => {
  it('the committed schemas/criteria-set.schema.json is the one generated from the zod source (run `npm run schemas`)', () => {
    const committed = readFileSync(`${repoRoot}/schemas/criteria-set.schema.json`, 'utf8');
    const generated = `${JSON.stringify(schemaFiles()['criteria-set.schema.json'], null, 2)}\n`;
    expect(committed).toBe(generated);
  });

  it('every published schema file is committed', () => {
    for (const file of Object.keys(schemaFiles())) expect(() => readFileSync(`${repoRoot}/schemas/${file}`), file).not.toThrow();
  });
});

describe('fixtures against the zod schema', () => {
  it.each(jsonFixtures('criteria'))('%s has the shape of a criteria set', (file) => {
    const parsed = CriteriaSetSchema.safeParse(JSON.parse(readFixture('criteria', file)));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  // Shape problems are the schema's; the semantic ones must pass it so that only check.ts reports them.
  // Files that are not JSON text, or nested too deep, stop before the schema.
  const notJson = ['set-invalid-json.json', 'set-not-text.json', 'set-too-deep.json'];
  it.each(jsonFixtures('criteria', 'broken').filter((f) => !notJson.includes(f)))('broken/%s fails the schema only for a shape problem', (file) => {
    const shapeProblem = [
      'set-unknown-key.json',
      'set-missing-key.json',
      'set-invalid-value.json',
      'set-wrong-type.json',
      'set-not-a-choice.json',
      'set-out-of-range.json',
    ].includes(file);
    const parsed = CriteriaSetSchema.safeParse(JSON.parse(readFileSync(fixturePath('criteria', 'broken', file), 'utf8')));
    expect(parsed.success).toBe(!shapeProblem);
  });
});
