import { createRequire } from 'node:module';

export type ExcelJsModule = typeof import('exceljs');

let excelJs: ExcelJsModule | undefined;

/** exceljs costs about 0.2 s to load: only runs that write an XLSX report pay for it (workbooks are read by src/sheet/xlsx.ts). */
export function loadExcelJs(): ExcelJsModule {
  excelJs ??= createRequire(import.meta.url)('exceljs') as ExcelJsModule;
  return excelJs;
}
