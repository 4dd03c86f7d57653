/**
 * The command line's own words in English: its messages and every word of `--help`. Kept apart from the
 * diagnostics and report words (./en.ts re-exports them) so that `parindex --help` loads these alone.
 */
/** What the command line itself says (files it cannot open, options that do not fit together). */
export const cli = {
  noSuchFile: () => 'no such file',
  isFolder: () => 'is a folder, not a file',
  fileWhereFolder: () => 'a file stands where a folder is needed',
  pathPartIsFile: () => 'a part of the path is a file, not a folder',
  permissionDenied: () => 'permission denied',
  cannotRead: (what: string, file: string, why: string) => `cannot read ${what} '${file}': ${why}`,
  cannotWrite: (file: string, why: string) => `cannot write '${file}': ${why}`,
  refuseOverwrite: (file: string) => `refusing to overwrite the input file '${file}'`,
  wrote: (file: string) => `wrote ${file}`,
  criteriaFile: () => 'criteria file',
  scoreSheet: () => 'score sheet',
  unitList: () => 'unit list',
  setHasErrors: (file: string) => `the criteria set '${file}' has errors`,
  setHasErrorsSeeCheck: (file: string) => `criteria set '${file}' has errors; see 'parindex criteria check'`,
  noSheets: () => 'no score sheets found (.xlsx, .csv)',
  unitListUnreadable: (file: string, why: string) => `${file}: cannot be read (${why})`,
  unknownBlock: (block: string, list: string) => `--block '${block}' is not a block of the criteria set (blocks: ${list})`,
  allUnits: () => 'All units',
  outputOrOutDir: () => 'use either -o or --out-dir, not both',
  formatsNeedOutDir: () => 'several --format need --out-dir',
  unknownOutputFormat: (file: string) => `cannot tell the format of '${file}' from its name; add --format`,
  xlsxTooManyRows: (sheet: string, rows: string, max: string) =>
    `the sheet '${sheet}' would need ${rows} rows and an XLSX sheet holds at most ${max}; use --format csv or json`,
  xlsxTooManyBytes: (part: string) => `the workbook would pass 4 GiB (${part}), more than an XLSX file written here can hold; use --format csv or json`,
  noXlsxOnTerminal: () => 'refusing to print XLSX to a terminal; use -o file.xlsx',
  helpAfterError: () => '(add --help for usage)',
  survey: () => 'survey',
  blocks: () => 'blocks',
  internalError: (why: string) => `internal error: ${why}`,
  waitingForWriter: (file: string) => `waiting for something to write into the named pipe '${file}' (Ctrl-C to stop)`,
  systemError: (code: string) => `system error ${code}`,
  noSpace: () => 'no space left on the device',
  tooLarge: (mib: string) => `larger than ${mib} MiB, the most one input may hold`,
  danglingLink: () => 'a symbolic link to nothing',
  expectedOneOf: (list: string) => `expected one of ${list}`,
  expectedWholeNumber: () => 'expected a whole number ≥ 0',
  expectedPoints: () => 'expected points ≥ 0 with at most six decimals, such as 0.5',
  givenTwice: () => 'given more than once; this option takes one value',
  emptyPath: () => 'an empty path',
  stdinTwice: () => "standard input ('-') can be read only once; name it for one input",
  surveyNeedsWide: (layout: string) => `survey points are merged into wide sheets (a row per unit) only, not with --layout ${layout}`,
  expectedPercent: (example: string) => `expected a percentage 0–100, such as ${example}`,
  expectedYear: () => 'expected a year between 2000 and 2100',
  expectedDraws: () => 'expected at most 1000000 draws',
  expectedReweight: () => 'expected FIELD=POINTS, such as 7=25 (a field code and its new maximum, > 0)',
  expectedDate: () => 'expected a date as YYYY-MM-DD, such as 2025-03-15',
} as const;

/** Every word of `--help`, commander's own included. */
export const help = {
  // commander's own words
  usage: 'Usage:',
  options: 'Options:',
  commands: 'Commands:',
  arguments: 'Arguments:',
  globalOptions: 'Global Options:',
  optionsPlaceholder: '[options]',
  commandPlaceholder: '[command]',
  default: 'default',
  choices: 'choices',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  versionOption: 'output the version number',
  // the program
  program: 'Score, validate and rank the PAR index (Chỉ số cải cách hành chính)',
  programAfter:
    '\nExit codes: 0 no problem at or above --fail-on, 1 problems found in the data, 2 the run could not happen.\n' +
    '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json',
  // score
  score: "read score sheets, check them against a criteria set, compute each unit's index and rank units within their blocks",
  scoreSheets: 'score sheets (.xlsx, .csv) or folders of them; - for standard input',
  scoreFormat: 'output format',
  scoreAfter:
    '\nExamples:\n' +
    '  parindex score fixtures/demo/xa.xlsx --criteria fixtures/demo/criteria-xa.json\n' +
    '  parindex score fixtures/demo/xa.csv -c fixtures/demo/criteria-xa.json --format csv > ket-qua.csv\n' +
    '  parindex score bang-diem-xa/ -c fixtures/demo/criteria-xa.json -o ket-qua.xlsx\n' +
    '  parindex score bieu-tu-danh-gia/ -c criteria-xa.json --units don-vi.csv --layout form -o ket-qua.xlsx\n' +
    '  parindex score so.xlsx -c so.json --format json --format md --out-dir ket-qua/\n' +
    '\nExit codes: 0 ranked with no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
  // validate
  validate: 'check submitted sheets against a criteria set, without ranking: every problem at its sheet and cell, in formats CI understands',
  validateSheets: 'submissions (.xlsx, .csv) or folders of them; - for standard input',
  validateFormat: 'report format',
  validateAfter:
    '\nExamples:\n' +
    '  parindex validate nop-bai/ -c fixtures/demo/criteria-xa.json\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --units don-vi.csv --format github\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format sarif -o parindex.sarif\n' +
    '  parindex validate nop-bai/ -c criteria-xa.json --format junit --format md --out-dir bao-cao/\n' +
    '\nExit codes: 0 no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
  formatRepeat: 'repeat with --out-dir for several',
  // options of score and validate
  criteria: 'criteria set (JSON)',
  output: 'write the report to this file (format from its extension unless --format)',
  outDir: 'write one file per --format into this folder (created if missing)',
  layout: 'sheet layout: wide (a row per unit), form (a per-unit form), long (a row per unit × criterion)',
  sheet: 'read only this sheet of each workbook',
  block: 'the block of every unit in these files (when the sheet has no "Khối" column)',
  units: 'the official unit list (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): names and blocks for forms that carry only a code, unknown units, units that sent nothing',
  self: 'a wide sheet of self-assessed points to reconcile with the appraised ones (repeatable)',
  diffThreshold: 'warn where self-assessed and appraised points of a criterion differ by more than this',
  codeColumn: 'the unit code column, when its header is not recognised',
  nameColumn: 'the unit name column',
  blockColumn: 'the block column',
  failOn: 'exit 1 when there are problems at this level: error, warning or never',
  maxDiagnostics: 'print at most this many problems (all are counted)',
  lang: 'language of messages and reports (vi or en; default from the locale)',
  noColor: 'no colours',
  // criteria
  criteriaGroup: 'check, show and describe criteria sets (bộ chỉ số)',
  criteriaGroupAfter:
    '\nExamples:\n  parindex criteria check fixtures/criteria/xa-2024.json\n  parindex criteria show fixtures/criteria/xa-2024.json --format md\n  parindex criteria schema > criteria-set.schema.json',
  criteriaFileArg: 'criteria set (JSON)',
  check: 'check a criteria set file: shape, codes, sums, bands, rules; exit 1 when it has errors',
  checkFormat: 'text (default) or json',
  checkAfter: '\nExample:\n  parindex criteria check fixtures/criteria/xa-2024.json',
  show: 'print the criteria tree as in the annex of a decision: code, name, max, method, rule in words',
  showFormat: 'table (default), md or json',
  showAfter: '\nExample:\n  parindex criteria show fixtures/criteria/xa-2024.json --lang vi',
  schema: 'print the JSON Schema of the criteria-set format (the file committed as schemas/criteria-set.schema.json)',
  schemaAfter: '\nExample:\n  parindex criteria schema > criteria-set.schema.json',
  survey: 'survey questionnaires (CSV/XLSX, a row per respondent): their survey points are merged into the units (repeatable)',
  wide: 'terminal table: every column whatever the terminal width',
  csvDialect: 'CSV: rfc (commas, decimal points; default) or excel-vi (semicolons, decimal commas: Excel/LibreOffice set to Vietnamese)',
  issuer: 'XLSX annex: the issuing body, e.g. "UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ" (\\n: a second line)',
  decision: 'XLSX annex: the number of the decision it is attached to, e.g. 125/QĐ-UBND',
  date: "XLSX annex: the decision's date",
  place: 'XLSX annex: where it is signed, e.g. "Đồng Tháp"',
  signerTitle: 'XLSX annex: the signer\'s title, e.g. "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"',
  signer: "XLSX annex: the signer's name",
  // template
  template: 'make the workbook units fill in from a criteria set: a wide sheet or per-unit self-assessment forms',
  templateSet: 'criteria set (JSON)',
  templateLayout: 'wide (a row per unit) or form (a form per unit, A4 portrait)',
  templateUnits: 'the official unit list (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): a row or a form per unit',
  templateOutput: 'the workbook to write (.xlsx); forms: a sheet per unit',
  templateOutDir: 'forms: one workbook per unit in this folder ("25102 - Xã An Bình.xlsx")',
  templateAfter:
    '\nExamples:\n' +
    '  parindex template fixtures/demo/criteria-xa.json --layout wide --units don-vi.csv -o bang-diem-xa.xlsx\n' +
    '  parindex template fixtures/demo/criteria-xa.json --layout form --units don-vi.csv --out-dir bieu/',
  // compare
  compare: 'compare results reports of two or more years: index, rank and band changes, fields, new and gone units, mergers',
  compareReports: 'two or more results reports (JSON or XLSX written by parindex score), in year order',
  compareMap: 'unit map (CSV/XLSX: old code, new code, optional weight such as population) for mergers and splits',
  compareAfter:
    '\nExamples:\n' +
    '  parindex compare ket-qua-2023.json ket-qua-2024.json\n' +
    '  parindex compare ket-qua-2023.json ket-qua-2024.xlsx ket-qua-2025.json --map sap-nhap.csv -o so-sanh.html\n' +
    '\nExit codes: 0 compared; 1 problems in the unit map; 2 the run could not happen.',
  // survey
  surveyCommand: "turn survey questionnaires into each unit's survey points and satisfaction index",
  surveyResponses: 'response sheets (.xlsx, .csv; a row per respondent, or per respondent × item) or folders of them',
  surveyCriteria: 'criteria set (JSON) with survey criteria',
  surveyUnits: 'the official unit list: answers about any other unit are not counted',
  surveyOutput: 'write to this file (format from its extension: .xlsx, .csv points; .json, .md, .txt report)',
  surveyOutDir: 'write one file per --format into this folder',
  surveySatisfiedAt: 'share of an item’s max from which an answer counts as satisfied',
  surveyAfter:
    '\nExamples:\n' +
    '  parindex survey fixtures/survey/phieu-xa.csv -c fixtures/survey/criteria-xa.json\n' +
    '  parindex survey phieu/ -c criteria-xa.json --units don-vi.csv -o diem-dieu-tra.xlsx\n' +
    '\nExit codes: 0 no problem at or above --fail-on; 1 problems found; 2 the run could not happen.',
  // sensitivity
  sensitivity: 'how fragile the ranking is: Monte Carlo over field weights (and scores), and each field left out',
  sheets: 'score sheets (.xlsx, .csv) or folders of them',
  draws: 'number of Monte Carlo draws, up to 1,000,000 (0: only --drop-field)',
  weights: "each field's maximum × a uniform factor in 1 ± P %, renormalised to the set's total",
  noise: "each leaf's points × a uniform factor in 1 ± P %, clamped to 0 … the leaf's maximum",
  dropField: 'also rank with each field left out in turn (the others renormalised)',
  seed: 'seed of the draws: the same seed gives the same output',
  sensitivityAfter:
    '\nExamples:\n' +
    '  parindex sensitivity fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json\n' +
    '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 10000 --weights ±25% --noise 5 --seed 7\n' +
    '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 0 --drop-field --format csv > bo-linh-vuc.csv\n' +
    '  parindex sensitivity bang-diem/ -c criteria-xa.json --drop-field -o do-nhay.xlsx\n' +
    '\nExit codes: 0 analysed with no problem at or above --fail-on; 1 problems found in the data; 2 the run could not happen.',
  // whatif
  whatif: "the same submissions under a second criteria set or changed field weights: each unit's rank and band, side by side",
  compareCriteria: 'a second criteria set (a draft for next year) to score the same sheets with',
  reweight: "a field's new maximum: its points scale with it, other fields are unchanged (repeatable)",
  whatifAfter:
    '\nExamples:\n' +
    '  parindex whatif fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --reweight 7=25\n' +
    '  parindex whatif xa.xlsx -c criteria-xa.json --reweight 1=10 --reweight 8=20 --format csv > thay-trong-so.csv\n' +
    '  parindex whatif xa.xlsx -c criteria-xa-2024.json --compare-criteria du-thao-2025.json -o so-sanh.xlsx\n' +
    '\nExit codes: 0 compared with no problem at or above --fail-on; 1 problems found in the data; 2 the run could not happen.',
  // criteria import | export
  import: 'read the annex of a decision (the table STT, criterion, max, scoring guide) into a criteria set',
  importAnnex: 'annex table: .xlsx, .csv or .docx',
  importOutput: 'write the set to this file (default: stdout)',
  importId: 'the set id (default: level and year, e.g. xa-2024)',
  importTitle: 'the title (default: the annex title row)',
  importYear: 'the year assessed, when the title does not say it',
  importLevel: 'which units it scores',
  importDecision: 'the decision that issued the set, e.g. 125/QĐ-UBND',
  importAfter:
    '\nExamples:\n' +
    '  parindex criteria import fixtures/annex/huyen-2024.csv -o huyen-2024.json\n' +
    '  parindex criteria import phu-luc.docx --year 2025 --level commune -o xa-2025.json',
  export: 'write a criteria set as the annex people print: STT, criterion, max, scoring guide; fields bold, maxima summed',
  exportOutput: 'annex.xlsx, annex.docx or annex.md (default: Markdown on stdout)',
  exportFormat: 'xlsx, docx or md (default: from the file name)',
  exportAfter:
    '\nExamples:\n' +
    '  parindex criteria export fixtures/criteria/xa-2024.json -o phu-luc.docx\n' +
    '  parindex criteria export fixtures/criteria/xa-2024.json --format md',
} as const;

