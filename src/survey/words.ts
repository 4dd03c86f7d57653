/** Every word of the survey reports, looked up in the language's catalogue (src/i18n/en.ts and vi.ts, `survey`). */
import type { Lang } from '../core/lang.js';
import { survey as en } from '../i18n/en.js';
import { survey as vi } from '../i18n/vi.js';

const tables = { en, vi } as const;

export type SurveyWord = keyof typeof en;

export function surveyWord(w: SurveyWord, lang: Lang): string {
  return tables[lang][w];
}
