/**
 * The criteria set a template was made from: its id, year and the SHA-256 of the set file, stored in the workbook
 * as a custom document property (File › Properties › Custom) and, for programs that drop custom properties, as a
 * text line on the "Hướng dẫn" sheet. `readFingerprint` finds either; `checkFingerprint` compares it with the set in
 * use and gives `template/set-mismatch`.
 */
import { lazySha256 } from '../core/sha256.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { DEFAULT_LIMITS } from '../sheet/errors.js';
import { InflateBudget, memorySource, openZip, partBytes, type ZipArchive } from '../sheet/zip.js';
import type { JSZip } from '../annex/zip.js';

export interface SetFingerprint {
  readonly id: string;
  readonly year: number;
  /** SHA-256 of the criteria file's bytes, hex */
  readonly sha256: string;
}

export const FINGERPRINT_PROPERTY = 'parindex-set';
const MARK = 'parindex-set:';

/** The set's fingerprint; its hash is made when first read (only a workbook with a fingerprint is compared). */
export function fingerprintOf(set: { id: string; year: number }, fileBytes: Uint8Array): SetFingerprint {
  const digest = lazySha256(fileBytes);
  return {
    id: set.id,
    year: set.year,
    get sha256() {
      return digest();
    },
  };
}

/** "parindex-set: xa-2024 | 2024 | sha256 …" — one line, readable by a person and by `readFingerprint`. */
export function fingerprintText(fp: SetFingerprint): string {
  return `${MARK} ${fp.id} | ${fp.year} | sha256 ${fp.sha256}`;
}

function parseText(text: string): SetFingerprint | undefined {
  const m = /parindex-set:\s*(.+?)\s*\|\s*(\d{4})\s*\|\s*sha256\s+([0-9a-f]{64})/.exec(text);
  return m?.[1] && m[2] && m[3] ? { id: unescapeXml(m[1]), year: Number(m[2]), sha256: m[3] } : undefined;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/** Adds docProps/custom.xml with the fingerprint to a workbook's zip (exceljs writes no custom properties). */
export async function addFingerprintProperty(zip: JSZip, fp: SetFingerprint): Promise<void> {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${FINGERPRINT_PROPERTY}"><vt:lpwstr>${escapeXml(fingerprintText(fp))}</vt:lpwstr></property></Properties>`;
  zip.file('docProps/custom.xml', xml);
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types && !types.includes('/docProps/custom.xml'))
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`));
  const rels = await zip.file('_rels/.rels')?.async('string');
  if (rels && !rels.includes('docProps/custom.xml'))
    zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rIdParindexSet" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`));
}

/**
 * The fingerprint stored in an XLSX file, or undefined when it has none (a sheet not made by `parindex template`)
 * or is not a zip. Looks at the custom property first, then at the text of the sheets.
 */
export async function readFingerprint(xlsx: Uint8Array): Promise<SetFingerprint | undefined> {
  let zip: ZipArchive;
  try {
    zip = await openZip(memorySource(xlsx));
  } catch {
    return undefined;
  }
  // Only the two small parts that can hold it: the custom properties, then the shared strings (where the text line
  // of "Hướng dẫn" is kept by Excel, LibreOffice and exceljs); the sheets themselves are never unpacked here.
  const budget = new InflateBudget(DEFAULT_LIMITS);
  for (const name of ['docprops/custom.xml', 'xl/sharedstrings.xml']) {
    const entry = zip.entries.get(name);
    if (!entry) continue;
    try {
      const text = (await partBytes(zip, entry, budget)).toString('utf8');
      const found = text.includes(MARK) ? parseText(text) : undefined;
      if (found) return found;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const describe = (fp: SetFingerprint): string => `"${fp.id}" (${fp.year})`;

/**
 * `template/set-mismatch` when a template comes from another set or year (an error), or from another version of
 * the same set (the file changed since: a warning). undefined when they agree or the sheet carries no fingerprint.
 */
export function checkFingerprint(found: SetFingerprint | undefined, expected: SetFingerprint, at: Location): Diagnostic | undefined {
  if (!found || found.sha256 === expected.sha256) return undefined;
  const sameSet = found.id === expected.id && found.year === expected.year;
  const details = {
    found: sameSet ? `${describe(found)} sha256 ${found.sha256.slice(0, 12)}…` : describe(found),
    expected: sameSet ? `${describe(expected)} sha256 ${expected.sha256.slice(0, 12)}…` : describe(expected),
    foundId: found.id,
    foundYear: found.year,
    expectedId: expected.id,
    expectedYear: expected.year,
  };
  return diag('template/set-mismatch', at, details, sameSet ? 'warning' : 'error');
}
