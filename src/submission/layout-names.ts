/**
 * The layout names alone, for the command line's `--layout` choices: importing them loads no reader, so `--help`
 * stays light. The registry in layouts/index.ts is typed by them, so a reader added or removed does not compile
 * until this list says so too.
 */
export const LAYOUT_NAMES = ['wide', 'form', 'long'] as const;

export type Layout = (typeof LAYOUT_NAMES)[number];
