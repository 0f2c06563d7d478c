/**
 * How a figure can be written in the report's English, so that the checker can
 * confirm each stored number appears in the sentence it was read from.
 */
import type { Unit } from './schema.js';

const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function trimDecimals(value: number): string {
  return String(Number(value.toFixed(6)));
}

export function spellings(value: number, unit: Unit): string[] {
  switch (unit) {
    case 'people': {
      const out = [String(value), value.toLocaleString('en-US')];
      const word = SMALL_NUMBER_WORDS[value];
      if (word) out.push(word);
      return out;
    }
    case 'percent':
      return [`${trimDecimals(value)}%`, `${trimDecimals(value)} percent`];
    case 'yuan': {
      const out = [`${value.toLocaleString('en-US')} yuan`];
      if (value >= 1e9) out.push(`${trimDecimals(value / 1e9)} billion`);
      if (value >= 1e6) out.push(`${trimDecimals(value / 1e6)} million`);
      return out;
    }
  }
}

/** True when the quote contains the figure in one of its spellings, as a whole word (1023 does not match 10234, four not fourteen). */
export function quoteStates(quote: string, value: number, unit: Unit): boolean {
  const lower = quote.toLowerCase();
  return spellings(value, unit).some((spelling) => {
    const pattern = new RegExp(`(^|[^\\p{L}\\d.,])${escapeRegExp(spelling.toLowerCase())}(?![\\p{L}\\d]|[.,]\\d)`, 'u');
    return pattern.test(lower);
  });
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
