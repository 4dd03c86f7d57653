/** The layout readers, by the name `--layout` takes. A layout that is written but not listed here is never read. */
import type { CriteriaSet } from '../../criteria/model.js';
import type { SheetRow } from '../../sheet/types.js';
import type { Layout } from '../record.js';
import type { LayoutReader } from './contract.js';
import { form } from './form.js';
import { long } from './long.js';
import { wide } from './wide.js';

export const layouts = { wide, form, long } satisfies Record<Layout, LayoutReader>;

/** The layout names, for `--layout` choices (beside `auto`): kept in layout-names.ts, which loads no reader. */
export { LAYOUT_NAMES } from '../layout-names.js';
import { LAYOUT_NAMES } from '../layout-names.js';

/** The layout the first rows of a sheet look most like, or undefined. */
export function detectLayout(rows: readonly SheetRow[], set: CriteriaSet): Layout | undefined {
  let best: Layout | undefined;
  let strength = 0;
  for (const name of LAYOUT_NAMES) {
    const s = layouts[name].detect(rows, set);
    if (s > strength) [best, strength] = [name, s];
  }
  return best;
}

export type { LayoutReader, ReadOptions, SheetContext } from './contract.js';
