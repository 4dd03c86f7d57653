/**
 * XLSX for scoring and validating: our own reader on node's zlib (see zip.ts and xml.ts for why no dependency).
 * The zip's directory is read first, so the parts are taken in the order a reader needs — workbook, styles,
 * shared strings, then each sheet in the workbook's order — whatever order the zip holds them in, with no
 * temporary file. A sheet streams its rows; the shared strings are held, within limits.
 *
 * Cells come out as the old exceljs-based reader gave them (tests/sheet/xlsx-differential.test.ts holds both to
 * the same cells on every fixture), except where that reader was wrong: an error a formula ended in keeps its own
 * text (#DIV/0!), every run of an inline rich string is kept, and a number cell that is not a number (`1.5abc`,
 * `0x10`) stays text instead of being read as 1.5 or 0.
 */
import { DEFAULT_LIMITS, unreadable, type ReadLimits } from './errors.js';
import type { RawSheet, SheetRow } from './types.js';
import { SheetCells, unescapeExcel, type SheetContext } from './xlsx-cells.js';
import { notAWorkbook, parseRels, parseStyles, parseWorkbook, relsPartOf, type Relationship } from './xlsx-parts.js';
import { CLOSE, END, MORE, OPEN, TEXT, XmlScanner } from './xml.js';
import { InflateBudget, openZip, partBytes, partPieces, type ByteSource, type ZipArchive, type ZipEntry } from './zip.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const endsWithType = (r: Relationship, kind: string): boolean => r.type.endsWith(`/${kind}`);

interface Package {
  readonly zip: ZipArchive;
  readonly budget: InflateBudget;
}

const entryOf = (pkg: Package, part: string): ZipEntry | undefined => pkg.zip.entries.get(part.toLowerCase());

async function workbookPart(pkg: Package): Promise<string> {
  const root = entryOf(pkg, '_rels/.rels');
  if (root) {
    const rels = parseRels('', '_rels/.rels', await partBytes(pkg.zip, root, pkg.budget));
    for (const r of rels.values()) if (endsWithType(r, 'officeDocument') && entryOf(pkg, r.target)?.name.endsWith('.xml')) return r.target;
  }
  if (entryOf(pkg, 'xl/workbook.xml')) return 'xl/workbook.xml';
  const mime = entryOf(pkg, 'mimetype');
  throw notAWorkbook(pkg.zip, mime ? (await partBytes(pkg.zip, mime, pkg.budget)).toString('latin1', 0, 200) : undefined);
}

/** The shared strings, in order; the count and total length are capped. */
async function sharedStrings(pkg: Package, entry: ZipEntry, limits: ReadLimits): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  const sc = new XmlScanner(entry.name);
  let chars = 0;
  let text: string | null = null;
  let inT = false;
  let phonetic = 0;
  const take = (): void => {
    for (let t = sc.next(); t !== MORE && t !== END; t = sc.next()) {
      if (t === TEXT) {
        if (inT) text = text === null ? sc.text() : text + sc.text();
      } else if (t === OPEN) {
        if (sc.is('t')) inT = phonetic === 0 && !sc.selfClosing;
        else if (sc.is('si')) {
          text = null;
          if (sc.selfClosing) out.push(null);
        } else if (sc.is('rPh') && !sc.selfClosing) phonetic++;
      } else if (t === CLOSE) {
        if (sc.is('t')) inT = false;
        else if (sc.is('rPh')) phonetic--;
        else if (sc.is('si')) {
          const s: string | null = text === null || text === '' ? null : unescapeExcel(text);
          chars += s?.length ?? 0;
          out.push(s);
          if (out.length > limits.sharedStrings || chars > limits.sharedChars)
            throw unreadable(
              out.length > limits.sharedStrings
                ? { reason: 'shared-strings-count', part: entry.name, limit: limits.sharedStrings }
                : { reason: 'shared-strings-chars', part: entry.name, limit: limits.sharedChars },
            );
        }
      }
    }
  };
  for await (const piece of partPieces(pkg.zip, entry, pkg.budget)) {
    sc.push(piece);
    take();
  }
  sc.close();
  take();
  return out;
}

async function* sheetRows(pkg: Package, entry: ZipEntry, ctx: SheetContext): AsyncGenerator<SheetRow> {
  const sc = new XmlScanner(entry.name);
  const cells = new SheetCells(ctx);
  const ready = cells.ready;
  for await (const piece of partPieces(pkg.zip, entry, pkg.budget)) {
    sc.push(piece);
    try {
      cells.run(sc);
    } catch (e) {
      // the rows before the problem are handed out first
      for (const row of ready) yield row;
      throw e;
    }
    if (ready.length > 0) {
      for (let i = 0; i < ready.length; i++) yield ready[i]!;
      ready.length = 0;
    }
  }
  sc.close();
  cells.run(sc);
  for (const row of ready) yield row;
}

async function optionalPart(pkg: Package, rels: Map<string, Relationship>, kind: string): Promise<ZipEntry | undefined> {
  for (const r of rels.values()) if (endsWithType(r, kind)) return entryOf(pkg, r.target);
  return undefined;
}

/**
 * The sheets of a workbook in the workbook's order, each streaming its rows (consume them before asking for the
 * next sheet). Chart sheets have no cells and are passed over. Throws SheetError with the reason and the place.
 */
export async function* readXlsx(source: ByteSource, file: string, limits: ReadLimits = DEFAULT_LIMITS): AsyncGenerator<RawSheet> {
  yield* readPackage(await openZip(source), file, limits);
}

/** `readXlsx` of a zip whose directory is read already. */
export async function* readPackage(zip: ZipArchive, file: string, limits: ReadLimits = DEFAULT_LIMITS): AsyncGenerator<RawSheet> {
  const pkg: Package = { zip, budget: new InflateBudget(limits) };
  const wbPart = await workbookPart(pkg);
  const wbEntry = entryOf(pkg, wbPart)!;
  const workbook = parseWorkbook(wbEntry.name, await partBytes(pkg.zip, wbEntry, pkg.budget));
  const relsEntry = entryOf(pkg, relsPartOf(wbPart));
  if (!relsEntry) throw unreadable({ reason: 'missing-rels', part: relsPartOf(wbPart) });
  const rels = parseRels(wbPart, relsEntry.name, await partBytes(pkg.zip, relsEntry, pkg.budget));
  const stylesEntry = await optionalPart(pkg, rels, 'styles');
  const styles = stylesEntry ? parseStyles(stylesEntry.name, await partBytes(pkg.zip, stylesEntry, pkg.budget)) : new Uint8Array(0);
  const sharedEntry = await optionalPart(pkg, rels, 'sharedStrings');
  const shared = sharedEntry ? await sharedStrings(pkg, sharedEntry, limits) : [];
  let worksheets = 0;
  for (const s of workbook.sheets) {
    const rel = rels.get(s.rel);
    if (rel && !endsWithType(rel, 'worksheet') && rel.type.startsWith(REL)) continue; // a chart or dialog sheet
    const entry = rel ? entryOf(pkg, rel.target) : undefined;
    if (!entry) throw unreadable({ reason: 'missing-sheet-part', sheet: s.name, target: rel?.target ?? s.rel }, { sheet: s.name });
    worksheets++;
    yield { file, sheet: s.name, hidden: s.hidden, rows: sheetRows(pkg, entry, { sheet: s.name, shared, styles, date1904: workbook.date1904 }) };
  }
  if (worksheets === 0) throw unreadable({ reason: 'no-worksheet' });
}

/** True when the bytes start like a zip archive (an XLSX), whatever the file is called. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
