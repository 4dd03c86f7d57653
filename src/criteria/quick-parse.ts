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
type Out = unknown;

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

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

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A fresh copy of a default value (zod gives a copy of it, never the schema's own). */
const copy = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

function resolve(root: ShapeNode, ref: unknown): ShapeNode | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return undefined;
  const defs = root.$defs as Record<string, ShapeNode> | undefined;
  return defs && Object.hasOwn(defs, ref.slice(8)) ? defs[ref.slice(8)] : undefined;
}

function check(root: ShapeNode, node: ShapeNode, value: unknown): Out | typeof REJECT {
  for (const k of Object.keys(node)) if (!KNOWN.has(k)) return REJECT;
  if (node.$ref !== undefined) {
    const target = resolve(root, node.$ref);
    if (!target) return REJECT;
    const out = check(root, target, value);
    if (out === REJECT) return REJECT;
    value = out;
  }
  if (node.anyOf !== undefined || node.oneOf !== undefined) {
    const options = (node.anyOf ?? node.oneOf) as unknown;
    if (!Array.isArray(options)) return REJECT;
    // zod's union takes the first option that accepts; a discriminated union (oneOf) has one that can
    let found: Out | typeof REJECT = REJECT;
    let count = 0;
    for (const option of options as ShapeNode[]) {
      const out = check(root, option, value);
      if (out === REJECT) continue;
      if (count++ === 0) found = out;
      if (node.anyOf !== undefined) break;
    }
    if (count !== 1) return REJECT;
    value = found;
  }
  if (node.enum !== undefined && !(Array.isArray(node.enum) && node.enum.includes(value) && typeof value === 'string')) return REJECT;
  if (node.const !== undefined && !(typeof node.const === 'string' && value === node.const)) return REJECT;
  switch (node.type) {
    case undefined:
      return node.$ref !== undefined || node.anyOf !== undefined || node.oneOf !== undefined ? value : REJECT;
    case 'string':
      return checkString(node, value);
    case 'number':
    case 'integer':
      return checkNumber(node, value);
    case 'boolean':
      return typeof value === 'boolean' ? value : REJECT;
    case 'array':
      return checkArray(root, node, value);
    case 'object':
      return checkObject(root, node, value);
    default:
      return REJECT;
  }
}

function checkString(node: ShapeNode, value: unknown): Out | typeof REJECT {
  if (typeof value !== 'string') return REJECT;
  if (node.minLength !== undefined && !(typeof node.minLength === 'number' && codePoints(value) >= node.minLength)) return REJECT;
  if (node.pattern !== undefined && !(typeof node.pattern === 'string' && pattern(node.pattern).test(value))) return REJECT;
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'items', 'properties']) if (node[k] !== undefined) return REJECT;
  return value;
}

function checkNumber(node: ShapeNode, value: unknown): Out | typeof REJECT {
  if (typeof value !== 'number' || !Number.isFinite(value)) return REJECT;
  if (node.type === 'integer' && !Number.isSafeInteger(value)) return REJECT;
  const bound = (k: string): number | undefined | false => {
    const b = node[k];
    return b === undefined ? undefined : typeof b === 'number' ? b : false;
  };
  const min = bound('minimum');
  const max = bound('maximum');
  const above = bound('exclusiveMinimum');
  if (min === false || max === false || above === false) return REJECT;
  if ((min !== undefined && !(value >= min)) || (max !== undefined && !(value <= max)) || (above !== undefined && !(value > above))) return REJECT;
  for (const k of ['minLength', 'pattern', 'minItems', 'items', 'properties']) if (node[k] !== undefined) return REJECT;
  return value;
}

function checkArray(root: ShapeNode, node: ShapeNode, value: unknown): Out | typeof REJECT {
  if (!Array.isArray(value)) return REJECT;
  if (node.minItems !== undefined && !(typeof node.minItems === 'number' && value.length >= node.minItems)) return REJECT;
  if (node.items === undefined || typeof node.items !== 'object' || node.items === null) return REJECT;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!Object.hasOwn(value, i)) return REJECT;
    const item = check(root, node.items as ShapeNode, value[i]);
    if (item === REJECT) return REJECT;
    out.push(item);
  }
  return out;
}

function checkObject(root: ShapeNode, node: ShapeNode, value: unknown): Out | typeof REJECT {
  if (!isPlainObject(value)) return REJECT;
  if (node.additionalProperties !== false || !isPlainObject(node.properties)) return REJECT;
  const properties = node.properties as Record<string, ShapeNode>;
  const required = node.required ?? [];
  if (!Array.isArray(required)) return REJECT;
  for (const k of Object.keys(value)) if (!Object.hasOwn(properties, k)) return REJECT;
  const out: Record<string, unknown> = {};
  for (const [k, shape] of Object.entries(properties)) {
    if (!Object.hasOwn(value, k) || value[k] === undefined) {
      if (required.includes(k)) return REJECT;
      if (shape.default !== undefined) out[k] = copy(shape.default);
      continue;
    }
    const v = check(root, shape, value[k]);
    if (v === REJECT) return REJECT;
    out[k] = v;
  }
  return out;
}

/** The set with its defaults, as zod's CriteriaSetSchema would give it; undefined when zod must decide. */
export function quickParse(data: unknown, shape: ShapeNode = criteriaSetShape): CriteriaSetInput | undefined {
  try {
    const out = check(shape, shape, data);
    return out === REJECT ? undefined : (out as CriteriaSetInput);
  } catch {
    return undefined;
  }
}
