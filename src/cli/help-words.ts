/**
 * Every word of `--help`, looked up in the language's catalogue (src/i18n/en.ts and src/i18n/vi.ts, `help`). The
 * English table names the keys; the Vietnamese one must have every key (the compiler checks), so no help text is
 * left in English under `--lang vi` or a vi locale.
 */
import type { Lang } from '../core/lang.js';
import { help as en } from '../i18n/en-cli.js';
import { help as vi } from '../i18n/vi-cli.js';

export type HelpKey = keyof typeof en;

const tables: Record<Lang, Record<HelpKey, string>> = { en, vi };

/** A help text in the run's language. */
export function helpWord(key: HelpKey, lang: Lang): string {
  return tables[lang][key];
}

/** The help tables, for the test that no Vietnamese entry is left in English. */
export const helpTables = tables;
