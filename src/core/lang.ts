/** The languages of messages and reports. */
export type Lang = 'vi' | 'en';

/** The language of the user's locale: Vietnamese when LC_ALL / LC_MESSAGES / LANG say vi, else English. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi([_.-]|$)/i.test(locale) ? 'vi' : 'en';
}
