import type { Lang } from '../diagnostics/diagnostic.js';

/**
 * The message language when --lang is not given: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set. An English locale gives English; every
 * other one, and none (C, POSIX), gives Chinese, the language of the users.
 */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

export function parseLang(value: string): Lang | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}
