/**
 * What the command line itself says (files it cannot open, options that do not fit together), looked up in the
 * language's catalogue (src/i18n/en.ts and src/i18n/vi.ts, `cli`), like the diagnostics and the report words.
 */
import type { Lang } from '../core/lang.js';
import { cli as en } from '../i18n/en-cli.js';
import { cli as vi } from '../i18n/vi-cli.js';

type Say = (...args: string[]) => string;

const messages = { en, vi } as const;

export type MessageKey = keyof typeof en;

export function say(key: MessageKey, lang: Lang, ...args: string[]): string {
  return (messages[lang][key] as Say)(...args);
}
