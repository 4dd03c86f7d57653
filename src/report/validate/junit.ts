/**
 * `--format junit`: JUnit XML so that CI dashboards list units as tests. One testsuite per file, one testcase per
 * unit (failing with its errors), and a `(file)` testcase for the problems of the file itself.
 */
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import type { RunReport } from '../model/schema.js';
import { count, placeInFile, unitTitle } from './text.js';
import { validationView, type UnitGroup } from './view.js';
import { word } from '../words.js';
import { messageText, visibleControls } from '../text.js';

/**
 * Text safe in XML 1.0 element content and attribute values: markup characters as entities, line breaks and tabs
 * as character references (attribute normalisation would turn them into spaces), and characters XML 1.0 cannot
 * carry at all (other C0 controls, U+FFFE/U+FFFF, lone surrogates) replaced by visible stand-ins.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => visibleControls(c))
    .replace(/[&<>"'\t\n\r]/g, (c) => xmlEntities[c] as string);
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

/** One diagnostic as a line of a failure or of system-out; the testcase already names the file and unit. */
function diagnosticLine(d: Diagnostic, lang: Lang, withSeverity: boolean): string {
  const place = placeInFile(d.location, lang, false);
  return [...(withSeverity ? [word(d.severity, lang)] : []), ...(place ? [place] : []), d.code, messageText(d, lang)].map(visibleControls).join('  ');
}

interface Case {
  readonly name: string;
  readonly diagnostics: readonly Diagnostic[];
}

function testcase(classname: string, c: Case, lang: Lang): { xml: string[]; failed: boolean } {
  const errors = c.diagnostics.filter((d) => d.severity === 'error');
  const others = c.diagnostics.filter((d) => d.severity !== 'error');
  const open = `    <testcase${attrs({ classname, name: c.name })}`;
  if (errors.length === 0 && others.length === 0) return { xml: [`${open}/>`], failed: false };
  const xml = [`${open}>`];
  if (errors.length > 0) {
    const body = errors.map((d) => diagnosticLine(d, lang, false)).join('\n');
    xml.push(`      <failure${attrs({ type: errors[0]!.code, message: count(errors.length, 'error', lang) })}>${xmlEscapeText(body)}</failure>`);
  }
  if (others.length > 0) xml.push(`      <system-out>${xmlEscapeText(others.map((d) => diagnosticLine(d, lang, true)).join('\n'))}</system-out>`);
  xml.push('    </testcase>');
  return { xml, failed: errors.length > 0 };
}

/** Element text keeps its line breaks as they are (one diagnostic a line) and escapes everything else. */
function xmlEscapeText(s: string): string {
  return s
    .split('\n')
    .map((l) => xmlEscape(l))
    .join('\n');
}

/** Testcase names within a file, made unique when two rows carry the same unit (the duplicate gets its row). */
function unitCases(units: readonly UnitGroup[], lang: Lang): Case[] {
  const seen = new Map<string, number>();
  for (const { unit } of units) {
    const t = unitTitle(unit.code, unit.name);
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return units.map(({ unit, diagnostics }) => {
    const t = unitTitle(unit.code, unit.name);
    const where = placeInFile({ ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), row: unit.source.row }, lang);
    return { name: (seen.get(t) ?? 0) > 1 ? `${t} (${where})` : t, diagnostics };
  });
}

export function renderJunit(report: RunReport, ctx: { readonly lang: Lang }): string {
  const { lang } = ctx;
  const view = validationView(report);
  const suites: { name: string; cases: Case[] }[] = view.files.map((f) => ({
    name: f.file,
    cases: [{ name: '(file)', diagnostics: f.fileLevel }, ...unitCases(f.units, lang)],
  }));
  if (view.unfiled.length > 0) suites.push({ name: '(no file)', cases: [{ name: '(run)', diagnostics: view.unfiled }] });

  let tests = 0;
  let failures = 0;
  const body: string[] = [];
  for (const suite of suites) {
    const rendered = suite.cases.map((c) => testcase(suite.name, c, lang));
    const failed = rendered.filter((c) => c.failed).length;
    tests += rendered.length;
    failures += failed;
    body.push(`  <testsuite${attrs({ name: suite.name, tests: rendered.length, failures: failed, errors: 0, skipped: 0 })}>`);
    body.push(...rendered.flatMap((c) => c.xml), '  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'parindex', tests, failures, errors: 0 })}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}
