import type { CriterionNode } from './schema.js';

/** The criteria tree of the report model, depth-first in the set's order. */
export function* walkNodes(nodes: readonly CriterionNode[]): Generator<CriterionNode> {
  for (const n of nodes) {
    yield n;
    yield* walkNodes(n.children);
  }
}
