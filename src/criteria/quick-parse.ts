/**
 * The common case without zod: a criteria file that is valid is checked against the format's JSON Schema
 * (./schema-shape.ts, generated from the zod source) and given its defaults, as zod would. Loading zod and building
 * the schema costs more than the rest of reading a set (~35 ms of a 0.5 s run), so zod is loaded only for a file this
 * check does not accept — to say what is wrong with it — and for `criteria schema`.
 *
 * Sound, not complete: whatever this accepts, zod accepts and gives the same data (tests/criteria/quick-parse.test.ts
 * holds both on every fixture and on random files). Anything it does not know — a keyword, a value it is unsure of —
 * is "not accepted", and zod decides.
 */
import type { CriteriaSetInput } from './schema.js';
import { criteriaSetShape, type ShapeNode } from './schema-shape.js';

const KNOWN = new Set([
  '$ref', '$defs', 'type', 'enum', 'const', 'minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items',
  'properties', 'required', 'additionalProperties', 'anyOf', 'oneOf', 'default',
]);

const REJECT = Symbol('reject');
type Check = (value: unknown) => unknown;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A fresh copy of a default value (zod gives a copy of it, never the schema's own). */
const copy = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const never: Check = () => REJECT;
const num = (v: unknown): number | undefined | false => (v === undefined ? undefined : typeof v === 'number' ? v : false);

/**
 * The schema turned into one small function per node, once per parse (a few hundred nodes): checking the file then
 * does only what each value needs. A keyword this does not know makes its node refuse everything.
 */
class Compiler {
  private readonly defs = new Map<string, Check>();
  constructor(private readonly root: ShapeNode) {}

  ref(ref: unknown): Check {
    const defs = this.root.$defs as Record<string, ShapeNode> | undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/$defs/') || !defs || !Object.hasOwn(defs, ref.slice(8))) return never;
    const name = ref.slice(8);
    let check = this.defs.get(name);
    if (!check) {
      let compiled: Check | undefined;
      // recursive definitions (a criterion's children) are compiled on first use
      check = (v) => (compiled ??= this.node(defs[name] as ShapeNode))(v);
      this.defs.set(name, check);
    }
    return check;
  }

  node(node: ShapeNode): Check {
    for (const k of Object.keys(node)) if (!KNOWN.has(k)) return never;
    const checks: Check[] = [];
    if (node.$ref !== undefined) checks.push(this.ref(node.$ref));
    if (node.anyOf !== undefined || node.oneOf !== undefined) checks.push(this.union(node));
    const values = node.enum;
    if (values !== undefined) {
      if (!Array.isArray(values) || !values.every((x) => typeof x === 'string')) return never;
      checks.push((v) => (typeof v === 'string' && values.includes(v) ? v : REJECT));
    }
    if (node.const !== undefined) {
      const c = node.const;
      if (typeof c !== 'string') return never;
      checks.push((v) => (v === c ? v : REJECT));
    }
    const typed = this.typed(node);
    if (typed === undefined) {
      if (checks.length === 0) return never;
    } else checks.push(typed);
    if (checks.length === 1) return checks[0] as Check;
    return (v) => {
      for (const c of checks) if ((v = c(v)) === REJECT) return REJECT;
      return v;
    };
  }

  union(node: ShapeNode): Check {
    const any = node.anyOf !== undefined;
    const options = node.anyOf ?? node.oneOf;
    if (!Array.isArray(options) || (node.anyOf !== undefined && node.oneOf !== undefined)) return never;
    const checks = (options as ShapeNode[]).map((o) => this.node(o));
    // zod's union takes the first option that accepts; a discriminated union (oneOf) has one that can
    return (v) => {
      let found: unknown = REJECT;
      let count = 0;
      for (const c of checks) {
        const out = c(v);
        if (out === REJECT) continue;
        if (count++ === 0) found = out;
        if (any) break;
      }
      return count === 1 ? found : REJECT;
    };
  }

  /** The check of `type` and its keywords; undefined without `type`; `never` for a keyword of another type. */
  typed(node: ShapeNode): Check | undefined {
    const has = (...ks: string[]): boolean => ks.some((k) => node[k] !== undefined);
    switch (node.type) {
      case undefined:
        return has('minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items', 'properties', 'required', 'additionalProperties') ? never : undefined;
      case 'string': {
        if (has('minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items', 'properties', 'required', 'additionalProperties')) return never;
        const min = num(node.minLength);
        const source = node.pattern;
        if (min === false || (source !== undefined && typeof source !== 'string')) return never;
        const re = typeof source === 'string' ? new RegExp(source) : undefined;
        return (v) => {
          if (typeof v !== 'string') return REJECT;
          // zod counts code points; a string of at least twice as many UTF-16 units has enough of them
          if (min !== undefined && v.length < min * 2 && codePoints(v) < min) return REJECT;
          if (re) {
            re.lastIndex = 0;
            if (!re.test(v)) return REJECT;
          }
          return v;
        };
      }
      case 'number':
      case 'integer': {
        if (has('minLength', 'pattern', 'minItems', 'items', 'properties', 'required', 'additionalProperties')) return never;
        const integer = node.type === 'integer';
        const min = num(node.minimum);
        const max = num(node.maximum);
        const above = num(node.exclusiveMinimum);
        if (min === false || max === false || above === false) return never;
        return (v) => {
          if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isSafeInteger(v))) return REJECT;
          if ((min !== undefined && !(v >= min)) || (max !== undefined && !(v <= max)) || (above !== undefined && !(v > above))) return REJECT;
          return v;
        };
      }
      case 'boolean':
        if (has('minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items', 'properties', 'required', 'additionalProperties')) return never;
        return (v) => (typeof v === 'boolean' ? v : REJECT);
      case 'array': {
        if (has('minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'properties', 'required', 'additionalProperties')) return never;
        const min = num(node.minItems);
        if (min === false || typeof node.items !== 'object' || node.items === null) return never;
        const item = this.node(node.items as ShapeNode);
        return (v) => {
          if (!Array.isArray(v) || (min !== undefined && v.length < min)) return REJECT;
          const out: unknown[] = new Array(v.length);
          for (let i = 0; i < v.length; i++) {
            if (!Object.hasOwn(v, i)) return REJECT;
            const x = item(v[i]);
            if (x === REJECT) return REJECT;
            out[i] = x;
          }
          return out;
        };
      }
      case 'object': {
        if (has('minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items')) return never;
        const required = node.required ?? [];
        if (node.additionalProperties !== false || !isPlainObject(node.properties) || !Array.isArray(required)) return never;
        const fields = Object.entries(node.properties as Record<string, ShapeNode>).map(([key, shape]) => ({
          key,
          check: this.node(shape),
          required: required.includes(key),
          fallback: shape.default,
        }));
        const known = new Set(fields.map((f) => f.key));
        return (v) => {
          if (!isPlainObject(v)) return REJECT;
          for (const k of Object.keys(v)) if (!known.has(k)) return REJECT;
          const out: Record<string, unknown> = {};
          for (const f of fields) {
            const x = v[f.key];
            if (x === undefined || !Object.hasOwn(v, f.key)) {
              if (f.required) return REJECT;
              if (f.fallback !== undefined) out[f.key] = copy(f.fallback);
              continue;
            }
            const y = f.check(x);
            if (y === REJECT) return REJECT;
            out[f.key] = y;
          }
          return out;
        };
      }
      default:
        return never;
    }
  }
}

/** The set with its defaults, as zod's CriteriaSetSchema would give it; undefined when zod must decide. */
export function quickParse(data: unknown, shape: ShapeNode = criteriaSetShape): CriteriaSetInput | undefined {
  try {
    const out = new Compiler(shape).node(shape)(data);
    return out === REJECT ? undefined : (out as CriteriaSetInput);
  } catch {
    return undefined;
  }
}
