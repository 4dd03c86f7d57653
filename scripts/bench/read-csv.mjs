/**
 * Baseline for `npm run bench`: read a CSV with csv-parse's streaming parser and nothing else — every record,
 * touching every field. Prints "rows cells" so the caller can check the whole file was read.
 * Usage: node scripts/bench/read-csv.mjs FILE
 */
import fs from 'node:fs';
import { parse } from 'csv-parse';

const file = process.argv[2];
if (!file) {
  console.error('usage: read-csv.mjs FILE.csv');
  process.exit(2);
}
const parser = fs.createReadStream(file).pipe(parse({ delimiter: ',', bom: true, relax_column_count: true, relax_quotes: true }));
let rows = 0;
let cells = 0;
for await (const record of parser) {
  rows++;
  for (let i = 0; i < record.length; i++) if (record[i] !== '') cells++;
}
process.stdout.write(`${rows} ${cells}\n`);
