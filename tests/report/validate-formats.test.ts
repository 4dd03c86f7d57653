/**
 * The formats of `parindex validate`, on a run of the real pipeline over three small submissions (two CSV files and
 * a workbook) broken the way people break them: golden files per format and language, and each format checked by
 * the reader it is written for (zod, the SARIF 2.1.0 JSON Schema, an XML parser, GitHub's escaping rules).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { Chalk } from 'chalk';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { catalogue, diag, hintOf, titleOf } from '../../src/diagnostics/catalogue.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { scoreInputs, type InputFile } from '../../src/pipeline/score.js';
import type { RunResult } from '../../src/report/result.js';
import { formatNames, formats, type ValidateFormat } from '../../src/report/formats.js';
import { buildReport } from '../../src/report/model/build.js';
import { escapeData, escapeProperty, workflowCommand } from '../../src/report/validate/github.js';
import { xmlEscape } from '../../src/report/validate/junit.js';
import { MD_ROWS_PER_FILE } from '../../src/report/validate/md.js';
import { artifactUri } from '../../src/report/validate/sarif.js';
import { ValidationSchema } from '../../src/report/validation-schema.js';
import { repoRoot } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { csvInput, setFrom } from '../score/build.js';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const plain = new Chalk({ level: 0 });
const LANGS: readonly Lang[] = ['vi', 'en'];
const FORMATS = formatNames('validate');
const validateFormats = formats.validate;
const render = (f: ValidateFormat, r: RunResult, lang: Lang): string => validateFormats[f].render(buildReport(r), { lang, chalk: plain });

const SET_JSON = {
  id: 'kiem-tra-2024',
  title: 'Bộ chỉ số kiểm tra',
  year: 2024,
  level: 'commune',
  total: 10,
  decimals: 2,
  naTokens: ['KĐG'],
  blocks: [
    { id: 'xa', name: 'Xã' },
    { id: 'phuong', name: 'Phường' },
  ],
  criteria: [
    {
      code: '1',
      name: 'Công tác chỉ đạo, điều hành',
      max: 6,
      children: [
        { code: '1.1', name: 'Kế hoạch cải cách hành chính', max: 3, rule: { kind: 'points', step: 0.5 } },
        { code: '1.2', name: 'Báo cáo cải cách hành chính', max: 3, rule: { kind: 'points', allowed: [0, 1, 2, 3] } },
      ],
    },
    {
      code: '2',
      name: 'Thủ tục hành chính',
      max: 4,
      children: [
        { code: '2.1', name: 'Công khai thủ tục hành chính', max: 2, rule: { kind: 'yesno' } },
        {
          code: '2.2',
          name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          max: 2,
          naAllowed: true,
          rule: { kind: 'bands', unit: 'percent', bands: [{ min: 100, points: 2 }, { min: 80, points: 1 }] },
        },
      ],
    },
  ],
};

const csvLines = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`;

/** Huyện A: an unknown criterion column (from another year's set), a bad value in most rows, a row with no code. */
const huyenA = csvLines([
  ['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024 — HUYỆN A'],
  ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '2.1', '2.2', '9.9'],
  ['X01', 'Xã An Bình', 'Xã', '2.5', '3', 'Có', '100', '1'],
  ['X02', 'Xã <Tân> & "Hòa"', 'Xã', '3,5.0', '2.5', 'Có', '95', ''],
  ['P01', 'Phường 1', 'Phường', '1.25', '2', '[x]', 'KĐG', ''],
  ['', 'Xã Vô Danh', 'Xã', '1', '1', 'Có', '90', ''],
  ['X03', 'Xã Bình\u0007Minh', 'Thị trấn', '1\u00075', '2', 'Không', '80', ''],
]);

/** Huyện B: a total that does not add up, a unit sent again (X01), a percent cell with a line break typed in it. */
const huyenB = csvLines([
  ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '2.1', '2.2', 'Tổng điểm'],
  ['X01', 'Xã An Bình', 'Xã', '3', '3', 'Có', '100', '10'],
  ['X21', 'Xã Hòa Lạc', 'Xã', '2', '2', 'Có', '90', '7'],
  ['X22', 'Xã Đông Sơn', 'Xã', '2', '2', 'Không', '50%\nđạt', '4'],
  ['X23', 'Xã Tây Sơn', 'Xã', '3', '3', 'Có', '100', '9.5'],
]);

/** Xã C: a workbook with the sheet "Xã" and a hidden draft sheet. */
async function xaC(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2024, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet('Xã');
  ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '2.1', '2.2']);
  ws.addRow(['X31', 'Xã Phú Lộc', 'Xã', 3, 3, 'Có', 100]);
  ws.addRow(['X32', 'Xã Phú Thọ', 'Xã', 2, 5, 'Có', 100]);
  ws.addRow(['X33', 'Xã Phú Mỹ', 'Xã', 2, 1, null, 85]);
  const draft = wb.addWorksheet('Nháp');
  draft.state = 'hidden';
  draft.addRow(['ghi chú']);
  // The zip writer stamps each entry with the current time: hold the clock so the bytes (and their hash) are stable.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(fixed);
  try {
    return new Uint8Array(await wb.xlsx.writeBuffer());
  } finally {
    vi.useRealTimers();
  }
}

async function runResult(set: CriteriaSet, inputs: readonly InputFile[], keepDiagnostics?: number): Promise<RunResult> {
  const outcome = await scoreInputs(set, inputs, { reportExcluded: false, ...(keepDiagnostics !== undefined ? { keepDiagnostics } : {}) });
  return {
    tool: { name: 'parindex', version: '0.0.0-test' },
    criteria: { file: 'kiem-tra-2024.json', sha256: sha256(JSON.stringify(SET_JSON)), set },
    inputs: inputs.map((i) => ({ file: i.name, sha256: sha256(i.bytes), bytes: i.bytes.length })),
    options: {},
    outcome,
  };
}

let set: CriteriaSet;
let run: RunResult;
beforeAll(async () => {
  set = setFrom(SET_JSON);
  const inputs = [csvInput('nop/huyen-a.csv', huyenA), csvInput('nop/huyen-b.csv', huyenB), { name: 'nop/xa c.xlsx', bytes: await xaC() }];
  run = await runResult(set, inputs);
});

/** How many diagnostics of each code a text names, finding codes as whole words. */
function codesIn(text: string, linePattern?: RegExp): Record<string, number> {
  const codes = Object.keys(catalogue).sort((a, b) => b.length - a.length);
  const found: Record<string, number> = {};
  for (const l of text.split('\n')) {
    if (linePattern && !linePattern.test(l)) continue;
    const code = codes.find((c) => new RegExp(`(^|[\\s\`=>])${c.replace(/[/.-]/g, '\\$&')}([\\s\`:,<]|$)`).test(l));
    if (code) found[code] = (found[code] ?? 0) + 1;
  }
  return found;
}

function expectedCodes(r: RunResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of r.outcome.sink.kept) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return counts;
}

describe('the run under test', () => {
  it('has the problems the submissions were made with', () => {
    const codes = expectedCodes(run);
    expect(Object.keys(codes).sort()).toEqual(
      expect.arrayContaining([
        'cell/empty',
        'cell/not-a-number',
        'cell/not-allowed',
        'cell/off-step',
        'cell/out-of-range',
        'check/reported-mismatch',
        'header/unknown-criterion',
        'row/duplicate-unit',
        'row/missing-unit-code',
        'row/unknown-block',
        'sheet/skipped',
      ]),
    );
    expect(run.outcome.sink.dropped).toBe(0);
  });
});

describe('golden files', () => {
  for (const format of FORMATS)
    for (const lang of LANGS)
      it(`${format} (${lang})`, () => {
        const out = render(format, run, lang);
        const extension = format === 'junit' ? '.xml' : validateFormats[format].fileName.replace(/^.*\./, '.');
        expectGolden(out, 'validate', 'golden', `report.${lang}${format === 'github' || format === 'stylish' ? `.${format}` : ''}${extension}`);
      });

  it('stylish in colour is the plain report with ANSI styles added', () => {
    const coloured = validateFormats.stylish.render(buildReport(run), { lang: 'vi', chalk: new Chalk({ level: 1 }) });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(render('stylish', run, 'vi'));
  });
});

describe('every format', () => {
  it.each(FORMATS)('%s is deterministic and carries no absolute path', (format) => {
    for (const lang of LANGS) {
      const out = render(format, run, lang);
      expect(render(format, run, lang)).toBe(out);
      expect(out).not.toContain(repoRoot);
    }
  });

  it('carries the same diagnostics (the same count of each code)', () => {
    const expected = expectedCodes(run);
    for (const lang of LANGS) {
      const json = JSON.parse(render('json', run, lang)) as { files: { diagnostics: { code: string }[] }[]; diagnostics: { code: string }[] };
      const fromJson: Record<string, number> = {};
      for (const d of [...json.files.flatMap((f) => f.diagnostics), ...json.diagnostics]) fromJson[d.code] = (fromJson[d.code] ?? 0) + 1;
      const sarif = JSON.parse(render('sarif', run, lang)) as { runs: { results: { ruleId: string }[] }[] };
      const fromSarif: Record<string, number> = {};
      for (const res of sarif.runs[0]!.results) fromSarif[res.ruleId] = (fromSarif[res.ruleId] ?? 0) + 1;
      expect(fromJson, `json ${lang}`).toEqual(expected);
      expect(fromSarif, `sarif ${lang}`).toEqual(expected);
      expect(codesIn(render('github', run, lang)), `github ${lang}`).toEqual(expected);
      expect(codesIn(render('stylish', run, lang)), `stylish ${lang}`).toEqual(expected);
      expect(codesIn(render('md', run, lang), /^\| /), `md ${lang}`).toEqual(expected);
      // JUnit: one line per diagnostic inside <failure> and <system-out>; the failure's type attribute is not a line.
      const junitBodies = [...render('junit', run, lang).matchAll(/<(failure|system-out)[^>]*>([^<]*)</g)].map((m) => m[2]).join('\n');
      expect(codesIn(junitBodies), `junit ${lang}`).toEqual(expected);
    }
  });
});

describe('json', () => {
  it('has the shape of schemas/validation.schema.json (zod)', () => {
    for (const lang of LANGS) {
      const parsed = ValidationSchema.safeParse(JSON.parse(render('json', run, lang)));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });

  it('places each diagnostic under its file and counts units by their rows', async () => {
    const doc = ValidationSchema.parse(JSON.parse(render('json', run, 'en')));
    expect(doc.valid).toBe(false);
    expect(doc.summary).toMatchObject({ files: 3, units: run.outcome.units.length, errors: run.outcome.sink.counts.error, dropped: 0 });
    for (const f of doc.files) for (const d of f.diagnostics) expect(d.location.file).toBe(f.file);
    expect(doc.diagnostics).toEqual([]);
    const a = doc.files[0]!;
    expect(a.units.map((u) => u.code)).toEqual(['X01', 'X02', 'P01', 'X03']);
    expect(a.units.find((u) => u.code === 'X01')).toMatchObject({ errors: 0, warnings: 0, block: 'xa', sheet: null, row: 3 });
    expect(a.units.find((u) => u.code === 'X02')!.errors).toBe(2);
    expect(doc.summary.unitsWithErrors).toBe(doc.files.flatMap((f) => f.units).filter((u) => u.errors > 0).length);
    // diagnostics of the file itself come first, then the units' in row order
    expect(a.diagnostics[0]!.code).toBe('header/unknown-criterion');
    const c = doc.files[2]!;
    // the workbook is written with a held clock, so its bytes and hash are the same on every run
    expect(c.sha256).toBe(sha256(await xaC()));
    expect(c.units.map((u) => [u.code, u.sheet, u.row])).toEqual([
      ['X31', 'Xã', 2],
      ['X32', 'Xã', 3],
      ['X33', 'Xã', 4],
    ]);
  });

  it('is valid with warnings only, and lists diagnostics that name no file at the top level', async () => {
    const clean = await runResult(set, [csvInput('ok.csv', csvLines([['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '2.1', '2.2'], ['X01', 'Xã A', 'Xã', '3', '3', 'Có', '100']]))]);
    const sink = new DiagnosticSink();
    for (const d of clean.outcome.sink.kept) sink.push(d);
    sink.push(diag('row/duplicate-name', { unit: 'X01' }, { unit: 'X01', other: 'X09', name: 'Xã A' }));
    const r: RunResult = { ...clean, outcome: { ...clean.outcome, sink } };
    const doc = ValidationSchema.parse(JSON.parse(render('json', r, 'vi')));
    expect(doc.valid).toBe(true);
    expect(doc.summary.warnings).toBe(1);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['row/duplicate-name']);
    expect(doc.files[0]!.diagnostics).toEqual([]);
    expect(render('stylish', r, 'vi')).toMatch(/\(không thuộc tệp nào\)\n {2}\s*cảnh báo {2}row\/duplicate-name/);
    expect(render('junit', r, 'en')).toContain('<testsuite name="(no file)" tests="1" failures="0"');
    expect(render('md', r, 'en')).toMatch(/^### ✅ /);
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The SARIF 2.1.0 schema is written in JSON Schema draft-04 (`id`, boolean exclusiveMinimum), hence ajv-draft-04.
  // Both are CommonJS modules whose export is also under `default`, the name their types give.
  const Ajv04 = AjvDraft04.default;
  const addFormats = addFormatsModule.default;

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    // unicodeRegExp off: the schema's run.language pattern has a stray `]` that only a non-Unicode RegExp accepts.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    for (const lang of LANGS) {
      const ok = validate(JSON.parse(render('sarif', run, lang)));
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });

  it('has a rule per code that occurs, with its level, and locates results by file, row and cell', () => {
    type Sarif = {
      runs: {
        tool: { driver: { version: string; rules: { id: string; shortDescription: { text: string }; help?: { text: string }; defaultConfiguration: { level: string } }[] } };
        artifacts: { location: { uri: string }; hashes: Record<string, string> }[];
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> }; logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[] }[];
          properties: Record<string, unknown>;
        }[];
      }[];
    };
    const sarif = JSON.parse(render('sarif', run, 'en')) as Sarif;
    const { tool, results, artifacts } = sarif.runs[0]!;
    expect(tool.driver.version).toBe('0.0.0-test');
    expect(tool.driver.rules.map((r) => r.id)).toEqual(Object.keys(expectedCodes(run)).sort());
    for (const res of results) expect(tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
    const notANumber = tool.driver.rules.find((r) => r.id === 'cell/not-a-number')!;
    const stub = { code: 'cell/not-a-number', severity: 'error', location: {}, details: {} } as const;
    expect(notANumber).toMatchObject({ shortDescription: { text: titleOf('cell/not-a-number', 'en') }, help: { text: hintOf(stub, 'en') }, defaultConfiguration: { level: 'error' } });
    expect(tool.driver.rules.find((r) => r.id === 'sheet/skipped')!.defaultConfiguration.level).toBe('note');
    expect(artifacts.map((a) => a.location.uri)).toEqual(['nop/huyen-a.csv', 'nop/huyen-b.csv', 'nop/xa%20c.xlsx']);
    expect(artifacts[0]!.hashes['sha-256']).toBe(run.inputs[0]!.sha256);

    const csvCell = results.find((r) => r.ruleId === 'cell/off-step')!;
    expect(csvCell.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'nop/huyen-a.csv', index: 0 }, region: { startLine: 5 } });
    expect(csvCell.locations![0]!.logicalLocations).toBeUndefined();
    expect(csvCell.properties).toMatchObject({ unit: 'P01', criterion: '1.1', cell: 'D5' });

    const xlsxCell = results.find((r) => r.ruleId === 'cell/out-of-range' && r.properties.unit === 'X32')!;
    expect(xlsxCell.locations![0]!.logicalLocations).toEqual([{ name: 'Xã!E3', fullyQualifiedName: 'nop/xa c.xlsx/Xã!E3', kind: 'element' }]);
    expect(xlsxCell.locations![0]!.physicalLocation.region).toEqual({ startLine: 3 });
    expect(xlsxCell.message.text).toMatch(/^Xã!E3 \(unit X32, criterion 1\.2\): /);
    expect(xlsxCell.properties).toMatchObject({ unit: 'X32', criterion: '1.2', sheet: 'Xã', cell: 'E3', details: { value: '5', max: '3' } });

    const skipped = results.find((r) => r.ruleId === 'sheet/skipped')!;
    expect(skipped.level).toBe('note');
    expect(skipped.locations![0]!.logicalLocations![0]!.name).toBe('Nháp');
  });

  it('names artifacts by relative URIs with forward slashes', () => {
    expect(artifactUri('nop\\Huyện A\\điểm.csv')).toBe('nop/Huy%E1%BB%87n%20A/%C4%91i%E1%BB%83m.csv');
    expect(artifactUri('./a#1.csv')).toBe('a%231.csv');
    expect(artifactUri('/srv/x.csv')).toBe('file:///srv/x.csv');
    expect(artifactUri('C:\\nop\\x.csv')).toBe('file:///C:/nop/x.csv');
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  type Case = { classname: string; name: string; failure?: { type: string; message: string; '#text': string }; 'system-out'?: string };
  type Suite = { name: string; tests: string; failures: string; testcase: Case[] };

  it('is well-formed XML 1.0 that a JUnit reader parses into suites, cases and failures', () => {
    for (const lang of LANGS) {
      const xml = render('junit', run, lang);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
      // characters XML 1.0 cannot carry, even as references
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      const doc = parser.parse(xml) as { testsuites: { name: string; tests: string; failures: string; errors: string; testsuite: Suite[] } };
      const suites = doc.testsuites.testsuite;
      expect(suites.map((s) => s.name)).toEqual(['nop/huyen-a.csv', 'nop/huyen-b.csv', 'nop/xa c.xlsx']);
      const view = JSON.parse(render('json', run, lang)) as { files: { units: { errors: number }[]; diagnostics: { severity: string; location: { unit?: string } }[] }[] };
      suites.forEach((s, i) => {
        const f = view.files[i]!;
        expect(s.testcase).toHaveLength(f.units.length + 1);
        expect(Number(s.tests)).toBe(s.testcase.length);
        const fileFails = f.diagnostics.some((d) => d.severity === 'error' && d.location.unit === undefined) ? 1 : 0;
        expect(Number(s.failures)).toBe(f.units.filter((u) => u.errors > 0).length + fileFails);
        expect(s.testcase.filter((c) => c.failure).length).toBe(Number(s.failures));
        expect(s.testcase[0]!.name).toBe('(file)');
        for (const c of s.testcase) expect(c.classname).toBe(s.name);
      });
      expect(Number(doc.testsuites.tests)).toBe(suites.reduce((n, s) => n + Number(s.tests), 0));
      expect(Number(doc.testsuites.failures)).toBe(suites.reduce((n, s) => n + Number(s.failures), 0));
      expect(doc.testsuites.errors).toBe('0');
    }
  });

  it('escapes markup in names and messages, and reads them back unchanged', () => {
    const doc = parser.parse(render('junit', run, 'en')) as { testsuites: { testsuite: Suite[] } };
    const a = doc.testsuites.testsuite[0]!;
    const x02 = a.testcase.find((c) => c.name.startsWith('X02'))!;
    expect(x02.name).toBe('X02 Xã <Tân> & "Hòa"');
    expect(x02.failure).toMatchObject({ type: 'cell/not-a-number', message: '2 errors' });
    expect(x02.failure!['#text'].split('\n')).toEqual([
      expect.stringMatching(/^D4 \(criterion 1\.1\) {2}cell\/not-a-number {2}"3,5\.0"/),
      expect.stringMatching(/^E4 \(criterion 1\.2\) {2}cell\/not-allowed {2}/),
    ]);
    // a control character typed into a name survives as a visible stand-in
    expect(a.testcase.find((c) => c.name.startsWith('X03'))!.name).toBe('X03 Xã Bình\u2407Minh');
  });

  it('xmlEscape leaves nothing XML 1.0 cannot read', () => {
    expect(xmlEscape('a & b < c > "d" \'e\'')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(xmlEscape('x\ty\nz\r')).toBe('x&#9;y&#10;z&#13;');
    expect(xmlEscape('\u0000\u0007\u001b\ufffe\ud800')).toBe('\u2400\u2407\u241b\ufffd\ufffd');
    expect(xmlEscape('😀 Đồng')).toBe('😀 Đồng');
  });
});

describe('github', () => {
  it('writes one workflow command per diagnostic, each on one line', () => {
    const out = render('github', run, 'en');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(run.outcome.sink.kept.length);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) (file=[^,:]+,)?(line=\d+,)?title=[^,:]+::\S/);
  });

  it('escapes % and line breaks in a message, and locates CSV rows by line and workbook cells in the message', () => {
    const lines = render('github', run, 'en').trimEnd().split('\n');
    const percent = lines.find((l) => l.includes('unit X22'))!;
    expect(percent.startsWith('::error file=nop/huyen-b.csv,line=4,title=cell/not-a-number::G4 (unit X22, criterion 2.2): ')).toBe(true);
    expect(percent).toContain('"50%25%0Ađạt"');
    expect(percent).not.toMatch(/%(?!25|0A|0D)|[\r\u0007]/);
    const xlsx = lines.find((l) => l.includes('unit X32'))!;
    expect(xlsx).toMatch(/^::error file=nop\/xa c\.xlsx,title=cell\/out-of-range::Xã!E3 \(unit X32, criterion 1\.2\): \S/);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(run.outcome.sink.counts.info);
  });

  it('escapes property values: % CR LF : ,', () => {
    expect(escapeData('50% \r\n a:b,c')).toBe('50%25 %0D%0A a:b,c');
    expect(escapeProperty('50% \r\n a:b,c')).toBe('50%25 %0D%0A a%3Ab%2Cc');
    const d = diag('file/unreadable', { file: 'nộp: đợt 1, 2/x.csv' }, { reason: 'message', message: 'bad\nzip' });
    expect(workflowCommand(d, 'en')).toBe('::error file=nộp%3A đợt 1%2C 2/x.csv,title=file/unreadable::could not be read: bad%0Azip');
  });

  it("gives a text file's own line and column (a criteria file)", () => {
    const d = diag('set/unknown-key', { file: 'bo-chi-so.json', line: 12, col: 7, path: 'criteria[2].maxx' }, { key: 'maxx' });
    expect(workflowCommand(d, 'en')).toMatch(/^::error file=bo-chi-so\.json,line=12,col=7,title=set\/unknown-key::criteria\[2\]\.maxx: /);
  });
});

describe('md', () => {
  it('caps each file at the row limit with a line saying how many more', async () => {
    const rows = [['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '2.1', '2.2']];
    for (let i = 1; i <= 60; i++) rows.push([`X${i}`, `Xã ${i}`, 'Xã', '9', '9', 'Có', '100']);
    const r = await runResult(set, [csvInput('nhieu-loi.csv', csvLines(rows))]);
    const kept = r.outcome.sink.kept.length;
    expect(kept).toBeGreaterThan(MD_ROWS_PER_FILE);
    for (const lang of LANGS) {
      const md = render('md', r, lang);
      expect(md.split('\n').filter((l) => /^\| .*`[a-z]+\//.test(l))).toHaveLength(MD_ROWS_PER_FILE);
      expect(md).toContain(lang === 'vi' ? `… và ${kept - MD_ROWS_PER_FILE} vấn đề khác` : `… and ${kept - MD_ROWS_PER_FILE} more`);
    }
  });

  it('makes typed text inert and heads the report with the summary', () => {
    const md = render('md', run, 'en');
    expect(md).toContain('"\\[x\\]"');
    expect(md).toMatch(/^### ❌ Score sheet check: \d+ errors, \d+ warnings?, \d+ notes? in 3 files; \d+ units checked, \d+ units with errors$/m);
  });
});

describe('the cap on kept diagnostics', () => {
  it('is reported in the summaries, and the formats carry what was kept', async () => {
    const r = await runResult(set, [csvInput('nop/huyen-a.csv', huyenA)], 3);
    expect(r.outcome.sink.dropped).toBeGreaterThan(0);
    const doc = ValidationSchema.parse(JSON.parse(render('json', r, 'en')));
    expect(doc.summary.dropped).toBe(r.outcome.sink.dropped);
    expect(doc.files.flatMap((f) => f.diagnostics)).toHaveLength(3);
    expect(render('stylish', r, 'vi')).toContain(`${r.outcome.sink.dropped} thông báo không hiển thị (--max-diagnostics)`);
    expect(render('github', r, 'en').trimEnd().split('\n')).toHaveLength(3);
  });
});
