/** Option parsers shared by the commands; their complaints are said in the run's language. */
import { InvalidArgumentError, Option } from 'commander';
import { parseDecimal, SCALE } from '../core/decimal.js';
import { langFromEnv, type Lang } from '../core/lang.js';
import { helpWord } from './help-words.js';
import type { CliIO } from './io.js';
import { say } from './messages.js';

export interface CommonOptions {
  lang: Lang;
  color?: boolean;
}

type Parser<T> = (value: string) => T;

/** An option parser that accepts only the listed values. */
export function choice<T extends string>(values: readonly T[], lang: Lang): Parser<T> {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(say('expectedOneOf', lang, values.join(', ')));
  };
}

export function positiveInt(lang: Lang): Parser<number> {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError(say('expectedWholeNumber', lang));
    return n;
  };
}

/** Points as a person types them ("0,5", "1.25"), at most six decimals, never negative. */
export function nonNegativePoints(lang: Lang): Parser<number> {
  return (value) => {
    const r = parseDecimal(value);
    if (!r.ok || r.value < 0) throw new InvalidArgumentError(say('expectedPoints', lang));
    return r.value / SCALE;
  };
}

/** A path: never empty (`""` would mean the current folder, or nothing). */
export function nonEmptyPath(lang: Lang): Parser<string> {
  return (value) => {
    if (value === '') throw new InvalidArgumentError(say('emptyPath', lang));
    return value;
  };
}

/**
 * An option that takes one value: given twice (`-o a.csv -o b.json`) is a usage error rather than the last one
 * silently winning. One parser per option per run (the program is built afresh for every run).
 */
export function once<T>(parse: Parser<T>, lang: Lang): (value: string, previous: unknown) => T {
  let given = false;
  return (value) => {
    if (given) throw new InvalidArgumentError(say('givenTwice', lang));
    given = true;
    return parse(value);
  };
}

/** A repeatable option: every value, in order. */
export function repeated<T>(parse: Parser<T>): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

export const anyText: Parser<string> = (value) => value;

export function langOption(io: CliIO, lang: Lang): Option {
  return new Option('--lang <lang>', helpWord('lang', lang))
    .choices(['vi', 'en'])
    .argParser(once(choice(['vi', 'en'] as const, lang), lang))
    .default(langFromEnv(io.env));
}

export function noColorOption(lang: Lang): Option {
  return new Option('--no-color', helpWord('noColor', lang));
}
