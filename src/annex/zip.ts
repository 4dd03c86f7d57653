/**
 * JSZip (already installed with exceljs, declared in package.json) reads and writes the zip of a .docx and adds
 * the custom properties exceljs cannot write. Loaded on first use, like exceljs, to keep start-up short.
 */
import { createRequire } from 'node:module';
import type JSZipType from 'jszip';

export type JSZip = JSZipType;
type JSZipModule = typeof JSZipType;

let jszip: JSZipModule | undefined;

export function loadJsZip(): JSZipModule {
  jszip ??= createRequire(import.meta.url)('jszip') as JSZipModule;
  return jszip;
}

/** Every entry dated 2000-01-01, so the same content gives the same bytes. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

export async function zipBytes(zip: JSZip): Promise<Uint8Array> {
  for (const f of Object.values(zip.files)) f.date = FIXED_ZIP_DATE;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
