/** commander's usage errors, said in Vietnamese when the run's language is Vietnamese. */

const PATTERNS: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^error: unknown option '(.+)'/, (o) => `lỗi: không có tuỳ chọn '${o}'`],
  [/^error: unknown command '(.+)'/, (c) => `lỗi: không có lệnh '${c}'`],
  [/^error: required option '(.+)' not specified/, (o) => `lỗi: thiếu tuỳ chọn bắt buộc '${o}'`],
  [/^error: missing required argument '(.+)'/, (a) => `lỗi: thiếu tham số bắt buộc '${a}'`],
  [/^error: option '(.+)' argument missing/, (o) => `lỗi: tuỳ chọn '${o}' cần một giá trị`],
  [/^error: option '(.+)' argument '(.+)' is invalid\. (.*)/s, (o, v, why) => `lỗi: giá trị '${v}' của tuỳ chọn '${o}' không hợp lệ. ${why}`],
  [/^error: too many arguments/, () => 'lỗi: thừa tham số'],
  [/^\(Did you mean (.+)\?\)/m, (s) => `(Có phải ý bạn là ${s}?)`],
];

/** Each line of a commander message in Vietnamese where a pattern knows it; other lines as they are. */
export function usageInVietnamese(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [re, say] of PATTERNS) {
        const m = re.exec(line);
        if (m) return say(...m.slice(1).map((x) => x ?? '')) + line.slice(m[0].length);
      }
      return line;
    })
    .join('\n');
}
