import { describe, expect, it } from 'vitest';
import { usageInVietnamese } from '../../src/cli/usage-vi.js';

describe('usage errors in Vietnamese', () => {
  it('says the errors commander reports in Vietnamese, keeping the option names', () => {
    expect(usageInVietnamese("error: required option '-c, --criteria <file>' not specified")).toBe("lỗi: thiếu tuỳ chọn bắt buộc '-c, --criteria <file>'");
    expect(usageInVietnamese("error: unknown command 'scor'\n(Did you mean score?)")).toBe("lỗi: không có lệnh 'scor'\n(Có phải ý bạn là score?)");
    expect(usageInVietnamese("error: unknown option '--bogus'")).toBe("lỗi: không có tuỳ chọn '--bogus'");
  });
  it('leaves a line it does not know as it is', () => {
    expect(usageInVietnamese('something else')).toBe('something else');
  });
});
