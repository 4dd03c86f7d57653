/** Reads an official unit list (`--units`) from a fixture, as the CLI does: the file's sheets, then readUnitList. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { openSheets } from '../../src/sheet/open.js';
import { readUnitList, type UnitList } from '../../src/submission/units-list.js';
import { repoRoot } from '../helpers/fixtures.js';

/** `name` is the path from the repository root, which is also how locations name the list. */
export async function unitListFixture(name: string): Promise<UnitList> {
  const read = await readUnitList(openSheets({ name, bytes: readFileSync(join(repoRoot, name)) }, new DiagnosticSink()), name);
  if (!read.ok) throw new Error(`${name}: ${read.reason}`);
  return read.list;
}
