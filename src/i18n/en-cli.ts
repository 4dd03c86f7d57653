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
} as const;

