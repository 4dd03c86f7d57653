import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiKey, cleanText, compareVietnamese, displayWidth, foldKey, nfc, padEndDisplay, padStartDisplay, unitCode } from '../../src/core/text.js';

const nfd = (s: string): string => s.normalize('NFD');

const names = ['Nguyễn Thị Hường', 'Phường Đông Khê', 'Xã Ea Kao', 'Thị trấn Phước Bửu', 'Sở Tài nguyên và Môi trường', 'Ủy ban nhân dân'];

describe('displayWidth: columns a string takes in a terminal', () => {
  it.each(names)('%s is as wide in NFD as in NFC, one column a letter', (name) => {
    expect(nfd(name)).not.toBe(name); // really decomposed
    expect(displayWidth(nfd(name))).toBe(displayWidth(name));
    expect(displayWidth(name)).toBe([...name].length);
  });

  it('gives combining marks and zero-width characters no column, wide characters two', () => {
    expect(displayWidth('e\u0302\u0301')).toBe(1); // ế decomposed
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\ufeffKĐG')).toBe(3);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });

  it('pads by displayed width, so NFD and NFC names line up', () => {
    const a = padEndDisplay(nfd('Hường'), 8);
    const b = padEndDisplay('Hường', 8);
    expect(displayWidth(a)).toBe(8);
    expect(displayWidth(b)).toBe(8);
    expect(padStartDisplay(nfd('Đạt'), 5)).toBe(`  ${nfd('Đạt')}`);
    expect(padEndDisplay('quá dài', 3)).toBe('quá dài');
  });

  it('is the same for any string in NFC or NFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđAĂÂĐ \u0300\u0301\u0303\u0309\u0323'.split('')) }), (s) => {
        expect(displayWidth(s.normalize('NFD'))).toBe(displayWidth(s.normalize('NFC')));
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareVietnamese: dictionary order', () => {
  it('puts "Đông" after "Dương" (d before đ), whatever the Unicode form', () => {
    expect(compareVietnamese('Đông', 'Dương')).toBeGreaterThan(0);
    expect(compareVietnamese('Dương', 'Đông')).toBeLessThan(0);
    expect(compareVietnamese(nfd('Đông'), 'Dương')).toBeGreaterThan(0);
    expect(compareVietnamese(nfd('Hà Nội'), 'Hà Nội')).toBe(0);
  });

  it('sorts place names as a Vietnamese reader expects', () => {
    const shuffled = ['Đông Hà', 'Ưng Hoà', 'Bắc Ninh', 'Ân Thi', 'Ba Vì', 'Ô Môn', 'Dương Kinh', 'Ơn', 'An Dương', 'Ba Đình', 'Uông Bí', 'Ăn'];
    expect([...shuffled].sort(compareVietnamese)).toEqual([
      'An Dương',
      'Ăn',
      'Ân Thi',
      'Ba Đình',
      'Ba Vì',
      'Bắc Ninh',
      'Dương Kinh',
      'Đông Hà',
      'Ô Môn',
      'Ơn',
      'Uông Bí',
      'Ưng Hoà',
    ]);
  });

  it('orders numbers inside names by value and tells tone marks apart', () => {
    expect(['Xã 10', 'Xã 2', 'Xã 1'].sort(compareVietnamese)).toEqual(['Xã 1', 'Xã 2', 'Xã 10']);
    expect(compareVietnamese('ha', 'hà')).not.toBe(0);
  });
});

describe('keys for matching headers and tokens', () => {
  it('asciiKey drops marks, folds đ, case and spaces', () => {
    expect(asciiKey('Mã đơn vị')).toBe('ma don vi');
    expect(asciiKey('  ĐIỂM TỰ  ĐÁNH\u00a0GIÁ ')).toBe('diem tu danh gia');
    expect(asciiKey(nfd('Điểm thẩm định'))).toBe('diem tham dinh');
  });

  it('foldKey and cleanText keep marks but fold forms, case and white space', () => {
    expect(foldKey('KĐG')).toBe(foldKey(' kđg '));
    expect(foldKey(nfd('Không đánh giá'))).toBe('không đánh giá');
    expect(cleanText('  Sở\u00a0Nội   vụ\u200b ')).toBe('Sở Nội vụ');
    expect(nfc(nfd('Phường'))).toBe('Phường');
  });
});

describe('the keys of texts already clean are the texts themselves (the fast path gives what the full folding gives)', () => {
  // the full foldings, as written before any fast path
  const clean = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  const code = (s: string): string => clean(s.normalize('NFKC').replace(/\p{Cf}/gu, ''));
  const fold = (s: string): string => clean(s).toLocaleLowerCase('vi');
  const ascii = (s: string): string => fold(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const texts = [
    '', ' ', 'DV00001', '27001', 'S-01.a', 'Xã 01', 'Xã  01', ' 27001', '27001 ', '27\t001', '27\n001', 'a\u000bb', 'a\u0085b', 'a\u007fb',
    'Phường Thạch Thang 1', nfd('Phường Thạch Thang'), 'Sở\u00a0Nội vụ', 'Sở Nội\u200bvụ', '\ufeffXã', 'Xã\u3000A', 'A\u2028B', 'A\u202fB',
    'A\u2000B', '２７００１', '27\u2060001', '270\u00ad01', '\u212bngström', 'ĐIỂM TỰ ĐÁNH GIÁ', 'KĐG', 'İstanbul', 'ΟΔΟΣ', 'Straße', 'ǅ',
  ];
  it.each(texts.map((t) => [JSON.stringify(t), t]))('%s', (_shown, t) => {
    expect(cleanText(t)).toBe(clean(t));
    expect(unitCode(t)).toBe(code(t));
    expect(foldKey(t)).toBe(fold(t));
    expect(asciiKey(t)).toBe(ascii(t));
  });

  it('lower case for Vietnamese is the plain lower case, for every character', () => {
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (s.toLocaleLowerCase('vi') !== s.toLowerCase()) differ.push(cp);
    }
    expect(differ).toEqual([]);
    expect('ΟΔΟΣ ΣΑΣ'.toLocaleLowerCase('vi')).toBe('ΟΔΟΣ ΣΑΣ'.toLowerCase());
  });
});

describe('unitCode: one unit however its code was typed', () => {
  it.each([
    ['a word joiner', '27\u2060001'],
    ['a soft hyphen', '270\u00ad01'],
    ['a left-to-right override', '\u202d27001\u202c'],
    ['a zero-width non-joiner', '27\u200c001'],
    ['full-width digits', '２７００１'],
    ['a byte-order mark and spaces', '\ufeff 27001 '],
  ])('%s', (_what, typed) => expect(unitCode(typed)).toBe('27001'));

  it('keeps what is visible: letters, dots, dashes and inner spaces folded to one', () => {
    expect(unitCode('S-01.a')).toBe('S-01.a');
    expect(unitCode('Xã  01')).toBe('Xã 01');
    expect(unitCode('27001')).not.toBe(unitCode('27002'));
  });
});
