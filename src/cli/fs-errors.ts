/**
 * The name of standard input and the words for a file system error: what outputs.ts and the options need of the
 * inputs, without inputs.ts itself (which loads node:crypto for its hashes) on the start-up path.
 */
import type { Lang } from '../core/lang.js';
import { say } from './messages.js';

/** The name that means standard input. */
export const STDIN = '-';

export function describeFsError(e: unknown, lang: Lang): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return say('noSuchFile', lang);
    case 'EISDIR':
      return say('isFolder', lang);
    case 'EEXIST':
      return say('fileWhereFolder', lang);
    case 'ENOTDIR':
      return say('pathPartIsFile', lang);
    case 'EACCES':
    case 'EPERM':
      return say('permissionDenied', lang);
    case 'ENOSPC':
      return say('noSpace', lang);
    default:
      // the system's own words are English: in Vietnamese, its error code only (EIO, EROFS…)
      return lang === 'vi' ? say('systemError', lang, (e as NodeJS.ErrnoException).code ?? String(e)) : (e as Error).message;
  }
}
