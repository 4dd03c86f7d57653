/**
 * The names of the report formats, for declaring the options before any report code is loaded (`--help` loads
 * none). The compiler checks them against the report layer's own lists, both ways.
 */
import type { ScoreFormat, ValidateFormat } from '../report/formats.js';

const score = { table: true, csv: true, md: true, json: true, xlsx: true, html: true } satisfies Record<ScoreFormat, true>;
const validate = { stylish: true, json: true, junit: true, sarif: true, github: true, md: true } satisfies Record<ValidateFormat, true>;

export const SCORE_FORMATS = Object.keys(score) as ScoreFormat[];
export const VALIDATE_FORMATS = Object.keys(validate) as ValidateFormat[];
export type { ScoreFormat, ValidateFormat };
