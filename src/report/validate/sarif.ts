/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. A rule per diagnostic code that occurs, results located by
 * file and row, and for workbooks a logical location `Sheet!F12` that says which cell.
 */
import { catalogue, hintOf, severityOf, titleOf, type Code } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Lang, Location, Severity } from '../../diagnostics/types.js';
import type { RunReport } from '../model/schema.js';
import { placeInFile } from './text.js';
import { validationView } from './view.js';
import { messageText } from '../text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file name as a SARIF artifact URI: a relative reference with forward slashes, each segment percent-encoded
 * (spaces, Vietnamese letters, `#`), or a file: URI when the name is absolute.
 */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const encoded = slashed
    .split('/')
    .map((seg, i) => (drive && i === 0 ? seg : encodeURIComponent(seg)))
    .join('/');
  if (drive) return `file:///${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** The spreadsheet name of the place: `Xã!F12`, a whole row `Xã!12:12`, or the sheet. */
function sheetPlace(loc: Location): string | undefined {
  if (loc.sheet === undefined) return undefined;
  if (loc.ref !== undefined) return `${loc.sheet}!${loc.ref}`;
  if (loc.row !== undefined) return `${loc.sheet}!${loc.row}:${loc.row}`;
  return loc.sheet;
}

function rule(code: string, lang: Lang): Record<string, unknown> {
  const stub: Diagnostic = { code, severity: 'error', location: {}, details: {} };
  const hint = hintOf(stub, lang);
  const title = titleOf(code, lang);
  const severity = code in catalogue ? severityOf(code as Code) : 'error';
  const short = titleOf(code, 'en');
  const full = hint !== undefined ? `${title}. ${hint}` : title;
  return {
    id: code,
    shortDescription: { text: short },
    ...(full !== short ? { fullDescription: { text: full } } : {}),
    ...(hint !== undefined ? { help: { text: hint } } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
  };
}

function location(d: Diagnostic, artifactIndex: ReadonlyMap<string, number>): Record<string, unknown> | undefined {
  const loc = d.location;
  if (loc.file === undefined) return undefined;
  const index = artifactIndex.get(loc.file);
  const place = sheetPlace(loc);
  // A text file's line and column (a criteria file) are SARIF's own. The row is the line for a CSV file; for a
  // workbook it is the row of the sheet named in the logical location and the message, since GitHub code scanning
  // places an alert only where it has region.startLine. A spreadsheet column is not the character column SARIF
  // means, so it is not given.
  const region =
    loc.line !== undefined
      ? { region: { startLine: loc.line, ...(loc.col !== undefined ? { startColumn: loc.col } : {}) } }
      : loc.row !== undefined
        ? { region: { startLine: loc.row } }
        : {};
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(loc.file), ...(index !== undefined ? { index } : {}) }, ...region },
    ...(place !== undefined ? { logicalLocations: [{ name: place, fullyQualifiedName: `${loc.file}/${place}`, kind: 'element' }] } : {}),
  };
}

export function renderSarif(report: RunReport, ctx: { readonly lang: Lang }): string {
  const { lang } = ctx;
  const view = validationView(report);
  const codes = [...new Set(view.diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const artifacts = view.files.map((f) => ({
    location: { uri: artifactUri(f.file) },
    ...(f.sha256 !== undefined ? { hashes: { 'sha-256': f.sha256 } } : {}),
  }));
  const artifactIndex = new Map(view.files.map((f, i) => [f.file, i]));
  const results = view.diagnostics.map((d) => {
    const place = placeInFile(d.location, lang);
    const loc = d.location;
    const physical = location(d, artifactIndex);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: `${place ? `${place}: ` : ''}${messageText(d, lang)}` },
      ...(physical !== undefined ? { locations: [physical] } : {}),
      properties: {
        ...(loc.unit !== undefined ? { unit: loc.unit } : {}),
        ...(loc.criterion !== undefined ? { criterion: loc.criterion } : {}),
        ...(loc.sheet !== undefined ? { sheet: loc.sheet } : {}),
        ...(loc.ref !== undefined ? { cell: loc.ref } : {}),
        details: d.details,
      },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'parindex', version: report.tool.version, informationUri: 'https://github.com/parindex/parindex', rules: codes.map((c) => rule(c, lang)) },
        },
        language: lang === 'vi' ? 'vi-VN' : 'en-US',
        artifacts,
        results,
        ...(view.dropped > 0 ? { properties: { dropped: view.dropped } } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
