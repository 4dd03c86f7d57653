/** Fixed dates for the zip entries of a workbook exceljs wrote (forms, annexes, compare and survey workbooks). */

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * The determinism adapter. exceljs zips the workbook with JSZip, which stamps every entry with the current time
 * (exceljs passes no date), so two runs would differ in those bytes alone. Stamping each entry, in its local header
 * and in the central directory, with the workbook's fixed date makes the same run give the same bytes. Only
 * metadata is touched: should the archive not look as expected, it is returned as it is, still valid.
 */
export function stampZipEntries(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamp = (at: number): void => {
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, DOS_DATE_2000_01_01, true);
  };
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return zip;
  let entry = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (entry + 46 > zip.length || view.getUint32(entry, true) !== 0x02014b50) return zip;
    const local = view.getUint32(entry + 42, true);
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) return zip;
    stamp(entry + 12);
    stamp(local + 10);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return zip;
}
