/**
 * zod's findings on a criteria file → our diagnostics, each with a code saying what is wrong: a wrong type, a word
 * that is not one of the choices, a number out of range. `set/invalid-value` is left for shapes nothing else names
 * (a value matching none of a union's forms, an empty list or text where one is required, a malformed key).
 */
import type { ShapeProblem } from '../i18n/details.js';
import type { z } from 'zod';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import type { PathSegment } from './json-locate.js';

export type Locate = (path: readonly PathSegment[], key?: boolean) => Location;

/** One of zod's findings. */
export type SchemaIssue = z.core.$ZodIssue;

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

const RULE_KINDS = '"points", "bands", "yesno", "ratio", "options"';

export function schemaDiagnostics(issue: z.core.$ZodIssue, locate: Locate): Diagnostic[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => diag('set/unknown-key', locate([...path, key], true), { key }));
    case 'invalid_type':
      if (issue.input === undefined && path.length > 0)
        return [diag('set/missing-key', locate(path), { key: String(path[path.length - 1]), expected: issue.expected })];
      return [diag('set/wrong-type', locate(path), { expected: issue.expected, found: describe(issue.input) })];
    case 'invalid_union':
      return [unionDiagnostic(issue, path, locate)];
    case 'invalid_value':
      if (issue.input === undefined && path.length > 0)
        return [diag('set/missing-key', locate(path), { key: String(path[path.length - 1]), expected: typeof issue.values[0] })];
      return [
        diag('set/not-a-choice', locate(path), {
          allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
          found: describe(issue.input),
        }),
      ];
    case 'too_small':
    case 'too_big':
      return [rangeDiagnostic(issue, path, locate)];
    default:
      return [diag('set/invalid-value', locate(path), { shape: shapeOf(issue, path), found: describe(issue.input) })];
  }
}

function unionDiagnostic(issue: z.core.$ZodIssueInvalidUnion, path: readonly PathSegment[], locate: Locate): Diagnostic {
  const disc = (issue as { discriminator?: string }).discriminator;
  if (disc) {
    const atDisc = path[path.length - 1] === disc;
    const input: unknown = issue.input;
    const found = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[disc] : input;
    return diag('set/not-a-choice', locate(atDisc ? path : [...path, disc]), { allowed: RULE_KINDS, found: describe(found) });
  }
  const ties = path[path.length - 1] === 'ties';
  if (ties && typeof issue.input === 'string')
    return diag('set/not-a-choice', locate(path), { allowed: '"shared", "exact"', found: describe(issue.input) });
  return diag('set/invalid-value', locate(path), { shape: ties ? 'ties' : 'no-form', found: describe(issue.input) });
}

function rangeDiagnostic(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: readonly PathSegment[], locate: Locate): Diagnostic {
  if (issue.origin !== 'number' && issue.origin !== 'int')
    return diag('set/invalid-value', locate(path), { shape: issue.origin === 'array' ? 'empty-list' : 'empty-text', found: describe(issue.input) });
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const side = issue.code === 'too_small' ? { min: bound, minExclusive: !issue.inclusive } : { max: bound, maxExclusive: !issue.inclusive };
  return diag('set/out-of-range', locate(path), { ...side, found: typeof issue.input === 'number' ? issue.input : describe(issue.input) });
}

/** What shape was expected, as a word the catalogue puts into each language (`set/invalid-value`). */
function shapeOf(issue: z.core.$ZodIssue, path: readonly PathSegment[]): ShapeProblem {
  if (issue.code !== 'invalid_format') return 'no-form';
  if (path[path.length - 2] === 'breakBy') return 'tie-key';
  return issue.message.includes('blank') ? 'blank-code' : 'no-form';
}
