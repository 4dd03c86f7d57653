import { InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../diagnostics/types.js';
import { langFromEnv } from '../core/lang.js';
import type { CliIO } from './io.js';

export interface CommonOptions {
  lang: Lang;
  color?: boolean;
}

/** An option parser that accepts only the listed values. */
export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  };
}

export function langOption(io: CliIO): Option {
  return new Option('--lang <lang>', 'language of messages and reports (vi or en; default from the locale)')
    .choices(['vi', 'en'])
    .default(langFromEnv(io.env));
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}
