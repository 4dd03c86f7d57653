/**
 * The output formats of `parindex validate`, each a pure function of the run result, registered by --format name.
 * A format that is written but not registered here does not compile (the record is keyed by ValidateFormat).
 */
import type { RunResult } from './result.js';
import type { ScoreFormatContext } from './score-formats.js';
import { renderGithub } from './validate-github.js';
import { renderValidationJson } from './validate-json.js';
import { renderJunit } from './validate-junit.js';
import { renderValidationMarkdown } from './validate-md.js';
import { renderSarif } from './validate-sarif.js';
import { renderStylish } from './validate-stylish.js';

export type ValidateFormat = 'stylish' | 'json' | 'junit' | 'sarif' | 'github' | 'md';

export interface ValidateFormatter {
  readonly extension: string;
  readonly render: (r: RunResult, ctx: ScoreFormatContext) => string;
}

export const validateFormats: Record<ValidateFormat, ValidateFormatter> = {
  stylish: { extension: '.txt', render: renderStylish },
  json: { extension: '.json', render: renderValidationJson },
  junit: { extension: '.xml', render: renderJunit },
  sarif: { extension: '.sarif', render: renderSarif },
  github: { extension: '.txt', render: renderGithub },
  md: { extension: '.md', render: renderValidationMarkdown },
};
