/**
 * The criteria-set file format (bộ chỉ số), as a zod schema. It is the single source of the committed
 * JSON Schema (`schemas/criteria-set.schema.json`, see `parindex criteria schema`).
 * Every object is strict: an unknown key is an error that names it.
 */
import * as z from 'zod';

const points = z.number().min(0).max(1000).meta({ description: 'Points (0–1,000), at most six decimals.' });
const code = z
  .string()
  .min(1)
  .regex(/\S/, { error: 'a code must not be blank' })
  .meta({ description: 'The code printed in the annex of the decision: "1", "1.2", "3.2.1".' });

export const BandSchema = z
  .strictObject({
    label: z.string().min(1).meta({ description: 'Band name as published: "Xuất sắc", "Tốt", "A".' }),
    min: z.number().meta({ description: 'Lowest index (%) in this band, inclusive.' }),
  })
  .meta({ id: 'Band', description: 'One band: units whose index is at least `min` get `label`.' });

const bandList = z
  .array(BandSchema)
  .meta({ description: 'Bands from the highest threshold down; a unit gets the first band whose `min` it reaches.' });

export const BlockSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Block id used in score sheets (column "Khối") and by --block.' }),
    name: z.string().min(1).meta({ description: 'Block name as published: "Xã", "Phường", "Sở, ban, ngành".' }),
    bands: bandList.optional().meta({ description: "This block's own bands, replacing the set-wide ones." }),
  })
  .meta({ id: 'Block', description: 'A group of units ranked together.' });

const PointsRule = z
  .strictObject({
    kind: z.literal('points'),
    step: z.number().positive().optional().meta({ description: 'Points must be a multiple of this (e.g. 0.25).' }),
    allowed: z.array(points).min(1).optional().meta({ description: 'The only point values that may be entered.' }),
  })
  .meta({ description: 'Points entered directly, 0 ≤ points ≤ max (the default when a leaf has no rule).' });

const BandsRule = z
  .strictObject({
    kind: z.literal('bands'),
    unit: z
      .enum(['percent', 'number'])
      .default('percent')
      .meta({ description: 'What is measured: a percentage (0–100, the default) or any number ≥ 0.' }),
    bands: z
      .array(
        z.strictObject({
          min: z.number().meta({ description: 'Lowest measured value of this step, inclusive.' }),
          points: points.meta({ description: 'Points awarded from `min` up to the previous step.' }),
        }),
      )
      .min(1)
      .meta({ description: 'Steps from the highest threshold down; a value below every step scores 0.' }),
  })
  .meta({ description: 'A measured value (e.g. share of records on time) scored by thresholds.' });

const YesNoRule = z
  .strictObject({ kind: z.literal('yesno') })
  .meta({ description: 'Done / not done: yes → max, no → 0. Accepts Có/Không, Đạt/Không đạt, x, 1/0, yes/no.' });

const RatioRule = z
  .strictObject({
    kind: z.literal('ratio'),
    target: z.number().positive().meta({ description: 'The value that earns the full max.' }),
    unit: z
      .enum(['percent', 'number'])
      .default('number')
      .meta({ description: 'What is measured: any number ≥ 0 (the default) or a percentage (0–100).' }),
  })
  .meta({ description: 'Points = max × value / target, capped at max.' });

const OptionsRule = z
  .strictObject({
    kind: z.literal('options'),
    options: z
      .array(
        z.strictObject({
          value: z.string().min(1).meta({ description: 'The answer as entered: "A", "Rất hài lòng".' }),
          percent: z.number().meta({ description: 'Share of the max it earns, 0–100.' }),
        }),
      )
      .min(1)
      .meta({ description: 'The answers, each worth a share of the max.' }),
  })
  .meta({ description: 'An answer option mapped to a share of the max (survey items: A/B/C/D → 100/60/20/0 %).' });

export const RuleSchema = z
  .discriminatedUnion('kind', [PointsRule, BandsRule, YesNoRule, RatioRule, OptionsRule])
  .meta({ id: 'Rule', description: 'How a leaf is scored.' });

export type RuleInput = z.infer<typeof RuleSchema>;

export interface CriterionInput {
  code: string;
  label?: string | undefined;
  name: string;
  max: number;
  method?: 'appraisal' | 'survey' | undefined;
  naAllowed?: boolean | undefined;
  evidenceRequired?: boolean | undefined;
  rule?: RuleInput | undefined;
  note?: string | undefined;
  children?: CriterionInput[] | undefined;
}

export const CriterionSchema: z.ZodType<CriterionInput> = z
  .strictObject({
    code,
    label: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The numbering printed in the annex when it differs from the code: "II", "a)", "-".' }),
    name: z.string().min(1).meta({ description: 'The criterion as written in the annex.' }),
    max: points.meta({ description: 'Maximum points (điểm tối đa). A parent must equal the sum of its children.' }),
    method: z
      .enum(['appraisal', 'survey'])
      .optional()
      .meta({ description: 'Where the points come from: appraisal (default) or a sociological survey. Inherited.' }),
    naAllowed: z
      .boolean()
      .optional()
      .meta({ description: 'A unit may be non-applicable here; its points and max then leave the index. Inherited.' }),
    evidenceRequired: z
      .boolean()
      .optional()
      .meta({ description: 'Evidence documents (tài liệu kiểm chứng) must be cited for this leaf. Inherited.' }),
    rule: RuleSchema.optional(),
    note: z.string().optional().meta({ description: 'Free text for people (scoring guide, source).' }),
    get children() {
      return z.array(CriterionSchema).min(1).optional().meta({ description: 'Sub-criteria; the node is their sum.' });
    },
  })
  .meta({ id: 'Criterion', description: 'A field, criterion or sub-criterion; a node without children is a leaf.' });

export const AdjustmentSchema = z
  .strictObject({
    code,
    name: z.string().min(1).meta({ description: 'As published: "Điểm thưởng sáng kiến", "Điểm trừ chậm báo cáo".' }),
    kind: z.enum(['bonus', 'penalty']).meta({ description: 'bonus (điểm thưởng) adds, penalty (điểm trừ) subtracts.' }),
    max: points.meta({ description: 'The cap: the most that can be added or taken away.' }),
  })
  .meta({ id: 'Adjustment', description: 'Bonus or penalty points entered per unit, outside the criteria tree.' });

export const TieBreakKey = z
  .string()
  .regex(/^(points|appraisal|survey|name|code|field:.+)$/, {
    error: 'expected points, appraisal, survey, name, code or field:<code>',
  })
  .meta({
    description:
      'points / appraisal / survey / field:<code>: higher first; name (Vietnamese order) / code: ascending.',
  });

export const TiesSchema = z
  .union([
    z.enum(['shared', 'exact']),
    z.strictObject({
      compare: z
        .enum(['shared', 'exact'])
        .default('shared')
        .meta({ description: 'Whether indexes are compared as displayed (shared) or unrounded (exact).' }),
      breakBy: z.array(TieBreakKey).min(1).meta({ description: 'Keys tried in order while indexes are equal.' }),
    }),
  ])
  .meta({
    id: 'Ties',
    description:
      '"shared": equal displayed indexes share a rank (1, 2, 2, 4); "exact": ranks use the unrounded index; ' +
      'or an object with a tie-break list.',
  });

export const SurveyGroupSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Group id used in response sheets (column "Nhóm"): "nguoi-dan", "doanh-nghiep".' }),
    name: z.string().min(1).meta({ description: 'Group name as published: "Người dân", "Doanh nghiệp", "Công chức".' }),
    weight: z.number().positive().max(1000).meta({ description: "The group's weight in a leaf's mean (relative; need not add up to 1)." }),
  })
  .meta({ id: 'SurveyGroup', description: 'A group of survey respondents and its weight.' });

export const CriteriaSetSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    id: z.string().min(1).meta({ description: 'A short stable id: "demo-xa-2024".' }),
    title: z.string().min(1).meta({ description: 'Title as in the decision: "Bộ chỉ số CCHC cấp xã năm 2024".' }),
    year: z.number().int().min(2000).max(2100).meta({ description: 'The year being assessed.' }),
    level: z
      .enum(['department', 'district', 'commune', 'province', 'ministry'])
      .meta({ description: 'Which units it scores: department (cấp sở), district (cấp huyện), commune (cấp xã)…' }),
    decision: z.string().optional().meta({ description: 'The decision that issued the set: "1234/QĐ-UBND".' }),
    total: points.meta({ description: 'Declared total of the field maxima, usually 100.' }),
    decimals: z
      .number()
      .int()
      .min(0)
      .max(4)
      .default(2)
      .meta({ description: 'Decimals shown for points and indexes (rounded half-up, at display only).' }),
    naTokens: z
      .array(z.string().min(1))
      .default(['KĐG', 'N/A'])
      .meta({ description: 'Cell values meaning "not applicable" (không đánh giá), compared case-insensitively.' }),
    ties: TiesSchema.default('shared'),
    allowIndexAbove100: z
      .boolean()
      .default(false)
      .meta({ description: 'Let bonus points lift the index above 100 (default: total is capped at the maximum).' }),
    bands: bandList.default([]),
    blocks: z
      .array(BlockSchema)
      .default([])
      .meta({ description: 'Groups ranked separately. Without blocks every unit is ranked in one table.' }),
    criteria: z.array(CriterionSchema).min(1).meta({ description: 'The fields (lĩnh vực), each a tree of criteria.' }),
    adjustments: z
      .array(AdjustmentSchema)
      .default([])
      .meta({ description: 'Bonus (điểm thưởng) and penalty (điểm trừ) points with their caps, entered per unit.' }),
    surveyGroups: z
      .array(SurveyGroupSchema)
      .min(1)
      .optional()
      .meta({ description: 'Respondent groups of the survey with their weights; without it every answer counts the same.' }),
    minResponses: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'Fewest answers a unit needs on a survey item before its mean is trusted (fewer: a warning).' }),
  })
  .meta({
    id: 'CriteriaSet',
    title: 'parindex criteria set',
    description: 'A PAR index criteria set (bộ chỉ số cải cách hành chính): fields → criteria → sub-criteria.',
  });

export type CriteriaSetInput = z.output<typeof CriteriaSetSchema>;

/** The JSON Schema of the format, generated from the zod source. */
export function criteriaSetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CriteriaSetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
