/**
 * Issue 8's hostile corpus, written at test time into a folder: small files from a seeded generator (the same seed,
 * the same bytes), bombs deflated here and never stored. One file (or a few) per class of the issue.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { makeZip, workbookParts, type Part } from '../sheet/zip-writer.js';

/** A small seeded generator (mulberry32), so the corpus is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Leaf {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly rule?: unknown;
}

/** A criteria set of one field with the given leaves, in one block `xa`. */
export function criteria(leaves: readonly Leaf[], extra: Record<string, unknown> = {}, field = '1'): Record<string, unknown> {
  const total = leaves.reduce((s, l) => s + l.max, 0);
  return {
    id: 'hostile',
    title: 'Bộ chỉ số thử nghiệm',
    year: 2024,
    level: 'commune',
    total,
    decimals: 2,
    naTokens: ['KĐG'],
    ties: 'shared',
    bands: [{ label: 'Tốt', min: 80 }, { label: 'Yếu', min: 0 }],
    blocks: [{ id: 'xa', name: 'Xã' }],
    criteria: [{ code: field, name: 'Công tác chỉ đạo, điều hành', max: total, children: leaves }],
    ...extra,
  };
}

const LEAVES: Leaf[] = [
  { code: '1.1', name: 'Kế hoạch cải cách hành chính', max: 5 },
  { code: '1.2', name: 'Báo cáo cải cách hành chính', max: 5 },
];

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const inl = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: string, extra = ''): string => `<c r="${ref}"${extra}><v>${v}</v></c>`;

/** Rows of units: code, name, block, two scores drawn from the seed. */
function units(rand: () => number, n: number, first = 27001): string[][] {
  return Array.from({ length: n }, (_, i) => [String(first + i), `Xã Số ${i + 1}`, 'Xã', String(Math.floor(rand() * 11) / 2), String(Math.floor(rand() * 11) / 2)]);
}
const HEAD = ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2'];
const csv = (rows: string[][], eol = '\r\n'): string => rows.map((r) => r.join(',')).join(eol) + eol;

function multiSheet(rand: () => number): Buffer {
  const all = units(rand, 12);
  const strings = [...HEAD, ...all.map((u) => u[1]!)];
  const col = 'ABCDE';
  const sheets = [0, 1].map((s) => {
    const head = row(1, HEAD.map((_, i) => `<c r="${col[i]}1" t="s"><v>${i}</v></c>`).join(''));
    const body = all.slice(s * 6, s * 6 + 6).map((u, i) => {
      const r = i + 2;
      return row(r, num(`A${r}`, u[0]!) + `<c r="B${r}" t="s"><v>${5 + s * 6 + i}</v></c>` + inl(`C${r}`, 'Xã') + num(`D${r}`, u[3]!) + num(`E${r}`, u[4]!));
    });
    return { name: s === 0 ? 'Khối xã 1' : 'Khối xã 2', data: head + body.join('') };
  });
  return makeZip(workbookParts(sheets, { shared: strings }));
}

/** One sheet of inline strings: a header row and the given data rows (cells already made). */
function oneSheet(name: string, rows: readonly string[]): Buffer {
  const head = row(1, HEAD.map((h, i) => inl(`${'ABCDE'[i]}1`, h)).join(''));
  return makeZip(workbookParts([{ name, data: head + rows.map((cells, i) => row(i + 2, cells)).join('') }]));
}
const unitCells = (r: number, code: string, d: string, e: string): string => inl(`A${r}`, code) + inl(`B${r}`, `Xã Số ${r - 1}`) + inl(`C${r}`, 'Xã') + d + e;

/** A workbook whose shared strings inflate to 96 MB from about 100 kB (the default caps stop it). */
export function sharedStringsBomb(): Buffer {
  const parts = workbookParts([{ name: 'Bom', data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], { shared: ['x'] });
  const sst = parts.find((p) => p[0] === 'xl/sharedStrings.xml')!;
  const body = Buffer.concat([Buffer.from('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'), Buffer.alloc(96 << 20, 0x61), Buffer.from('</t></si></sst>')]);
  const raw = new Map([[sst[0], { data: deflateRawSync(body, { level: 9 }), size: body.length, crc: 0 }]]);
  return makeZip(parts, { raw });
}

/** A compound file (the container of .xls and of encrypted .xlsx) holding an EncryptionInfo stream name. */
function encryptedLooking(): Buffer {
  const b = Buffer.alloc(4096, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
  b.writeUInt16LE(0x3e, 24);
  b.writeUInt16LE(3, 26);
  b.writeUInt16LE(0xfffe, 28);
  b.writeUInt16LE(9, 30);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
  return b;
}

function nested(depth: number): string {
  return '{"code":"1","name":"Sâu","max":1,"children":['.repeat(depth) + ']}'.repeat(depth);
}

export function makeCorpus(dir: string, seed = 8): void {
  const rand = seeded(seed);
  mkdirSync(dir, { recursive: true });
  const put = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, name), content);
  const json = (name: string, value: unknown): void => put(name, JSON.stringify(value, null, 2));
  json('c.json', criteria(LEAVES));
  const base = units(rand, 3);
  put('valid.csv', csv([HEAD, ...base]));
  // #1
  put('old-report.csv', 'báo cáo cũ\n');
  symlinkSync('old-report.csv', join(dir, 'report-link.csv'));
  // #2: one bare LF in a CRLF file, and a lone CR in a title line
  put('stray-lf.csv', `${HEAD.join(',')}\r\n${base[0]!.join(',')}\n${base[1]!.join(',')}\r\n${base[2]!.join(',')}\r\n`);
  put('title-cr.csv', `BẢNG ĐIỂM NĂM 2024\r${csv([HEAD, ...base])}`);
  // #3, #4, #5, #6
  put('multi-sheet.xlsx', multiSheet(rand));
  put('docx-renamed.xlsx', makeZip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]));
  put('ods-renamed.xlsx', makeZip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']] as Part[]));
  put('numbers.xlsx', oneSheet('Điểm', [unitCells(2, '27001', num('D2', '1.5abc'), num('E2', '0x10')), unitCells(3, '27002', num('D3', '2024-05-01T00:00:00', ' t="d"'), num('E3', '1'))]));
  put('formula-empty.xlsx', oneSheet('Điểm', [unitCells(2, '27001', '<c r="D2"><f>2+1</f><v></v></c>', num('E2', '1'))]));
  // #8: the same code with a word joiner and with a full-width digit
  put('invisible.csv', csv([HEAD, ['27001', 'Xã Một', 'Xã', '1', '1'], ['27\u2060001', 'Xã Một bis', 'Xã', '2', '2'], ['２7002', 'Xã Hai', 'Xã', '3', '3']]));
  // #12, #13
  put('huge-cell.csv', csv([HEAD, ['27001', 'Xã Một', 'Xã', 'x'.repeat(1 << 20), '1']]));
  put('control.csv', csv([HEAD, ['27001', 'Xã Một', 'Xã', '1\u001b[2K\u001b[1A', '1']]));
  // #14
  put('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv([HEAD, ...base]), 'utf16le')]));
  put('encrypted.xlsx', encryptedLooking());
  put('unbalanced.csv', `${HEAD.join(',')}\r\n${base[0]!.join(',')}\r\n27002,"Xã Hai,Xã,1,1\r\n${base[2]!.join(',')}\r\n`);
  put('empty.csv', '');
  // #15
  put('dup-keys.json', JSON.stringify(criteria(LEAVES), null, 2).replace('"year": 2024,', '"year": 2024,\n  "year": 2025,'));
  json('tiny-max.json', criteria([{ code: '1.1', name: 'Kế hoạch', max: 1e-320 }, LEAVES[1]!]));
  // #9: made here, at test time, never stored
  put('bomb.xlsx', sharedStringsBomb());
  // #11
  put('deep.json', JSON.stringify(criteria(LEAVES)).replace('"children":[', `"children":[${nested(100_000)},`));
  // #16
  put('no-block.csv', csv([HEAD.filter((h) => h !== 'Khối'), ...base.map((u) => [u[0]!, u[1]!, u[3]!, u[4]!])]));
  put('kdg.csv', csv([HEAD, ['27001', 'Xã Một', 'Xã', 'KDG', '1']]));
  // #18: Roman numerals in a wide sheet
  json('roman.json', criteria([{ code: 'I.1', name: 'Kế hoạch', max: 5 }, { code: 'I.2', name: 'Báo cáo', max: 5 }], {}, 'I'));
  put('roman.csv', csv([['Mã đơn vị', 'Tên đơn vị', 'Khối', 'I.1', 'I.2'], ...base]));
  // #19: answers only, no name column
  json('yesno.json', criteria([{ code: '1.1', name: 'Có kế hoạch', max: 5, rule: { kind: 'yesno' } }, { code: '1.2', name: 'Có báo cáo', max: 5, rule: { kind: 'yesno' } }]));
  put('answers.csv', csv([['Mã đơn vị', 'Khối', '1.1', '1.2'], ['27001', 'Xã', 'Có', 'Không'], ['27002', 'Xã', 'Không', 'Có'], ['', 'Xã', 'Có', 'Có']]));
  // #21, #22, #23
  put('nine.csv', csv([HEAD, ['9', 'Xã Chín', 'Xã', '1', '1'], ['09', 'Xã Không Chín', 'Xã', '1', '1']]));
  json('na-answer.json', criteria(LEAVES, { naTokens: ['KĐG', 'Không'] }));
  // #20: indexes 83.335, 83.335, 83.334: the exact mean 83.33466… shows 83.33 (the mean of the shown 83.34, 83.34, 83.33 would be 83.34)
  json('mean.json', criteria([{ code: '1.1', name: 'Kế hoạch', max: 100 }], { decimals: 2 }));
  makeCorpusExtras(dir);
}

/** Extra files of the corpus that need a second block or a tie-break (kept apart to keep makeCorpus short). */
export function makeCorpusExtras(dir: string): void {
  const json = (name: string, value: unknown): void => writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  const twoBlocks = { blocks: [{ id: 'xa', name: 'Xã' }, { id: 'phuong', name: 'Phường' }] };
  json('two-blocks.json', criteria(LEAVES, twoBlocks));
  json('tie-field.json', criteria(LEAVES, { ties: { compare: 'shared', breakBy: ['field:1.'] } }));
  json('tie-code.json', criteria(LEAVES, { ties: { compare: 'shared', breakBy: ['code'] } }));
  writeFileSync(join(dir, 'mean.csv'), csv([['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1'], ['27001', 'Xã Một', 'Xã', '83.335'], ['27002', 'Xã Hai', 'Xã', '83.335'], ['27003', 'Xã Ba', 'Xã', '83.334']]));
}
