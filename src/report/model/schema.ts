/**
 * The report model as zod schemas: `RunReportSchema` types the plain value every formatter renders (built once by
 * buildReport), and `ResultsSchema`, made of the same pieces, is the JSON projection of it that
 * `parindex score --format json` writes (the source of schemas/results.schema.json).
 */
import { z } from 'zod';

const num = z.number();
const int = z.number().int();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Integer micro-points (1 point = 1,000,000): exact, formatted only at display. */
const micro = int.meta({ description: 'Micro-points (points × 10^6)' });

const SourceSchema = z.strictObject({
  file: z.string(),
  sheet: z.string().optional().meta({ description: 'Sheet name (XLSX only)' }),
  row: int.meta({ description: '1-based row of the unit in its sheet' }),
});

const LocationSchema = z
  .strictObject({
    file: z.string().optional(),
    sheet: z.string().optional(),
    row: int.optional(),
    column: int.optional(),
    ref: z.string().optional().meta({ description: 'A1 reference of the cell' }),
    unit: z.string().optional(),
    criterion: z.string().optional(),
    path: z.string().optional().meta({ description: 'JSON path in a criteria file' }),
    line: int.optional(),
    col: int.optional(),
  })
  .meta({ id: 'Location' });

export const DiagnosticJsonSchema = z
  .strictObject({
    code: z.string().meta({ description: 'Stable diagnostic code, e.g. cell/out-of-range' }),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    location: LocationSchema,
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Diagnostic' });

const ToolSchema = z.strictObject({ name: z.literal('parindex'), version: z.string() });
const InputSchema = z.strictObject({ file: z.string(), sha256, bytes: int });
const BandCountSchema = z.strictObject({ label: z.string(), count: int });

// ── the report model ──────────────────────────────────────────────────────────────────────────────────────────

const detailValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

/** A diagnostic as data: its words come from the catalogue when a format renders it. */
const ReportDiagnosticSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  location: LocationSchema,
  details: z.record(z.string(), detailValue.optional()),
});

/** A value rounded once, half-up, to the set's decimals: as a JSON number and as text with a decimal point. */
const ShownSchema = z.strictObject({ value: num, text: z.string() });
/** num/den of micro-points, exact; × 100 is the index in %. */
const RatioSchema = z.strictObject({ num: int, den: int.min(1) });

const LeafRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('points'), step: micro.optional(), allowed: z.array(micro).optional() }),
  z.strictObject({ kind: z.literal('bands'), unit: z.enum(['percent', 'number']), bands: z.array(z.strictObject({ min: micro, points: micro })) }),
  z.strictObject({ kind: z.literal('yesno') }),
  z.strictObject({ kind: z.literal('ratio'), target: micro, unit: z.enum(['percent', 'number']) }),
  z.strictObject({ kind: z.literal('options'), options: z.array(z.strictObject({ value: z.string(), key: z.string(), percent: micro })) }),
]);

export interface CriterionNode {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly method: 'appraisal' | 'survey';
  readonly depth: number;
  readonly naAllowed: boolean;
  readonly evidenceRequired: boolean;
  readonly rule: DeepReadonly<z.infer<typeof LeafRuleSchema>> | null;
  readonly children: readonly CriterionNode[];
}

const CriterionNodeSchema: z.ZodType<CriterionNode> = z.lazy(() =>
  z.strictObject({
    code: z.string(),
    name: z.string(),
    max: micro,
    method: z.enum(['appraisal', 'survey']),
    depth: int,
    naAllowed: z.boolean(),
    evidenceRequired: z.boolean(),
    rule: LeafRuleSchema.nullable(),
    children: z.array(CriterionNodeSchema).readonly(),
  }),
);

const BandSchema = z.strictObject({ label: z.string(), min: micro.meta({ description: 'Lowest index of the band, micro-percent' }) });

/** A criteria set as every report shows it (`criteria show`, the XLSX criteria sheet, headings). */
const CriteriaReportSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  year: int,
  level: z.enum(['department', 'district', 'commune', 'province', 'ministry']),
  decision: z.string().optional(),
  decimals: int,
  total: micro,
  appraisalMax: micro,
  surveyMax: micro,
  naTokens: z.array(z.string()),
  ties: z.strictObject({ compare: z.enum(['shared', 'exact']), breakBy: z.array(z.string()) }),
  allowIndexAbove100: z.boolean(),
  bands: z.array(BandSchema),
  blocks: z.array(z.strictObject({ id: z.string(), name: z.string(), bands: z.array(BandSchema) })),
  fields: z.array(CriterionNodeSchema),
  leaves: z.array(z.strictObject({ code: z.string(), name: z.string() })),
  adjustments: z.array(z.strictObject({ code: z.string(), name: z.string(), kind: z.enum(['bonus', 'penalty']), max: micro })),
});

const ReportRowSchema = z.strictObject({
  rank: int.min(1),
  code: z.string(),
  name: z.string(),
  fields: z.array(z.strictObject({ points: micro, max: micro, index: ShownSchema.nullable() })),
  appraisal: micro,
  survey: micro,
  bonus: micro,
  penalty: micro,
  total: micro,
  effectiveMax: micro,
  index: z.strictObject({ exact: RatioSchema, value: num, text: z.string() }),
  band: z.string().nullable(),
  capped: z.boolean().meta({ description: 'appraisal + survey + bonus − penalty was above the effective maximum' }),
  leaves: z.array(micro.nullable()).meta({ description: "Points per leaf in the set's leaf order; null = non-applicable" }),
  source: SourceSchema,
});

const UnitRefSchema = z.strictObject({ code: z.string(), name: z.string(), block: z.string().nullable(), source: SourceSchema });

export const RunReportSchema = z.strictObject({
  tool: ToolSchema,
  criteria: z.strictObject({ file: z.string(), sha256, bytes: z.number().int().nonnegative().optional(), set: CriteriaReportSchema }),
  inputs: z.array(InputSchema),
  options: z.record(z.string(), detailValue),
  /** Every unit read, in reading order (validate groups diagnostics by them) */
  units: z.array(UnitRefSchema),
  blocks: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      rows: z.array(ReportRowSchema),
      mean: ShownSchema.nullable().meta({ description: 'Mean of the exact indexes, rounded once' }),
      bandCounts: z.array(BandCountSchema),
    }),
  ),
  excluded: z.array(UnitRefSchema.extend({ errors: int, firstError: ReportDiagnosticSchema.nullable() })),
  reconciliation: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      block: z.string().nullable(),
      selfTotal: micro,
      appraisedTotal: micro,
      leaves: z.array(z.strictObject({ code: z.string(), name: z.string(), self: micro.nullable(), appraised: micro.nullable() })),
    }),
  ),
  diagnostics: z.strictObject({
    kept: z.array(ReportDiagnosticSchema),
    counts: z.strictObject({ error: int, warning: int, info: int }),
    dropped: int,
  }),
});

/** Plain data all the way down, and read-only: a formatter cannot change what the next one renders. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The report model with every list an array, as RunReportSchema describes it (`materialised` gives one). */
export type MaterialReport = DeepReadonly<z.infer<typeof RunReportSchema>>;
export type CriteriaReport = DeepReadonly<z.infer<typeof CriteriaReportSchema>>;
export type ReportRow = MaterialReport['blocks'][number]['rows'][number];

/**
 * A block's ranked rows: anything that can be read front to back, as many times as needed, and counted. buildReport
 * makes each row as it is read (a run of 300,000 units is never held as row objects); a plain array will do.
 */
export interface RowList extends Iterable<ReportRow> {
  readonly length: number;
  /**
   * The same rows read in place, without a ReportRow each (no array of leaves, no index texts): one RowFacts
   * re-pointed at each row in turn, to be read before the next is asked for. For formats that write every row
   * (the JSON report); absent where the rows are plain objects.
   */
  readonly facts?: () => Iterable<RowFacts>;
}

/** A row's leaves as kept: leaf i has the points values[codes[at + i]] */
export interface LeafStore {
  readonly codes: ArrayLike<number>;
  readonly values: readonly number[] | undefined;
  readonly at: number;
}

/** What a ReportRow holds, read field by field; fields and leaves by their index in the set. */
export interface RowFacts {
  readonly rank: number;
  readonly code: string;
  readonly name: string;
  readonly total: number;
  readonly effectiveMax: number;
  /** index.value of the ReportRow */
  readonly indexValue: number;
  readonly band: string | null;
  readonly appraisal: number;
  readonly survey: number;
  readonly bonus: number;
  readonly penalty: number;
  readonly capped: boolean;
  readonly source: ReportRow['source'];
  /** A field's points, max and index.value (null: the field's max is 0) */
  fieldPoints(i: number): number;
  fieldMax(i: number): number;
  fieldIndex(i: number): number | null;
  /** A leaf's points; null where it does not apply */
  leaf(i: number): number | null;
  /**
   * Where the row's leaves are kept, when they are codes into a list of values (a unit read by parindex): rows with the
   * same list and code at a leaf have the same points there. Undefined: read leaf(i).
   */
  leafStore?(): LeafStore | undefined;
}

export type ReportBlock = Omit<MaterialReport['blocks'][number], 'rows'> & { readonly rows: RowList };
/** What every format renders: the report model, its ranked rows made as they are read. */
export type RunReport = Omit<MaterialReport, 'blocks'> & { readonly blocks: readonly ReportBlock[] };
export type ReportDiagnostic = RunReport['diagnostics']['kept'][number];
export type LeafRuleData = CriterionNode['rule'];

// ── the JSON projection: `parindex score --format json` ──────────────────────────────────────────────────────

const row = z
  .strictObject({
    rank: int.min(1),
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
    capped: z
      .boolean()
      .optional()
      .meta({ description: 'points is held at effectiveMax: appraisal + survey + bonus − penalty came to more (written since 0.2; absent in older reports)' }),
    fields: z.array(
      z.strictObject({
        code: z.string(),
        points: num,
        max: num.meta({ description: "The field's effective maximum" }),
        index: num.nullable().meta({ description: 'Component index (%), null when the whole field is non-applicable' }),
      }),
    ),
    leaves: z.record(z.string(), num.nullable()).meta({ description: 'Points per leaf code; null = non-applicable' }),
    source: SourceSchema,
  })
  .meta({ id: 'RankedRow' });

export const ResultsSchema = z
  .strictObject({
    tool: ToolSchema,
    criteriaSet: z.strictObject({
      id: z.string(),
      title: z.string(),
      year: int,
      level: z.string(),
      file: z.string(),
      sha256,
    }),
    inputs: z.array(InputSchema),
    options: z.record(z.string(), z.unknown()),
    summary: z.strictObject({
      units: int,
      ranked: int,
      excluded: int,
      errors: int,
      warnings: int,
      infos: int,
    }),
    blocks: z.array(
      z.strictObject({
        id: z.string().meta({ description: "Block id; '' when the set has no blocks" }),
        name: z.string(),
        units: int,
        meanIndex: num.nullable().meta({ description: 'Mean of the unrounded indexes, rounded for display' }),
        bandCounts: z.array(BandCountSchema),
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
      z.strictObject({
        code: z.string(),
        name: z.string(),
        block: z.string().nullable(),
        source: SourceSchema,
        errors: int,
        firstError: z.string().nullable().optional().meta({ description: "The unit's first error: location and message" }),
      }),
    ),
    diagnostics: z.array(DiagnosticJsonSchema),
    diagnosticsDropped: int.meta({ description: 'Diagnostics counted but not kept (over the cap)' }),
  })
  .meta({ id: 'Results', title: 'parindex score results', description: 'The report of `parindex score --format json`.' });

export function resultsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ResultsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
