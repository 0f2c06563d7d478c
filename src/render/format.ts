/**
 * Numbers, money and dates written the newsroom way: 2,041 fugitives,
 * 5.42 billion yuan, 16 November 2016. A rounded figure says "about".
 *
 * Every rounding of a figure goes through `roundTo`, which rounds the way the
 * figure's qualifier allows: a lower bound ("more than 16.74 billion") only
 * down, an upper bound only up, anything else to the nearest. Rounding a lower
 * bound up would overstate it: 16.74 billion yuan at 6.4508 is $2.595
 * billion, so "more than $2.59 billion", never "more than $2.6 billion".
 */
import type { Qualifier } from '../data/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Which way a figure may be rounded: a lower bound down, an upper bound up, an exact figure to the nearest. */
export type Bound = 'lower' | 'upper' | 'nearest';

/** "more than" is a lower bound; "about" (or no qualifier) rounds to the nearest. */
export function boundOf(qualifier: Qualifier | undefined): Bound {
  return qualifier === 'more than' ? 'lower' : 'nearest';
}

/** `value` to `decimals` decimals, rounded only the way `bound` allows. */
export function roundTo(value: number, decimals: number, bound: Bound): number {
  const f = 10 ** decimals;
  const x = value * f;
  // A hair of floating point: 16.74e9 / 1e9 × 100 is 1674.0000000000002, which is 1674, not more.
  const hair = Math.abs(x) * 1e-12;
  const r = bound === 'lower' ? Math.floor(x + hair) : bound === 'upper' ? Math.ceil(x - hair) : Math.round(x);
  return r / f;
}

/** `value` to `digits` significant figures, rounded only the way `bound` allows. */
export function roundSignificant(value: number, digits: number, bound: Bound): number {
  if (value === 0) return 0;
  return roundTo(value, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value)))), bound);
}

/** `more than 16.74 billion yuan`: a qualifier before its figure, in English. */
export function qualifiedEn(text: string, qualifier: Qualifier | undefined): string {
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
export function formatYuan(yuan: number, qualifier?: Qualifier): string {
  const { text, exact } = scaled(yuan, 3, boundOf(qualifier));
  const number = `${yuan < 0 ? '-' : ''}${text} yuan`;
  return qualifier ? qualifiedEn(number, qualifier) : `${exact ? '' : 'about '}${number}`;
}

/** Short form for charts and tables: `5.42 bn`, `980 m`; a qualified figure rounded its way, without the qualifier. */
export function formatYuanShort(yuan: number, qualifier?: Qualifier): string {
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
export function formatDollars(usd: number, qualifier?: Qualifier): string {
  const bound = boundOf(qualifier);
  const [divisor, word] = usd >= 1e9 ? [1e9, 'billion'] : usd >= 1e6 ? [1e6, 'million'] : [1, ''];
  const text = divisor === 1 ? formatCount(roundTo(usd, 0, bound)) : String(roundSignificant(usd / divisor, 3, bound));
  return `${qualifier ?? 'about'} $${text}${word ? ` ${word}` : ''}`;
}

/** `+52.9%`, `-30.4%`, `0.0%`. */
export function formatPercent(p: number): string {
  const rounded = Math.round(p * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)}%`;
}

export function formatSignedCount(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatCount(Math.abs(n))}`;
}

export function formatSignedYuan(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatYuan(Math.abs(n))}`;
}

/** `2016-11-16` → `16 November 2016`, `2014-06` → `June 2014`, `2015` → `2015`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** `16 Nov 2016`: for timelines, where space is short. */
export function formatDateShort(date: string): string {
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
