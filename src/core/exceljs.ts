import { createRequire } from 'node:module';

export type ExcelJsModule = typeof import('exceljs');

let excelJs: ExcelJsModule | undefined;

/** exceljs costs about 0.2 s to load: only runs that read or write a workbook pay for it. */
export function loadExcelJs(): ExcelJsModule {
  excelJs ??= createRequire(import.meta.url)('exceljs') as ExcelJsModule;
  return excelJs;
}
