/** The options of `score` that shape its reports, not its results: terminal width, CSV dialect, the annex heading. */
import { InvalidArgumentError, type Command } from 'commander';
import type { AnnexOptions, CsvDialect, RenderContext } from '../../report/context.js';
import type { Lang } from '../../core/lang.js';
import { helpWord } from '../help-words.js';
import { say } from '../messages.js';
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

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). Checked here, so --help loads no report code. */
const isoDate =
  (lang: Lang) =>
  (value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
      throw new InvalidArgumentError(say('expectedDate', lang));
    return value;
  };

/** "\n" typed in a shell argument starts a new line (the issuer's two lines, the signer's title). */
const lines = (value: string): string => value.replace(/\\n/g, '\n');

export function addReportOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option('--wide', helpWord('wide', lang))
    .option('--csv-dialect <dialect>', helpWord('csvDialect', lang), choice(['rfc', 'excel-vi'] as const, lang), 'rfc')
    .option('--issuer <text>', helpWord('issuer', lang), lines)
    .option('--decision <number>', helpWord('decision', lang))
    .option('--date <YYYY-MM-DD>', helpWord('date', lang), isoDate(lang))
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
