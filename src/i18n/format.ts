/**
 * Numbers, money and dates in the reader's language: `5.42 billion yuan` in
 * English, `54.2亿元` in Chinese (counted in 亿 and 万, as Chinese newsrooms
 * write it), `16 November 2016` or `2016年11月16日`.
 */
import { formatCount, formatDate, formatDateShort, formatPercent, formatYuan, formatYuanShort, ordinal } from '../render/format.js';
import type { Lang } from './lang.js';

export interface Formats {
  count(n: number): string;
  /** People with their unit: `2,041 fugitives`, `2,041人`. */
  people(n: number): string;
  yuan(n: number): string;
  /** For charts and tables: `5.42 bn`, `54.2亿`. */
  yuanShort(n: number): string;
  percent(p: number): string;
  date(d: string): string;
  dateShort(d: string): string;
  /** `1st of 6 years`, `6年中第1`. */
  rankOf(rank: number, of: number): string;
}

function trimmed(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** `54.2亿`, `9400万`, `800`; `约` in front when four decimals cannot say it exactly. */
function chineseAmount(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const [divisor, unit] = abs >= 1e8 ? [1e8, '亿'] : abs >= 1e4 ? [1e4, '万'] : [1, ''];
  const text = trimmed(abs / divisor, 4);
  const exact = Math.abs(Number(text) * divisor - abs) < 0.5;
  return `${exact ? '' : '约'}${sign}${text}${unit}`;
}

function chineseDate(d: string): string {
  const [year, month, day] = d.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

const EN: Formats = {
  count: formatCount,
  people: (n) => `${formatCount(n)} ${n === 1 ? 'fugitive' : 'fugitives'}`,
  yuan: formatYuan,
  yuanShort: formatYuanShort,
  percent: formatPercent,
  date: formatDate,
  dateShort: formatDateShort,
  rankOf: (rank, of) => `${ordinal(rank)} of ${of} years`,
};

const ZH: Formats = {
  count: formatCount,
  people: (n) => `${formatCount(n)}人`,
  yuan: (n) => `${chineseAmount(n)}元`,
  yuanShort: chineseAmount,
  percent: formatPercent,
  date: chineseDate,
  dateShort: chineseDate,
  rankOf: (rank, of) => `${of}年中第${rank}`,
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
