/** The contract every layout reader keeps: detect → plan → read. */
import type { CriteriaSet } from '../../criteria/model.js';
import type { RawSheet, SheetRow } from '../../sheet/types.js';
import type { CellLocator } from '../locate.js';
import type { Layout } from '../record.js';
import type { UnitRegistry } from '../registry.js';
import type { ColumnOverrides } from '../headers.js';
import type { InterpretOptions } from '../values.js';

export interface ReadOptions {
  /** Block for every unit of the input (overrides the block column) */
  readonly block?: string;
  readonly columns?: ColumnOverrides;
  /** The layout of the sheets; detected when absent */
  readonly layout?: Layout;
}

/** What a reader gets for one sheet. */
export interface SheetContext {
  readonly set: CriteriaSet;
  readonly registry: UnitRegistry;
  /** Folded non-applicable tokens of the set */
  readonly naKeys: ReadonlySet<string>;
  /** What every leaf interpreter of the sheet is given */
  readonly interpret: InterpretOptions;
  readonly sheet: RawSheet;
  readonly base: { file: string; sheet?: string };
  readonly at: CellLocator;
  readonly options: ReadOptions;
}

export interface LayoutReader<Plan = unknown> {
  /**
   * How much the first rows look like this layout: 0 not at all; the layout with the highest figure is read.
   * Figures: 4 a long header, 3 a header naming most leaves, 2 a form header, 1 a header naming a few leaves.
   */
  detect(rows: readonly SheetRow[], set: CriteriaSet): number;
  /** The columns and rows to read, from the first rows; undefined when the sheet is not in this layout after all. */
  plan(rows: readonly SheetRow[], ctx: SheetContext): Plan | undefined;
  /** Reads the units: `rows` are the first rows again, then the rest of the sheet. False: no table in the end. */
  read(plan: Plan, rows: AsyncIterable<SheetRow>, ctx: SheetContext): Promise<boolean>;
}
