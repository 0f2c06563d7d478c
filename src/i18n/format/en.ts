/**
 * English numbers, money and dates, written the newsroom way: 2,041
 * fugitives, 5.42 billion yuan, 16 November 2016. A rounded figure says
 * "about"; a qualified one is rounded only its way (src/data/rounding.ts).
 * Reached through `formats('en')` (./index.ts), the one formatting API.
 */
import { boundOf, roundSignificant, roundTo, type Bound } from '../../data/rounding.js';
import type { Qualifier } from '../../data/schema.js';
import type { Standing } from '../../data/superlatives.js';
import type { Formats } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `more than 16.74 billion yuan`: a qualifier before its figure, in English. */
function qualifiedEn(text: string, qualifier: Qualifier | undefined): string {
  return qualifier ? `${qualifier} ${text}` : text;
}

function scaled(yuan: number, decimals: number, bound: Bound): { text: string; exact: boolean } {
  const abs = Math.abs(yuan);
  const [divisor, word] = abs >= 1e9 ? [1e9, 'billion'] : abs >= 1e6 ? [1e6, 'million'] : [1, ''];
  const rounded = divisor === 1 ? roundTo(abs, 0, bound) : roundTo(abs / divisor, decimals, bound);
  const text = divisor === 1 ? formatCount(rounded) : `${rounded} ${word}`;
  // Compared to within half a yuan: 16.74 × 1e9 is 16740000000.000002 in floating point.
  const exact = Math.abs(rounded * divisor - abs) < 0.5;
  return { text, exact };
}

/**
 * `5.42 billion yuan`, `980 million yuan`; `about 3.049 billion yuan` when
 * three decimals cannot say it exactly; with a qualifier, the qualifier and
 * the figure rounded its way: `more than 16.74 billion yuan`.
 */
function formatYuan(yuan: number, qualifier?: Qualifier): string {
  const { text, exact } = scaled(yuan, 3, boundOf(qualifier));
  const number = `${yuan < 0 ? '-' : ''}${text} yuan`;
  return qualifier ? qualifiedEn(number, qualifier) : `${exact ? '' : 'about '}${number}`;
}

/** Short form for charts and tables: `5.42 bn`, `980 m`; a qualified figure rounded its way, without the qualifier. */
function formatYuanShort(yuan: number, qualifier?: Qualifier): string {
  const abs = Math.abs(yuan);
  const sign = yuan < 0 ? '-' : '';
  const bound = boundOf(qualifier);
  if (abs >= 1e9) return `${sign}${roundTo(abs / 1e9, 3, bound)} bn`;
  if (abs >= 1e6) return `${sign}${roundTo(abs / 1e6, 1, bound)} m`;
  return `${sign}${formatCount(roundTo(abs, 0, bound))}`;
}

/**
 * `about $785 million`: three significant figures, as a conversion at an
 * average rate is approximate anyway. A lower bound in yuan stays a lower
 * bound in dollars, rounded down: `more than $2.59 billion`.
 */
function formatDollars(usd: number, qualifier?: Qualifier): string {
  const bound = boundOf(qualifier);
  const [divisor, word] = usd >= 1e9 ? [1e9, 'billion'] : usd >= 1e6 ? [1e6, 'million'] : [1, ''];
  const text = divisor === 1 ? formatCount(roundTo(usd, 0, bound)) : String(roundSignificant(usd / divisor, 3, bound));
  return `${qualifier ?? 'about'} $${text}${word ? ` ${word}` : ''}`;
}

/** `+52.9%`, `-30.4%`, `0.0%`. */
function formatPercent(p: number): string {
  const rounded = Math.round(p * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)}%`;
}

function formatSignedCount(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatCount(Math.abs(n))}`;
}

function formatSignedYuan(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatYuan(Math.abs(n))}`;
}

/** `2016-11-16` → `16 November 2016`, `2014-06` → `June 2014`, `2015` → `2015`. */
function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** `16 Nov 2016`: for timelines, where space is short. */
function formatDateShort(date: string): string {
  return formatDate(date).replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/, (m) =>
    m.length > 4 ? m.slice(0, 3) : m,
  );
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export const EN: Formats = {
  count: formatCount,
  people: (n, q) => qualifiedEn(`${formatCount(n)} ${n === 1 ? 'fugitive' : 'fugitives'}`, q),
  qualified: qualifiedEn,
  yuan: formatYuan,
  yuanShort: formatYuanShort,
  dollars: formatDollars,
  percent: formatPercent,
  signedCount: formatSignedCount,
  signedYuan: formatSignedYuan,
  date: formatDate,
  dateShort: formatDateShort,
  period: (period) => {
    const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
    if (!sameYear || period.from.length !== 7 || period.to.length !== 7) return `${formatDate(period.from)} to ${formatDate(period.to)}`;
    return `${formatDate(period.from).split(' ')[0]}–${formatDate(period.to)}`;
  },
  standing: (s: Standing) => `${ordinal(s.rank)} of ${s.of} years (${s.span})`,
};
