/**
 * Every word a reply shows, in English and in Chinese: one typed key for
 * each, its words in a file per language and area (`./locales/en/*.ts`, and
 * the same keys in `./locales/zh/*.ts`, checked by the type of the English).
 * A command, a renderer or the dispatcher asks `labels(locale)` and never
 * spells a word itself, so a zh-CN reader gets the same reply in Chinese.
 * The data's own words (quotes, posts, notes, milestone titles) are not
 * translated: they are the sources' words, shown as written.
 */
import { langOf, type Lang } from './lang.js';
import { enCases } from './locales/en/cases.js';
import { enCheck } from './locales/en/check.js';
import { enExport } from './locales/en/export.js';
import { enShared } from './locales/en/shared.js';
import { enYears } from './locales/en/years.js';
import { zhCases } from './locales/zh/cases.js';
import { zhCheck } from './locales/zh/check.js';
import { zhExport } from './locales/zh/export.js';
import { zhShared } from './locales/zh/shared.js';
import { zhYears } from './locales/zh/years.js';

export type { UsedSources } from './locales/usedSources.js';

const EN = { lang: 'en' as Lang, ...enShared, ...enYears, ...enCases, ...enCheck, ...enExport };

export type ReplyLabels = typeof EN;

const ZH: ReplyLabels = { lang: 'zh', ...zhShared, ...zhYears, ...zhCases, ...zhCheck, ...zhExport };

export function labels(locale: string | undefined): ReplyLabels {
  return langOf(locale) === 'zh' ? ZH : EN;
}

export function labelsFor(lang: Lang): ReplyLabels {
  return lang === 'zh' ? ZH : EN;
}
