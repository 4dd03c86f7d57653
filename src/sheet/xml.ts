/**
 * A small pull scanner for the XML of workbook parts, over bytes as they are inflated. It hands out one token at a
 * time (an opening tag, a closing tag, a run of text) as offsets into its buffer; text is decoded only when asked,
 * from whole tokens, so a character whose UTF-8 bytes straddle two inflated pieces is never split.
 *
 * What workbooks never need is refused or left alone: a DOCTYPE (and so any entity but the five predefined ones
 * and character references) is refused; comments and processing instructions are skipped.
 */
import { unreadable } from './errors.js';

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
/** The buffer ends inside a token: push the next piece */
export const MORE = 4;
export const END = 5;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const MAX_TAG = 1 << 20;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(whole: string, name: string): string {
  if (name.charCodeAt(0) === 0x23) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[name] ?? whole;
}

/** Text with its entities and character references replaced. */
export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, entity);
}

/** Node's Buffer decoder without toString's argument checks (on every Buffer since node 0.x). */
interface Utf8Slice {
  utf8Slice(start: number, end: number): string;
}

export class XmlScanner {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  end = 0;
  private final = false;
  /** Where the search for the end of an unfinished text token resumes */
  private resume = 0;
  /** Local name of the last tag (after any prefix) */
  nameStart = 0;
  nameEnd = 0;
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  textStart = 0;
  textEnd = 0;
  /** The text token is CDATA: taken as it is, no entities */
  cdata = false;
  /** Value of the last attribute found by `attr` */
  valueStart = 0;
  valueEnd = 0;

  constructor(readonly part: string) {}

  /** Whether `buf` is our own storage (else it is the caller's piece, never written to) */
  private owned = false;

  /** Adds the next piece; what is left of an unfinished token is kept in front of it. */
  push(piece: Buffer): void {
    const left = this.end - this.pos;
    if (left === 0) {
      this.buf = piece;
      this.owned = false;
      this.pos = this.resume = 0;
      this.end = piece.length;
      return;
    }
    if (this.owned && this.buf.length - this.end >= piece.length) {
      piece.copy(this.buf, this.end);
      this.end += piece.length;
      return;
    }
    const need = left + piece.length;
    if (this.owned && this.buf.length >= need * 2) {
      this.buf.copyWithin(0, this.pos, this.end);
    } else {
      const next = Buffer.allocUnsafe(Math.max(need * 2, 1 << 17));
      this.buf.copy(next, 0, this.pos, this.end);
      this.buf = next;
      this.owned = true;
    }
    piece.copy(this.buf, left);
    this.resume = Math.max(0, this.resume - this.pos);
    this.pos = 0;
    this.end = need;
  }

  close(): void {
    this.final = true;
  }

  private fail(reason: 'xml-long-tag' | 'xml-cut-declaration' | 'xml-unclosed-cdata' | 'xml-unknown-declaration'): never {
    throw unreadable({ reason, part: this.part });
  }

  next(): number {
    for (;;) {
      const b = this.buf;
      const pos = this.pos;
      const end = this.end;
      if (pos >= end) {
        if (!this.final) {
          return MORE;
        }
        return END;
      }
      if (b[pos] !== LT) {
        let lt = b.indexOf(LT, Math.max(pos, this.resume));
        if (lt < 0 || lt >= end) {
          if (!this.final) {
            this.resume = end;
            return MORE;
          }
          lt = end;
        }
        this.textStart = pos;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = this.resume = lt;
        return TEXT;
      }
      if (pos + 1 >= end) return this.more('<');
      const c = b[pos + 1]!;
      if (c === SLASH) {
        const gt = b.indexOf(GT, pos);
        if (gt < 0 || gt >= end) return this.more('</');
        this.setName(pos + 2, gt);
        this.pos = this.resume = gt + 1;
        return CLOSE;
      }
      if (c === 0x3f /* ? */) {
        const stop = this.find('?>', pos + 2);
        if (stop < 0) return this.more('<?');
        this.pos = this.resume = stop + 2;
        continue;
      }
      if (c === 0x21 /* ! */) {
        const r = this.bang(pos);
        if (r !== 0) return r;
        continue;
      }
      return this.openTag(pos);
    }
  }

  private more(what: string): number {
    if (this.final) throw unreadable({ reason: 'xml-ends-inside', part: this.part, tag: what });
    if (this.end - this.pos > MAX_TAG) this.fail('xml-long-tag');
    return MORE;
  }

  private find(s: string, from: number): number {
    const i = this.buf.indexOf(s, from, 'latin1');
    return i >= 0 && i + s.length <= this.end ? i : -1;
  }

  /** `<!--`, `<![CDATA[`, `<!DOCTYPE`: 0 when skipped, else the token. */
  private bang(pos: number): number {
    if (this.end - pos < 9) {
      if (this.final) this.fail('xml-cut-declaration');
      if (!(this.end - pos >= 4 && this.buf.toString('latin1', pos, pos + 4) === '<!--')) return MORE;
    }
    const head = this.buf.toString('latin1', pos, pos + 9);
    if (head.startsWith('<!--')) {
      const stop = this.find('-->', pos + 4);
      if (stop < 0) return this.more('<!--');
      this.pos = this.resume = stop + 3;
      return 0;
    }
    if (head === '<![CDATA[') {
      const stop = this.find(']]>', Math.max(pos + 9, this.resume));
      if (stop < 0) {
        this.resume = Math.max(pos + 9, this.end - 2);
        return this.final ? this.fail('xml-unclosed-cdata') : MORE;
      }
      this.textStart = pos + 9;
      this.textEnd = stop;
      this.cdata = true;
      this.pos = this.resume = stop + 3;
      return TEXT;
    }
    if (head.toUpperCase() === '<!DOCTYPE')
      throw unreadable({ reason: 'xml-doctype', part: this.part });
    return this.fail('xml-unknown-declaration');
  }

  private openTag(pos: number): number {
    const b = this.buf;
    const end = this.end;
    let i = pos + 1;
    while (i < end) {
      const c = b[i]!;
      if (c === GT || c === SLASH || isSpace(c)) break;
      i++;
    }
    const nameEnd = i;
    let quote = 0;
    for (; i < end; i++) {
      const c = b[i]!;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === GT) break;
    }
    if (i >= end) return this.more('<');
    this.setName(pos + 1, nameEnd);
    this.selfClosing = b[i - 1] === SLASH && i - 1 >= nameEnd;
    this.attrStart = nameEnd;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.pos = this.resume = i + 1;
    return OPEN;
  }

  private setName(from: number, to: number): void {
    const b = this.buf;
    let e = from;
    while (e < to && !isSpace(b[e]!)) e++;
    let s = from;
    for (let k = from; k < e; k++) if (b[k] === COLON) s = k + 1;
    this.nameStart = s;
    this.nameEnd = e;
  }

  /** Whether the last tag's local name is `name` (ASCII). */
  is(name: string): boolean {
    const n = name.length;
    if (this.nameEnd - this.nameStart !== n) return false;
    const b = this.buf;
    const s = this.nameStart;
    for (let k = 0; k < n; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** The last tag's local name as a string (slow path: for messages and rare tags). */
  name(): string {
    return this.buf.toString('latin1', this.nameStart, this.nameEnd);
  }

  /** The text token, decoded. */
  text(): string {
    const s = (this.buf as unknown as Utf8Slice).utf8Slice(this.textStart, this.textEnd);
    return this.cdata ? s : decodeEntities(s);
  }

  /** The text token as it stands in the XML, entities not decoded (decodeEntities makes it `text()` for non-CDATA). */
  rawText(): string {
    return (this.buf as unknown as Utf8Slice).utf8Slice(this.textStart, this.textEnd);
  }

  /**
   * Just after the opening tag of a cell: when the next bytes are `<v>TEXT</v></c>` — no prefix, no attribute, TEXT
   * not empty and free of markup, all of it in the buffer — takes them at once: TEXT becomes the text token and the
   * scanner stands after `</c>`. Otherwise nothing moves and the same bytes come as tokens one by one. Most cells of
   * a score sheet are written so: one token each instead of five.
   */
  plainValue(): boolean {
    const b = this.buf;
    const p = this.pos;
    const end = this.end;
    if (p + 3 >= end || b[p] !== LT || b[p + 1] !== 0x76 /* v */ || b[p + 2] !== GT) return false;
    // a value is a few bytes: a loop finds its end sooner than a call to Buffer.indexOf
    let lt = p + 3;
    while (lt < end && b[lt] !== LT) lt++;
    if (lt <= p + 3 || lt + 8 > end) return false;
    if (b[lt + 1] !== SLASH || b[lt + 2] !== 0x76 || b[lt + 3] !== GT || b[lt + 4] !== LT || b[lt + 5] !== SLASH || b[lt + 6] !== 0x63 /* c */ || b[lt + 7] !== GT)
      return false;
    this.textStart = p + 3;
    this.textEnd = lt;
    this.cdata = false;
    this.pos = this.resume = lt + 8;
    return true;
  }

  /** Where nextAttr found the last attribute: its local name at attrNameStart..attrNameEnd, its raw value at rawStart..rawEnd */
  private attrNameStart = 0;
  private attrNameEnd = 0;
  private rawStart = 0;
  private rawEnd = 0;

  /** Reads the attribute at or after `i` in the last opening tag into attrNameStart… rawEnd; where the next begins, or -1 at the tag's end. */
  private nextAttr(from: number): number {
    const b = this.buf;
    const stop = this.attrEnd;
    let i = from;
    while (i < stop && isSpace(b[i]!)) i++;
    if (i >= stop) return -1;
    let local = i;
    while (i < stop && b[i] !== 0x3d /* = */ && !isSpace(b[i]!)) {
      if (b[i] === COLON) local = i + 1;
      i++;
    }
    const ne = i;
    while (i < stop && b[i] !== QUOT && b[i] !== APOS) i++;
    if (i >= stop) return -1;
    const q = b[i]!;
    const vs = i + 1;
    let ve = vs;
    while (ve < stop && b[ve] !== q) ve++;
    this.attrNameStart = local;
    this.attrNameEnd = ne;
    this.rawStart = vs;
    this.rawEnd = ve;
    return ve + 1;
  }

  /** Finds attribute `name` (by local name) of the last opening tag: its raw value is at valueStart..valueEnd. */
  attr(name: string): boolean {
    const b = this.buf;
    const n = name.length;
    for (let i = this.nextAttr(this.attrStart); i >= 0; i = this.nextAttr(i)) {
      if (this.attrNameEnd - this.attrNameStart !== n) continue;
      let same = true;
      for (let k = 0; k < n; k++)
        if (b[this.attrNameStart + k] !== name.charCodeAt(k)) {
          same = false;
          break;
        }
      if (same) {
        this.valueStart = this.rawStart;
        this.valueEnd = this.rawEnd;
        return true;
      }
    }
    return false;
  }

  /** Raw values of the attributes r, s and t found by `cellAttrs` (start -1: the tag has none) */
  rStart = -1;
  rEnd = -1;
  sStart = -1;
  sEnd = -1;
  tStart = -1;
  tEnd = -1;

  /**
   * The attributes r, s and t of the last opening tag (a cell's), in one walk over it where `attr` would walk it once
   * for each: what `attr('r')`, `attr('s')` and `attr('t')` would find, at rStart..rEnd, sStart..sEnd, tStart..tEnd.
   */
  cellAttrs(): void {
    this.rStart = this.sStart = this.tStart = -1;
    for (let i = this.nextAttr(this.attrStart); i >= 0; i = this.nextAttr(i)) {
      if (this.attrNameEnd - this.attrNameStart !== 1) continue;
      const c = this.buf[this.attrNameStart];
      if (c === 0x72 /* r */) {
        if (this.rStart < 0) {
          this.rStart = this.rawStart;
          this.rEnd = this.rawEnd;
        }
      } else if (c === 0x73 /* s */) {
        if (this.sStart < 0) {
          this.sStart = this.rawStart;
          this.sEnd = this.rawEnd;
        }
      } else if (c === 0x74 /* t */ && this.tStart < 0) {
        this.tStart = this.rawStart;
        this.tEnd = this.rawEnd;
      }
    }
  }

  /** Attribute `name`, decoded, or undefined. */
  attrText(name: string): string | undefined {
    return this.attr(name) ? decodeEntities(this.buf.toString('utf8', this.valueStart, this.valueEnd)) : undefined;
  }
}

/** Drives a scanner over all pieces of a part, calling `take` for each token; for small parts read whole. */
export function scanWhole(part: string, bytes: Buffer, take: (sc: XmlScanner, token: number) => void): void {
  const sc = new XmlScanner(part);
  sc.push(bytes);
  sc.close();
  for (let t = sc.next(); t !== END; t = sc.next()) take(sc, t);
}
