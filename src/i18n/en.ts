/**
 * Every English word parindex shows: the diagnostics' titles, messages and hints, the report words and the CLI
 * messages. The Vietnamese catalogue (./vi.ts) has the type of this one, so a key missing in either language does not compile.
 */
import type { JsonProblem, Num, ShapeProblem, TotalNamed, AnnexFlag, SheetReason, SheetReasonWords } from './details.js';
import type { DiagnosticWords } from './catalogue.js';
import { bytesIn, numberIn, placeIn, text as s } from './format.js';

const n = (v: Num | undefined): string => numberIn('en', v);
const place = (d: Parameters<typeof placeIn>[0]): string => placeIn(d, 'row');

const damaged = (what: string): string => `the workbook is damaged or was not copied whole (${what})`;
const bomb = (what: string): string => `${what} (a zip bomb?)`;
const notXml = (part: string, what: string): string => `${part} is not well-formed XML (${what})`;
const size = (v: number): string => bytesIn('en', v);

/** Why a file cannot be read (src/sheet's reasons, by key). */
export const sheetReasons: SheetReasonWords = {
  'empty-file': () => 'the file is empty (0 bytes)',
  'encrypted-workbook': () => 'the workbook is encrypted (password-protected); remove the password in Excel (File → Info → Protect Workbook) and save it again',
  'word-97': () => 'a Word 97–2003 document (.doc), not a workbook',
  xls: () => 'Excel 97–2003 workbook (.xls); save it as .xlsx',
  ods: () => 'OpenDocument spreadsheet (.ods); save it as .xlsx',
  'not-zip': () => 'the file is not a valid XLSX (zip) archive',
  'unknown-extension': (d) => `unknown extension ${d.ext}`,
  opendocument: (d) => `an OpenDocument file (${d.mimetype}), not a spreadsheet`,
  xlsb: () => 'Excel binary workbook (.xlsb); save it as .xlsx',
  docx: () => 'a Word document (.docx), not a workbook',
  pptx: () => 'a PowerPoint presentation (.pptx), not a workbook',
  'zip-without-workbook': (d) => `a zip archive with no workbook in it (${d.entries} entries${d.names.length > 0 ? `: ${s(d.names)}${d.entries > d.names.length ? ', …' : ''}` : ''})`,
  'zip64-size': () => damaged('a zip64 size beyond 2^53'),
  'no-end-of-directory': () => damaged('no end of central directory'),
  'multi-disk': () => 'a zip split over several disks is not supported',
  'zip64-locator': () => damaged('zip64 locator missing'),
  'zip64-record': () => damaged('zip64 directory record missing'),
  'directory-past-end': () => damaged('the central directory lies past the end of the file'),
  'directory-cut-short': () => damaged('the central directory is cut short'),
  'inflate-error': (d) => damaged(`${d.part}: ${d.message}`),
  'size-mismatch': (d) => damaged(`${d.part} unpacks to ${d.size} bytes, not the ${d.declared} declared`),
  'no-local-header': (d) => damaged(`no local header for ${d.part}`),
  'part-past-end': (d) => damaged(`part ${d.part} runs past the end of the file`),
  'encrypted-part': (d) => `part ${d.part} is encrypted`,
  'compression-method': (d) => `part ${d.part} uses zip compression method ${d.method}, which workbooks do not use (only stored and deflate are supported)`,
  'part-too-large': (d) => bomb(`part ${d.part} would unpack to ${size(d.size)}, above the limit of ${size(d.limit)} per part`),
  'workbook-too-large': (d) => `the workbook would unpack to more than ${size(d.limit)} (part ${d.part}; a zip bomb?)`,
  'inflates-past-declared': (d) => bomb(`part ${d.part} unpacks to more than the ${size(d.declared)} its directory declares`),
  'inflates-past-part-limit': (d) => bomb(`part ${d.part} unpacks to more than ${size(d.limit)}`),
  'inflates-past-total': (d) => bomb(`the workbook unpacks to more than ${size(d.limit)}`),
  'inflate-ratio': (d) => bomb(`part ${d.part} unpacks more than ${d.ratio} times its packed size`),
  'shared-strings-count': (d) => bomb(`${d.part} holds more than ${d.limit} strings`),
  'shared-strings-chars': (d) => bomb(`${d.part} holds more than ${d.limit} characters of text`),
  'missing-rels': (d) => `the workbook lacks its list of parts (${d.part})`,
  'missing-sheet-part': (d) => `the part of sheet "${d.sheet}" is missing (${d.target})`,
  'no-worksheet': () => 'the workbook has no worksheet',
  'xml-ends-inside': (d) => notXml(d.part, `the part ends inside "${d.tag}"`),
  'xml-long-tag': (d) => notXml(d.part, 'a tag longer than 1 MB'),
  'xml-cut-declaration': (d) => notXml(d.part, 'a cut-short declaration'),
  'xml-unclosed-cdata': (d) => notXml(d.part, 'an unclosed CDATA section'),
  'xml-unknown-declaration': (d) => notXml(d.part, 'an unknown <! declaration'),
  'xml-doctype': (d) => `${d.part} declares a DOCTYPE, which workbooks never do; it is refused (it could expand entities without end)`,
  'row-number': (d) => `a row numbered "${d.value}"`,
  'cell-outside-row': () => 'a cell outside any row',
  'beyond-xfd': (d) => `a cell beyond column XFD ("${d.ref}")`,
  'shared-string-index': (d) => `cell ${d.ref} refers to shared string "${d.value}", but the workbook holds ${d.count}`,
  'unclosed-quote': (d) => `a quoted cell opened on line ${d.line} (row ${d.row}) is never closed: a " is missing`,
  'not-utf8': () => 'not UTF-8',
  message: (d) => d.message,
};
const sheetReason = (d: SheetReason): string => (sheetReasons[d.reason] as (x: SheetReason) => string)(d);

const JSON_PROBLEMS: Record<JsonProblem, string> = {
  empty: 'the file is empty',
  'unexpected-end': 'the file ends too early (a missing } or ]?)',
  'unexpected-character': 'unexpected character',
  'unterminated-string': 'a string that is never closed (a missing "?)',
  'bad-escape': 'a backslash escape JSON does not have (write \\\\ for a backslash)',
  'control-character': 'a control character (a raw line break?) inside a string',
  'expected-key': 'expected a key in double quotes',
  'expected-colon': "expected ':' after the key",
  'expected-comma-or-brace': "expected ',' or '}'",
  'expected-comma-or-bracket': "expected ',' or ']'",
  'trailing-comma': 'a comma before the closing bracket',
  'after-end': 'more text after the end of the document',
};
const jsonProblem = (d: { problem: JsonProblem; found?: string }): string =>
  d.found === undefined ? JSON_PROBLEMS[d.problem] : `${JSON_PROBLEMS[d.problem]}; found ${d.found}`;
const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list [...]',
  object: 'an object {...}',
  int: 'a whole number',
};
const typeWord = (v: string): string => TYPE_WORDS[v] ?? v;
const SHAPES: Record<ShapeProblem, string> = {
  'no-form': 'the value does not match any allowed form',
  'empty-list': 'expected at least one entry',
  'empty-text': 'expected a non-empty text',
  'blank-code': 'a code must not be blank',
  'tie-key': 'expected points, appraisal, survey, name, code or field:<code>',
  ties: 'expected "shared", "exact" or { "compare": …, "breakBy": [...] }',
};
function bound(d: { min?: Num; max?: Num; minExclusive?: boolean; maxExclusive?: boolean }): string {
  const lo = d.min === undefined ? '' : `${d.minExclusive ? '>' : '≥'} ${n(d.min)}`;
  const hi = d.max === undefined ? '' : `${d.maxExclusive ? '<' : '≤'} ${n(d.max)}`;
  return lo && hi ? `${lo} and ${hi}` : lo || hi;
}
function totalNamed(d: TotalNamed): string {
  const what =
    d.total === 'index' ? 'index'
    : d.total === 'total' ? 'total points'
    : d.total === 'points-of' ? `points of ${s(d.code)}`
    : d.total === 'subtotal-of' ? `subtotal of ${s(d.code)}`
    : 'subtotals and total';
  return d.column === undefined ? what : `${what} (${d.column === 'self' ? 'self-assessed' : 'appraised'})`;
}
const FLAGS: Record<AnnexFlag, string> = {
  survey: 'scored by the sociological survey',
  naAllowed: 'may be non-applicable for a unit (KĐG)',
  evidenceRequired: 'evidence documents required',
};

export const diagnostics: DiagnosticWords = {
  'set/invalid-json': {
    title: 'The criteria file is not valid JSON',
    message: (d) => `not valid JSON: ${jsonProblem(d)}`,
  },
  'set/unknown-key': {
    title: 'A key the criteria-set format does not define',
    message: (d) => `unknown key "${s(d.key)}"${d.allowed ? ` (allowed here: ${s(d.allowed)})` : ''}`,
    hint: 'Check the spelling against the README or the JSON Schema.',
  },
  'set/missing-key': {
    title: 'A required key is missing',
    message: (d) => `missing required key "${s(d.key)}" (expected ${typeWord(d.expected)})`,
  },
  'set/invalid-value': {
    title: 'A value that does not have the shape the format expects',
    message: (d) => `${SHAPES[d.shape]}; found ${s(d.found)}`,
  },
  'set/na-token-numeric': {
    title: 'A non-applicable token that reads as a number',
    message: (d) => `non-applicable token "${s(d.token)}" reads as a number (or a percentage), so a score could be taken for "not applicable"`,
    hint: 'Use a word such as KĐG or N/A.',
  },
  'criteria/duplicate-code': {
    title: 'Two criteria (or adjustments) share a code',
    message: (d) => `code "${s(d.code)}" is used again (first at ${s(d.firstPath)})`,
  },
  'criteria/code-not-under-parent': {
    title: "A criterion code that does not extend its parent's",
    message: (d) => `code "${s(d.code)}" does not extend its parent's code "${s(d.parent)}" (expected "${s(d.parent)}.…")`,
  },
  'criteria/children-sum': {
    title: "Children's maxima do not add up to the parent's",
    message: (d) => `children add up to ${n(d.sum)} but the criterion's max is ${n(d.max)}`,
  },
  'criteria/total-mismatch': {
    title: 'Fields do not add up to the declared total',
    message: (d) => `fields add up to ${n(d.sum)} but "total" is ${n(d.total)}`,
  },
  'criteria/rule-on-parent': {
    title: 'A scoring rule on a criterion that has children',
    message: () => `a criterion with children is the sum of them and takes no "rule"; put the rule on a leaf`,
  },
  'bands/not-decreasing': {
    title: 'Band thresholds not strictly decreasing',
    message: (d) => `band "${s(d.label)}" starts at ${n(d.min)}, not below the previous band's ${n(d.previous)}; list bands from the highest threshold down`,
  },
  'bands/out-of-range': {
    title: 'Band threshold outside 0–100',
    message: (d) => `band "${s(d.label)}" threshold ${n(d.min)} is outside 0–100`,
  },
  'blocks/duplicate-id': {
    title: 'Two blocks share an id',
    message: (d) => `block id "${s(d.id)}" is used again (first at ${s(d.firstPath)})`,
  },
  'rule/points-above-max': {
    title: "A rule awards more than the leaf's max",
    message: (d) => `the rule awards ${n(d.points)} points but the leaf's max is ${n(d.max)}`,
  },
  'rule/thresholds-unordered': {
    title: 'Rule thresholds not strictly decreasing',
    message: (d) => `threshold ${n(d.min)} is not below the previous threshold ${n(d.previous)}; list thresholds from the highest down`,
  },
  'rule/threshold-out-of-range': {
    title: 'A rule threshold the measured value can never reach',
    message: (d) => `threshold ${n(d.min)} is outside the measured value's range ${s(d.range)}`,
  },
  'rule/step-not-dividing': {
    title: "A step that does not divide the leaf's max",
    message: (d) => `step ${n(d.step)} does not divide the max ${n(d.max)}, so the max itself could not be awarded`,
  },
  'rule/allowed-above-max': {
    title: "An allowed value outside 0 and the leaf's max",
    message: (d) => `allowed value ${n(d.value)} is outside 0–${n(d.max)}`,
  },
  'rule/percent-out-of-range': {
    title: 'An answer option worth more than 100 % or less than 0 %',
    message: (d) => `option "${s(d.option)}" is worth ${n(d.percent)} %, outside 0–100`,
  },
  'rule/duplicate-option': {
    title: 'Two answer options with the same value',
    message: (d) => `option "${s(d.option)}" is listed twice`,
  },
  'set/not-text': {
    title: 'The criteria file is not UTF-8 text',
    message: (d) => `not a text file: ${d.reason === 'utf16' ? 'it is UTF-16 text' : d.reason === 'nul' ? 'it holds NUL bytes (a binary file?)' : 'it holds bytes that are not UTF-8 (maybe Windows-1258 or TCVN3)'}`,
    hint: 'Save the criteria set as JSON in UTF-8.',
  },
  'set/too-large': {
    title: 'The criteria file is too large to be a criteria set',
    message: (d) => `the file is larger than ${s(d.limit)} bytes; a criteria set takes a few tens of kilobytes`,
  },
  'set/too-deep': {
    title: 'Objects and arrays nested deeper than the format allows',
    message: (d) => `objects and arrays are nested more than ${s(d.limit)} deep here`,
  },
  'set/duplicate-key': {
    title: 'A key written twice in the same object',
    message: (d) => `key "${s(d.key)}" is written again (first at line ${s(d.firstLine)}, column ${s(d.firstCol)}); only one value can count`,
  },
  'set/wrong-type': {
    title: 'A value of the wrong type',
    message: (d) => `expected ${typeWord(d.expected)}; found ${s(d.found)}`,
  },
  'set/not-a-choice': {
    title: 'A value that is not one of the allowed words',
    message: (d) => `expected one of ${s(d.allowed)}; found ${s(d.found)}`,
  },
  'set/out-of-range': {
    title: 'A number outside its allowed range (a negative max, a year…)',
    message: (d) => `${n(d.found)} is out of range: expected ${bound(d)}`,
  },
  'set/too-precise': {
    title: 'A number parindex cannot hold exactly (more than six decimals, or too large)',
    message: (d) => d.reason === 'too-large'
        ? `${s(d.value)} is too large to be held exactly`
        : `${s(d.value)} has more than 6 decimals (a value this small or this precise would be read as a different number)`,
    hint: 'Write points with at most six decimals, e.g. 0.25.',
  },
  'set/total-zero': {
    title: 'A set whose total is 0: nothing to score',
    message: () => 'the total is 0, so no index can be computed; give the fields their maxima',
  },
  'set/na-token-answer': {
    title: 'A non-applicable token that is also an answer',
    message: (d) => `non-applicable token "${s(d.token)}" is also ${d.option !== undefined ? `the answer option "${s(d.option)}"` : `a ${d.meaning === 'yes' ? 'yes' : 'no'} answer`}, so that answer would be read as "not applicable"`,
    hint: 'Use a word such as KĐG or N/A.',
  },
  'ties/unknown-field': {
    title: 'A field: tie-break that names no field',
    message: (d) => `"${s(d.key)}" names no field; expected field:<code of a top-level criterion> (${s(d.fields)})`,
  },
  'blocks/empty-bands': {
    title: 'A block with an empty band list',
    message: (d) => `block "${s(d.id)}" has "bands": [] — leave the key out to use the set's bands`,
  },
  'file/unsupported-type': {
    title: 'A file parindex cannot read as a score sheet',
    message: (d) => ('annex' in d ? 'not an annex parindex reads (.xlsx, .csv or .docx)' : `not a CSV or XLSX file (${sheetReason(d)})`),
    hint: 'Save it as .xlsx or .csv (UTF-8).',
  },
  'file/not-utf8': {
    title: 'A CSV file that is not UTF-8',
    message: (d) => `not UTF-8 text (first invalid byte at offset ${s(d.offset)}); it may be Windows-1258 or TCVN3`,
    hint: 'In Excel: Save As → "CSV UTF-8 (Comma delimited)".',
  },
  'file/unreadable': {
    title: 'A file that could not be read',
    message: (d) => `could not be read: ${sheetReason(d)}`,
  },
  'file/no-readable-sheet': {
    title: 'An input with no sheet that could be read',
    message: (d) => `no sheet was read${Array.isArray(d.hidden) && d.hidden.length > 0 ? ` (hidden: ${s(d.hidden)})` : ' (the file has no sheet)'}`,
    hint: 'Name a hidden sheet with --sheet to score it.',
  },
  'sheet/not-found': {
    title: 'The sheet named by --sheet is not in the workbook',
    message: (d) => `no sheet named "${s(d.sheet)}" (sheets: ${s(d.available)})`,
  },
  'sheet/no-header': {
    title: 'No header row with criterion codes',
    message: (d) => `no row in the first ${s(d.scanned)} rows has the criterion codes of "${s(d.set)}" as column headers`,
    hint: 'Head each score column with its criterion code, e.g. "1.1" or "TC 1.1 Kế hoạch CCHC".',
  },
  'sheet/no-units': {
    title: 'A table with a header but no unit rows',
    message: (d) => `the table under the header on row ${s(d.row)} has no unit rows`,
  },
  'sheet/skipped': {
    title: 'A sheet that was not scored',
    message: (d) => `sheet skipped: ${d.reason === 'hidden' ? 'hidden sheet (name it with --sheet to score it)' : 'no header row with criterion codes'}`,
  },
  'header/unknown-criterion': {
    title: 'A column headed by a code that is not in the criteria set',
    message: (d) => `column "${s(d.header)}" names criterion ${s(d.code)}, which is not in "${s(d.set)}"`,
    hint: 'The sheet may have been made from another year\'s criteria set.',
  },
  'header/duplicate-criterion': {
    title: 'Two columns for the same criterion',
    message: (d) => `criterion ${s(d.code)} has a second column (first in column ${s(d.first)})`,
  },
  'header/missing-criterion': {
    title: 'A scored criterion with no column',
    message: (d) => `no column for criterion ${s(d.code)} "${s(d.name)}"`,
  },
  'header/missing-unit-column': {
    title: 'No unit code column',
    message: () => 'no column for the unit code (headers such as "Mã đơn vị", "Mã", "code")',
    hint: 'Add the column, or name it with --code-column.',
  },
  'header/missing-name-column': {
    title: 'No unit name column',
    message: () => 'no column for the unit name ("Tên đơn vị", "name"); units are shown by their code',
  },
  'header/missing-block-column': {
    title: 'No block column where the set ranks by block',
    message: (d) => `no "Khối" column: ${s(d.rows)} unit row(s) have no block; the set ranks by block (${s(d.blocks)})`,
    hint: 'Add a "Khối" column, pass --block for the whole file, or give --units with blocks.',
  },
  'row/missing-unit-code': {
    title: 'A row with scores but no unit code',
    message: (d) => `row has scores but no unit code${d.name ? ` (name "${s(d.name)}")` : ''}`,
  },
  'row/duplicate-unit': {
    title: 'The same unit code twice',
    message: (d) => `unit ${s(d.unit)} appears again (first at ${place(d)}); neither row is ranked`,
  },
  'row/name-unicode-variant': {
    title: 'The same unit name typed in two Unicode forms',
    message: (d) => `name "${s(d.name)}" is written in another Unicode form (NFD/NFC) than at ${place(d)}; parindex uses NFC`,
    hint: 'Retype the name with one keyboard setting (Unicode dựng sẵn).',
  },
  'row/duplicate-name': {
    title: 'Two unit codes with the same name in one block',
    message: (d) => `units ${s(d.unit)} and ${s(d.other)} are both named "${s(d.name)}"`,
  },
  'row/unknown-block': {
    title: 'A block that is not in the criteria set',
    message: (d) => `block "${s(d.block)}" is not in the criteria set (blocks: ${s(d.blocks)})`,
  },
  'row/missing-block': {
    title: 'A unit with no block',
    message: (d) => `no block for this unit; the set ranks by block (${s(d.blocks)})`,
    hint: 'Add a "Khối" column or pass --block for the whole file.',
  },
  'row/no-applicable-criteria': {
    title: 'Every criterion marked non-applicable',
    message: () => 'every criterion is non-applicable, so the effective maximum is 0 and no index exists',
  },
  'unit/excluded': {
    title: 'A unit left out of the ranking because of its errors',
    message: (d) => `${s(d.units)} unit(s) left out of the ranking because of their errors: ${s(d.codes)}`,
  },
  'cell/empty': {
    title: 'An empty cell where a score is required',
    message: () => 'empty; a score (or a non-applicable mark where allowed) is required',
  },
  'cell/not-a-number': {
    title: 'A value that is not a number',
    message: (d) => `"${s(d.value)}" is not a number${d.both ? '; it has both a decimal point and a decimal comma: use one of them, not both' : ''}`,
    hint: 'Type a number such as 1.5 or 1,5.',
  },
  'cell/too-precise': {
    title: 'More than six decimals',
    message: (d) => `${s(d.value)} has more than six decimals; scores are kept exactly to 0.000001`,
  },
  'cell/out-of-range': {
    title: "Points below 0 or above the criterion's max",
    message: (d) => `${s(d.value)} is outside 0–${n(d.max)} (${d.adjustment ? `the cap of "${s(d.adjustment)}"` : "the criterion's max"})`,
  },
  'cell/off-step': {
    title: 'Points not on the criterion\'s step',
    message: (d) => `${s(d.value)} is not a multiple of the step ${n(d.step)}`,
  },
  'cell/not-allowed': {
    title: 'Points not in the allowed list',
    message: (d) => `${s(d.value)} is not one of the allowed values ${n(d.allowed)}`,
  },
  'cell/na-not-allowed': {
    title: 'Non-applicable on a criterion that must be scored',
    message: (d) => `"${s(d.value)}" marks it non-applicable, but this criterion applies to every unit`,
  },
  'cell/value-out-of-range': {
    title: 'A measured value the rule cannot take',
    message: (d) => `measured value ${s(d.value)} is outside ${s(d.range)}`,
  },
  'cell/unknown-answer': {
    title: 'An answer the rule does not know',
    message: (d) => `"${s(d.value)}" is not one of ${s(d.expected)}`,
  },
  'cell/date': {
    title: 'A date where a number belongs',
    message: (d) => `holds a date (${s(d.value)}); Excel may have turned a typed "1.5" into a date`,
    hint: 'Format the column as Number and retype the value.',
  },
  'cell/formula-error': {
    title: 'A formula that ends in an error value',
    message: (d) => `formula result is the error ${s(d.value)}`,
  },
  'cell/formula-no-value': {
    title: 'A formula saved without its result',
    message: (d) => `formula =${s(d.formula)} has no saved result`,
    hint: 'Open and save the file in Excel or LibreOffice so results are stored.',
  },
  'cell/adjustment-above-cap': {
    title: 'Bonus or penalty above its cap',
    message: (d) => `${s(d.value)} is above the cap ${n(d.max)} for "${s(d.name)}"`,
  },
  'cell/na-lookalike': {
    title: "A mark like the set's non-applicable mark, but not it",
    message: (d) => `"${s(d.value)}" is not a score; non-applicable is written ${s(d.marks)} in this criteria set`,
    hint: "Write one of the set's marks exactly (naTokens).",
  },
  'cell/ambiguous-separator': {
    title: 'A dot that may be a thousands separator in a sheet of decimal commas',
    message: (d) => `"${s(d.value)}" was read as ${s(d.read)} with a decimal point, but this sheet writes decimals with a comma: is it ${s(d.read)} or a thousand times more?`,
    hint: 'Write decimals one way in the whole sheet.',
  },
  'check/not-checked': {
    title: 'Written totals that could not be checked',
    message: (d) => `the ${totalNamed(d)} written in this column could not be checked: ${s(d.cells)} formula cell(s) were saved without their result`,
    hint: 'Open and save the file in Excel or LibreOffice so results are stored.',
  },
  'check/reported-mismatch': {
    title: 'A total written in the sheet that does not match the computed one',
    message: (d) => `the sheet says ${totalNamed(d)} = ${s(d.reported)}, recomputed from the scores it is ${n(d.computed)}`,
  },
  'row/unknown-criterion': {
    title: 'A row for a criterion that is not in the set',
    message: (d) => `criterion "${s(d.code)}" is not in "${s(d.set)}"`,
    hint: "The submission may follow another year's criteria set.",
  },
  'unit/missing-criterion': {
    title: 'A unit with no score for a criterion',
    message: (d) => `no score for criterion ${s(d.code)} "${s(d.name)}"`,
  },
  'unit/duplicate-criterion': {
    title: 'A criterion scored twice for one unit',
    message: (d) => `criterion ${s(d.code)} is scored again (first at ${place(d)})`,
  },
  'form/max-mismatch': {
    title: "A form whose printed max differs from the set's",
    message: (d) => `the form prints ${s(d.printed)} as the max of ${s(d.code)}, the set "${s(d.set)}" says ${n(d.max)}`,
    hint: 'Use the form of this year\'s criteria set.',
  },
  'form/no-unit': {
    title: 'A form that does not say which unit it is for',
    message: () => 'cannot tell which unit this form is for: no "Mã đơn vị: …" cell and the file name does not start with a code',
    hint: 'Write "Mã đơn vị: 25102" above the table, or name the file "25102 - Xã An Bình.xlsx".',
  },
  'form/self-only': {
    title: 'A form without appraised points',
    message: () => 'no appraised points yet: the self-assessed points are used',
  },
  'cell/evidence-missing': {
    title: 'No evidence cited where the set requires it',
    message: (d) => `criterion ${s(d.code)} requires evidence documents, but the evidence cell is empty`,
    hint: 'Cite the document (number, date) that proves the score.',
  },
  'units/unknown-unit': {
    title: 'A unit code that is not in the official unit list',
    message: (d) => `unit ${s(d.unit)} is not in the unit list ${s(d.list)}`,
  },
  'units/name-mismatch': {
    title: 'A unit name that disagrees with the unit list',
    message: (d) => `unit ${s(d.unit)} is named "${s(d.name)}" here but "${s(d.listed)}" in ${s(d.list)}`,
  },
  'units/not-submitted': {
    title: 'A unit of the list that sent nothing',
    message: (d) => `unit ${s(d.unit)} "${s(d.name)}" sent no scores`,
  },
  'reconcile/appraised-above-self': {
    title: 'Appraised points above the self-assessed points',
    message: (d) => `appraised ${n(d.appraised)} is above the self-assessed ${n(d.self)} for criterion ${s(d.code)}`,
  },
  'reconcile/large-difference': {
    title: 'Self-assessed and appraised points far apart',
    message: (d) => `self-assessed ${n(d.self)} and appraised ${n(d.appraised)} differ by ${n(d.diff)} (more than ${n(d.threshold)}) for criterion ${s(d.code)}`,
  },
  'map/no-header': {
    title: 'A unit map without old and new code columns',
    message: () => 'no header row with an old code column and a new code column (expected e.g. "Mã đơn vị cũ", "Mã đơn vị mới", optional "Dân số")',
  },
  'map/missing-code': {
    title: 'A unit map row with only one of its two codes',
    message: (d) => `the ${s(d.side)} code is empty (old "${s(d.old)}", new "${s(d.new)}")`,
  },
  'map/bad-weight': {
    title: 'A weight in the unit map that is not a positive number',
    message: (d) => `weight "${s(d.value)}" of ${s(d.old)} → ${s(d.new)} is not a positive number (column "${s(d.column)}")`,
  },
  'map/duplicate': {
    title: 'A unit mapped twice',
    message: (d) => `${s(d.old)} → ${s(d.new)} is mapped again (first on row ${s(d.firstRow)}); the row is ignored`,
  },
  'map/unknown-code': {
    title: 'A mapped code that exists in neither year',
    message: (d) => `${d.side === 'old' ? 'old' : 'new'} code ${s(d.code)} is in no ${d.side === 'old' ? 'earlier' : 'later'} year's results (${s(d.years)})`,
  },
  'compare/no-predecessor': {
    title: 'A later unit with no predecessor in the unit map',
    message: (d) => `unit ${s(d.unit)} "${s(d.name)}" of ${s(d.year)} is not in ${s(d.earlierYear)} and no map row leads to it: it is compared with nothing`,
    hint: 'Add the rows of its former units to the --map file.',
  },
  'compare/years-out-of-order': {
    title: 'Results reports not given in year order',
    message: (d) => `${s(d.file)} (${s(d.year)}) comes after a report of ${n(d.previous)}: years are compared in the order given`,
  },
  'survey/no-header': {
    title: 'A response sheet without a header of unit and survey items',
    message: (d) => `no header row with a unit column and survey item columns (or "Mã tiêu chí" and "Trả lời") in the first ${s(d.scanned)} rows`,
    hint: 'Head the columns "Mã đơn vị", "Nhóm", "Mã phiếu" and the survey item codes (7.1.1 …).',
  },
  'survey/missing-group-column': {
    title: 'Respondent groups declared but no group column',
    message: (d) => `the set weights respondent groups (${s(d.groups)}) but this sheet has no "Nhóm" column`,
  },
  'survey/unknown-unit': {
    title: 'Answers about a unit that is not known',
    message: (d) => `unit ${s(d.unit)} is not in ${s(d.list)}; the respondent's answers are not counted`,
  },
  'survey/unknown-group': {
    title: 'A respondent group the set does not declare',
    message: (d) => `group "${s(d.group)}" is not one of ${s(d.groups)}; the respondent's answers are not counted`,
  },
  'survey/duplicate-respondent': {
    title: 'The same respondent twice',
    message: (d) => `respondent ${s(d.respondent)} of unit ${s(d.unit)} was already read at ${place(d)}; only the first is counted`,
  },
  'survey/few-responses': {
    title: 'Fewer answers than the set requires',
    message: (d) => `${s(d.n)} answer(s) on item ${s(d.code)} for unit ${s(d.unit)}, fewer than ${n(d.min)}`,
  },
  'survey/same-answer': {
    title: 'A respondent who gave the same answer to every item',
    message: (d) => `respondent ${s(d.respondent)} gave the same answer ("${s(d.answer)}", ${n(d.percent)} % of the max) to all ${s(d.items)} items`,
    hint: 'Survey practice flags such questionnaires for a second look; they are counted.',
  },
  'annex/no-table': {
    title: 'No annex table found',
    message: () => 'no table with a criterion column and a max points column (headers such as "STT", "Nội dung", "Điểm tối đa")',
    hint: 'Check that the annex is a table, not text laid out with tabs.',
  },
  'annex/missing-max': {
    title: 'A criterion without max points in the annex',
    message: (d) => `criterion ${s(d.code)} has no max points`,
  },
  'annex/bad-max': {
    title: 'Max points that are not a number',
    message: (d) => `max points "${s(d.value)}" of criterion ${s(d.code)} is not a number`,
  },
  'annex/max-computed': {
    title: "A parent's max taken as the sum of its children",
    message: (d) => `no max points in the annex: taken as the sum of the children, ${n(d.max)}`,
  },
  'annex/rule-inferred': {
    title: 'A scoring rule read from the scoring guide',
    message: (d) => `scoring guide read as a "${s(d.rule)}" rule: ${s(d.summary)}; please review`,
  },
  'annex/flag-inferred': {
    title: 'Survey, non-applicable or evidence read from the annex text',
    message: (d) => `the annex text read as: ${FLAGS[d.flag]}`,
  },
  'annex/row-joined': {
    title: 'An unnumbered row joined to the criterion above',
    message: (d) => `row without numbering or max points joined to criterion ${s(d.code)}`,
  },
  'annex/missing-metadata': {
    title: 'The annex does not say the year or the level',
    message: (d) => `the annex does not say the ${s(d.key)} of the set; give it with ${s(d.option)}`,
  },
  'template/set-mismatch': {
    title: 'A sheet made from another criteria set or year',
    message: (d) => `this sheet was made from criteria set ${s(d.found)}, not ${s(d.expected)}`,
    hint: 'Make a new template with `parindex template` from the set in use.',
  },
};

/** The words of the reports: common words, the ranked table's columns, and the XLSX, Markdown and HTML reports. */
export const report = {
  words: {
    code: 'Code',
    criterion: 'Criterion',
    max: 'Max',
    method: 'Method',
    scoring: 'Scoring',
    appraisal: 'appraisal',
    survey: 'survey',
    naAllowed: 'may be N/A',
    total: 'Total',
    points: 'points',
    fields: 'fields',
    criteria: 'criteria',
    leaves: 'scored leaves',
    surveyShare: 'survey share',
    adjustments: 'Bonus and penalty',
    bonus: 'bonus',
    penalty: 'penalty',
    bands: 'Bands',
    blocks: 'Blocks',
    ties: 'Ties',
    level: 'Level',
    year: 'Year',
    decision: 'Decision',
    yes: 'yes',
    no: 'no',
    department: 'departments',
    district: 'districts',
    commune: 'communes',
    province: 'provinces',
    ministry: 'ministries',
    field: 'Field',
    error: 'error',
    warning: 'warning',
    info: 'info',
    errors: 'errors',
    warnings: 'warnings',
  },
  labels: {
    rank: 'Rank',
    block: 'Block',
    code: 'Code',
    unit: 'Unit',
    field: 'F',
    total: 'Total points',
    effectiveMax: 'Effective max',
    index: 'Index (%)',
    band: 'Band',
    appraisal: 'Appraisal points',
    survey: 'Survey points',
    bonus: 'Bonus',
    penalty: 'Penalty',
    mean: 'Mean index',
    units: 'units',
    excluded: 'Not ranked (errors)',
    source: 'Source',
  },
  xlsx: {
    criteriaSheet: 'Criteria',
    excludedSheet: 'Not ranked',
    runSheet: 'Run',
    fieldIndex: 'Index',
    unitCount: 'Units',
    naAllowed: 'May be N/A',
    file: 'File',
    sheet: 'Sheet',
    row: 'Row',
    errorCount: 'Errors',
    tool: 'Tool',
    criteriaSet: 'Criteria set',
    title: 'Title',
    bytes: 'Bytes',
    inputs: 'Inputs',
    options: 'Options',
    value: 'Value',
    diagnostics: 'Diagnostics',
    severity: 'Severity',
    location: 'Location',
    message: 'Message',
    dropped: 'Not kept (over the limit)',
    notListed: 'more not listed here',
    kind: 'Kind',
    bandFrom: 'From index (%)',
    allBlocks: 'All blocks',
    reconcileSheet: 'Reconciliation',
    reconcileTitle: 'Self-assessed vs appraised points',
    selfPoints: 'Self-assessed',
    appraisedPoints: 'Appraised',
    difference: 'Difference',
    unitTotal: 'Total (before bonus and penalty)',
    notApplicable: 'N/A',
  },
  md: {
    title: 'Score sheet check',
    file: 'File',
    units: 'Units',
    unitsWithErrors: 'Units with errors',
    errors: 'Errors',
    warnings: 'Warnings',
    notes: 'Notes',
    place: 'Location',
    severity: 'Severity',
    message: 'Message',
    noFile: 'Not in a file',
  },
  html: {
    reportTitle: 'PAR index results',
    contents: 'Contents',
    overview: 'Overview',
    ranking: 'Ranking',
    indexChart: 'Index of each unit, by rank',
    indexChartDesc: 'One bar per unit, coloured by band; the horizontal lines are the band thresholds and the mean index. The values are in the ranking table.',
    indexHistogram: 'Number of units by index',
    indexHistogramDesc: 'How many units have an index in each step, coloured by band; the dashed lines are the band thresholds and the solid line the mean index. The data table follows.',
    bandChart: 'Band distribution',
    heatMap: 'Component index per field (%)',
    heatMapDesc: 'One column per unit in rank order, one row per field; the darker, the higher the index. The data table follows.',
    histogramNote: 'The block has {units} units, too many to draw one bar each: each bar counts the units whose index lies in a step of {step} percentage points. Every unit’s index is in the ranking table.',
    heatMapGroupsDesc: 'One column per group of units in rank order, one row per field; the darker, the higher the mean component index. The data table follows.',
    unitsInRankOrder: 'Units in rank order (running count)',
    heatGroupsNote: 'Each column is {size} units next to each other in the ranking (the last may hold fewer), coloured by the mean of their component index.',
    dataTable: 'Data table',
    notApplicableField: 'not applicable',
    capped: 'Total held at the effective maximum',
    sortHint: 'Click a column heading to sort.',
    rankAxis: 'Rank',
    meanShort: 'mean',
    count: 'Units',
    share: 'Share (%)',
    from: 'From index (%)',
    criteriaSet: 'Criteria set',
    fieldsCaption: 'Fields',
    inputs: 'Inputs',
    file: 'File',
    bytes: 'Bytes',
    tool: 'Tool',
    diagnostics: 'Diagnostics',
    noDiagnostics: 'No error and no warning.',
    firstProblems: 'First problems',
    moreProblems: 'more not listed here',
    location: 'Location',
    severity: 'Severity',
    message: 'Message',
    errorCount: 'Errors',
    firstError: 'First error',
    generatedBy: 'Made by',
    page: 'Page',
  },
} as const;

export { cli, help } from './en-cli.js';

/** The words of the survey reports (parindex survey). */
export const survey = {
  title: 'Survey (điều tra xã hội học)',
  unitCode: 'Unit code',
  unitName: 'Unit name',
  code: 'Code',
  unit: 'Unit',
  respondents: 'Respondents',
  surveyPoints: 'Survey points',
  satisfaction: 'Satisfied (%)',
  interval: '95 % interval',
  answers: 'answers',
  overall: 'All units',
  satisfiedLine: 'satisfied',
  satisfiedAt: 'an answer counts as satisfied from',
  ofMax: 'of the item’s max',
  weights: 'group weights',
  pointsSheet: 'Survey points',
  responseFile: 'survey responses',
  noSurveyItems: 'has no survey criteria (method "survey")',
} as const;

/** The words of the comparison reports (parindex compare); {0}, {1}… are filled in. */
export const compare = {
  title: 'PAR index compared across years',
  pair: '{0} compared with {1}',
  block: 'Block',
  rank: 'Rank',
  rankChange: 'Rank change',
  code: 'Code',
  unit: 'Unit',
  index: 'Index {0} (%)',
  change: 'Change (pp)',
  band: 'Band {0}',
  bandChanged: 'Band changed',
  pointsChange: 'Points change',
  fieldChange: 'F{0} (pp)',
  origin: 'Note',
  yes: 'yes',
  no: 'no',
  up: 'up {0}',
  down: 'down {0}',
  level: 'unchanged',
  merged: 'merged from {0} units ({1})',
  mergedWeighted: 'weighted by {0}',
  mergedEqual: 'equal weights',
  split: 'split from {0}',
  renamed: 'formerly {0}',
  new: 'new unit',
  gone: 'Gone in {0}',
  blockGone: 'The block is gone in {0} ({1} units in {2})',
  blockNew: 'New block in {0}',
  mean: 'Mean index',
  units: 'Units',
  sameSet: 'The same criteria set ({0} → {1}): indexes and points are compared.',
  changedSet: 'The criteria set changed ({0} → {1}: {2}): compared on indexes (%) only, never on points.',
  fieldAdded: 'field {0} added',
  fieldRemoved: 'field {0} removed',
  fieldRenamed: 'field {0} renamed',
  fieldMax: 'field {0} maximum {1} → {2}',
  leaves: 'criteria added {0}, removed {1}',
  fieldsMatched: 'Fields compared (same code and name): {0}.',
  fieldsCodeOnly: 'Fields compared by code (the report carries no names): {0}.',
  fieldsNotMatched: 'Fields not compared: {0}.',
  onlyIn: '{0} (only in {1})',
  nameDiffers: '{0} (names differ: "{1}" / "{2}")',
  none: 'none',
  trend: 'Index trend across years',
  trendNote: "A merged unit's earlier value is the mean (weighted, when the map has weights) of its former units' indexes.",
  map: 'Unit map: {0}',
  reports: 'Reports',
  year: 'Year',
  file: 'File',
  criteriaSet: 'Criteria set',
  earlierYear: 'Earlier year',
  laterYear: 'Later year',
  earlierIndex: 'Earlier index (%)',
  laterIndex: 'Later index (%)',
  earlierRank: 'Earlier rank',
  laterRank: 'Later rank',
  earlierBand: 'Earlier band',
  laterBand: 'Later band',
  slope: 'Index chart: {0}',
  diagnostics: 'Problems',
} as const;
