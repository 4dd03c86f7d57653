/**
 * Every user-facing diagnostic: its stable public code, its severity and its wording in each language.
 * A second language is a second column here, not a hunt through the code.
 */
import type { Details, Diagnostic, Lang, Location, Severity } from './types.js';

type Text = (d: Details) => string;
interface Entry {
  readonly severity: Severity;
  /** One line saying what the check is about (README, SARIF rule descriptions). */
  readonly title: { readonly en: string; readonly vi: string };
  readonly en: Text;
  readonly vi: Text;
  /** How to fix it, where a hint helps. */
  readonly hint?: { readonly en: string; readonly vi: string };
}

const s = (v: Details[string]): string => (Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v));

// Words for the criteria-set diagnostics above (JSON syntax, types, ranges), in each language.
const JSON_PROBLEMS: Record<string, { en: string; vi: string }> = {
  empty: { en: 'the file is empty', vi: 'tệp rỗng' },
  'unexpected-end': { en: 'the file ends too early (a missing } or ]?)', vi: 'tệp kết thúc quá sớm (thiếu } hoặc ]?)' },
  'unexpected-character': { en: 'unexpected character', vi: 'ký tự không mong đợi' },
  'unterminated-string': { en: 'a string that is never closed (a missing "?)', vi: 'chuỗi không có dấu " đóng' },
  'bad-escape': { en: 'a backslash escape JSON does not have (write \\\\ for a backslash)', vi: 'dấu \\ không hợp lệ trong chuỗi (viết \\\\ cho một dấu \\)' },
  'control-character': { en: 'a control character (a raw line break?) inside a string', vi: 'ký tự điều khiển (xuống dòng?) trong chuỗi' },
  'expected-key': { en: 'expected a key in double quotes', vi: 'cần một khoá trong dấu ngoặc kép' },
  'expected-colon': { en: "expected ':' after the key", vi: "cần dấu ':' sau khoá" },
  'expected-comma-or-brace': { en: "expected ',' or '}'", vi: "cần dấu ',' hoặc '}'" },
  'expected-comma-or-bracket': { en: "expected ',' or ']'", vi: "cần dấu ',' hoặc ']'" },
  'trailing-comma': { en: 'a comma before the closing bracket', vi: 'dấu phẩy thừa trước dấu đóng ngoặc' },
  'after-end': { en: 'more text after the end of the document', vi: 'còn nội dung sau khi tài liệu đã kết thúc' },
};
function jsonProblem(d: Details, lang: Lang): string {
  const words = JSON_PROBLEMS[s(d.problem)]?.[lang] ?? s(d.problem);
  return d.found === undefined ? words : `${words}; ${lang === 'vi' ? 'gặp' : 'found'} ${s(d.found)}`;
}
const TYPE_WORDS: Record<string, { en: string; vi: string }> = {
  number: { en: 'a number', vi: 'một số' },
  string: { en: 'a string', vi: 'một chuỗi ký tự' },
  boolean: { en: 'true or false', vi: 'true hoặc false' },
  array: { en: 'a list [...]', vi: 'một danh sách [...]' },
  object: { en: 'an object {...}', vi: 'một đối tượng {...}' },
  int: { en: 'a whole number', vi: 'một số nguyên' },
};
const SHAPES: Record<string, { en: string; vi: string }> = {
  'no-form': { en: 'the value does not match any allowed form', vi: 'giá trị không đúng dạng cho phép' },
  'empty-list': { en: 'expected at least one entry', vi: 'cần ít nhất một phần tử' },
  'empty-text': { en: 'expected a non-empty text', vi: 'không được để trống' },
  'blank-code': { en: 'a code must not be blank', vi: 'mã không được để trống' },
  'tie-key': { en: 'expected points, appraisal, survey, name, code or field:<code>', vi: 'cần points, appraisal, survey, name, code hoặc field:<mã>' },
  ties: { en: 'expected "shared", "exact" or { "compare": …, "breakBy": [...] }', vi: 'cần "shared", "exact" hoặc { "compare": …, "breakBy": [...] }' },
};
const typeWord = (v: Details[string], lang: Lang): string => TYPE_WORDS[s(v)]?.[lang] ?? s(v);
/** A number in a message: a decimal comma in Vietnamese. */
const num = (v: Details[string], lang: Lang): string => (typeof v === 'number' && lang === 'vi' ? String(v).replace('.', ',') : s(v));
function bound(d: Details, lang: Lang): string {
  const lo = d.min === undefined ? '' : `${d.minExclusive ? '>' : '≥'} ${num(d.min, lang)}`;
  const hi = d.max === undefined ? '' : `${d.maxExclusive ? '<' : '≤'} ${num(d.max, lang)}`;
  return lo && hi ? `${lo} ${lang === 'vi' ? 'và' : 'and'} ${hi}` : lo || hi;
}

export const catalogue = {
  // ── criteria set files ──────────────────────────────────────────────────────────────────────────────────────
  'set/invalid-json': {
    severity: 'error',
    title: { en: 'The criteria file is not valid JSON', vi: 'Tệp bộ chỉ số không phải JSON hợp lệ' },
    en: (d) => `not valid JSON: ${jsonProblem(d, 'en')}`,
    vi: (d) => `không phải JSON hợp lệ: ${jsonProblem(d, 'vi')}`,
  },
  'set/unknown-key': {
    severity: 'error',
    title: { en: 'A key the criteria-set format does not define', vi: 'Khoá không có trong định dạng bộ chỉ số' },
    en: (d) => `unknown key "${s(d.key)}"${d.allowed ? ` (allowed here: ${s(d.allowed)})` : ''}`,
    vi: (d) => `khoá "${s(d.key)}" không được định nghĩa${d.allowed ? ` (được phép: ${s(d.allowed)})` : ''}`,
    hint: { en: 'Check the spelling against the README or the JSON Schema.', vi: 'Kiểm tra chính tả theo README hoặc JSON Schema.' },
  },
  'set/missing-key': {
    severity: 'error',
    title: { en: 'A required key is missing', vi: 'Thiếu khoá bắt buộc' },
    en: (d) => `missing required key "${s(d.key)}" (expected ${typeWord(d.expected, 'en')})`,
    vi: (d) => `thiếu khoá bắt buộc "${s(d.key)}" (cần ${typeWord(d.expected, 'vi')})`,
  },
  'set/invalid-value': {
    severity: 'error',
    title: { en: 'A value that does not have the shape the format expects', vi: 'Giá trị không đúng dạng mà định dạng yêu cầu' },
    en: (d) => `${SHAPES[s(d.shape)]?.en ?? SHAPES['no-form']!.en}; found ${s(d.found)}`,
    vi: (d) => `${SHAPES[s(d.shape)]?.vi ?? SHAPES['no-form']!.vi}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/na-token-numeric': {
    severity: 'error',
    title: { en: 'A non-applicable token that reads as a number', vi: 'Ký hiệu "không đánh giá" trông như một con số' },
    en: (d) => `non-applicable token "${s(d.token)}" reads as a number (or a percentage), so a score could be taken for "not applicable"`,
    vi: (d) => `ký hiệu không đánh giá "${s(d.token)}" đọc được như một con số (hoặc tỷ lệ phần trăm), dễ nhầm với điểm`,
    hint: { en: 'Use a word such as KĐG or N/A.', vi: 'Dùng chữ, ví dụ KĐG hoặc N/A.' },
  },
  'criteria/duplicate-code': {
    severity: 'error',
    title: { en: 'Two criteria (or adjustments) share a code', vi: 'Hai tiêu chí (hoặc điểm thưởng/trừ) trùng mã' },
    en: (d) => `code "${s(d.code)}" is used again (first at ${s(d.firstPath)})`,
    vi: (d) => `mã "${s(d.code)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'criteria/code-not-under-parent': {
    severity: 'error',
    title: { en: "A criterion code that does not extend its parent's", vi: 'Mã tiêu chí không nối tiếp mã tiêu chí cha' },
    en: (d) => `code "${s(d.code)}" does not extend its parent's code "${s(d.parent)}" (expected "${s(d.parent)}.…")`,
    vi: (d) => `mã "${s(d.code)}" không thuộc mã cha "${s(d.parent)}" (cần dạng "${s(d.parent)}.…")`,
  },
  'criteria/children-sum': {
    severity: 'error',
    title: { en: "Children's maxima do not add up to the parent's", vi: 'Tổng điểm tối đa của tiêu chí con khác điểm tối đa của tiêu chí cha' },
    en: (d) => `children add up to ${s(d.sum)} but the criterion's max is ${s(d.max)}`,
    vi: (d) => `tổng điểm tối đa các tiêu chí con là ${s(d.sum)} nhưng điểm tối đa của tiêu chí là ${s(d.max)}`,
  },
  'criteria/total-mismatch': {
    severity: 'error',
    title: { en: 'Fields do not add up to the declared total', vi: 'Tổng điểm các lĩnh vực khác tổng điểm khai báo' },
    en: (d) => `fields add up to ${s(d.sum)} but "total" is ${s(d.total)}`,
    vi: (d) => `tổng điểm các lĩnh vực là ${s(d.sum)} nhưng "total" khai báo ${s(d.total)}`,
  },
  'criteria/rule-on-parent': {
    severity: 'error',
    title: { en: 'A scoring rule on a criterion that has children', vi: 'Quy tắc chấm điểm đặt trên tiêu chí có tiêu chí con' },
    en: () => `a criterion with children is the sum of them and takes no "rule"; put the rule on a leaf`,
    vi: () => `tiêu chí có tiêu chí con được tính bằng tổng các con, không có "rule"; hãy đặt quy tắc ở tiêu chí lá`,
  },
  'bands/not-decreasing': {
    severity: 'error',
    title: { en: 'Band thresholds not strictly decreasing', vi: 'Ngưỡng xếp loại không giảm dần' },
    en: (d) => `band "${s(d.label)}" starts at ${s(d.min)}, not below the previous band's ${s(d.previous)}; list bands from the highest threshold down`,
    vi: (d) => `mức "${s(d.label)}" bắt đầu từ ${s(d.min)}, không thấp hơn mức trước (${s(d.previous)}); hãy xếp các mức từ cao xuống thấp`,
  },
  'bands/out-of-range': {
    severity: 'error',
    title: { en: 'Band threshold outside 0–100', vi: 'Ngưỡng xếp loại ngoài khoảng 0–100' },
    en: (d) => `band "${s(d.label)}" threshold ${s(d.min)} is outside 0–100`,
    vi: (d) => `ngưỡng ${s(d.min)} của mức "${s(d.label)}" nằm ngoài khoảng 0–100`,
  },
  'blocks/duplicate-id': {
    severity: 'error',
    title: { en: 'Two blocks share an id', vi: 'Hai khối trùng mã' },
    en: (d) => `block id "${s(d.id)}" is used again (first at ${s(d.firstPath)})`,
    vi: (d) => `mã khối "${s(d.id)}" bị trùng (đã dùng tại ${s(d.firstPath)})`,
  },
  'rule/points-above-max': {
    severity: 'error',
    title: { en: "A rule awards more than the leaf's max", vi: 'Quy tắc cho điểm vượt điểm tối đa của tiêu chí' },
    en: (d) => `the rule awards ${s(d.points)} points but the leaf's max is ${s(d.max)}`,
    vi: (d) => `quy tắc cho ${s(d.points)} điểm nhưng điểm tối đa của tiêu chí là ${s(d.max)}`,
  },
  'rule/thresholds-unordered': {
    severity: 'error',
    title: { en: 'Rule thresholds not strictly decreasing', vi: 'Ngưỡng của quy tắc không giảm dần' },
    en: (d) => `threshold ${s(d.min)} is not below the previous threshold ${s(d.previous)}; list thresholds from the highest down`,
    vi: (d) => `ngưỡng ${s(d.min)} không thấp hơn ngưỡng trước (${s(d.previous)}); hãy xếp ngưỡng từ cao xuống thấp`,
  },
  'rule/threshold-out-of-range': {
    severity: 'error',
    title: { en: 'A rule threshold the measured value can never reach', vi: 'Ngưỡng của quy tắc nằm ngoài phạm vi giá trị đo' },
    en: (d) => `threshold ${s(d.min)} is outside the measured value's range ${s(d.range)}`,
    vi: (d) => `ngưỡng ${s(d.min)} nằm ngoài phạm vi giá trị đo ${s(d.range)}`,
  },
  'rule/step-not-dividing': {
    severity: 'error',
    title: { en: "A step that does not divide the leaf's max", vi: 'Bước điểm không chia hết điểm tối đa' },
    en: (d) => `step ${s(d.step)} does not divide the max ${s(d.max)}, so the max itself could not be awarded`,
    vi: (d) => `bước điểm ${s(d.step)} không chia hết điểm tối đa ${s(d.max)}, nên không thể chấm điểm tối đa`,
  },
  'rule/allowed-above-max': {
    severity: 'error',
    title: { en: "An allowed value outside 0 and the leaf's max", vi: 'Giá trị cho phép nằm ngoài khoảng 0 đến điểm tối đa' },
    en: (d) => `allowed value ${s(d.value)} is outside 0–${s(d.max)}`,
    vi: (d) => `giá trị cho phép ${s(d.value)} nằm ngoài khoảng 0–${s(d.max)}`,
  },
  'rule/percent-out-of-range': {
    severity: 'error',
    title: { en: 'An answer option worth more than 100 % or less than 0 %', vi: 'Phương án trả lời có tỷ lệ ngoài 0–100 %' },
    en: (d) => `option "${s(d.option)}" is worth ${s(d.percent)} %, outside 0–100`,
    vi: (d) => `phương án "${s(d.option)}" được ${s(d.percent)} %, ngoài khoảng 0–100`,
  },
  'rule/duplicate-option': {
    severity: 'error',
    title: { en: 'Two answer options with the same value', vi: 'Hai phương án trả lời trùng nhau' },
    en: (d) => `option "${s(d.option)}" is listed twice`,
    vi: (d) => `phương án "${s(d.option)}" bị lặp`,
  },
  'set/not-text': {
    severity: 'error',
    title: { en: 'The criteria file is not UTF-8 text', vi: 'Tệp bộ chỉ số không phải văn bản UTF-8' },
    en: (d) =>
      `not a text file: ${d.reason === 'utf16' ? 'it is UTF-16 text' : d.reason === 'nul' ? 'it holds NUL bytes (a binary file?)' : 'it holds bytes that are not UTF-8 (maybe Windows-1258 or TCVN3)'}`,
    vi: (d) =>
      `không phải tệp văn bản: ${d.reason === 'utf16' ? 'tệp mã hoá UTF-16' : d.reason === 'nul' ? 'tệp chứa byte NUL (tệp nhị phân?)' : 'tệp chứa byte không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3)'}`,
    hint: { en: 'Save the criteria set as JSON in UTF-8.', vi: 'Lưu bộ chỉ số dưới dạng JSON, mã hoá UTF-8.' },
  },
  'set/too-large': {
    severity: 'error',
    title: { en: 'The criteria file is too large to be a criteria set', vi: 'Tệp bộ chỉ số quá lớn' },
    en: (d) => `the file is larger than ${s(d.limit)} bytes; a criteria set takes a few tens of kilobytes`,
    vi: (d) => `tệp lớn hơn ${s(d.limit)} byte; một bộ chỉ số chỉ vài chục kilobyte`,
  },
  'set/too-deep': {
    severity: 'error',
    title: { en: 'Objects and arrays nested deeper than the format allows', vi: 'Đối tượng và danh sách lồng nhau quá sâu' },
    en: (d) => `objects and arrays are nested more than ${s(d.limit)} deep here`,
    vi: (d) => `đối tượng và danh sách lồng nhau quá ${s(d.limit)} cấp tại đây`,
  },
  'set/duplicate-key': {
    severity: 'error',
    title: { en: 'A key written twice in the same object', vi: 'Một khoá được ghi hai lần trong cùng đối tượng' },
    en: (d) => `key "${s(d.key)}" is written again (first at line ${s(d.firstLine)}, column ${s(d.firstCol)}); only one value can count`,
    vi: (d) => `khoá "${s(d.key)}" được ghi lại lần nữa (lần đầu ở dòng ${s(d.firstLine)}, cột ${s(d.firstCol)}); chỉ một giá trị được tính`,
  },
  'set/wrong-type': {
    severity: 'error',
    title: { en: 'A value of the wrong type', vi: 'Giá trị sai kiểu' },
    en: (d) => `expected ${typeWord(d.expected, 'en')}; found ${s(d.found)}`,
    vi: (d) => `cần ${typeWord(d.expected, 'vi')}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/not-a-choice': {
    severity: 'error',
    title: { en: 'A value that is not one of the allowed words', vi: 'Giá trị không thuộc các lựa chọn cho phép' },
    en: (d) => `expected one of ${s(d.allowed)}; found ${s(d.found)}`,
    vi: (d) => `cần một trong các giá trị ${s(d.allowed)}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/out-of-range': {
    severity: 'error',
    title: { en: 'A number outside its allowed range (a negative max, a year…)', vi: 'Số nằm ngoài phạm vi cho phép (điểm tối đa âm, năm…)' },
    en: (d) => `${num(d.found, 'en')} is out of range: expected ${bound(d, 'en')}`,
    vi: (d) => `${num(d.found, 'vi')} nằm ngoài phạm vi: cần ${bound(d, 'vi')}`,
  },
  'set/too-precise': {
    severity: 'error',
    title: { en: 'A number parindex cannot hold exactly (more than six decimals, or too large)', vi: 'Số không giữ được chính xác (quá 6 chữ số thập phân, hoặc quá lớn)' },
    en: (d) =>
      d.reason === 'too-large'
        ? `${s(d.value)} is too large to be held exactly`
        : `${s(d.value)} has more than 6 decimals (a value this small or this precise would be read as a different number)`,
    vi: (d) =>
      d.reason === 'too-large'
        ? `${s(d.value)} quá lớn, không giữ được chính xác`
        : `${s(d.value)} có quá 6 chữ số thập phân (giá trị nhỏ hoặc lẻ như vậy sẽ bị đọc thành số khác)`,
    hint: { en: 'Write points with at most six decimals, e.g. 0.25.', vi: 'Ghi điểm với tối đa 6 chữ số thập phân, ví dụ 0,25.' },
  },
  'set/total-zero': {
    severity: 'error',
    title: { en: 'A set whose total is 0: nothing to score', vi: 'Bộ chỉ số có tổng điểm bằng 0: không có gì để chấm' },
    en: () => 'the total is 0, so no index can be computed; give the fields their maxima',
    vi: () => 'tổng điểm bằng 0 nên không tính được chỉ số; hãy ghi điểm tối đa cho các lĩnh vực',
  },
  'set/na-token-answer': {
    severity: 'error',
    title: { en: 'A non-applicable token that is also an answer', vi: 'Ký hiệu "không đánh giá" trùng với một câu trả lời' },
    en: (d) =>
      `non-applicable token "${s(d.token)}" is also ${d.option !== undefined ? `the answer option "${s(d.option)}"` : `a ${d.meaning === 'yes' ? 'yes' : 'no'} answer`}, so that answer would be read as "not applicable"`,
    vi: (d) =>
      `ký hiệu không đánh giá "${s(d.token)}" trùng với ${d.option !== undefined ? `phương án trả lời "${s(d.option)}"` : `câu trả lời ${d.meaning === 'yes' ? '"có"' : '"không"'}`}, nên câu trả lời đó sẽ bị hiểu là không đánh giá`,
    hint: { en: 'Use a word such as KĐG or N/A.', vi: 'Dùng chữ, ví dụ KĐG hoặc N/A.' },
  },
  'ties/unknown-field': {
    severity: 'error',
    title: { en: 'A field: tie-break that names no field', vi: 'Khoá phân định field: không ứng với lĩnh vực nào' },
    en: (d) => `"${s(d.key)}" names no field; expected field:<code of a top-level criterion> (${s(d.fields)})`,
    vi: (d) => `"${s(d.key)}" không ứng với lĩnh vực nào; cần field:<mã lĩnh vực> (${s(d.fields)})`,
  },
  'blocks/empty-bands': {
    severity: 'error',
    title: { en: 'A block with an empty band list', vi: 'Khối có danh sách xếp loại rỗng' },
    en: (d) => `block "${s(d.id)}" has "bands": [] — leave the key out to use the set's bands`,
    vi: (d) => `khối "${s(d.id)}" có "bands": [] — hãy bỏ khoá này để dùng các mức xếp loại chung của bộ chỉ số`,
  },
  // ── score sheets: files and sheets ─────────────────────────────────────────────────────────────────────────
  'file/unsupported-type': {
    severity: 'error',
    title: { en: 'A file parindex cannot read as a score sheet', vi: 'Tệp không phải bảng điểm đọc được' },
    en: (d) => `not a CSV or XLSX file${d.hint ? ` (${s(d.hint)})` : ''}`,
    vi: (d) => `không phải tệp CSV hoặc XLSX${d.hintVi ? ` (${s(d.hintVi)})` : ''}`,
    hint: { en: 'Save it as .xlsx or .csv (UTF-8).', vi: 'Lưu tệp dưới dạng .xlsx hoặc .csv (UTF-8).' },
  },
  'file/not-utf8': {
    severity: 'error',
    title: { en: 'A CSV file that is not UTF-8', vi: 'Tệp CSV không mã hoá UTF-8' },
    en: (d) => `not UTF-8 text (first invalid byte at offset ${s(d.offset)}); it may be Windows-1258 or TCVN3`,
    vi: (d) => `không phải văn bản UTF-8 (byte sai đầu tiên ở vị trí ${s(d.offset)}); có thể là Windows-1258 hoặc TCVN3`,
    hint: { en: 'In Excel: Save As → "CSV UTF-8 (Comma delimited)".', vi: 'Trong Excel: Lưu thành → "CSV UTF-8 (Comma delimited)".' },
  },
  'file/unreadable': {
    severity: 'error',
    title: { en: 'A file that could not be read', vi: 'Tệp không đọc được' },
    en: (d) => `could not be read: ${s(d.reason)}`,
    vi: (d) => `không đọc được: ${s(d.reasonVi ?? d.reason)}`,
  },
  'file/no-readable-sheet': {
    severity: 'error',
    title: { en: 'An input with no sheet that could be read', vi: 'Tệp không có trang tính nào đọc được' },
    en: (d) => `no sheet was read${Array.isArray(d.hidden) && d.hidden.length > 0 ? ` (hidden: ${s(d.hidden)})` : ' (the file has no sheet)'}`,
    vi: (d) => `không đọc được trang tính nào${Array.isArray(d.hidden) && d.hidden.length > 0 ? ` (trang bị ẩn: ${s(d.hidden)})` : ' (tệp không có trang tính)'}`,
    hint: { en: 'Name a hidden sheet with --sheet to score it.', vi: 'Chỉ định trang bị ẩn bằng --sheet để chấm.' },
  },
  'sheet/not-found': {
    severity: 'error',
    title: { en: 'The sheet named by --sheet is not in the workbook', vi: 'Không có trang tính được chỉ định bằng --sheet' },
    en: (d) => `no sheet named "${s(d.sheet)}" (sheets: ${s(d.available)})`,
    vi: (d) => `không có trang tính "${s(d.sheet)}" (các trang: ${s(d.available)})`,
  },
  'sheet/no-header': {
    severity: 'error',
    title: { en: 'No header row with criterion codes', vi: 'Không tìm thấy dòng tiêu đề có mã tiêu chí' },
    en: (d) => `no row in the first ${s(d.scanned)} rows has the criterion codes of "${s(d.set)}" as column headers`,
    vi: (d) => `trong ${s(d.scanned)} dòng đầu không có dòng nào ghi mã tiêu chí của bộ "${s(d.set)}" làm tiêu đề cột`,
    hint: {
      en: 'Head each score column with its criterion code, e.g. "1.1" or "TC 1.1 Kế hoạch CCHC".',
      vi: 'Ghi mã tiêu chí ở đầu mỗi cột điểm, ví dụ "1.1" hoặc "TC 1.1 Kế hoạch CCHC".',
    },
  },
  'sheet/no-units': {
    severity: 'warning',
    title: { en: 'A table with a header but no unit rows', vi: 'Bảng có dòng tiêu đề nhưng không có đơn vị nào' },
    en: (d) => `the table under the header on row ${s(d.row)} has no unit rows`,
    vi: (d) => `bảng dưới dòng tiêu đề ${s(d.row)} không có dòng đơn vị nào`,
  },
  'sheet/skipped': {
    severity: 'info',
    title: { en: 'A sheet that was not scored', vi: 'Trang tính không được chấm' },
    en: (d) => `sheet skipped: ${s(d.reason)}`,
    vi: (d) => `bỏ qua trang tính: ${s(d.reasonVi)}`,
  },
  // ── score sheets: headers ────────────────────────────────────────────────────────────────────────────────
  'header/unknown-criterion': {
    severity: 'error',
    title: { en: 'A column headed by a code that is not in the criteria set', vi: 'Cột có mã tiêu chí không thuộc bộ chỉ số' },
    en: (d) => `column "${s(d.header)}" names criterion ${s(d.code)}, which is not in "${s(d.set)}"`,
    vi: (d) => `cột "${s(d.header)}" ghi tiêu chí ${s(d.code)}, không có trong bộ "${s(d.set)}"`,
    hint: {
      en: 'The sheet may have been made from another year\'s criteria set.',
      vi: 'Có thể bảng điểm được lập theo bộ chỉ số của năm khác.',
    },
  },
  'header/duplicate-criterion': {
    severity: 'error',
    title: { en: 'Two columns for the same criterion', vi: 'Hai cột cho cùng một tiêu chí' },
    en: (d) => `criterion ${s(d.code)} has a second column (first in column ${s(d.first)})`,
    vi: (d) => `tiêu chí ${s(d.code)} có cột thứ hai (cột đầu tiên: ${s(d.first)})`,
  },
  'header/missing-criterion': {
    severity: 'error',
    title: { en: 'A scored criterion with no column', vi: 'Tiêu chí chấm điểm không có cột' },
    en: (d) => `no column for criterion ${s(d.code)} "${s(d.name)}"`,
    vi: (d) => `thiếu cột cho tiêu chí ${s(d.code)} "${s(d.name)}"`,
  },
  'header/missing-unit-column': {
    severity: 'error',
    title: { en: 'No unit code column', vi: 'Không có cột mã đơn vị' },
    en: () => 'no column for the unit code (headers such as "Mã đơn vị", "Mã", "code")',
    vi: () => 'không có cột mã đơn vị (tiêu đề như "Mã đơn vị", "Mã", "code")',
    hint: { en: 'Add the column, or name it with --code-column.', vi: 'Thêm cột, hoặc chỉ rõ bằng --code-column.' },
  },
  'header/missing-name-column': {
    severity: 'warning',
    title: { en: 'No unit name column', vi: 'Không có cột tên đơn vị' },
    en: () => 'no column for the unit name ("Tên đơn vị", "name"); units are shown by their code',
    vi: () => 'không có cột tên đơn vị ("Tên đơn vị", "name"); đơn vị sẽ hiển thị bằng mã',
  },
  'header/missing-block-column': {
    severity: 'error',
    title: { en: 'No block column where the set ranks by block', vi: 'Không có cột khối trong khi bộ chỉ số xếp hạng theo khối' },
    en: (d) => `no "Khối" column: ${s(d.rows)} unit row(s) have no block; the set ranks by block (${s(d.blocks)})`,
    vi: (d) => `không có cột "Khối": ${s(d.rows)} dòng đơn vị chưa có khối; bộ chỉ số xếp hạng theo khối (${s(d.blocks)})`,
    hint: { en: 'Add a "Khối" column, pass --block for the whole file, or give --units with blocks.', vi: 'Thêm cột "Khối", dùng --block cho cả tệp, hoặc dùng --units có cột khối.' },
  },
  // ── score sheets: unit rows ──────────────────────────────────────────────────────────────────────────────
  'row/missing-unit-code': {
    severity: 'error',
    title: { en: 'A row with scores but no unit code', vi: 'Dòng có điểm nhưng không có mã đơn vị' },
    en: (d) => `row has scores but no unit code${d.name ? ` (name "${s(d.name)}")` : ''}`,
    vi: (d) => `dòng có điểm nhưng thiếu mã đơn vị${d.name ? ` (tên "${s(d.name)}")` : ''}`,
  },
  'row/duplicate-unit': {
    severity: 'error',
    title: { en: 'The same unit code twice', vi: 'Mã đơn vị bị trùng' },
    en: (d) => `unit ${s(d.unit)} appears again (first at ${s(d.first)}); neither row is ranked`,
    vi: (d) => `đơn vị ${s(d.unit)} xuất hiện lần nữa (lần đầu tại ${s(d.firstVi ?? d.first)}); cả hai dòng không được xếp hạng`,
  },
  'row/name-unicode-variant': {
    severity: 'warning',
    title: { en: 'The same unit name typed in two Unicode forms', vi: 'Cùng tên đơn vị nhưng khác dạng mã Unicode' },
    en: (d) => `name "${s(d.name)}" is written in another Unicode form (NFD/NFC) than at ${s(d.first)}; parindex uses NFC`,
    vi: (d) => `tên "${s(d.name)}" được gõ khác dạng Unicode (NFD/NFC) so với tại ${s(d.firstVi ?? d.first)}; parindex dùng dạng NFC`,
    hint: { en: 'Retype the name with one keyboard setting (Unicode dựng sẵn).', vi: 'Gõ lại tên với cùng một bảng mã (Unicode dựng sẵn).' },
  },
  'row/duplicate-name': {
    severity: 'warning',
    title: { en: 'Two unit codes with the same name in one block', vi: 'Hai mã đơn vị cùng tên trong một khối' },
    en: (d) => `units ${s(d.unit)} and ${s(d.other)} are both named "${s(d.name)}"`,
    vi: (d) => `đơn vị ${s(d.unit)} và ${s(d.other)} cùng tên "${s(d.name)}"`,
  },
  'row/unknown-block': {
    severity: 'error',
    title: { en: 'A block that is not in the criteria set', vi: 'Khối không có trong bộ chỉ số' },
    en: (d) => `block "${s(d.block)}" is not in the criteria set (blocks: ${s(d.blocks)})`,
    vi: (d) => `khối "${s(d.block)}" không có trong bộ chỉ số (các khối: ${s(d.blocks)})`,
  },
  'row/missing-block': {
    severity: 'error',
    title: { en: 'A unit with no block', vi: 'Đơn vị chưa có khối' },
    en: (d) => `no block for this unit; the set ranks by block (${s(d.blocks)})`,
    vi: (d) => `đơn vị chưa có khối; bộ chỉ số xếp hạng theo khối (${s(d.blocks)})`,
    hint: { en: 'Add a "Khối" column or pass --block for the whole file.', vi: 'Thêm cột "Khối" hoặc dùng --block cho cả tệp.' },
  },
  'row/no-applicable-criteria': {
    severity: 'error',
    title: { en: 'Every criterion marked non-applicable', vi: 'Mọi tiêu chí đều ghi không đánh giá' },
    en: () => 'every criterion is non-applicable, so the effective maximum is 0 and no index exists',
    vi: () => 'mọi tiêu chí đều không đánh giá nên điểm tối đa thực tế bằng 0, không tính được chỉ số',
  },
  'unit/excluded': {
    severity: 'info',
    title: { en: 'A unit left out of the ranking because of its errors', vi: 'Đơn vị không được xếp hạng do có lỗi' },
    en: (d) => `${s(d.units)} unit(s) left out of the ranking because of their errors: ${s(d.codes)}`,
    vi: (d) => `${s(d.units)} đơn vị không được xếp hạng do có lỗi: ${s(d.codes)}`,
  },
  // ── score sheets: cells ──────────────────────────────────────────────────────────────────────────────────
  'cell/empty': {
    severity: 'error',
    title: { en: 'An empty cell where a score is required', vi: 'Ô trống ở tiêu chí bắt buộc chấm' },
    en: () => 'empty; a score (or a non-applicable mark where allowed) is required',
    vi: () => 'ô trống; cần nhập điểm (hoặc ký hiệu không đánh giá nếu được phép)',
  },
  'cell/not-a-number': {
    severity: 'error',
    title: { en: 'A value that is not a number', vi: 'Giá trị không phải là số' },
    en: (d) => `"${s(d.value)}" is not a number${d.both ? '; it has both a decimal point and a decimal comma: use one of them, not both' : ''}`,
    vi: (d) => `"${s(d.value)}" không phải là số${d.both ? '; có cả dấu chấm và dấu phẩy: dùng dấu chấm hoặc dấu phẩy thập phân, không dùng cả hai' : ''}`,
    hint: { en: 'Type a number such as 1.5 or 1,5.', vi: 'Nhập số, ví dụ 1,5 hoặc 1.5.' },
  },
  'cell/too-precise': {
    severity: 'error',
    title: { en: 'More than six decimals', vi: 'Quá 6 chữ số thập phân' },
    en: (d) => `${s(d.value)} has more than six decimals; scores are kept exactly to 0.000001`,
    vi: (d) => `${s(d.value)} có quá 6 chữ số thập phân; điểm được giữ chính xác tới 0,000001`,
  },
  'cell/out-of-range': {
    severity: 'error',
    title: { en: "Points below 0 or above the criterion's max", vi: 'Điểm âm hoặc vượt điểm tối đa' },
    en: (d) => `${s(d.value)} is outside 0–${s(d.max)} (${d.adjustment ? `the cap of "${s(d.adjustment)}"` : "the criterion's max"})`,
    vi: (d) => `${s(d.value)} nằm ngoài khoảng 0–${s(d.max)} (${d.adjustment ? `mức tối đa của "${s(d.adjustment)}"` : 'điểm tối đa của tiêu chí'})`,
  },
  'cell/off-step': {
    severity: 'error',
    title: { en: 'Points not on the criterion\'s step', vi: 'Điểm không theo bước điểm quy định' },
    en: (d) => `${s(d.value)} is not a multiple of the step ${s(d.step)}`,
    vi: (d) => `${s(d.value)} không phải bội số của bước điểm ${s(d.step)}`,
  },
  'cell/not-allowed': {
    severity: 'error',
    title: { en: 'Points not in the allowed list', vi: 'Điểm không thuộc các mức cho phép' },
    en: (d) => `${s(d.value)} is not one of the allowed values ${s(d.allowed)}`,
    vi: (d) => `${s(d.value)} không thuộc các mức cho phép ${s(d.allowed)}`,
  },
  'cell/na-not-allowed': {
    severity: 'error',
    title: { en: 'Non-applicable on a criterion that must be scored', vi: 'Ghi không đánh giá ở tiêu chí bắt buộc' },
    en: (d) => `"${s(d.value)}" marks it non-applicable, but this criterion applies to every unit`,
    vi: (d) => `"${s(d.value)}" là không đánh giá, nhưng tiêu chí này áp dụng cho mọi đơn vị`,
  },
  'cell/value-out-of-range': {
    severity: 'error',
    title: { en: 'A measured value the rule cannot take', vi: 'Giá trị đo nằm ngoài phạm vi của quy tắc' },
    en: (d) => `measured value ${s(d.value)} is outside ${s(d.range)}`,
    vi: (d) => `giá trị đo ${s(d.value)} nằm ngoài ${s(d.range)}`,
  },
  'cell/unknown-answer': {
    severity: 'error',
    title: { en: 'An answer the rule does not know', vi: 'Câu trả lời không thuộc các phương án' },
    en: (d) => `"${s(d.value)}" is not one of ${s(d.expected)}`,
    vi: (d) => `"${s(d.value)}" không thuộc các phương án ${s(d.expected)}`,
  },
  'cell/date': {
    severity: 'error',
    title: { en: 'A date where a number belongs', vi: 'Ô chứa ngày tháng thay vì số' },
    en: (d) => `holds a date (${s(d.value)}); Excel may have turned a typed "1.5" into a date`,
    vi: (d) => `chứa ngày tháng (${s(d.value)}); Excel có thể đã đổi số "1.5" thành ngày`,
    hint: { en: 'Format the column as Number and retype the value.', vi: 'Định dạng cột là Số (Number) rồi nhập lại.' },
  },
  'cell/formula-error': {
    severity: 'error',
    title: { en: 'A formula that ends in an error value', vi: 'Công thức cho kết quả lỗi' },
    en: (d) => `formula result is the error ${s(d.value)}`,
    vi: (d) => `công thức cho kết quả lỗi ${s(d.value)}`,
  },
  'cell/formula-no-value': {
    severity: 'error',
    title: { en: 'A formula saved without its result', vi: 'Công thức chưa được tính kết quả' },
    en: (d) => `formula =${s(d.formula)} has no saved result`,
    vi: (d) => `công thức =${s(d.formula)} chưa có kết quả được lưu`,
    hint: { en: 'Open and save the file in Excel or LibreOffice so results are stored.', vi: 'Mở và lưu lại tệp bằng Excel hoặc LibreOffice để lưu kết quả.' },
  },
  'cell/adjustment-above-cap': {
    severity: 'error',
    title: { en: 'Bonus or penalty above its cap', vi: 'Điểm thưởng/trừ vượt mức tối đa' },
    en: (d) => `${s(d.value)} is above the cap ${s(d.max)} for "${s(d.name)}"`,
    vi: (d) => `${s(d.value)} vượt mức tối đa ${s(d.max)} của "${s(d.name)}"`,
  },
  'cell/na-lookalike': {
    severity: 'error',
    title: { en: "A mark like the set's non-applicable mark, but not it", vi: 'Ký hiệu gần giống ký hiệu không đánh giá của bộ chỉ số' },
    en: (d) => `"${s(d.value)}" is not a score; non-applicable is written ${s(d.marks)} in this criteria set`,
    vi: (d) => `"${s(d.value)}" không phải là điểm; bộ chỉ số này ghi không đánh giá là ${s(d.marks)}`,
    hint: { en: "Write one of the set's marks exactly (naTokens).", vi: 'Ghi đúng một trong các ký hiệu của bộ chỉ số (naTokens).' },
  },
  'cell/ambiguous-separator': {
    severity: 'warning',
    title: { en: 'A dot that may be a thousands separator in a sheet of decimal commas', vi: 'Dấu chấm có thể là dấu phân cách hàng nghìn trong bảng dùng dấu phẩy thập phân' },
    en: (d) => `"${s(d.value)}" was read as ${s(d.read)} with a decimal point, but this sheet writes decimals with a comma: is it ${s(d.read)} or a thousand times more?`,
    vi: (d) => `"${s(d.value)}" được đọc là ${s(d.read)} (dấu chấm thập phân), nhưng bảng này dùng dấu phẩy thập phân: là ${s(d.read)} hay gấp nghìn lần?`,
    hint: { en: 'Write decimals one way in the whole sheet.', vi: 'Dùng một kiểu dấu thập phân trong cả bảng.' },
  },
  'check/not-checked': {
    severity: 'info',
    title: { en: 'Written totals that could not be checked', vi: 'Số tổng ghi trong bảng không kiểm tra được' },
    en: (d) => `the ${s(d.what)} written in this column could not be checked: ${s(d.cells)} formula cell(s) were saved without their result`,
    vi: (d) => `không kiểm tra được ${s(d.whatVi)} ghi ở cột này: ${s(d.cells)} ô công thức được lưu mà không có kết quả`,
    hint: { en: 'Open and save the file in Excel or LibreOffice so results are stored.', vi: 'Mở và lưu lại tệp bằng Excel hoặc LibreOffice để lưu kết quả.' },
  },
  'check/reported-mismatch': {
    severity: 'warning',
    title: { en: 'A total written in the sheet that does not match the computed one', vi: 'Số tổng ghi trong bảng khác số tính lại' },
    en: (d) => `the sheet says ${s(d.what)} = ${s(d.reported)}, recomputed from the scores it is ${s(d.computed)}`,
    vi: (d) => `bảng ghi ${s(d.whatVi)} = ${s(d.reported)}, tính lại từ điểm thành phần được ${s(d.computed)}`,
  },
  // ── forms, long sheets, unit lists, self-assessment ─────────────────────────────────────────────────────────
  'row/unknown-criterion': {
    severity: 'error',
    title: { en: 'A row for a criterion that is not in the set', vi: 'Dòng ghi tiêu chí không có trong bộ chỉ số' },
    en: (d) => `criterion "${s(d.code)}" is not in "${s(d.set)}"`,
    vi: (d) => `tiêu chí "${s(d.code)}" không có trong bộ "${s(d.set)}"`,
    hint: { en: "The submission may follow another year's criteria set.", vi: 'Có thể bảng được lập theo bộ chỉ số của năm khác.' },
  },
  'unit/missing-criterion': {
    severity: 'error',
    title: { en: 'A unit with no score for a criterion', vi: 'Đơn vị thiếu điểm một tiêu chí' },
    en: (d) => `no ${s(d.what) || 'score'} for criterion ${s(d.code)} "${s(d.name)}"`,
    vi: (d) => `thiếu ${s(d.whatVi) || 'điểm'} tiêu chí ${s(d.code)} "${s(d.name)}"`,
  },
  'unit/duplicate-criterion': {
    severity: 'error',
    title: { en: 'A criterion scored twice for one unit', vi: 'Một tiêu chí được chấm hai lần cho cùng đơn vị' },
    en: (d) => `criterion ${s(d.code)} is scored again (first at ${s(d.first)})`,
    vi: (d) => `tiêu chí ${s(d.code)} được chấm lần nữa (lần đầu tại ${s(d.firstVi ?? d.first)})`,
  },
  'form/max-mismatch': {
    severity: 'error',
    title: { en: "A form whose printed max differs from the set's", vi: 'Điểm tối đa in trên biểu khác bộ chỉ số' },
    en: (d) => `the form prints ${s(d.printed)} as the max of ${s(d.code)}, the set "${s(d.set)}" says ${s(d.max)}`,
    vi: (d) => `biểu ghi điểm tối đa của ${s(d.code)} là ${s(d.printed)}, bộ chỉ số "${s(d.set)}" quy định ${s(d.max)}`,
    hint: { en: 'Use the form of this year\'s criteria set.', vi: 'Dùng biểu mẫu theo bộ chỉ số của năm đánh giá.' },
  },
  'form/no-unit': {
    severity: 'error',
    title: { en: 'A form that does not say which unit it is for', vi: 'Biểu không ghi rõ đơn vị' },
    en: () => 'cannot tell which unit this form is for: no "Mã đơn vị: …" cell and the file name does not start with a code',
    vi: () => 'không xác định được đơn vị của biểu: không có ô "Mã đơn vị: …" và tên tệp không bắt đầu bằng mã đơn vị',
    hint: { en: 'Write "Mã đơn vị: 25102" above the table, or name the file "25102 - Xã An Bình.xlsx".', vi: 'Ghi "Mã đơn vị: 25102" phía trên bảng, hoặc đặt tên tệp "25102 - Xã An Bình.xlsx".' },
  },
  'form/self-only': {
    severity: 'info',
    title: { en: 'A form without appraised points', vi: 'Biểu chưa có điểm thẩm định' },
    en: () => 'no appraised points yet: the self-assessed points are used',
    vi: () => 'chưa có điểm thẩm định: dùng điểm tự đánh giá',
  },
  'cell/evidence-missing': {
    severity: 'warning',
    title: { en: 'No evidence cited where the set requires it', vi: 'Thiếu tài liệu kiểm chứng ở tiêu chí bắt buộc' },
    en: (d) => `criterion ${s(d.code)} requires evidence documents, but the evidence cell is empty`,
    vi: (d) => `tiêu chí ${s(d.code)} yêu cầu tài liệu kiểm chứng nhưng ô tài liệu kiểm chứng để trống`,
    hint: { en: 'Cite the document (number, date) that proves the score.', vi: 'Ghi số, ngày văn bản chứng minh điểm tự đánh giá.' },
  },
  'units/unknown-unit': {
    severity: 'error',
    title: { en: 'A unit code that is not in the official unit list', vi: 'Mã đơn vị không có trong danh sách đơn vị' },
    en: (d) => `unit ${s(d.unit)} is not in the unit list ${s(d.list)}`,
    vi: (d) => `đơn vị ${s(d.unit)} không có trong danh sách ${s(d.list)}`,
  },
  'units/name-mismatch': {
    severity: 'warning',
    title: { en: 'A unit name that disagrees with the unit list', vi: 'Tên đơn vị khác danh sách đơn vị' },
    en: (d) => `unit ${s(d.unit)} is named "${s(d.name)}" here but "${s(d.listed)}" in ${s(d.list)}`,
    vi: (d) => `đơn vị ${s(d.unit)} ghi tên "${s(d.name)}" nhưng danh sách ${s(d.list)} ghi "${s(d.listed)}"`,
  },
  'units/not-submitted': {
    severity: 'warning',
    title: { en: 'A unit of the list that sent nothing', vi: 'Đơn vị trong danh sách chưa nộp' },
    en: (d) => `unit ${s(d.unit)} "${s(d.name)}" sent no scores`,
    vi: (d) => `đơn vị ${s(d.unit)} "${s(d.name)}" chưa gửi bảng điểm`,
  },
  'reconcile/appraised-above-self': {
    severity: 'warning',
    title: { en: 'Appraised points above the self-assessed points', vi: 'Điểm thẩm định cao hơn điểm tự đánh giá' },
    en: (d) => `appraised ${s(d.appraised)} is above the self-assessed ${s(d.self)} for criterion ${s(d.code)}`,
    vi: (d) => `điểm thẩm định ${s(d.appraised)} cao hơn điểm tự đánh giá ${s(d.self)} ở tiêu chí ${s(d.code)}`,
  },
  'reconcile/large-difference': {
    severity: 'warning',
    title: { en: 'Self-assessed and appraised points far apart', vi: 'Điểm tự đánh giá và điểm thẩm định chênh lệch lớn' },
    en: (d) => `self-assessed ${s(d.self)} and appraised ${s(d.appraised)} differ by ${s(d.diff)} (more than ${s(d.threshold)}) for criterion ${s(d.code)}`,
    vi: (d) => `điểm tự đánh giá ${s(d.self)} và điểm thẩm định ${s(d.appraised)} chênh ${s(d.diff)} (quá ${s(d.threshold)}) ở tiêu chí ${s(d.code)}`,
  },
  // ── compare: the unit map (--map) and units across years ─────────────────────────────────────────────────────
  'map/no-header': {
    severity: 'error',
    title: { en: 'A unit map without old and new code columns', vi: 'Bảng ánh xạ đơn vị thiếu cột mã cũ, mã mới' },
    en: () => 'no header row with an old code column and a new code column (expected e.g. "Mã đơn vị cũ", "Mã đơn vị mới", optional "Dân số")',
    vi: () => 'không có dòng tiêu đề với cột mã cũ và cột mã mới (cần, ví dụ, "Mã đơn vị cũ", "Mã đơn vị mới", tuỳ chọn "Dân số")',
  },
  'map/missing-code': {
    severity: 'error',
    title: { en: 'A unit map row with only one of its two codes', vi: 'Dòng ánh xạ chỉ có một trong hai mã' },
    en: (d) => `the ${s(d.side)} code is empty (old "${s(d.old)}", new "${s(d.new)}")`,
    vi: (d) => `thiếu mã ${d.side === 'old' ? 'cũ' : 'mới'} (mã cũ "${s(d.old)}", mã mới "${s(d.new)}")`,
  },
  'map/bad-weight': {
    severity: 'error',
    title: { en: 'A weight in the unit map that is not a positive number', vi: 'Trọng số trong bảng ánh xạ không phải số dương' },
    en: (d) => `weight "${s(d.value)}" of ${s(d.old)} → ${s(d.new)} is not a positive number (column "${s(d.column)}")`,
    vi: (d) => `trọng số "${s(d.value)}" của ${s(d.old)} → ${s(d.new)} không phải số dương (cột "${s(d.column)}")`,
  },
  'map/duplicate': {
    severity: 'error',
    title: { en: 'A unit mapped twice', vi: 'Một đơn vị được ánh xạ hai lần' },
    en: (d) => `${s(d.old)} → ${s(d.new)} is mapped again (first on row ${s(d.firstRow)}); the row is ignored`,
    vi: (d) => `${s(d.old)} → ${s(d.new)} bị ánh xạ lại (đã có ở dòng ${s(d.firstRow)}); dòng này bị bỏ qua`,
  },
  'map/unknown-code': {
    severity: 'error',
    title: { en: 'A mapped code that exists in neither year', vi: 'Mã trong bảng ánh xạ không có ở năm nào' },
    en: (d) => `${d.side === 'old' ? 'old' : 'new'} code ${s(d.code)} is in no ${d.side === 'old' ? 'earlier' : 'later'} year's results (${s(d.years)})`,
    vi: (d) => `mã ${d.side === 'old' ? 'cũ' : 'mới'} ${s(d.code)} không có trong kết quả năm ${d.side === 'old' ? 'trước' : 'sau'} nào (${s(d.years)})`,
  },
  'compare/no-predecessor': {
    severity: 'warning',
    title: { en: 'A later unit with no predecessor in the unit map', vi: 'Đơn vị năm sau không có đơn vị tiền thân trong bảng ánh xạ' },
    en: (d) => `unit ${s(d.unit)} "${s(d.name)}" of ${s(d.year)} is not in ${s(d.earlierYear)} and no map row leads to it: it is compared with nothing`,
    vi: (d) => `đơn vị ${s(d.unit)} "${s(d.name)}" năm ${s(d.year)} không có ở năm ${s(d.earlierYear)} và không dòng ánh xạ nào dẫn tới: không có số liệu để so sánh`,
    hint: { en: 'Add the rows of its former units to the --map file.', vi: 'Bổ sung các dòng đơn vị cũ của nó vào tệp --map.' },
  },
  'compare/years-out-of-order': {
    severity: 'warning',
    title: { en: 'Results reports not given in year order', vi: 'Các báo cáo kết quả không theo thứ tự năm' },
    en: (d) => `${s(d.file)} (${s(d.year)}) comes after a report of ${s(d.previous)}: years are compared in the order given`,
    vi: (d) => `${s(d.file)} (năm ${s(d.year)}) đứng sau báo cáo năm ${s(d.previous)}: các năm được so sánh theo thứ tự đã nhập`,
  },
  // ── survey responses (parindex survey) ──────────────────────────────────────────────────────────────────────
  'survey/no-header': {
    severity: 'error',
    title: { en: 'A response sheet without a header of unit and survey items', vi: 'Bảng phiếu khảo sát không có dòng tiêu đề gồm đơn vị và câu hỏi' },
    en: (d) => `no header row with a unit column and ${s(d.expected)} in the first ${s(d.scanned)} rows`,
    vi: (d) => `không thấy dòng tiêu đề có cột đơn vị và ${s(d.expectedVi)} trong ${s(d.scanned)} dòng đầu`,
    hint: { en: 'Head the columns "Mã đơn vị", "Nhóm", "Mã phiếu" and the survey item codes (7.1.1 …).', vi: 'Đặt tiêu đề cột "Mã đơn vị", "Nhóm", "Mã phiếu" và mã các câu hỏi (7.1.1 …).' },
  },
  'survey/missing-group-column': {
    severity: 'error',
    title: { en: 'Respondent groups declared but no group column', vi: 'Bộ chỉ số có nhóm đối tượng nhưng bảng phiếu không có cột nhóm' },
    en: (d) => `the set weights respondent groups (${s(d.groups)}) but this sheet has no "Nhóm" column`,
    vi: (d) => `bộ chỉ số tính trọng số theo nhóm đối tượng (${s(d.groups)}) nhưng bảng không có cột "Nhóm"`,
  },
  'survey/unknown-unit': {
    severity: 'error',
    title: { en: 'Answers about a unit that is not known', vi: 'Phiếu đánh giá một đơn vị không có trong danh sách' },
    en: (d) => `unit ${s(d.unit)} is not in ${s(d.list)}; the respondent's answers are not counted`,
    vi: (d) => `đơn vị ${s(d.unit)} không có trong ${s(d.list)}; các câu trả lời của phiếu không được tính`,
  },
  'survey/unknown-group': {
    severity: 'error',
    title: { en: 'A respondent group the set does not declare', vi: 'Nhóm đối tượng không có trong bộ chỉ số' },
    en: (d) => `group "${s(d.group)}" is not one of ${s(d.groups)}; the respondent's answers are not counted`,
    vi: (d) => `nhóm "${s(d.group)}" không thuộc ${s(d.groups)}; các câu trả lời của phiếu không được tính`,
  },
  'survey/duplicate-respondent': {
    severity: 'error',
    title: { en: 'The same respondent twice', vi: 'Một phiếu khảo sát bị nhập hai lần' },
    en: (d) => `respondent ${s(d.respondent)} of unit ${s(d.unit)} was already read at ${s(d.first)}; only the first is counted`,
    vi: (d) => `phiếu ${s(d.respondent)} của đơn vị ${s(d.unit)} đã có tại ${s(d.firstVi)}; chỉ tính lần đầu`,
  },
  'survey/few-responses': {
    severity: 'warning',
    title: { en: 'Fewer answers than the set requires', vi: 'Số câu trả lời ít hơn mức tối thiểu của bộ chỉ số' },
    en: (d) => `${s(d.n)} answer(s) on item ${s(d.code)} for unit ${s(d.unit)}, fewer than ${s(d.min)}`,
    vi: (d) => `câu ${s(d.code)} của đơn vị ${s(d.unit)} chỉ có ${s(d.n)} câu trả lời, ít hơn ${s(d.min)}`,
  },
  'survey/same-answer': {
    severity: 'info',
    title: { en: 'A respondent who gave the same answer to every item', vi: 'Phiếu chọn cùng một phương án cho mọi câu hỏi' },
    en: (d) => `respondent ${s(d.respondent)} gave the same answer ("${s(d.answer)}", ${s(d.percent)} % of the max) to all ${s(d.items)} items`,
    vi: (d) => `phiếu ${s(d.respondent)} chọn cùng một mức ("${s(d.answer)}", ${s(d.percent)} % điểm tối đa) cho cả ${s(d.items)} câu hỏi`,
    hint: { en: 'Survey practice flags such questionnaires for a second look; they are counted.', vi: 'Theo thông lệ điều tra, phiếu như vậy cần được xem lại; phiếu vẫn được tính.' },
  },
  // ── criteria import (annex of a decision) and templates ────────────────────────────────────────────────────
  'annex/no-table': {
    severity: 'error',
    title: { en: 'No annex table found', vi: 'Không tìm thấy bảng phụ lục' },
    en: () => 'no table with a criterion column and a max points column (headers such as "STT", "Nội dung", "Điểm tối đa")',
    vi: () => 'không có bảng nào có cột tiêu chí và cột điểm tối đa (tiêu đề như "STT", "Nội dung", "Điểm tối đa")',
    hint: { en: 'Check that the annex is a table, not text laid out with tabs.', vi: 'Kiểm tra phụ lục là một bảng, không phải văn bản căn bằng tab.' },
  },
  'annex/missing-max': {
    severity: 'error',
    title: { en: 'A criterion without max points in the annex', vi: 'Tiêu chí trong phụ lục không có điểm tối đa' },
    en: (d) => `criterion ${s(d.code)} has no max points`,
    vi: (d) => `tiêu chí ${s(d.code)} không có điểm tối đa`,
  },
  'annex/bad-max': {
    severity: 'error',
    title: { en: 'Max points that are not a number', vi: 'Điểm tối đa không phải là số' },
    en: (d) => `max points "${s(d.value)}" of criterion ${s(d.code)} is not a number`,
    vi: (d) => `điểm tối đa "${s(d.value)}" của tiêu chí ${s(d.code)} không phải là số`,
  },
  'annex/max-computed': {
    severity: 'info',
    title: { en: "A parent's max taken as the sum of its children", vi: 'Điểm tối đa của tiêu chí cha lấy bằng tổng tiêu chí con' },
    en: (d) => `no max points in the annex: taken as the sum of the children, ${s(d.max)}`,
    vi: (d) => `không ghi điểm tối đa: lấy bằng tổng các tiêu chí con, ${s(d.max)}`,
  },
  'annex/rule-inferred': {
    severity: 'info',
    title: { en: 'A scoring rule read from the scoring guide', vi: 'Quy tắc chấm điểm đọc từ hướng dẫn chấm' },
    en: (d) => `scoring guide read as a "${s(d.rule)}" rule: ${s(d.summary)}; please review`,
    vi: (d) => `hướng dẫn chấm được hiểu là quy tắc "${s(d.rule)}": ${s(d.summary)}; đề nghị rà soát`,
  },
  'annex/flag-inferred': {
    severity: 'info',
    title: { en: 'Survey, non-applicable or evidence read from the annex text', vi: 'Điều tra XHH, không áp dụng hoặc tài liệu kiểm chứng đọc từ phụ lục' },
    en: (d) => `the annex text read as: ${s(d.flagEn)}`,
    vi: (d) => `nội dung phụ lục được hiểu là: ${s(d.flagVi)}`,
  },
  'annex/row-joined': {
    severity: 'info',
    title: { en: 'An unnumbered row joined to the criterion above', vi: 'Dòng không đánh số được nối vào tiêu chí phía trên' },
    en: (d) => `row without numbering or max points joined to criterion ${s(d.code)}`,
    vi: (d) => `dòng không có số thứ tự và điểm tối đa được nối vào tiêu chí ${s(d.code)}`,
  },
  'annex/missing-metadata': {
    severity: 'error',
    title: { en: 'The annex does not say the year or the level', vi: 'Phụ lục không ghi năm hoặc cấp đánh giá' },
    en: (d) => `the annex does not say the ${s(d.key)} of the set; give it with ${s(d.option)}`,
    vi: (d) => `phụ lục không ghi ${s(d.keyVi)} của bộ chỉ số; hãy khai báo bằng ${s(d.option)}`,
  },
  'template/set-mismatch': {
    severity: 'error',
    title: { en: 'A sheet made from another criteria set or year', vi: 'Bảng điểm được tạo từ bộ chỉ số hoặc năm khác' },
    en: (d) => `this sheet was made from criteria set ${s(d.found)}, not ${s(d.expected)}`,
    vi: (d) => `bảng này được tạo từ bộ chỉ số ${s(d.found)}, không phải ${s(d.expected)}`,
    hint: { en: 'Make a new template with `parindex template` from the set in use.', vi: 'Tạo lại biểu mẫu bằng `parindex template` từ bộ chỉ số đang dùng.' },
  },
} as const satisfies Record<string, Entry>;

export type Code = keyof typeof catalogue;

export function severityOf(code: Code): Severity {
  return catalogue[code].severity;
}

/** Builds a diagnostic with the catalogue's severity (which a caller may lower, e.g. to a warning). */
export function diag(code: Code, location: Location, details: Details = {}, severity?: Severity): Diagnostic<Code> {
  return { code, severity: severity ?? catalogue[code].severity, location, details };
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  const entry = (catalogue as Record<string, Entry>)[d.code];
  if (!entry) return d.code;
  return entry[lang](d.details);
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  const entry = (catalogue as Record<string, Entry>)[d.code];
  return entry?.hint?.[lang];
}

export function titleOf(code: string, lang: Lang): string {
  return (catalogue as Record<string, Entry>)[code]?.title[lang] ?? code;
}
