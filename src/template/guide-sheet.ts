/** The "Hướng dẫn" sheet: how to fill the template, each criterion's rule in words, and the set's fingerprint. */
import type { Workbook } from 'exceljs';
import { SCALE } from '../core/decimal.js';
import { guideOf } from '../annex/guide.js';
import { ruleInputOf } from '../annex/export.js';
import { walk, type CriteriaSet } from '../criteria/model.js';
import { fingerprintText, type SetFingerprint } from './fingerprint.js';
import { validationFor } from './formulas.js';
import { BORDER } from './sheet-style.js';

export const GUIDE_SHEET = 'Hướng dẫn';

const GENERAL: Record<'wide' | 'form', readonly string[]> = {
  wide: [
    'Mỗi đơn vị một dòng; mỗi tiêu chí thành phần một cột. Chỉ nhập vào các ô nền vàng.',
    'Với tiêu chí chấm theo kết quả (tỷ lệ %, số lượng), nhập kết quả đo được; bảng tự tính điểm theo hướng dẫn chấm.',
    'Các cột tổng điểm lĩnh vực, tổng điểm và chỉ số được tính bằng công thức; không sửa các ô này.',
    'Bảng được khoá (không có mật khẩu) để tránh sửa nhầm công thức: Review › Unprotect Sheet để mở khoá khi cần.',
  ],
  form: [
    'Mỗi đơn vị một biểu. Ghi mã và tên đơn vị ở đầu biểu; chỉ nhập vào các ô nền vàng.',
    'Cột "Điểm tự đánh giá" do đơn vị chấm; cột "Điểm thẩm định" do Hội đồng thẩm định chấm.',
    'Ghi số, ký hiệu văn bản là tài liệu kiểm chứng cho từng tiêu chí.',
    'Điểm của lĩnh vực, tiêu chí và tổng cộng được tính bằng công thức; không sửa các ô này.',
  ],
};

export function addGuideSheet(wb: Workbook, set: CriteriaSet, fp: SetFingerprint, layout: 'wide' | 'form'): void {
  const ws = wb.addWorksheet(GUIDE_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 10 }, { width: 55 }, { width: 10 }, { width: 70 }];
  ws.addRow([`HƯỚNG DẪN NHẬP ${layout === 'wide' ? 'BẢNG ĐIỂM' : 'BIỂU TỰ ĐÁNH GIÁ'}`]).font = { bold: true, size: 13 };
  ws.addRow([set.title]).font = { bold: true };
  ws.addRow([]);
  for (const line of GENERAL[layout]) ws.addRow([`• ${line}`]);
  if (set.naTokens.length > 0) ws.addRow([`• Tiêu chí không áp dụng với đơn vị (nếu hướng dẫn cho phép): ghi ${set.naTokens.join(' hoặc ')}.`]);
  ws.addRow([]);
  const header = ws.addRow(['Số hiệu', 'Nội dung', 'Điểm tối đa', 'Cách nhập và cách tính điểm']);
  header.font = { bold: true };
  header.eachCell((c) => (c.border = BORDER));
  for (const c of walk(set.fields)) {
    const leaf = c.children.length === 0 && c.rule !== undefined;
    const how = leaf
      ? [validationFor(c as Parameters<typeof validationFor>[0], 'A1', set.naTokens, layout === 'form').prompt, guideOf(ruleInputOf(c.rule as NonNullable<typeof c.rule>), c.max / SCALE), c.method === 'survey' ? 'Điểm do điều tra xã hội học.' : '']
          .filter((s) => s !== '')
          .join(' ')
      : 'Tổng điểm các tiêu chí con (tính bằng công thức).';
    const row = ws.addRow([c.code, c.name, c.max / SCALE, how]);
    row.getCell(3).numFmt = '0.0#####';
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell((cell) => (cell.border = BORDER));
    if (c.depth === 0) row.font = { bold: true };
  }
  ws.addRow([]);
  // The fingerprint as text too: programs that drop custom properties keep it.
  ws.addRow([fingerprintText(fp)]).font = { size: 8, color: { argb: 'FF808080' } };
}
