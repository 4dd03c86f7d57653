/** The options of `score` that shape its reports, not its results: terminal width, CSV dialect, the annex heading. */
import { InvalidArgumentError, type Command } from 'commander';
import type { AnnexOptions, CsvDialect, RenderContext } from '../../report/context.js';
import { documentDate } from '../../report/score/words.js';
import type { Lang } from '../../core/lang.js';
import { helpWord } from '../help-words.js';
import { choice } from '../options.js';

export interface AnnexCliOptions {
  wide?: boolean;
  csvDialect: CsvDialect;
  issuer?: string;
  decision?: string;
  date?: string;
  place?: string;
  signerTitle?: string;
  signer?: string;
}

function isoDate(value: string): string {
  if (documentDate(value, 'en') === undefined) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, such as 2025-03-15');
  return value;
}

/** "\n" typed in a shell argument starts a new line (the issuer's two lines, the signer's title). */
const lines = (value: string): string => value.replace(/\\n/g, '\n');

export function addReportOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option('--wide', helpWord('wide', lang))
    .option('--csv-dialect <dialect>', helpWord('csvDialect', lang), choice(['rfc', 'excel-vi'] as const, lang), 'rfc')
    .option('--issuer <text>', helpWord('issuer', lang), lines)
    .option('--decision <number>', helpWord('decision', lang))
    .option('--date <YYYY-MM-DD>', helpWord('date', lang), isoDate)
    .option('--place <name>', helpWord('place', lang))
    .option('--signer-title <text>', helpWord('signerTitle', lang), lines)
    .option('--signer <name>', helpWord('signer', lang));
}

/** The render context's share of these options. */
export function reportContext(opts: AnnexCliOptions, width: number | undefined): Pick<RenderContext, 'width' | 'wide' | 'csvDialect' | 'annex'> {
  const annex: AnnexOptions = {
    ...(opts.issuer !== undefined ? { issuer: opts.issuer } : {}),
    ...(opts.decision !== undefined ? { decision: opts.decision } : {}),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.place !== undefined ? { place: opts.place } : {}),
    ...(opts.signerTitle !== undefined ? { signerTitle: opts.signerTitle } : {}),
    ...(opts.signer !== undefined ? { signer: opts.signer } : {}),
  };
  return { ...(width !== undefined ? { width } : {}), ...(opts.wide ? { wide: true } : {}), csvDialect: opts.csvDialect, annex };
}
