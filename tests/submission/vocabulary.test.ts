/** The spreadsheet vocabulary as tables: what each matcher accepts, and the false friends it must refuse. */
import { describe, expect, it } from 'vitest';
import { findCode, findHeader, headerIs, isTotalsLabel, naLookalike, pointSource, yesNo, type HeaderKind } from '../../src/submission/vocabulary.js';

describe('totals rows (case and Unicode form folded, diacritics kept)', () => {
  it.each(['Tổng cộng', 'TỔNG CỘNG', 'Cộng', 'Cộng:', 'Tổng', 'Tổng:', 'Tổng (A+B)', 'Tổng cộng toàn tỉnh', 'Cộng toàn khối', 'Trung bình khối xã', 'Bình quân', 'Tổng điểm tự đánh giá', 'Tổng số', 'Total', 'Average', 'Tổng cộng'.normalize('NFD')])(
    '%s is a totals row',
    (label) => expect(isTotalsLabel(label)).toBe(true),
  );
  it.each(['Công an tỉnh', 'Tổng cục Thuế tỉnh', 'Tổng công ty Điện lực', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'Cống Thôn', 'Xã Tổng Bạt', 'Trung tâm Hành chính công', 'Totalis', ''])(
    '%s is not a totals row',
    (label) => expect(isTotalsLabel(label)).toBe(false),
  );
});

describe('headers (case, diacritics, bracketed notes and a trailing colon folded)', () => {
  const yes: [HeaderKind, string][] = [
    ['unitCode', 'Mã đơn vị'],
    ['unitCode', 'MÃ ĐƠN VỊ'],
    ['unitCode', 'Ma don vi'],
    ['unitCode', 'Mã đơn vị (*)'],
    ['unitCode', 'Mã đơn vị:'],
    ['unitCode', 'Mã xã'],
    ['unitCode', 'Mã phường'],
    ['unitCode', 'Mã cơ quan'],
    ['unitName', 'Tên xã'],
    ['unitName', 'Tên phường'],
    ['unitName', 'Tên cơ quan'],
    ['unitName', 'Tên đơn vị'],
    ['unitBlock', 'Khối'],
    ['total', 'Tổng điểm'],
    ['total', 'Tổng điểm (100)'],
    ['index', 'Chỉ số CCHC (%)'],
    ['max', 'Điểm tối đa'],
    ['self', 'Tự đánh giá'],
    ['appraised', 'Điểm thẩm định'],
    ['criterion', 'Mã tiêu chí'],
    ['value', 'Giá trị'],
  ];
  it.each(yes)('%s: "%s"', (kind, text) => expect(headerIs(text, kind)).toBe(true));
  const no: [HeaderKind, string][] = [
    ['unitCode', 'Mã tiêu chí'],
    ['unitName', 'Tên tiêu chí'],
    ['unitName', 'Đơn vị tính'],
    ['total', 'Tổng điểm lĩnh vực 1'],
    ['index', 'Chỉ số thành phần'],
    ['unitBlock', 'Khối lượng'],
  ];
  it.each(no)('not %s: "%s"', (kind, text) => expect(headerIs(text, kind)).toBe(false));

  it('finds the first cell of a kind, skipping the columns already taken', () => {
    expect(findHeader(['STT', 'Mã', 'Tên xã', 'Mã'], 'unitCode')).toBe(1);
    expect(findHeader(['STT', 'Mã', 'Tên xã', 'Mã'], 'unitCode', [1])).toBe(3);
    expect(findHeader([null, 3, true], 'unitCode')).toBe(-1);
  });
});

describe('criterion codes (one grammar: digits, Roman numerals, one letter)', () => {
  it.each([
    ['1.1', '1.1', true],
    ['1.1.', '1.1', true],
    ['TC 1.1 Kế hoạch CCHC', '1.1', true],
    ['TCTP 3.2.1: Tỷ lệ hồ sơ', '3.2.1', true],
    ['Tiêu chí 2.3.', '2.3', true],
    ['3,2', '3.2', true],
    ['I', 'i', false],
    ['I. Chỉ đạo, điều hành', 'i', false],
    ['Lĩnh vực II', 'ii', false],
    ['I.1', 'i.1', true],
    ['A.1', 'a.1', true],
    ['1.a', '1.a', true],
    ['IV.2 Tổ chức bộ máy', 'iv.2', true],
  ])('"%s" names %s', (text, key, numbered) => expect(findCode(text)).toMatchObject({ key, numbered }));

  it.each(['Mã đơn vị', 'Tên đơn vị', 'Điểm', 'Chỉ số', 'Khối', 'Tổng điểm', '(1)', 'Ghi chú', 'STT', 'Loại', ''])('"%s" names no code', (text) =>
    expect(findCode(text)).toBeUndefined(),
  );

  it('a whole cell is a code only when nothing follows it', () => {
    expect(findCode('TC 1.1', true)?.key).toBe('1.1');
    expect(findCode('1.1 Kế hoạch', true)).toBeUndefined();
  });
});

describe('answers (case, Unicode form and diacritics folded)', () => {
  it.each([['Có', true], ['có', true], ['x', true], ['Đạt', true], ['Không', false], ['KHÔNG ĐẠT', false], ['0', false], ['Chưa', false]] as const)(
    '%s → %s',
    (text, answer) => expect(yesNo(text)).toBe(answer),
  );
  it.each(['A', 'Cóc', 'Khong co', '2'])('%s is no yes/no answer', (text) => expect(yesNo(text)).toBeUndefined());

  it.each([['Tự đánh giá', 'self'], ['TDG', 'self'], ['Thẩm định', 'final'], ['Điều tra XHH', 'final'], ['', 'final']] as const)('source %s → %s', (text, source) =>
    expect(pointSource(text)).toBe(source),
  );
  it('an unknown source is undefined', () => expect(pointSource('Hội đồng')).toBeUndefined());
});

describe('marks that look like the set\'s non-applicable marks', () => {
  const marks = ['KĐG', 'N/A'];
  it.each(['KDG', 'kdg', 'K.ĐG', 'k đg', 'NA', 'n a'])('%s looks like one', (text) => expect(naLookalike(text, marks)).toBe(true));
  it.each(['Không', 'K', 'ĐG', 'KĐGX', ''])('%s does not', (text) => expect(naLookalike(text, marks)).toBe(false));
});
