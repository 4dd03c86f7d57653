/** `--format json`: the validation report for programs, documented by schemas/validation.schema.json. */
import { hintOf } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import type { RunReport } from '../model/schema.js';
import type { ValidationDocument } from '../validation-schema.js';
import { validationView } from './view.js';
import { messageText } from '../text.js';

function diagnosticEntry(d: Diagnostic, lang: Lang): ValidationDocument['diagnostics'][number] {
  const hint = hintOf(d, lang);
  return { code: d.code, severity: d.severity, message: messageText(d, lang), ...(hint !== undefined ? { hint } : {}), location: d.location, details: d.details };
}

export function validationDocument(report: RunReport, ctx: { readonly lang: Lang }): ValidationDocument {
  const view = validationView(report);
  const set = report.criteria.set;
  return {
    valid: view.valid,
    summary: {
      files: view.files.length,
      units: view.units,
      unitsWithErrors: view.unitsWithErrors,
      errors: view.counts.error,
      warnings: view.counts.warning,
      infos: view.counts.info,
      dropped: view.dropped,
    },
    tool: { name: 'parindex', version: report.tool.version },
    criteriaSet: { id: set.id, title: set.title, year: set.year, file: report.criteria.file, sha256: report.criteria.sha256 },
    files: view.files.map((f) => ({
      file: f.file,
      sha256: f.sha256 ?? null,
      units: f.units.map(({ unit, counts }) => ({
        code: unit.code,
        name: unit.name,
        block: unit.block,
        sheet: unit.source.sheet ?? null,
        row: unit.source.row,
        errors: counts.error,
        warnings: counts.warning,
      })),
      diagnostics: f.diagnostics.map((d) => diagnosticEntry(d, ctx.lang)),
    })),
    diagnostics: view.unfiled.map((d) => diagnosticEntry(d, ctx.lang)),
  };
}

export function renderValidationJson(report: RunReport, ctx: { readonly lang: Lang }): string {
  return `${JSON.stringify(validationDocument(report, ctx), null, 2)}\n`;
}
