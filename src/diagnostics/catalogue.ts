/**
 * Every diagnostic's stable public code and its severity. The wording lives in the per-language catalogues
 * (src/i18n/en.ts, src/i18n/vi.ts); what each code carries is typed in src/i18n/details.ts.
 */
import type { Code, DetailsOf } from '../i18n/details.js';
import type { Wording } from '../i18n/catalogue.js';
import { diagnostics as en } from '../i18n/en.js';
import { diagnostics as vi } from '../i18n/vi.js';
import type { Details, Diagnostic, Lang, Location, Severity } from './types.js';

export type { Code, DetailsOf } from '../i18n/details.js';

const severities: { readonly [C in Code]: Severity } = {
  'set/invalid-json': 'error',
  'set/unknown-key': 'error',
  'set/missing-key': 'error',
  'set/invalid-value': 'error',
  'set/na-token-numeric': 'error',
  'criteria/duplicate-code': 'error',
  'criteria/code-not-under-parent': 'error',
  'criteria/children-sum': 'error',
  'criteria/total-mismatch': 'error',
  'criteria/rule-on-parent': 'error',
  'bands/not-decreasing': 'error',
  'bands/out-of-range': 'error',
  'blocks/duplicate-id': 'error',
  'rule/points-above-max': 'error',
  'rule/thresholds-unordered': 'error',
  'rule/threshold-out-of-range': 'error',
  'rule/step-not-dividing': 'error',
  'rule/allowed-above-max': 'error',
  'rule/percent-out-of-range': 'error',
  'rule/duplicate-option': 'error',
  'set/not-text': 'error',
  'set/too-large': 'error',
  'set/too-deep': 'error',
  'set/duplicate-key': 'error',
  'set/wrong-type': 'error',
  'set/not-a-choice': 'error',
  'set/out-of-range': 'error',
  'set/too-precise': 'error',
  'set/total-zero': 'error',
  'set/na-token-answer': 'error',
  'ties/unknown-field': 'error',
  'blocks/empty-bands': 'error',
  'file/unsupported-type': 'error',
  'file/not-utf8': 'error',
  'file/unreadable': 'error',
  'file/no-readable-sheet': 'error',
  'sheet/not-found': 'error',
  'sheet/no-header': 'error',
  'sheet/no-units': 'warning',
  'sheet/skipped': 'info',
  'header/unknown-criterion': 'error',
  'header/duplicate-criterion': 'error',
  'header/missing-criterion': 'error',
  'header/missing-unit-column': 'error',
  'header/missing-name-column': 'warning',
  'header/missing-block-column': 'error',
  'row/missing-unit-code': 'error',
  'row/duplicate-unit': 'error',
  'row/name-unicode-variant': 'warning',
  'row/duplicate-name': 'warning',
  'row/unknown-block': 'error',
  'row/missing-block': 'error',
  'row/no-applicable-criteria': 'error',
  'unit/excluded': 'info',
  'cell/empty': 'error',
  'cell/not-a-number': 'error',
  'cell/too-precise': 'error',
  'cell/out-of-range': 'error',
  'cell/off-step': 'error',
  'cell/not-allowed': 'error',
  'cell/na-not-allowed': 'error',
  'cell/value-out-of-range': 'error',
  'cell/unknown-answer': 'error',
  'cell/date': 'error',
  'cell/formula-error': 'error',
  'cell/formula-no-value': 'error',
  'cell/adjustment-above-cap': 'error',
  'cell/na-lookalike': 'error',
  'cell/ambiguous-separator': 'warning',
  'check/not-checked': 'info',
  'check/reported-mismatch': 'warning',
  'row/unknown-criterion': 'error',
  'unit/missing-criterion': 'error',
  'unit/duplicate-criterion': 'error',
  'form/max-mismatch': 'error',
  'form/no-unit': 'error',
  'form/self-only': 'info',
  'cell/evidence-missing': 'warning',
  'units/unknown-unit': 'error',
  'units/name-mismatch': 'warning',
  'units/not-submitted': 'warning',
  'reconcile/appraised-above-self': 'warning',
  'reconcile/large-difference': 'warning',
  'map/no-header': 'error',
  'map/missing-code': 'error',
  'map/bad-weight': 'error',
  'map/duplicate': 'error',
  'map/unknown-code': 'error',
  'compare/no-predecessor': 'warning',
  'compare/years-out-of-order': 'warning',
  'survey/no-header': 'error',
  'survey/missing-group-column': 'error',
  'survey/unknown-unit': 'error',
  'survey/unknown-group': 'error',
  'survey/duplicate-respondent': 'error',
  'survey/few-responses': 'warning',
  'survey/same-answer': 'info',
  'annex/no-table': 'error',
  'annex/missing-max': 'error',
  'annex/bad-max': 'error',
  'annex/max-computed': 'info',
  'annex/rule-inferred': 'info',
  'annex/flag-inferred': 'info',
  'annex/row-joined': 'info',
  'annex/missing-metadata': 'error',
  'template/set-mismatch': 'error',
};

/** Every code with its severity, in catalogue order. */
export const catalogue: { readonly [C in Code]: { readonly severity: Severity } } = Object.fromEntries(
  Object.entries(severities).map(([code, severity]) => [code, { severity }]),
) as { readonly [C in Code]: { readonly severity: Severity } };

const words = { en, vi } as const;

export function severityOf(code: Code): Severity {
  return severities[code];
}

/** A code with no details takes none; any other must be given exactly the details its code declares. */
type DetailsArg<C extends Code> = {} extends DetailsOf<C> ? [details?: DetailsOf<C>, severity?: Severity] : [details: DetailsOf<C>, severity?: Severity];

/** Builds a diagnostic with the catalogue's severity (which a caller may lower, e.g. to a warning). */
export function diag<C extends Code>(code: C, location: Location, ...[details, severity]: DetailsArg<C>): Diagnostic<C> {
  return { code, severity: severity ?? severities[code], location, details: (details ?? {}) as Details };
}

/** `diag` for a caller that passes a code through (a reporter taking any code): details checked against the code. */
export function diagOf<C extends Code>(code: C, location: Location, details?: DetailsOf<C>, severity?: Severity): Diagnostic<C> {
  return { code, severity: severity ?? severities[code], location, details: (details ?? {}) as Details };
}

function wordingOf(code: string, lang: Lang): Wording<Details> | undefined {
  return (words[lang] as unknown as Record<string, Wording<Details> | undefined>)[code];
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  return wordingOf(d.code, lang)?.message(d.details) ?? d.code;
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  return wordingOf(d.code, lang)?.hint;
}

export function titleOf(code: string, lang: Lang): string {
  return wordingOf(code, lang)?.title ?? code;
}
