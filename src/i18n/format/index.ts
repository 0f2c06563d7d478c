/**
 * Numbers, money and dates in the reader's language: the one formatting API.
 * `formats(lang)` gives `5.42 billion yuan` in English (./en.ts) and
 * `54.2亿元` in Chinese (./zh.ts); every figure a reply shows is written
 * through it, and every qualified figure is rounded only its way
 * (src/data/rounding.ts).
 */
import type { Lang } from '../lang.js';
import { EN } from './en.js';
import type { Formats } from './types.js';
import { ZH } from './zh.js';

export type { Formats } from './types.js';

export function formats(lang: Lang): Formats {
  return lang === 'zh' ? ZH : EN;
}
