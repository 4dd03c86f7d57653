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

export const catalogue = {
  // ── criteria set files ──────────────────────────────────────────────────────────────────────────────────────
  'set/invalid-json': {
    severity: 'error',
    title: { en: 'The criteria file is not valid JSON', vi: 'Tệp bộ chỉ số không phải JSON hợp lệ' },
    en: (d) => `not valid JSON: ${s(d.reason)}`,
    vi: (d) => `không phải JSON hợp lệ: ${s(d.reason)}`,
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
    en: (d) => `missing required key "${s(d.key)}" (expected ${s(d.expected)})`,
    vi: (d) => `thiếu khoá bắt buộc "${s(d.key)}" (cần ${s(d.expected)})`,
  },
  'set/invalid-value': {
    severity: 'error',
    title: { en: 'A value of the wrong type or out of range', vi: 'Giá trị sai kiểu hoặc ngoài phạm vi' },
    en: (d) => `${s(d.problem)}; found ${s(d.found)}`,
    vi: (d) => `${s(d.problemVi ?? d.problem)}; giá trị hiện có: ${s(d.found)}`,
  },
  'set/na-token-numeric': {
    severity: 'error',
    title: { en: 'A non-applicable token that reads as a number', vi: 'Ký hiệu "không đánh giá" trông như một con số' },
    en: (d) => `non-applicable token "${s(d.token)}" reads as a number, so a score could be taken for "not applicable"`,
    vi: (d) => `ký hiệu không đánh giá "${s(d.token)}" đọc được như một con số, dễ nhầm với điểm`,
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
    en: (d) => `left out of the ranking: ${s(d.errors)} error(s) found for this unit`,
    vi: (d) => `không được xếp hạng: đơn vị có ${s(d.errors)} lỗi`,
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
