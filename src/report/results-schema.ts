/** The JSON report of `parindex score --format json`, as a zod schema: the source of schemas/results.schema.json. */
import { z } from 'zod';

const num = z.number();
const source = z.strictObject({
  file: z.string(),
  sheet: z.string().optional().meta({ description: 'Sheet name (XLSX only)' }),
  row: z.number().int().meta({ description: '1-based row of the unit in its sheet' }),
});

const location = z
  .strictObject({
    file: z.string().optional(),
    sheet: z.string().optional(),
    row: z.number().int().optional(),
    column: z.number().int().optional(),
    ref: z.string().optional().meta({ description: 'A1 reference of the cell' }),
    unit: z.string().optional(),
    criterion: z.string().optional(),
    path: z.string().optional().meta({ description: 'JSON path in a criteria file' }),
    line: z.number().int().optional(),
    col: z.number().int().optional(),
  })
  .meta({ id: 'Location' });

export const DiagnosticJsonSchema = z
  .strictObject({
    code: z.string().meta({ description: 'Stable diagnostic code, e.g. cell/out-of-range' }),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    location,
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Diagnostic' });

const row = z
  .strictObject({
    rank: z.number().int().min(1),
    code: z.string(),
    name: z.string(),
    block: z.string(),
    points: num.meta({ description: 'Total points: appraisal + survey + bonus − penalty, capped' }),
    effectiveMax: num.meta({ description: 'Maximum without the non-applicable leaves' }),
    index: num.meta({ description: 'points / effectiveMax × 100, rounded half-up to the set\'s decimals' }),
    band: z.string().nullable(),
    appraisal: num,
    survey: num,
    bonus: num,
    penalty: num,
    fields: z.array(
      z.strictObject({
        code: z.string(),
        points: num,
        max: num.meta({ description: "The field's effective maximum" }),
        index: num.nullable().meta({ description: 'Component index (%), null when the whole field is non-applicable' }),
      }),
    ),
    leaves: z.record(z.string(), num.nullable()).meta({ description: 'Points per leaf code; null = non-applicable' }),
    source,
  })
  .meta({ id: 'RankedRow' });

export const ResultsSchema = z
  .strictObject({
    tool: z.strictObject({ name: z.literal('parindex'), version: z.string() }),
    criteriaSet: z.strictObject({
      id: z.string(),
      title: z.string(),
      year: z.number().int(),
      level: z.string(),
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    inputs: z.array(z.strictObject({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int() })),
    options: z.record(z.string(), z.unknown()),
    summary: z.strictObject({
      units: z.number().int(),
      ranked: z.number().int(),
      excluded: z.number().int(),
      errors: z.number().int(),
      warnings: z.number().int(),
      infos: z.number().int(),
    }),
    blocks: z.array(
      z.strictObject({
        id: z.string().meta({ description: "Block id; '' when the set has no blocks" }),
        name: z.string(),
        units: z.number().int(),
        meanIndex: num.nullable().meta({ description: 'Mean of the unrounded indexes, rounded for display' }),
        bandCounts: z.array(z.strictObject({ label: z.string(), count: z.number().int() })),
        rows: z.array(row),
      }),
    ),
    reconciliation: z
      .array(
        z.strictObject({
          code: z.string(),
          name: z.string(),
          block: z.string().nullable(),
          selfTotal: num.meta({ description: 'Sum of the self-assessed leaf points' }),
          appraisedTotal: num.meta({ description: 'Sum of the appraised leaf points (before bonus and penalty)' }),
          difference: num.meta({ description: 'appraisedTotal − selfTotal' }),
          leaves: z
            .array(z.strictObject({ code: z.string(), self: num.nullable(), appraised: num.nullable() }))
            .meta({ description: 'Leaves where the two differ; null = non-applicable' }),
        }),
      )
      .meta({ description: 'Self-assessed vs appraised points, for units whose submissions carry both' }),
    excluded: z.array(
      z.strictObject({ code: z.string(), name: z.string(), block: z.string().nullable(), source, errors: z.number().int() }),
    ),
    diagnostics: z.array(DiagnosticJsonSchema),
    diagnosticsDropped: z.number().int().meta({ description: 'Diagnostics counted but not kept (over the cap)' }),
  })
  .meta({ id: 'Results', title: 'parindex score results', description: 'The report of `parindex score --format json`.' });

export function resultsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ResultsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
