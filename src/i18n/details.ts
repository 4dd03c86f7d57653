/**
 * What each diagnostic carries: plain, language-neutral data (codes, numbers, the raw value as written, word keys),
 * never a sentence. The catalogues in ./en.ts and ./vi.ts turn these into words; machine formats (JSON, SARIF, JUnit)
 * print them as they are.
 */

/** A number shown in a message: a JS number or a canonical decimal text such as "8.5" (formatExact's output). */
export type Num = number | string;
/** A cell or token exactly as the user wrote it: shown untouched, in every language. */
export type Raw = string;
export type List = readonly string[];

/** Where something was first seen, as plain fields (the catalogue writes "Xã!F12" or "row 12" / "dòng 12"). */
export interface FirstPlace {
  readonly firstFile?: string;
  readonly firstSheet?: string;
  readonly firstRow?: number;
  readonly firstRef?: string;
}

export type JsonProblem =
  | 'empty' | 'unexpected-end' | 'unexpected-character' | 'unterminated-string' | 'bad-escape' | 'control-character'
  | 'expected-key' | 'expected-colon' | 'expected-comma-or-brace' | 'expected-comma-or-bracket' | 'trailing-comma' | 'after-end';
export type ValueKind = 'number' | 'string' | 'boolean' | 'array' | 'object' | 'int';
export type ShapeProblem = 'no-form' | 'empty-list' | 'empty-text' | 'blank-code' | 'tie-key' | 'ties';
/** Which written total a check is about. */
export type TotalKind = 'index' | 'total' | 'points-of' | 'subtotal-of' | 'form-totals';
export type TotalColumn = 'self' | 'appraised';
export type AnnexFlag = 'survey' | 'naAllowed' | 'evidenceRequired';
export type SkipReason = 'hidden' | 'no-header';

/**
 * Why the file readers (src/sheet) cannot read a file, by key, with the values each reason's words need (sizes in
 * bytes, zip part names, cell references as written). The catalogues word every key in each language.
 */
export interface SheetReasonArgs {
  // what a file is, when it is not a sheet parindex reads
  'empty-file': object;
  'encrypted-workbook': object;
  'word-97': object;
  xls: object;
  ods: object;
  'not-zip': object;
  'unknown-extension': { ext: string };
  opendocument: { mimetype: string };
  xlsb: object;
  docx: object;
  pptx: object;
  'zip-without-workbook': { entries: number; names: List };
  // a damaged zip
  'zip64-size': object;
  'no-end-of-directory': object;
  'multi-disk': object;
  'zip64-locator': object;
  'zip64-record': object;
  'directory-past-end': object;
  'directory-cut-short': object;
  'inflate-error': { part: string; message: string };
  'size-mismatch': { part: string; size: number; declared: number };
  'no-local-header': { part: string };
  'part-past-end': { part: string };
  'encrypted-part': { part: string };
  'compression-method': { part: string; method: number };
  // a zip bomb
  'part-too-large': { part: string; size: number; limit: number };
  'workbook-too-large': { part: string; limit: number };
  'inflates-past-declared': { part: string; declared: number };
  'inflates-past-part-limit': { part: string; limit: number };
  'inflates-past-total': { limit: number };
  'inflate-ratio': { part: string; ratio: number };
  'shared-strings-count': { part: string; limit: number };
  'shared-strings-chars': { part: string; limit: number };
  // the parts of a workbook
  'missing-rels': { part: string };
  'missing-sheet-part': { sheet: string; target: string };
  'no-worksheet': object;
  'xml-ends-inside': { part: string; tag: string };
  'xml-long-tag': { part: string };
  'xml-cut-declaration': { part: string };
  'xml-unclosed-cdata': { part: string };
  'xml-unknown-declaration': { part: string };
  'xml-doctype': { part: string };
  'row-number': { value: Raw };
  'cell-outside-row': object;
  'beyond-xfd': { ref: Raw };
  'shared-string-index': { ref: string; value: Raw; count: number };
  // a CSV file
  'unclosed-quote': { line: number; row: number };
  'not-utf8': object;
  /** A message of the system or of a library, passed as it is (in its own language) */
  message: { message: string };
}

export type SheetReasonKey = keyof SheetReasonArgs;
/** One reason with its values: `{ reason: 'size-mismatch', part, size, declared }` */
export type SheetReason = { [K in SheetReasonKey]: { readonly reason: K } & Readonly<SheetReasonArgs[K]> }[SheetReasonKey];
/** The words of every reason, in one language */
export type SheetReasonWords = { readonly [K in SheetReasonKey]: (d: Extract<SheetReason, { reason: K }>) => string };

/** The written total a check names: its kind, the criterion code and (on a form) which column. */
export interface TotalNamed {
  readonly total: TotalKind;
  readonly code?: string;
  readonly column?: TotalColumn;
}

interface CellValue {
  readonly value: Raw;
}

/** The details of every code. A code that carries nothing maps to an empty object. */
export interface DetailsByCode {
  'set/invalid-json': { problem: JsonProblem; found?: Raw };
  'set/unknown-key': { key: string; allowed?: List };
  'set/missing-key': { key: string; expected: ValueKind | string };
  'set/invalid-value': { shape: ShapeProblem; found: Raw };
  'set/na-token-numeric': { token: Raw };
  'criteria/duplicate-code': { code: string; firstPath: string };
  'criteria/code-not-under-parent': { code: string; parent: string };
  'criteria/children-sum': { sum: Num; max: Num };
  'criteria/total-mismatch': { sum: Num; total: Num };
  'criteria/rule-on-parent': Record<string, never>;
  'bands/not-decreasing': { label: string; min: Num; previous: Num };
  'bands/out-of-range': { label: string; min: Num };
  'blocks/duplicate-id': { id: string; firstPath: string };
  'rule/points-above-max': { points: Num; max: Num };
  'rule/thresholds-unordered': { min: Num; previous: Num };
  /** `range` in symbols: "0–100" or "≥ 0". */
  'rule/threshold-out-of-range': { min: Num; range: string };
  'rule/step-not-dividing': { step: Num; max: Num };
  'rule/allowed-above-max': { value: Num; max: Num };
  'rule/percent-out-of-range': { option: string; percent: Num };
  'rule/duplicate-option': { option: string };
  'set/not-text': { reason: 'utf16' | 'nul' | 'not-utf8' };
  'set/too-large': { limit: number };
  'set/too-deep': { limit: number };
  'set/duplicate-key': { key: string; firstLine: number; firstCol: number };
  'set/wrong-type': { expected: ValueKind | string; found: Raw };
  'set/not-a-choice': { allowed: List | string; found: Raw };
  'set/out-of-range': { found: Num; min?: Num; max?: Num; minExclusive?: boolean; maxExclusive?: boolean };
  'set/too-precise': { value: Raw | number; reason: 'too-large' | 'too-precise' };
  'set/total-zero': Record<string, never>;
  'set/na-token-answer': { token: Raw; meaning: 'yes' | 'no' | 'option'; option?: string };
  'ties/unknown-field': { key: string; fields: List | string };
  'blocks/empty-bands': { id: string };
  /**
   * Why a file cannot be read: a key of SheetReasonArgs and its values (the catalogues word it); `annex`: the file was
   * given as a decision's annex (read from .xlsx, .csv or .docx), with no reason of its own.
   */
  'file/unsupported-type': SheetReason | { annex: true };
  'file/not-utf8': { offset: number };
  'file/unreadable': SheetReason;
  'file/no-readable-sheet': { hidden: List; sheets: number };
  'sheet/not-found': { sheet: string; available: List };
  'sheet/no-header': { scanned: number; set: string };
  'sheet/no-units': { row: number };
  'sheet/skipped': { reason: SkipReason };
  'header/unknown-criterion': { header: Raw; code: string; set: string };
  'header/duplicate-criterion': { code: string; first: string };
  'header/missing-criterion': { code: string; name: string };
  'header/missing-unit-column': Record<string, never>;
  'header/missing-name-column': Record<string, never>;
  'header/missing-block-column': { rows: number; blocks: List | string };
  'row/missing-unit-code': { name?: string };
  'row/duplicate-unit': { unit: string } & FirstPlace;
  'row/name-unicode-variant': { name: string } & FirstPlace;
  'row/duplicate-name': { unit: string; other: string; name: string };
  'row/unknown-block': { block: string; blocks: List | string };
  'row/missing-block': { blocks: List | string };
  'row/no-applicable-criteria': Record<string, never>;
  'unit/excluded': { units: number; codes: List };
  'cell/empty': Record<string, never>;
  'cell/not-a-number': CellValue & { both?: boolean };
  'cell/too-precise': CellValue;
  'cell/out-of-range': CellValue & { max: Num; adjustment?: string };
  'cell/off-step': CellValue & { step: Num };
  'cell/not-allowed': CellValue & { allowed?: string };
  'cell/na-not-allowed': CellValue;
  'cell/value-out-of-range': CellValue & { range: string };
  'cell/unknown-answer': CellValue & { expected: string };
  'cell/date': CellValue;
  'cell/formula-error': CellValue;
  'cell/formula-no-value': { formula: string };
  'cell/adjustment-above-cap': CellValue & { max: Num; name: string };
  'cell/na-lookalike': CellValue & { marks: string };
  'cell/ambiguous-separator': CellValue & { read: Raw };
  'check/not-checked': TotalNamed & { cells: number };
  'check/reported-mismatch': TotalNamed & { reported: Raw; computed: Num };
  'row/unknown-criterion': { code: Raw; set: string };
  'unit/missing-criterion': { code: string; name: string };
  'unit/duplicate-criterion': { code: string } & FirstPlace;
  'form/max-mismatch': { code: string; printed: Raw; max: Num; set: string };
  'form/no-unit': Record<string, never>;
  'form/self-only': Record<string, never>;
  'cell/evidence-missing': { code: string };
  'units/unknown-unit': { unit: string; list: string };
  'units/name-mismatch': { unit: string; name: string; listed: string; list: string };
  'units/not-submitted': { unit: string; name: string };
  'reconcile/appraised-above-self': { code: string; self: Num; appraised: Num };
  'reconcile/large-difference': { code: string; self: Num; appraised: Num; diff: Num; threshold: Num };
  'map/no-header': Record<string, never>;
  'map/missing-code': { side: 'old' | 'new'; old: string; new: string };
  'map/bad-weight': { value: Raw; old: string; new: string; column: string };
  'map/duplicate': { old: string; new: string; firstRow: number };
  'map/unknown-code': { side: 'old' | 'new'; code: string; years: List | string };
  'compare/no-predecessor': { unit: string; name: string; year: number; earlierYear: number };
  'compare/years-out-of-order': { file: string; year: number; previous: number };
  'survey/no-header': { scanned: number };
  'survey/missing-group-column': { groups: List };
  'survey/unknown-unit': { unit: string; list: string };
  'survey/unknown-group': { group: Raw; groups: List | string };
  'survey/duplicate-respondent': { unit: string; respondent: string } & FirstPlace;
  'survey/few-responses': { unit: string; code: string; n: number; min: number };
  'survey/same-answer': { respondent: string; answer: Raw; percent: Num; items: number };
  'annex/no-table': Record<string, never>;
  'annex/missing-max': { code: string; value?: Raw };
  'annex/bad-max': { code: string; value: Raw };
  'annex/max-computed': { code: string; max: Num };
  'annex/rule-inferred': { code: string; rule: string; summary: string };
  'annex/flag-inferred': { code: string; flag: AnnexFlag };
  'annex/row-joined': { code: string };
  'annex/missing-metadata': { key: 'year' | 'level'; option: string };
  'template/set-mismatch': { found: string; expected: string };
}

export type Code = keyof DetailsByCode;
export type DetailsOf<C extends Code> = Readonly<DetailsByCode[C]>;
