/** Text into HTML: every character that could open a tag, an entity or end an attribute is escaped. */
import { shownCell, visibleControls } from '../text.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element text and in a double- or single-quoted attribute. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => entities[c] as string);
}

/** A value from a sheet (unit name, code, file name): shortened, control characters shown as pictures, escaped. */
export const sheetText = (s: string): string => esc(shownCell(s));

/** A coordinate in SVG, at most two decimals: short, and the same bytes on every machine. */
export const coord = (x: number): string => String(Math.round(x * 100) / 100);

/** Text from a criteria file or a heading built from one: whole, control characters shown as pictures, escaped. */
export const plainText = (s: string): string => esc(visibleControls(s));
