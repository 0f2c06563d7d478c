/**
 * Numbers, money and dates in the reader's language: `5.42 billion yuan` in
 * English, `54.2亿元` in Chinese (counted in 亿 and 万, as Chinese newsrooms
 * write it), `16 November 2016` or `2016年11月16日`.
 */
import type { Qualifier } from '../data/schema.js';
import type { Standing } from '../data/superlatives.js';
import {
  boundOf,
  formatCount,
  formatDate,
  formatDateShort,
  formatDollars,
  formatPercent,
  formatYuan,
  formatYuanShort,
  ordinal,
  qualifiedEn,
  roundSignificant,
  roundTo,
} from '../render/format.js';
import type { Lang } from './lang.js';

export interface Formats {
  count(n: number): string;
  /** People with their unit: `2,041 fugitives`, `2,041人`; with a qualifier, `more than 14,000 fugitives`. */
  people(n: number, qualifier?: Qualifier): string;
  /** A figure with its qualifier before it: `more than 14,000`, `超过14,000`. */
  qualified(text: string, qualifier: Qualifier | undefined): string;
  /** `5.42 billion yuan`, `54.2亿元`; a qualified figure is rounded the way its qualifier allows, and says so. */
  yuan(n: number, qualifier?: Qualifier): string;
  /** For charts and tables: `5.42 bn`, `54.2亿`, rounded the way the qualifier allows (which the caller writes). */
  yuanShort(n: number, qualifier?: Qualifier): string;
  /** A conversion to dollars, which is approximate: `about $785 million`, `约7.85亿美元`; `more than $2.59 billion`, `超过25.9亿美元`. */
  dollars(usd: number, qualifier?: Qualifier): string;
  percent(p: number): string;
  date(d: string): string;
  dateShort(d: string): string;
  /** A rank with the years it is among: `1st of 6 years (2015–2020)`, `2015–2020年6年中第1`. */
  standing(s: Standing): string;
}

/** `54.2亿`, `9400万`, `800`; `约` in front when four decimals cannot say it exactly and no qualifier is given. */
function chineseAmount(n: number, qualifier?: Qualifier): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const [divisor, unit] = abs >= 1e8 ? [1e8, '亿'] : abs >= 1e4 ? [1e4, '万'] : [1, ''];
  const rounded = roundTo(abs / divisor, 4, boundOf(qualifier));
  const exact = Math.abs(rounded * divisor - abs) < 0.5;
  return `${exact || qualifier ? '' : '约'}${sign}${rounded}${unit}`;
}

function qualifiedZh(text: string, qualifier: Qualifier | undefined): string {
  return qualifier === 'more than' ? `超过${text}` : qualifier === 'about' ? `约${text}` : text;
}

function chineseDollars(usd: number, qualifier?: Qualifier): string {
  const bound = boundOf(qualifier);
  const text = usd >= 1e8 ? `${roundSignificant(usd / 1e8, 3, bound)}亿美元` : `${roundSignificant(usd / 1e4, 3, bound)}万美元`;
  // A conversion at a year's average rate is approximate: 约合, as the English says "about"; a lower bound stays one.
  return qualifier === 'more than' ? `超过${text}` : `约合${text}`;
}

function chineseDate(d: string): string {
  const [year, month, day] = d.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

const EN: Formats = {
  count: formatCount,
  people: (n, q) => qualifiedEn(`${formatCount(n)} ${n === 1 ? 'fugitive' : 'fugitives'}`, q),
  qualified: qualifiedEn,
  yuan: formatYuan,
  yuanShort: formatYuanShort,
  dollars: formatDollars,
  percent: formatPercent,
  date: formatDate,
  dateShort: formatDateShort,
  standing: (s) => `${ordinal(s.rank)} of ${s.of} years (${s.span})`,
};

const ZH: Formats = {
  count: formatCount,
  people: (n, q) => qualifiedZh(`${formatCount(n)}人`, q),
  qualified: qualifiedZh,
  yuan: (n, q) => `${qualifiedZh(chineseAmount(n, q), q)}元`,
  yuanShort: chineseAmount,
  dollars: chineseDollars,
  percent: formatPercent,
  date: chineseDate,
  dateShort: chineseDate,
  standing: (s) => `${s.span}年${s.of}年中第${s.rank}`,
};

/** `January–November 2023`, `2023年1月至11月`: the part of a year a figure covers. */
export function formatPeriod(period: { from: string; to: string }, lang: Lang): string {
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  if (lang === 'zh') return sameYear ? `${chineseDate(period.from)}至${chineseDate(period.to).slice(5)}` : `${chineseDate(period.from)}至${chineseDate(period.to)}`;
  if (!sameYear || period.from.length !== 7 || period.to.length !== 7) return `${formatDate(period.from)} to ${formatDate(period.to)}`;
  return `${formatDate(period.from).split(' ')[0]}–${formatDate(period.to)}`;
}

export function formats(lang: Lang): Formats {
  return lang === 'zh' ? ZH : EN;
}
