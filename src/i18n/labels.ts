/**
 * Every word a reply shows, in English and in Chinese: one typed key for
 * each, its words in a file per language and area (`./locales/en/*.ts`, and
 * the same keys in `./locales/zh/*.ts`, checked by the type of the English).
 * A command, a renderer or the dispatcher asks `labels(locale)` and never
 * spells a word itself, so a zh-CN reader gets the same reply in Chinese.
 * Copy-ready sentences are grammar, not single words: each language's is
 * in `./locales/<lang>/sentences.ts`, from the facts a sentence states.
 * The data's own words (quotes, posts, notes, milestone titles) are not
 * translated: they are the sources' words, shown as written.
 */
import { langOf, type Lang } from './lang.js';
import { enCases } from './locales/en/cases.js';
import { enCheck } from './locales/en/check.js';
import { enExport } from './locales/en/export.js';
import { enSentences } from './locales/en/sentences.js';
import { enShared } from './locales/en/shared.js';
import { enYears } from './locales/en/years.js';
import { zhCases } from './locales/zh/cases.js';
import { zhCheck } from './locales/zh/check.js';
import { zhExport } from './locales/zh/export.js';
import { zhSentences } from './locales/zh/sentences.js';
import { zhShared } from './locales/zh/shared.js';
import { zhYears } from './locales/zh/years.js';

export type { UsedSources } from './locales/usedSources.js';

const EN = { lang: 'en' as Lang, ...enShared, ...enYears, ...enCases, ...enCheck, ...enExport, sentences: enSentences };

export type ReplyLabels = typeof EN;

const ZH: ReplyLabels = { lang: 'zh', ...zhShared, ...zhYears, ...zhCases, ...zhCheck, ...zhExport, sentences: zhSentences };

export function labels(locale: string | undefined): ReplyLabels {
  return langOf(locale) === 'zh' ? ZH : EN;
}

export function labelsFor(lang: Lang): ReplyLabels {
  return lang === 'zh' ? ZH : EN;
}
