/** A results report of `parindex score --format json` (schemas/results.schema.json), read as compare needs it. */
import * as z from 'zod';
import { fromNumber, type Micro } from '../core/decimal.js';
import { percentOf } from './fraction.js';
import type { YearField, YearRead, YearUnit } from './model.js';

// Only what compare reads is checked here; other keys (added by later versions) are let through.
const row = z.object({
  rank: z.number().int().min(1),
  code: z.string(),
  name: z.string(),
  points: z.number(),
  effectiveMax: z.number().positive(),
  band: z.string().nullable(),
  fields: z.array(z.object({ code: z.string(), points: z.number(), max: z.number().min(0) })),
  leaves: z.record(z.string(), z.unknown()).optional(),
});
const report = z.object({
  tool: z.object({ name: z.literal('parindex') }),
  criteriaSet: z.object({ id: z.string(), title: z.string(), year: z.number().int(), file: z.string(), sha256: z.string() }),
  blocks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      bandCounts: z.array(z.object({ label: z.string(), count: z.number().int() })),
      rows: z.array(row),
    }),
  ),
});

type ReportJson = z.infer<typeof report>;

/** The criteria set's fields, read from the set file the report names (when its SHA-256 matches). */
export interface SetFields {
  readonly fields: readonly { readonly code: string; readonly name: string; readonly max: Micro }[];
}


const pathText = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

/** A number of the report as micro-points; a value with more than six decimals is not one parindex wrote. */
function exact(x: number, where: string): Micro {
  const r = fromNumber(x);
  if (!r.ok) throw new ReportProblem(`${where}: ${x} is not a point value with at most six decimals`, `${where}: ${x} không phải số điểm có tối đa sáu chữ số thập phân`);
  return r.value;
}

class ReportProblem extends Error {
  constructor(
    message: string,
    readonly messageVi: string,
  ) {
    super(message);
  }
}

function unitOf(r: ReportJson['blocks'][number]['rows'][number], blockKey: string, fieldCodes: readonly string[], where: string): YearUnit {
  const points = exact(r.points, `${where}.points`);
  const effectiveMax = exact(r.effectiveMax, `${where}.effectiveMax`);
  const byCode = new Map(r.fields.map((f) => [f.code, f]));
  return {
    code: r.code,
    name: r.name,
    blockKey,
    rank: r.rank,
    points,
    effectiveMax,
    index: percentOf(points, effectiveMax),
    band: r.band,
    fields: fieldCodes.map((code) => {
      const f = byCode.get(code);
      if (!f || f.max === 0) return undefined;
      return percentOf(exact(f.points, `${where}.fields.${code}.points`), exact(f.max, `${where}.fields.${code}.max`));
    }),
  };
}

/** Fields in the order of the first row, with the largest maximum any unit has (or the set's own, when given). */
function fieldsOf(doc: ReportJson, set: SetFields | undefined): YearField[] {
  if (set) return set.fields.map((f) => ({ ...f }));
  const max = new Map<string, Micro>();
  for (const b of doc.blocks) for (const r of b.rows) for (const f of r.fields) max.set(f.code, Math.max(max.get(f.code) ?? 0, exact(f.max, `fields.${f.code}.max`)));
  return [...max].map(([code, m]) => ({ code, max: m }));
}

/** The report's text as JSON, or why it is not. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; reason: string; reasonVi: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\ufeff/, '')) as unknown };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `not valid JSON (${reason})`, reasonVi: `không phải JSON hợp lệ (${reason})` };
  }
}

/** The criteria file a report names and the SHA-256 it recorded, if the document says. */
export function namedSet(parsed: unknown): { file: string; sha256: string } | undefined {
  const set = z.object({ criteriaSet: z.object({ file: z.string(), sha256: z.string() }) }).safeParse(parsed);
  return set.success ? set.data.criteriaSet : undefined;
}

export function readResultsJson(parsed: unknown, file: string, set?: SetFields): YearRead {
  const doc = report.safeParse(parsed);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    const at = pathText(issue?.path ?? []);
    return {
      ok: false,
      reason: `not a parindex results report: ${at || 'the document'}: ${issue?.message ?? ''}`,
      reasonVi: `không phải báo cáo kết quả của parindex: ${at || 'tài liệu'}: ${issue?.message ?? ''}`,
    };
  }
  try {
    const fields = fieldsOf(doc.data, set);
    const codes = fields.map((f) => f.code);
    const leaves = doc.data.blocks.flatMap((b) => b.rows).find((r) => r.leaves)?.leaves;
    return {
      ok: true,
      report: {
        file,
        year: doc.data.criteriaSet.year,
        set: { id: doc.data.criteriaSet.id, title: doc.data.criteriaSet.title, sha256: doc.data.criteriaSet.sha256 },
        fields,
        ...(leaves ? { leaves: Object.keys(leaves) } : {}),
        exactFields: true,
        blocks: doc.data.blocks.map((b, bi) => ({
          key: b.id,
          idKnown: true,
          name: b.name,
          bandCounts: b.bandCounts,
          units: b.rows.map((r, ri) => unitOf(r, b.id, codes, `blocks[${bi}].rows[${ri}]`)),
        })),
      },
    };
  } catch (e) {
    if (e instanceof ReportProblem) return { ok: false, reason: e.message, reasonVi: e.messageVi };
    throw e;
  }
}

/** The fields of a criteria set file (its top-level criteria), or undefined when the text is not such a file. */
export function setFieldsOf(text: string): SetFields | undefined {
  const parsed = parseJsonText(text);
  const set = z.object({ criteria: z.array(z.object({ code: z.string(), name: z.string(), max: z.number() })) }).safeParse(parsed.ok ? parsed.value : undefined);
  if (!set.success) return undefined;
  const fields = set.data.criteria.map((c) => ({ code: c.code, name: c.name, max: fromNumber(c.max) }));
  if (fields.some((f) => !f.max.ok)) return undefined;
  return { fields: fields.map((f) => ({ code: f.code, name: f.name, max: (f.max as { value: Micro }).value })) };
}
