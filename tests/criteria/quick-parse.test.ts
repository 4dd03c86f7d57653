/**
 * The zod-free check of a valid criteria file (src/criteria/quick-parse.ts) against zod's schema: it reads the
 * same schema (src/criteria/schema-shape.ts, the committed JSON Schema less its words), and whatever it accepts zod
 * accepts with the same data, defaults and key order included — on every fixture and on random edits of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickParse } from '../../src/criteria/quick-parse.js';
import { CriteriaSetSchema } from '../../src/criteria/schema.js';
import { criteriaSetShape } from '../../src/criteria/schema-shape.js';
import { schemaFiles } from '../../src/schemas.js';
import { repoRoot } from '../helpers/fixtures.js';

/** The JSON Schema without what only describes (descriptions, titles, the $schema keyword). */
function words(x: unknown, inProperties = false): unknown {
  if (Array.isArray(x)) return x.map((v) => words(v));
  if (typeof x !== 'object' || x === null) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (!inProperties && (k === 'description' || k === 'title' || k === '$schema')) continue;
    out[k] = words(v, k === 'properties' || k === '$defs');
  }
  return out;
}

/** Every criteria-set JSON file under fixtures/ (anything with a "criteria" key at the top). */
function criteriaFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json') && /"criteria"\s*:/.test(readFileSync(p, 'utf8'))) out.push(p);
    }
  };
  walk(join(repoRoot, 'fixtures'));
  return out;
}

const zod = (data: unknown) => CriteriaSetSchema.safeParse(data, { reportInput: true });

/** quickParse accepted `data`: zod accepts it too and gives the same data, in the same key order. */
function sameAsZod(data: unknown): boolean {
  const quick = quickParse(data);
  if (quick === undefined) return false;
  const parsed = zod(data);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(quick).toStrictEqual(parsed.data);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
  return true;
}

describe('quickParse', () => {
  it('reads the schema generated from the zod source (after `npm run schemas`, put it in src/criteria/schema-shape.ts)', () => {
    expect(criteriaSetShape).toEqual(words(schemaFiles()['criteria-set.schema.json']));
  });

  const files = criteriaFiles();
  it('finds the fixtures', () => expect(files.length).toBeGreaterThan(30));

  it('accepts every fixture zod accepts, with the same data; refuses every one zod refuses', () => {
    let accepted = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      const ok = zod(data).success;
      expect(quickParse(data) !== undefined, file).toBe(ok);
      sameAsZod(data);
      if (ok) accepted++;
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('gives fresh defaults, never the schema’s own values', () => {
    const data = JSON.parse(readFileSync(join(repoRoot, 'fixtures/demo/criteria-xa.json'), 'utf8')) as Record<string, unknown>;
    delete data.naTokens;
    const a = quickParse(data);
    const b = quickParse(data);
    expect(a?.naTokens).toEqual(['KĐG', 'N/A']);
    expect(a?.naTokens).not.toBe(b?.naTokens);
  });

  it('refuses a schema keyword it does not know (zod then decides)', () => {
    const data = { a: 1 };
    expect(quickParse(data, { type: 'object', properties: { a: { type: 'number', multipleOf: 1 } }, additionalProperties: false })).toBeUndefined();
    expect(quickParse(data, { type: 'object', properties: { a: { type: 'number' } }, additionalProperties: false })).toEqual(data);
  });

  // Random edits of valid sets: a value replaced by another of any JSON type, a key removed or added. Whatever
  // quickParse accepts must be what zod gives.
  const bases = files
    .map((f) => {
      try {
        return JSON.parse(readFileSync(f, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    })
    .filter((d) => d !== undefined && zod(d).success)
    .slice(0, 12);

  /** Paths to every value of a JSON document. */
  function paths(x: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(at);
    if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
    else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out);
    return out;
  }
  const json = fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 0.5, 1e-7, 1001, 2.5, 2000, 2100, 2101, 1e21, '', ' ', 'x', 'percent', 'number', 'points', 'bands', 'shared', 'exact', 'field:1', 'survey', 'KĐG'),
    fc.integer({ min: -5, max: 3000 }),
    fc.string({ maxLength: 4 }),
    fc.constant([]),
    fc.constant({}),
  );

  it('accepts nothing zod would not, on random edits of valid sets', () => {
    let accepted = 0;
    let refusedByBoth = 0;
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(3), json, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 4 }), (b, edits) => {
        const data = structuredClone(bases[b]);
        for (const [pick, kind, value, key] of edits) {
          const all = paths(data).filter((p) => p.length > 0);
          const path = all[pick % all.length] as (string | number)[];
          const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], data);
          const last = path[path.length - 1] as string | number;
          if (kind === 0) parent[last] = value;
          else if (kind === 1 && !Array.isArray(parent)) delete parent[last];
          else if (kind === 2 && typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) parent[last][key] = value;
          else if (kind === 3 && Array.isArray(parent[last])) parent[last].push(value);
        }
        if (sameAsZod(data)) accepted++;
        else if (!zod(data).success) refusedByBoth++;
      }),
      { numRuns: 400, seed: 20261201 },
    );
    // not vacuous: many edits keep a valid set (and are taken the quick way), many do not
    expect(accepted).toBeGreaterThan(40);
    expect(refusedByBoth).toBeGreaterThan(40);
  });
});
