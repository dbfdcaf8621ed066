import type { Locale } from '@contract/contract.ts';

/** The CLI speaks Chinese unless the environment asks for English. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.BRIEFING_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lang) ? 'en' : 'zh-CN';
}
