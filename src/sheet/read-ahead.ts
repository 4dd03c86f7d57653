/**
 * A small workbook read whole ahead of its turn — on another thread, while the pipeline reads the one before — into
 * plain data that a worker's message port can carry, and replayed later as the very sheets `readXlsx` would have
 * streamed: the same rows, and the same problem at the same point (a problem in a sheet's rows after the rows
 * before it; a problem of the package before the sheet it stopped). Issue 14: 500 forms, one small workbook each.
 *
 * Only a workbook whose parts all together declare at most READ_AHEAD_BYTES is read ahead (a part never unpacks to
 * more than its directory declares): anything larger streams as before, a row at a time.
 */
import { DEFAULT_LIMITS, SheetError } from './errors.js';
import type { Cell, RawSheet, ReadAhead, ReadAheadSheet, SheetRow, Stop } from './types.js';
import { readPackage } from './xlsx.js';
import { memorySource, openZip, type ZipArchive } from './zip.js';

/** The most a workbook read ahead may unpack to, all its parts together. */
export const READ_AHEAD_BYTES = 8 * 2 ** 20;

export type { ReadAhead };

function stopOf(e: unknown): Stop {
  if (e instanceof SheetError) return { sheetError: { code: e.code, reason: e.reason, at: { ...e.at } } };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The error a stop was made of (a SheetError as it was; any other as an Error with its message). */
export function revive(stop: Stop): Error {
  if ('sheetError' in stop) {
    const s = stop.sheetError;
    return new SheetError(s.code, s.reason, s.at);
  }
  return new Error(stop.message);
}

/** The bytes every part of a zip declares it unpacks to. */
function declaredBytes(zip: ZipArchive): number {
  let total = 0;
  for (const e of zip.entries.values()) total += e.size;
  return total;
}

/**
 * Reads a workbook's every sheet whole (with the default limits). undefined when it is not worth holding: its zip
 * directory cannot be read (the usual reader says why), or it declares more than `maxBytes`.
 */
export async function readAhead(bytes: Uint8Array, file: string, maxBytes = READ_AHEAD_BYTES): Promise<ReadAhead | undefined> {
  let zip: ZipArchive;
  try {
    zip = await openZip(memorySource(bytes));
  } catch {
    return undefined;
  }
  const declared = declaredBytes(zip);
  if (declared > maxBytes) return undefined;
  const sheets: ReadAheadSheet[] = [];
  try {
    // Every sheet is read to its end (or its problem), as a reader that drains each sheet does; a problem in one
    // sheet's rows does not stop the next (the replay stops where its reader would).
    for await (const sheet of readPackage(zip, file, DEFAULT_LIMITS)) {
      const rowNumbers: number[] = [];
      const ends: number[] = [];
      const cells: Cell[] = [];
      let stop: Stop | undefined;
      try {
        for await (const row of sheet.rows) {
          rowNumbers.push(row.row);
          for (const c of row.cells) cells.push(c);
          ends.push(cells.length);
        }
      } catch (e) {
        stop = stopOf(e);
      }
      sheets.push({ sheet: sheet.sheet ?? '', hidden: sheet.hidden, rowNumbers: Int32Array.from(rowNumbers), ends: Int32Array.from(ends), cells, ...(stop ? { stop } : {}) });
    }
  } catch (e) {
    return { sheets, stop: stopOf(e), bytes: declared };
  }
  return { sheets, bytes: declared };
}

/**
 * A sheet's rows as the reader hands them out, one iterator (as a generator is): a problem after them goes to `failed`
 * when it is a SheetError (as openSheets' guard takes it) and is thrown otherwise, or when there is no `failed`.
 * Written out rather than as a generator: each row of 500 forms passes here twice.
 */
function rowsOf(sheet: ReadAheadSheet, failed?: (e: SheetError) => void): AsyncIterableIterator<SheetRow> {
  const { rowNumbers, ends, cells } = sheet;
  let i = 0;
  let ended = false;
  const done = (): Promise<IteratorResult<SheetRow>> => Promise.resolve({ value: undefined, done: true });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (ended) return done();
      if (i < rowNumbers.length) {
        const row = { row: rowNumbers[i]!, cells: cells.slice(i > 0 ? ends[i - 1] : 0, ends[i]) };
        i++;
        return Promise.resolve({ value: row, done: false });
      }
      ended = true;
      if (!sheet.stop) return done();
      const e = revive(sheet.stop);
      if (failed && e instanceof SheetError) {
        failed(e);
        return done();
      }
      return Promise.reject(e);
    },
    return() {
      ended = true;
      return done();
    },
  };
}

/**
 * The sheets of a workbook read ahead, as `readXlsx` streams them; given `failed`, a problem in a sheet's rows goes
 * there instead of being thrown (as openSheets guards the rows of the sheets it reads).
 */
export async function* replay(read: ReadAhead, file: string, failed?: (e: SheetError) => void): AsyncGenerator<RawSheet> {
  for (const s of read.sheets) yield { file, sheet: s.sheet, hidden: s.hidden, rows: rowsOf(s, failed) };
  if (read.stop) throw revive(read.stop);
}
