import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadObject, type JsonObject } from '../helpers/criteria.js';

/** A tree shape with leaf maxima in hundredths of a point, so every max has at most two decimals. */
type Shape = { readonly cents: number } | { readonly children: readonly Shape[] };

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape; leaf: Shape; parent: Shape }>((tie) => ({
  // The leaf comes first: past maxDepth, oneof falls back to it. Parents are twice as likely, for deeper trees.
  node: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, { arbitrary: tie('leaf'), weight: 1 }, { arbitrary: tie('parent'), weight: 2 }),
  leaf: fc.integer({ min: 1, max: 2000 }).map((cents) => ({ cents })),
  parent: fc.array(tie('node'), { minLength: 1, maxLength: 4, depthIdentifier: 'tree' }).map((children) => ({ children })),
})).node;

/** How a person may write a code: "1.2", "1.2." or "TC 1.2" all name the same criterion. */
const codeStyle = fc.constantFrom('plain', 'dot', 'prefix');

interface Built {
  readonly set: JsonObject;
  /** Every node: its JSON object, its path, and the path of its parent (undefined for a field). */
  readonly nodes: { node: JsonObject; path: string; parentPath: string | undefined }[];
}

const centsOf = (s: Shape): number => ('cents' in s ? s.cents : s.children.reduce((a, c) => a + centsOf(c), 0));

function build(fields: readonly Shape[], style: string): Built {
  const nodes: Built['nodes'] = [];
  const write = (code: string, depth: number): string =>
    depth === 0 || style === 'plain' ? code : style === 'dot' ? `${code}.` : `TC ${code}`;
  const node = (s: Shape, code: string, depth: number, path: string, parentPath: string | undefined): JsonObject => {
    const json: JsonObject = { code: write(code, depth), name: `Tiêu chí ${code}`, max: centsOf(s) / 100 };
    nodes.push({ node: json, path, parentPath });
    if ('children' in s) json.children = s.children.map((c, i) => node(c, `${code}.${i + 1}`, depth + 1, `${path}.children[${i}]`, path));
    return json;
  };
  const criteria = fields.map((f, i) => node(f, String(i + 1), 0, `criteria[${i}]`, undefined));
  const total = fields.reduce((a, f) => a + centsOf(f), 0) / 100;
  return { set: { id: 'sinh-ngau-nhien', title: 'Bộ chỉ số sinh ngẫu nhiên', year: 2024, level: 'commune', total, criteria }, nodes };
}

const fields = fc.array(shape, { minLength: 1, maxLength: 8 });

describe('generated criteria trees', () => {
  it('a tree whose parents add up and whose fields make the total has no diagnostics', () => {
    fc.assert(
      fc.property(fields, codeStyle, (f, style) => {
        const loaded = loadObject(build(f, style).set);
        expect(loaded.diagnostics).toEqual([]);
        expect(loaded.ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('changing one max by a non-zero amount is caught where the sum breaks', () => {
    fc.assert(
      fc.property(
        fields,
        codeStyle,
        fc.nat(),
        fc.integer({ min: -2000, max: 2000 }).filter((d) => d !== 0),
        (f, style, pick, delta) => {
          const { set, nodes } = build(f, style);
          const target = nodes[pick % nodes.length];
          if (!target) throw new Error('no node');
          const cents = Math.round(Number(target.node.max) * 100);
          const changed = cents + delta >= 0 ? cents + delta : cents - delta;
          target.node.max = changed / 100;

          const found = loadObject(set).diagnostics.map((d) => `${d.code} ${d.location.path ?? ''}`);
          // Where the broken sum must be reported: the node itself if it has children, its parent, or the total.
          const expected = [
            ...(target.node.children ? [`criteria/children-sum ${target.path}.max`] : []),
            target.parentPath ? `criteria/children-sum ${target.parentPath}.max` : 'criteria/total-mismatch total',
          ];
          expect(found.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
