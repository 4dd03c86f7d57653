/** Writing an exceljs workbook to bytes that are the same for the same content (fixed dates everywhere). */
import type { Workbook } from 'exceljs';
import { loadJsZip, zipBytes, type JSZip } from './zip.js';

export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1));

/** The workbook's zip, re-packed with fixed entry dates; `edit` may add or change parts first. */
export async function workbookBytes(wb: Workbook, edit?: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  wb.created = FIXED_WORKBOOK_DATE;
  wb.modified = FIXED_WORKBOOK_DATE;
  const zip = await loadJsZip().loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
  if (edit) await edit(zip);
  return zipBytes(zip);
}
