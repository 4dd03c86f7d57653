/**
 * Sheet + CriteriaSet → units in a UnitRegistry, and diagnostics. The first rows of a sheet tell its layout; the
 * layout's reader plans its columns and reads the rest as it streams by.
 */
import { foldKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import type { RawSheet, SheetRow } from '../sheet/types.js';
import { leafMatchCount } from './headers.js';
import { detectLayout, layouts, type LayoutReader, type ReadOptions, type SheetContext } from './layouts/index.js';
import { cellLocator, sheetLocation } from './locate.js';
import type { UnitRegistry } from './registry.js';

/** Rows searched for the header. */
export const HEADER_SCAN_ROWS = 50;

/**
 * The first rows again, then the rest of the sheet: the rest is taken straight from the sheet's iterator (not
 * through one more generator, a promise and a resumption per row).
 */
function again(first: readonly SheetRow[], rest: AsyncIterator<SheetRow>): AsyncIterable<SheetRow> {
  let i = 0;
  const rows: AsyncIterableIterator<SheetRow> = {
    next: () => (i < first.length ? Promise.resolve({ done: false, value: first[i++]! }) : rest.next()),
    [Symbol.asyncIterator]: () => rows,
  };
  return rows;
}

async function firstRows(iterator: AsyncIterator<SheetRow>, set: CriteriaSet, options: ReadOptions): Promise<SheetRow[]> {
  const buffered: SheetRow[] = [];
  while (buffered.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    if (options.layout === undefined && leafMatchCount(next.value.cells, set) === set.leaves.length) break;
  }
  return buffered;
}

/** What the layout readers get for one sheet. */
export function sheetContext(sheet: RawSheet, registry: UnitRegistry, options: ReadOptions): SheetContext {
  const set = registry.set;
  const naKeys = new Set(set.naTokens.map(foldKey));
  return { set, registry, naKeys, interpret: { naKeys, naTokens: set.naTokens }, sheet, base: sheetLocation(sheet), at: cellLocator(sheet), options };
}

/** Reads one sheet; `headerFound` is false when no layout could be recognised in it. */
export async function readSheet(sheet: RawSheet, registry: UnitRegistry, options: ReadOptions): Promise<{ headerFound: boolean; scanned: number }> {
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const buffered = await firstRows(iterator, registry.set, options);
  const layout = options.layout ?? detectLayout(buffered, registry.set);
  let found = false;
  if (layout !== undefined) {
    const ctx = sheetContext(sheet, registry, options);
    const reader: LayoutReader = layouts[layout];
    const plan = reader.plan(buffered, ctx);
    if (plan !== undefined) found = await reader.read(plan, again(buffered, iterator), ctx);
  }
  await drain(iterator);
  return { headerFound: found, scanned: buffered.length };
}

export async function drain(iterator: AsyncIterator<unknown>): Promise<void> {
  for (;;) if ((await iterator.next()).done) return;
}
