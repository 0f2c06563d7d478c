/**
 * Numbers, money and dates written the newsroom way: 2,041 fugitives,
 * 5.42 billion yuan, 16 November 2016. A rounded figure says "about".
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Up to `decimals` decimals, trailing zeros dropped: 3.541, 5.42, 3. */
function trimmed(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

function scaled(yuan: number, decimals: number): { text: string; exact: boolean } {
  const abs = Math.abs(yuan);
  const [divisor, word] = abs >= 1e9 ? [1e9, 'billion'] : abs >= 1e6 ? [1e6, 'million'] : [1, ''];
  const text = divisor === 1 ? formatCount(Math.round(abs)) : `${trimmed(abs / divisor, decimals)} ${word}`;
  // Compared to within half a yuan: 16.74 × 1e9 is 16740000000.000002 in floating point.
  const exact = divisor === 1 ? Number.isInteger(abs) : Math.abs(Number(trimmed(abs / divisor, decimals)) * divisor - abs) < 0.5;
  return { text, exact };
}

/** `5.42 billion yuan`, `980 million yuan`; `about 3.049 billion yuan` when three decimals cannot say it exactly. */
export function formatYuan(yuan: number): string {
  const { text, exact } = scaled(yuan, 3);
  return `${exact ? '' : 'about '}${yuan < 0 ? '-' : ''}${text} yuan`;
}

/** Short form for charts and tables: `5.42 bn`, `980 m`. */
export function formatYuanShort(yuan: number): string {
  const abs = Math.abs(yuan);
  const sign = yuan < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}${trimmed(abs / 1e9, 3)} bn`;
  if (abs >= 1e6) return `${sign}${trimmed(abs / 1e6, 1)} m`;
  return `${sign}${formatCount(abs)}`;
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
