/**
 * commander's usage errors, said in Vietnamese when the run's language is Vietnamese. Each pattern takes a whole
 * line, so no English fragment is left after the translated part; a line no pattern knows is kept as it is (and
 * the test of every commander message in tests/cli fails on it).
 */

const PATTERNS: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^error: unknown option '(.+?)'$/, (o) => `lỗi: không có tuỳ chọn '${o}'`],
  [/^error: unknown command '(.+?)'$/, (c) => `lỗi: không có lệnh '${c}'`],
  [/^error: required option '(.+)' not specified$/, (o) => `lỗi: thiếu tuỳ chọn bắt buộc '${o}'`],
  [/^error: missing required argument '(.+)'$/, (a) => `lỗi: thiếu tham số bắt buộc '${a}'`],
  [/^error: option '(.+)' argument missing$/, (o) => `lỗi: tuỳ chọn '${o}' cần một giá trị`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (o, v, list) => `lỗi: giá trị '${v}' của tuỳ chọn '${o}' không hợp lệ. Chọn một trong: ${list}.`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.*)$/s, (o, v, why) => `lỗi: giá trị '${v}' của tuỳ chọn '${o}' không hợp lệ. ${why}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)$/, (v, a, why) => `lỗi: giá trị '${v}' của tham số '${a}' không hợp lệ. ${why}`],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, got) => `lỗi: thừa tham số${c ? ` cho lệnh '${c}'` : ''}: cần ${n}, nhận ${got}.`],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `lỗi: không dùng được ${a} cùng với ${b}`],
  [/^\(Did you mean one of (.+)\?\)$/, (s) => `(Có phải ý bạn là một trong ${s}?)`],
  [/^\(Did you mean (.+)\?\)$/, (s) => `(Có phải ý bạn là ${s}?)`],
];

/** Each line of a commander message in Vietnamese where a pattern knows it; other lines as they are. */
export function usageInVietnamese(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [re, say] of PATTERNS) {
        const m = re.exec(line);
        if (m) return say(...m.slice(1).map((x) => x ?? ''));
      }
      return line;
    })
    .join('\n');
}
