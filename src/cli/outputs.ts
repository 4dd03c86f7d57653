/**
 * Where reports go: stdout for one format, else files. A regular file is written whole or not at all (a temporary
 * file beside it, then a rename); a device or FIFO that already exists is written to directly, never replaced; a
 * symbolic link is followed, so the file it points to receives the report and the link stays.
 */
import { createWriteStream, promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { describeFsError, STDIN } from './fs-errors.js';
import { CannotRun, writeAll, type CliIO, type Output } from './io.js';
import { say } from './messages.js';
import type { XlsxTooLarge } from '../report/xlsx/limits.js';

export interface PlannedOutput<F extends string> {
  readonly format: F;
  /** No file: stdout */
  readonly file?: string;
}

export interface OutputRequest {
  readonly output?: string;
  readonly outDir?: string;
  readonly lang: Lang;
}

/** Where each requested format goes: stdout for one format, else files. Bad combinations cannot run (exit 2). */
export function planOutputs<F extends string>(
  opts: OutputRequest,
  requested: readonly F[],
  fallback: readonly F[],
  fileName: (f: F) => string,
  formatForFile: (file: string) => F | undefined,
): PlannedOutput<F>[] {
  if (opts.output !== undefined && opts.outDir !== undefined) throw new CannotRun(say('outputOrOutDir', opts.lang));
  if (opts.outDir !== undefined) {
    const formats = requested.length > 0 ? [...new Set(requested)] : [...fallback];
    return formats.map((format) => ({ format, file: path.join(opts.outDir as string, fileName(format)) }));
  }
  if (requested.length > 1) throw new CannotRun(say('formatsNeedOutDir', opts.lang));
  if (opts.output !== undefined) {
    const format = requested[0] ?? formatForFile(opts.output);
    if (!format) throw new CannotRun(say('unknownOutputFormat', opts.lang, opts.output));
    return [{ format, file: opts.output }];
  }
  return requested.length > 0 ? [{ format: requested[0] as F }] : [];
}

/** Temporary files being written now; removed if the run is interrupted (SIGINT, SIGTERM). */
const pending = new Set<string>();

/** Removes every temporary file still being written. Synchronous: it runs from a signal handler, before exit. */
export function removePendingTemps(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/** Exit statuses of a run stopped by a signal, as shells report them (128 + the signal's number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** In the real process: interrupted while a report is being written, the half-written temporary file goes too. */
export function removeTempsOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      removePendingTemps();
      process.exit(SIGNAL_EXIT[signal]);
    });
}

/** The temporary files being written now (for tests). */
export const pendingTemps = (): readonly string[] => [...pending];

async function realOrSelf(p: string): Promise<string> {
  return fs.realpath(p).catch(() => p);
}

/** `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`: names of an already open stream, written to as it is. */
const isStreamName = (p: string): boolean => /^\/(dev|proc)\//.test(p);

/**
 * The file that will really be written and how: a regular file (or a new one) by temporary file and rename, at the
 * target of a link; anything else (a device, a FIFO, a stream name) directly. Refuses a dangling link, a folder
 * and every input.
 */
async function resolveTarget(io: CliIO, file: string, inputs: readonly string[], lang: Lang): Promise<{ target: string; regular: boolean }> {
  const given = path.resolve(io.cwd, file);
  const link = await fs.lstat(given).catch(() => undefined);
  const st = link?.isSymbolicLink() ? await fs.stat(given).catch(() => undefined) : link;
  if (link?.isSymbolicLink() && st === undefined) throw new CannotRun(say('cannotWrite', lang, file, say('danglingLink', lang)));
  if (st?.isDirectory()) throw new CannotRun(say('cannotWrite', lang, file, say('isFolder', lang)));
  const realTarget = await realOrSelf(given);
  for (const input of inputs) {
    if (input === STDIN) continue;
    if ((await realOrSelf(path.resolve(io.cwd, input))) === realTarget) throw new CannotRun(say('refuseOverwrite', lang, file));
  }
  const regular = !isStreamName(given) && (st === undefined || st.isFile());
  return { target: regular && link?.isSymbolicLink() ? realTarget : given, regular };
}

async function writeStream(file: string, data: Output, flags: string): Promise<void> {
  const stream = createWriteStream(file, { flags });
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  await Promise.race([writeAll(stream, data), done]);
  stream.end();
  await done;
}

/** Why a report cannot be written, when it is too large for its format: in the user's language. */
function tooLargeReason(e: unknown, lang: Lang): string | undefined {
  // told by name: the report layer is not loaded at start-up
  if (!(e instanceof Error && e.name === 'XlsxTooLarge' && 'what' in e)) return undefined;
  const what = (e as XlsxTooLarge).what;
  const count = (n: number): string => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
  return what.kind === 'rows' ? say('xlsxTooManyRows', lang, what.sheet, count(what.rows), count(what.max)) : say('xlsxTooManyBytes', lang, what.part);
}

/**
 * Sends a rendered report where it goes: a file (by writeOutput) or stdout. A report too large for its format (an
 * XLSX sheet past Excel's last row) cannot run: one line, exit 2, nothing half-written left behind in a file.
 */
export async function emitOutput(io: CliIO, file: string | undefined, render: () => Promise<Output> | Output, inputs: readonly string[], lang: Lang): Promise<void> {
  let out: Output;
  try {
    out = await render();
    if (file === undefined) return await io.stdoutAll(out);
  } catch (e) {
    const why = tooLargeReason(e, lang);
    throw why === undefined ? e : new CannotRun(say('cannotWrite', lang, file ?? '-', why));
  }
  await writeOutput(io, file, out, inputs, lang);
}

/**
 * Writes a report to `file`. Refuses to overwrite any of `inputs` (the user's own files), following links.
 * A full disk, a missing permission or a device that refuses the bytes: one line, exit 2.
 */
export async function writeOutput(io: CliIO, file: string, data: Output, inputs: readonly string[], lang: Lang): Promise<void> {
  const { target, regular } = await resolveTarget(io, file, inputs, lang);
  if (!regular) {
    try {
      // appending: an open stream (`>> log` behind /dev/stdout) is never truncated; devices and FIFOs do not mind
      await writeStream(target, data, 'a');
    } catch (e) {
      throw new CannotRun(say('cannotWrite', lang, file, describeFsError(e, lang)));
    }
    return;
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    pending.add(tmp);
    await writeStream(tmp, data, 'wx');
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CannotRun(say('cannotWrite', lang, file, tooLargeReason(e, lang) ?? describeFsError(e, lang)));
  } finally {
    pending.delete(tmp);
  }
}
