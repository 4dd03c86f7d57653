/** The report of `parindex validate --format json`, as a zod schema: the source of schemas/validation.schema.json. */
import { z } from 'zod';
import { DiagnosticJsonSchema } from './model/schema.js';

const count = z.number().int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ValidationDiagnosticSchema = DiagnosticJsonSchema.extend({
  hint: z.string().optional().meta({ description: 'How to fix it, in the report language' }),
}).meta({ id: 'ValidationDiagnostic' });

const unit = z
  .strictObject({
    code: z.string(),
    name: z.string(),
    block: z.string().nullable().meta({ description: 'Block id; null when the row has none (or the set has no blocks)' }),
    sheet: z.string().nullable().meta({ description: 'Sheet name (XLSX); null for CSV' }),
    row: z.number().int().min(1).meta({ description: "1-based row of the unit's data" }),
    errors: count.meta({ description: "Error diagnostics in this unit's row (among those kept)" }),
    warnings: count.meta({ description: "Warning diagnostics in this unit's row (among those kept)" }),
  })
  .meta({ id: 'ValidatedUnit' });

export const ValidationSchema = z
  .strictObject({
    valid: z.boolean().meta({ description: 'true when the run found no error (warnings and notes allowed)' }),
    summary: z.strictObject({
      files: count,
      units: count.meta({ description: 'Units read from all files' }),
      unitsWithErrors: count.meta({ description: 'Units with at least one error diagnostic in their row' }),
      errors: count.meta({ description: 'Errors found, including those over the --max-diagnostics cap' }),
      warnings: count,
      infos: count,
      dropped: count.meta({ description: 'Diagnostics counted but not kept (over the cap)' }),
    }),
    tool: z.strictObject({ name: z.literal('parindex'), version: z.string() }),
    criteriaSet: z.strictObject({ id: z.string(), title: z.string(), year: z.number().int(), file: z.string(), sha256 }),
    files: z.array(
      z.strictObject({
        file: z.string().meta({ description: 'The file as named on the command line or found in a folder' }),
        sha256: sha256.nullable().meta({ description: 'Of the bytes read; null for a file named only by a diagnostic' }),
        units: z.array(unit).meta({ description: 'Units read from this file, in row order' }),
        diagnostics: z
          .array(ValidationDiagnosticSchema)
          .meta({ description: "Every diagnostic located in this file: the file's own first, then each unit's in row order" }),
      }),
    ),
    diagnostics: z.array(ValidationDiagnosticSchema).meta({ description: 'Diagnostics that name no file' }),
  })
  .meta({ id: 'Validation', title: 'parindex validation report', description: 'The report of `parindex validate --format json`.' });

export type ValidationDocument = z.infer<typeof ValidationSchema>;

export function validationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ValidationSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
