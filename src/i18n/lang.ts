/**
 * Which language a reply speaks. Discord sends the asker's client language
 * as `locale`; Simplified Chinese (`zh-CN`) gets Chinese labels, everyone
 * else English. The data's own words (quotes, posts, notes) stay as written.
 */
export type Lang = 'en' | 'zh';

/** Discord's locale for Simplified Chinese: the one the bot translates into. */
export const ZH_LOCALE = 'zh-CN';

export function langOf(locale: string | undefined): Lang {
  return locale === ZH_LOCALE ? 'zh' : 'en';
}
