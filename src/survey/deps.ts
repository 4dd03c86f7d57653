/**
 * Everything the survey takes from the stages being reshaped around it (sheet reading, cell interpretation, header
 * matching, the unit list, report helpers), in one place: when those move, only this file changes.
 */
export { fileKind, openSheets as sheetsOf } from '../sheet/open.js';
export { readAhead } from '../sheet/read-ahead.js';
export type { InputFile } from '../sheet/types.js';
export { columnLetters } from '../sheet/types.js';
export type { Cell, RawSheet, SheetRow } from '../sheet/types.js';
export { isProblem, leafInterpreter, type Interpretation, type Interpreter } from '../submission/values.js';
export { cellText, leafMatchCount, matchHeader, planColumns } from '../submission/headers.js';
export { readUnitList, type UnitList } from '../submission/units-list.js';
export { neutraliseFormula } from '../report/score/text.js';
export { stampZipEntries } from '../report/xlsx/stamp.js';
export { renderTextTable, renderMarkdownTable, type Column } from '../report/text-table.js';
