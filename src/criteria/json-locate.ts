/**
 * One pass over a criteria file's text, before JSON.parse sees it: where each value starts (line and column,
 * 1-based) keyed by its path as parindex prints paths (`criteria[2].children[1].max`), the keys written twice, the
 * number literals as written, and — when the text is not JSON — where and why, in words of our own.
 *
 * The scanner keeps its own stack (no recursion) and refuses nesting deeper than `maxDepth`, so time and memory grow
 * linearly with the text whatever its shape.
 */
export interface TextPosition {
  line: number;
  col: number;
}

export type PathSegment = string | number;

/** Nesting of objects and arrays a criteria file may use: a real set needs about a dozen. */
export const MAX_JSON_DEPTH = 64;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One more segment on a printed path ('' is the root). */
export function appendPath(path: string, seg: PathSegment): string {
  if (typeof seg === 'number') return `${path}[${seg}]`;
  if (IDENTIFIER.test(seg)) return path === '' ? seg : `${path}.${seg}`;
  return `${path}[${JSON.stringify(seg)}]`;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) out = appendPath(out, seg);
  return out === '' ? '(root)' : out;
}

const printed = (path: string): string => (path === '' ? '(root)' : path);

/** Why a text is not JSON; the words are in the diagnostics catalogue (`set/invalid-json`). */
export type JsonProblem =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'unterminated-string'
  | 'bad-escape'
  | 'control-character'
  | 'expected-key'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'trailing-comma'
  | 'after-end';

export interface DuplicateKey {
  readonly key: string;
  /** Path of the value under the key (both occurrences share it) */
  readonly path: string;
  readonly at: TextPosition;
  readonly first: TextPosition;
}

export interface NumberLiteral {
  readonly path: string;
  readonly literal: string;
  readonly at: TextPosition;
}

/** Where the value (or the key) at a printed path starts. */
export interface JsonLocator {
  value(path: string): TextPosition | undefined;
  key(path: string): TextPosition | undefined;
}

export type JsonScan =
  | {
      readonly ok: true;
      readonly locator: JsonLocator;
      readonly duplicates: readonly DuplicateKey[];
      readonly numbers: readonly NumberLiteral[];
    }
  | { readonly ok: false; readonly kind: 'syntax'; readonly problem: JsonProblem; readonly found?: string; readonly at: TextPosition; readonly path: string }
  | { readonly ok: false; readonly kind: 'too-deep'; readonly limit: number; readonly at: TextPosition; readonly path: string };

interface Frame {
  readonly array: boolean;
  readonly path: string;
  count: number;
  /** Keys seen in an object, with the offset where each was first written */
  readonly keys: Map<string, number> | undefined;
}

class Stop {
  constructor(readonly result: Exclude<JsonScan, { ok: true }>) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,6})?$/;

/** Scans a JSON text (a leading byte-order mark is skipped). */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  const s = new Scanner(text, maxDepth);
  try {
    s.document();
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
  return { ok: true, locator: s.locator(), duplicates: s.duplicates, numbers: s.numbers };
}

class Scanner {
  i = 0;
  line = 1;
  lineStart = 0;
  /**
   * Paths and character offsets of values and keys, in document order. They are looked up only when a file has a
   * problem to locate, so the lookup table is built then, not while scanning.
   */
  readonly valuePaths: string[] = [];
  readonly valueOffsets: number[] = [];
  readonly keyPaths: string[] = [];
  readonly keyOffsets: number[] = [];
  /** Offset of the first character of each line after the first */
  readonly lineStarts: number[] = [];
  readonly duplicates: DuplicateKey[] = [];
  readonly numbers: NumberLiteral[] = [];
  readonly stack: Frame[] = [];

  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.i = this.lineStart = 1;
  }

  pos(): TextPosition {
    return { line: this.line, col: this.i - this.lineStart + 1 };
  }

  /** Line and column of an offset already scanned (a binary search in the line starts). */
  position(offset: number): TextPosition {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? (this.text.charCodeAt(0) === 0xfeff ? 1 : 0) : (starts[lo - 1] as number);
    return { line: lo + 1, col: offset - lineStart + 1 };
  }

  locator(): JsonLocator {
    let values: Map<string, number> | undefined;
    let keys: Map<string, number> | undefined;
    const table = (paths: string[], offsets: number[]): Map<string, number> => {
      // The last occurrence wins, as JSON.parse keeps the last of a key written twice.
      const m = new Map<string, number>();
      paths.forEach((p, i) => m.set(p, offsets[i] as number));
      return m;
    };
    const at = (offset: number | undefined): TextPosition | undefined => (offset === undefined ? undefined : this.position(offset));
    const raw = (path: string): string => (path === '(root)' ? '' : path);
    return {
      value: (path) => at((values ??= table(this.valuePaths, this.valueOffsets)).get(raw(path))),
      key: (path) => at((keys ??= table(this.keyPaths, this.keyOffsets)).get(raw(path))),
    };
  }

  fail(problem: JsonProblem, path: string): never {
    const c = this.text.codePointAt(this.i);
    const found = c === undefined ? undefined : JSON.stringify(String.fromCodePoint(c));
    throw new Stop({ ok: false, kind: 'syntax', problem, ...(found !== undefined ? { found } : {}), at: this.pos(), path: printed(path) });
  }

  space(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 10) {
        this.line++;
        this.lineStart = ++this.i;
        this.lineStarts.push(this.i);
      } else if (c === 32 || c === 9 || c === 13) this.i++;
      else break;
    }
  }

  /** Reads a string at the cursor (on its opening quote) and returns its value. */
  string(path: string): string {
    const t = this.text;
    const start = this.i++;
    let escaped = false;
    for (;;) {
      if (this.i >= t.length) {
        this.i = start;
        this.fail('unterminated-string', path);
      }
      const c = t.charCodeAt(this.i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        const e = t[this.i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6)) : e === undefined || !'"\\/bfnrt'.includes(e))
          this.fail('bad-escape', path);
        this.i += e === 'u' ? 6 : 2;
      } else if (c < 32) this.fail('control-character', path);
      else this.i++;
    }
    this.i++;
    return escaped ? (JSON.parse(t.slice(start, this.i)) as string) : t.slice(start + 1, this.i - 1);
  }

  /** A value at the cursor: a scalar is read whole, a container is opened (pushed on the stack). */
  value(path: string): void {
    this.space();
    this.valuePaths.push(path);
    this.valueOffsets.push(this.i);
    const t = this.text;
    const c = t[this.i];
    if (c === '{' || c === '[') {
      if (this.stack.length >= this.maxDepth)
        throw new Stop({ ok: false, kind: 'too-deep', limit: this.maxDepth, at: this.pos(), path: printed(path) });
      this.i++;
      this.stack.push({ array: c === '[', path, count: 0, keys: c === '{' ? new Map() : undefined });
    } else if (c === '"') this.string(path);
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!t.startsWith(word, this.i)) this.fail('unexpected-character', path);
      this.i += word.length;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(t);
      if (!m) this.fail('unexpected-character', path);
      // Most numbers are plainly exact (a few digits, at most six decimals): only the others are kept for a look.
      if (!PLAIN_NUMBER.test(m[0])) this.numbers.push({ path: printed(path), literal: m[0], at: this.pos() });
      this.i += m[0].length;
    } else this.fail(this.i >= t.length ? (this.stack.length === 0 ? 'empty' : 'unexpected-end') : 'unexpected-character', path);
  }

  /** The next member of the innermost open container, or its end. Returns false when the document is complete. */
  step(): boolean {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return false;
    this.space();
    const t = this.text;
    const close = frame.array ? ']' : '}';
    if (frame.count > 0) {
      if (t[this.i] === close) {
        this.i++;
        this.stack.pop();
        return true;
      }
      if (t[this.i] !== ',') this.fail(this.i >= t.length ? 'unexpected-end' : frame.array ? 'expected-comma-or-bracket' : 'expected-comma-or-brace', frame.path);
      this.i++;
      this.space();
      if (t[this.i] === close) this.fail('trailing-comma', frame.path);
    } else if (t[this.i] === close) {
      this.i++;
      this.stack.pop();
      return true;
    }
    if (frame.array) this.value(appendPath(frame.path, frame.count++));
    else this.member(frame);
    return true;
  }

  member(frame: Frame): void {
    const t = this.text;
    this.space();
    if (t[this.i] !== '"') this.fail(this.i >= t.length ? 'unexpected-end' : 'expected-key', frame.path);
    const keyAt = this.i;
    const key = this.string(frame.path);
    const path = appendPath(frame.path, key);
    const first = frame.keys?.get(key);
    if (first !== undefined) this.duplicates.push({ key, path: printed(path), at: this.position(keyAt), first: this.position(first) });
    else frame.keys?.set(key, keyAt);
    this.keyPaths.push(path);
    this.keyOffsets.push(keyAt);
    this.space();
    if (t[this.i] !== ':') this.fail(this.i >= t.length ? 'unexpected-end' : 'expected-colon', path);
    this.i++;
    frame.count++;
    this.value(path);
  }

  document(): void {
    this.value('');
    while (this.step());
    this.space();
    if (this.i < this.text.length) this.fail('after-end', '');
  }
}

/** What a number literal as written can be held as: exactly (at most six decimals), or not. */
export function literalPrecision(literal: string): 'exact' | 'too-precise' | 'too-large' {
  const m = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!m) return 'too-precise';
  const exponent = Number(m[3] ?? 0);
  let digits = `${m[1]}${m[2] ?? ''}`.replace(/^0+/, '');
  let scale = (m[2] ?? '').length - exponent;
  if (digits === '') return 'exact';
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale > 6) return 'too-precise';
  // Digits left of the decimal point: beyond 15 a binary number no longer holds every integer exactly.
  return digits.length - scale > 15 ? 'too-large' : 'exact';
}
