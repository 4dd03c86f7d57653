/**
 * The output formats of `parindex validate`, each a pure function of the run result, registered by --format name.
 * (Stub: the formats are filled in by their own change.)
 */
import type { RunResult } from './result.js';
import type { ScoreFormatContext } from './score-formats.js';

export type ValidateFormat = 'stylish' | 'json' | 'junit' | 'sarif' | 'github' | 'md';

export interface ValidateFormatter {
  readonly extension: string;
  readonly render: (r: RunResult, ctx: ScoreFormatContext) => string;
}

const notYet = (): string => {
  throw new Error('not built yet');
};

export const validateFormats: Record<ValidateFormat, ValidateFormatter> = {
  stylish: { extension: '.txt', render: notYet },
  json: { extension: '.json', render: notYet },
  junit: { extension: '.xml', render: notYet },
  sarif: { extension: '.sarif', render: notYet },
  github: { extension: '.txt', render: notYet },
  md: { extension: '.md', render: notYet },
};
