/** Wording shared by the validate reports that people read: the summary sentence, places inside a file. */
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang, Location } from '../../diagnostics/types.js';
import type { ValidationView } from './view.js';

type Noun = 'error' | 'warning' | 'note' | 'file' | 'unitChecked' | 'unitWithErrors';

const nouns: Record<Noun, { en: readonly [string, string]; vi: string }> = {
  error: { en: ['error', 'errors'], vi: 'lỗi' },
  warning: { en: ['warning', 'warnings'], vi: 'cảnh báo' },
  note: { en: ['note', 'notes'], vi: 'thông tin' },
  file: { en: ['file', 'files'], vi: 'tệp' },
  unitChecked: { en: ['unit checked', 'units checked'], vi: 'đơn vị' },
  unitWithErrors: { en: ['unit with errors', 'units with errors'], vi: 'đơn vị có lỗi' },
};

/** "3 lỗi" / "3 errors", "1 error": Vietnamese nouns do not change with the number. */
export function count(n: number, noun: Noun, lang: Lang): string {
  return `${n} ${lang === 'vi' ? nouns[noun].vi : nouns[noun].en[n === 1 ? 0 : 1]}`;
}

/**
 * "12 lỗi, 3 cảnh báo trong 2 tệp; 40 đơn vị, 5 đơn vị có lỗi" — notes only when there are some, and how many
 * diagnostics the cap left out.
 */
export function summarySentence(view: ValidationView, lang: Lang): string {
  const { counts } = view;
  const problems = [count(counts.error, 'error', lang), count(counts.warning, 'warning', lang)];
  if (counts.info > 0) problems.push(count(counts.info, 'note', lang));
  const files = `${lang === 'vi' ? 'trong' : 'in'} ${count(view.files.length, 'file', lang)}`;
  const units = `${count(view.units, 'unitChecked', lang)}, ${count(view.unitsWithErrors, 'unitWithErrors', lang)}`;
  const dropped =
    view.dropped > 0 ? (lang === 'vi' ? `; ${view.dropped} thông báo không hiển thị (--max-diagnostics)` : `; ${view.dropped} not shown (--max-diagnostics)`) : '';
  return `${problems.join(', ')} ${files}; ${units}${dropped}`;
}

/** Where in its file a problem is, the file left out: `Xã!F12 (đơn vị X01, tiêu chí 1.2)`, `dòng 3`. */
export function placeInFile(loc: Location, lang: Lang, withUnit = true): string {
  return formatLocation({ ...loc, file: undefined, ...(withUnit ? {} : { unit: undefined }) }, lang);
}

/** A unit as a heading or a test name: `X01 Xã An Bình`, or the code alone when the name is only the code. */
export function unitTitle(code: string, name: string): string {
  return name === code ? code : `${code} ${name}`;
}
