/**
 * Chinese numbers, money and dates, as Chinese newsrooms write them: money in
 * 亿 and 万 (`54.2亿元`), dates as `2016年11月16日`, a qualifier before its
 * figure (`超过`). Reached through `formats('zh')` (./index.ts).
 */
import { boundOf, roundSignificant, roundTo } from '../../data/rounding.js';
import type { Qualifier } from '../../data/schema.js';
import type { Formats } from './types.js';
import { EN } from './en.js';

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

export const ZH: Formats = {
  count: EN.count,
  people: (n, q) => qualifiedZh(`${EN.count(n)}人`, q),
  qualified: qualifiedZh,
  yuan: (n, q) => `${qualifiedZh(chineseAmount(n, q), q)}元`,
  yuanShort: chineseAmount,
  dollars: chineseDollars,
  percent: EN.percent,
  signedCount: EN.signedCount,
  signedYuan: (n) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${chineseAmount(Math.abs(n))}元`,
  date: chineseDate,
  dateShort: chineseDate,
  period: (period) =>
    period.from.slice(0, 4) === period.to.slice(0, 4)
      ? `${chineseDate(period.from)}至${chineseDate(period.to).slice(5)}`
      : `${chineseDate(period.from)}至${chineseDate(period.to)}`,
  standing: (s) => `${s.span}年${s.of}年中第${s.rank}`,
};
