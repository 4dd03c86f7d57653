import { cleanText } from '../core/text.js';

const PREFIX = /^(?:tctp|tc|lv|ti[êe]u\s*ch[íi](?:\s*th[àa]nh\s*ph[ầa]n)?|l[ĩi]nh\s*v[ựu]c)\s*[:.]?\s*(?=\d|[a-z]\b)/iu;

/**
 * The comparable form of a criterion code as people write it: "1.1", "1.1.", "TC 1.1", "TCTP 3.2.1", " 1.1 "
 * all give "1.1". Used for criteria files and sheet headers alike.
 */
export function codeKey(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    key = cleanText(raw).toLowerCase().replace(PREFIX, '').replace(/\s*\.\s*/g, '.').replace(/\.+$/, '');
    if (keys.size >= 20_000) keys.clear();
    keys.set(raw, key);
  }
  return key;
}

/** Codes already seen (headers and form rows repeat them across sheets) */
const keys = new Map<string, string>();

/** True when `child` extends `parent` ("1.2" under "1", "3.2.1" under "3.2"). */
export function extendsCode(childKey: string, parentKey: string): boolean {
  return childKey.startsWith(`${parentKey}.`) && childKey.length > parentKey.length + 1;
}
