/**
 * The small parts of a workbook package: which part is the workbook, its sheets in order, where their parts are,
 * the number formats of its cell styles (percent and date), and what a zip that is not a workbook is.
 */
import { unsupported, unreadable } from './errors.js';
import { CLOSE, OPEN, scanWhole } from './xml.js';
import type { ZipArchive } from './zip.js';

export interface Relationship {
  readonly type: string;
  /** The part's name, resolved against the source part, as in the zip */
  readonly target: string;
}

/** A relationship target resolved against the folder of its source part; absolute targets start at the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of `sourcePart` (`xl/_rels/workbook.xml.rels` of `xl/workbook.xml`). */
export function relsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf('/');
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

export function parseRels(sourcePart: string, relsPart: string, bytes: Buffer): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  scanWhole(relsPart, bytes, (sc, t) => {
    if (t !== OPEN || !sc.is('Relationship')) return;
    const id = sc.attrText('Id');
    const target = sc.attrText('Target');
    if (id === undefined || target === undefined || sc.attrText('TargetMode') === 'External') return;
    rels.set(id, { type: sc.attrText('Type') ?? '', target: resolveTarget(sourcePart, decodeURIComponentSafe(target)) });
  });
  return rels;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return s.includes('%') ? decodeURIComponent(s) : s;
  } catch {
    return s;
  }
}

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly rel: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

export function parseWorkbook(part: string, bytes: Buffer): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanWhole(part, bytes, (sc, t) => {
    if (t !== OPEN) return;
    if (sc.is('sheet')) {
      const state = sc.attrText('state');
      sheets.push({ name: sc.attrText('name') ?? `Sheet${sheets.length + 1}`, hidden: state === 'hidden' || state === 'veryHidden', rel: sc.attrText('id') ?? '' });
    } else if (sc.is('workbookPr')) {
      const v = sc.attrText('date1904');
      date1904 = v === '1' || v === 'true';
    }
  });
  return { sheets, date1904 };
}

/** What a cell's number format makes of a number: shown as is, as a percentage, or as a date. */
export const PLAIN = 0;
export const PERCENT = 1;
export const DATE = 2;

/** Built-in formats (ECMA-376 §18.8.30): 9–10 percentages; 14–22, 27–36, 45–47, 50–58 dates and times. */
function builtinKind(id: number): number {
  if (id === 9 || id === 10) return PERCENT;
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return DATE;
  return PLAIN;
}

/** A format code read the way Excel shows it: quoted text, escapes and [colour]/[locale] sections do not count. */
export function formatKind(code: string): number {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*./g, '');
  if (/[dmyhs]/i.test(bare.replace(/\[[^\]]*\]/g, '').replace(/General/gi, ''))) return DATE;
  if (bare.includes('%')) return PERCENT;
  return PLAIN;
}

/** The kind of every cell style (`s="n"` of a cell), from styles.xml. */
export function parseStyles(part: string, bytes: Buffer): Uint8Array {
  const custom = new Map<number, number>();
  const kinds: number[] = [];
  let inCellXfs = false;
  scanWhole(part, bytes, (sc, t) => {
    if (t === OPEN) {
      if (sc.is('numFmt')) {
        const id = Number(sc.attrText('numFmtId'));
        const code = sc.attrText('formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, formatKind(code));
      } else if (sc.is('cellXfs')) inCellXfs = !sc.selfClosing;
      else if (inCellXfs && sc.is('xf')) {
        const id = Number(sc.attrText('numFmtId') ?? '0');
        kinds.push(custom.get(id) ?? builtinKind(id));
      }
    } else if (t === CLOSE && sc.is('cellXfs')) inCellXfs = false;
  });
  return Uint8Array.from(kinds);
}

/** A zip with no workbook in it: say what it is instead, from the parts it holds. */
export function notAWorkbook(zip: ZipArchive, mimetype: string | undefined): Error {
  const has = (name: string): boolean => zip.entries.has(name);
  if (mimetype?.includes('opendocument.spreadsheet'))
    return unsupported({ reason: 'ods' });
  if (mimetype?.includes('opendocument'))
    return unsupported({ reason: 'opendocument', mimetype });
  if (has('xl/workbook.bin'))
    return unsupported({ reason: 'xlsb' });
  if (has('word/document.xml')) return unsupported({ reason: 'docx' });
  if (has('ppt/presentation.xml'))
    return unsupported({ reason: 'pptx' });
  const names = [...zip.entries.values()].slice(0, 3).map((e) => e.name);
  return unsupported({ reason: 'zip-without-workbook', entries: zip.entries.size, names });
}

