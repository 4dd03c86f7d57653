/** A minimal zip writer for tests: parts in the order given, stored or deflated, to build the workbooks the readers meet. */
import { crc32, deflateRawSync } from 'node:zlib';

export type Part = readonly [name: string, content: string | Uint8Array];

export interface ZipOptions {
  readonly deflate?: boolean;
  /** Sizes written into the directory instead of the true ones (a lying bomb) */
  readonly declaredSize?: (name: string, size: number) => number;
  /** Data already deflated, by part name (a bomb made without inflating it here) */
  readonly raw?: ReadonlyMap<string, { data: Uint8Array; size: number; crc: number }>;
  /** End the zip with zip64 end records, the directory's place and size only there */
  readonly zip64?: boolean;
}

export function makeZip(parts: readonly Part[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const raw = options.raw?.get(name);
    const data = raw ? Buffer.from(raw.data) : Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    const size = raw ? raw.size : data.length;
    const crc = raw ? raw.crc : crc32(data);
    const deflate = raw !== undefined || options.deflate !== false;
    const packed = raw ? data : deflate ? deflateRawSync(data) : data;
    const declared = options.declaredSize ? options.declaredSize(name, size) : size;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(deflate ? 8 : 0, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(cd, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cdBytes.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  if (!options.zip64) return Buffer.concat([...locals, cdBytes, end]);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(parts.length), 24);
  rec.writeBigUInt64LE(BigInt(parts.length), 32);
  rec.writeBigUInt64LE(BigInt(cdBytes.length), 40);
  rec.writeBigUInt64LE(BigInt(offset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(offset + cdBytes.length), 8);
  loc.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, cdBytes, rec, loc, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The <sheetData> content */
  readonly data: string;
  readonly state?: 'hidden' | 'veryHidden';
}

/**
 * The parts of a workbook as a list in zip order; sheets come before the shared strings and styles, as Excel saves
 * them. `absolute` writes targets from the package root as openpyxl does.
 */
export function workbookParts(sheets: readonly SheetSpec[], opts: { shared?: readonly string[]; styles?: string; absolute?: boolean; date1904?: boolean } = {}): Part[] {
  const target = (t: string): string => (opts.absolute ? `/xl/${t}` : t);
  const rels = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`),
    ...(opts.shared ? [`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`] : []),
    ...(opts.styles ? [`<Relationship Id="rIdY" Type="${R}/styles" Target="${target('styles.xml')}"/>`] : []),
  ];
  const parts: Part[] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${R}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name.replace(/&/g, '&amp;')}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`],
    ...sheets.map((s, i): Part => [`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${s.data}</sheetData></worksheet>`]),
  ];
  if (opts.shared)
    parts.push(['xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${NS}" count="${opts.shared.length}">${opts.shared.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>`]);
  if (opts.styles) parts.push(['xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${NS}">${opts.styles}</styleSheet>`]);
  return parts;
}
