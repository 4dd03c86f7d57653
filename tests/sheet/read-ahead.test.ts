/**
 * Issue 14: a workbook read ahead (into plain data, as a reading thread sends it) and replayed gives the very sheets,
 * rows and diagnostics the streaming reader gives — every workbook under fixtures/, the hostile corpus's, and
 * workbooks that stop with a problem at each place a reader can meet one. A reader that leaves a sheet before its end
 * sees the same as well.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { openSheets } from '../../src/sheet/open.js';
import { readAhead, READ_AHEAD_BYTES } from '../../src/sheet/read-ahead.js';
import type { InputFile } from '../../src/sheet/types.js';
import { makeCorpus } from '../hostile/make-corpus.js';
import { repoRoot } from '../helpers/fixtures.js';
import { makeZip, workbookParts, type Part } from './zip-writer.js';

/** Everything a reader sees of a file: each sheet, each row, where it stopped, and the diagnostics. */
async function seen(input: InputFile, rowsPerSheet = Infinity): Promise<unknown> {
  const sink = new DiagnosticSink();
  const events: unknown[] = [];
  for await (const sheet of openSheets(input, sink)) {
    events.push({ sheet: sheet.sheet, hidden: sheet.hidden, file: sheet.file });
    let n = 0;
    for await (const row of sheet.rows) {
      events.push(row);
      if (++n >= rowsPerSheet) break;
    }
  }
  return { events, diagnostics: sink.kept };
}

/** The file as a reading thread hands it on: its sheets read ahead, and copied as a message port copies them. */
function aheadOf(name: string, bytes: Uint8Array): InputFile {
  return { name, bytes, readAhead: async () => { const r = await readAhead(bytes, name); return r && structuredClone(r); } };
}

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? workbooks(join(dir, e.name)) : /\.xlsx?$/i.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const inl = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const sheetData = (n: number): string => Array.from({ length: n }, (_, i) => row(i + 1, inl(`A${i + 1}`, `Dòng ${i + 1}`) + `<c r="B${i + 1}"><v>${i / 4}</v></c>`)).join('');
const replacePart = (parts: Part[], name: string, f: (xml: string) => string): Part[] => parts.map((p): Part => (p[0] === name ? [p[0], f(String(p[1]))] : p));

/** Workbooks that stop with a problem: in a sheet's rows, between sheets, before any, after all. */
const STOPPING: Record<string, Uint8Array> = {
  'a bad shared string in the second sheet, rows before it': makeZip(
    workbookParts(
      [
        { name: 'Một', data: sheetData(5) },
        { name: 'Hai', data: sheetData(3) + row(4, '<c r="A4" t="s"><v>9</v></c>') + sheetData(2) },
        { name: 'Ba', data: sheetData(2) },
      ],
      { shared: ['x'] },
    ),
  ),
  'XML cut in the middle of the first sheet': makeZip(replacePart(workbookParts([{ name: 'A', data: sheetData(20) }, { name: 'B', data: sheetData(2) }]), 'xl/worksheets/sheet1.xml', (x) => x.slice(0, x.length / 2))),
  'the part of the second sheet is missing': makeZip(workbookParts([{ name: 'A', data: sheetData(4) }, { name: 'B', data: sheetData(2) }]).filter((p) => p[0] !== 'xl/worksheets/sheet2.xml')),
  'a DOCTYPE in the workbook part': makeZip(replacePart(workbookParts([{ name: 'A', data: sheetData(2) }]), 'xl/workbook.xml', (x) => `<!DOCTYPE x>${x.replace(/^<\?xml[^>]*>/, '')}`)),
  'no worksheet at all': makeZip(replacePart(workbookParts([{ name: 'Biểu đồ', data: '' }]), 'xl/_rels/workbook.xml.rels', (x) => x.replace('/worksheet"', '/chartsheet"'))),
  'a hidden sheet and a row numbered 0': makeZip(workbookParts([{ name: 'Ẩn', data: sheetData(2), state: 'hidden' }, { name: 'B', data: sheetData(2) + '<row r="0"/>' }])),
  'cut short (no zip directory)': makeZip(workbookParts([{ name: 'A', data: sheetData(50) }])).subarray(0, 900),
};

describe('a workbook read ahead is replayed as the reader streams it', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'parindex-ahead-'));
  makeCorpus(corpus);
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));
  const files = [...workbooks(join(repoRoot, 'fixtures')), ...workbooks(corpus)];

  it('every workbook under fixtures/ and of the hostile corpus: same sheets, rows and diagnostics', async () => {
    expect(files.length).toBeGreaterThan(20);
    let readAheadCount = 0;
    for (const file of files) {
      const name = relative(repoRoot, file);
      const bytes = readFileSync(file);
      // one that is not read ahead streams either way (the corpus's bomb: its declared sizes are past the bound)
      if (!(await readAhead(bytes, name))) continue;
      readAheadCount++;
      expect(await seen(aheadOf(name, bytes)), name).toEqual(await seen({ name, bytes }));
      expect(await seen(aheadOf(name, bytes), 2), `${name}, two rows of each sheet`).toEqual(await seen({ name, bytes }, 2));
    }
    // not vacuous: most were read ahead (the rest are not zips, or bombs)
    expect(readAheadCount).toBeGreaterThan(files.length / 2);
  });

  for (const [label, bytes] of Object.entries(STOPPING))
    it(`stops where the reader stops: ${label}`, async () => {
      const streamed = (await seen({ name: 'x.xlsx', bytes })) as { diagnostics: unknown[] };
      expect(streamed.diagnostics.length).toBeGreaterThan(0);
      expect(await seen(aheadOf('x.xlsx', bytes))).toEqual(streamed);
      expect(await seen(aheadOf('x.xlsx', bytes), 1)).toEqual(await seen({ name: 'x.xlsx', bytes }, 1));
    });

  it('a workbook declaring more than READ_AHEAD_BYTES is left to stream', async () => {
    const parts = workbookParts([{ name: 'A', data: sheetData(3) }]);
    const big = makeZip(parts, { declaredSize: (n, s) => (n.endsWith('sheet1.xml') ? READ_AHEAD_BYTES + 1 : s) });
    expect(await readAhead(big, 'big.xlsx')).toBeUndefined();
    expect(await readAhead(makeZip(parts), 'small.xlsx')).toBeDefined();
  });
});
