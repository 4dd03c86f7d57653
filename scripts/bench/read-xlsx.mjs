/**
 * Baseline for `npm run bench`: read an XLSX with exceljs's streaming reader and nothing else — every row of
 * every sheet, touching row.values. Prints "rows cells" so the caller can check the whole file was read.
 * Usage: node scripts/bench/read-xlsx.mjs FILE
 */
import { createRequire } from 'node:module';

const ExcelJS = createRequire(import.meta.url)('exceljs');
const file = process.argv[2];
if (!file) {
  console.error('usage: read-xlsx.mjs FILE.xlsx');
  process.exit(2);
}
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
});
let rows = 0;
let cells = 0;
for await (const ws of reader) {
  for await (const row of ws) {
    const values = row.values;
    rows++;
    for (let i = 1; i < values.length; i++) if (values[i] !== undefined && values[i] !== null) cells++;
  }
}
process.stdout.write(`${rows} ${cells}\n`);
