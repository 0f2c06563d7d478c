/**
 * Figures as copy writes them, in English and Chinese: `2,041`, `2041人`,
 * `1335名`, `5.42 billion yuan`, `5.42bn`, `RMB 5.42 billion`, `5,420 million
 * yuan`, `54.2亿元`, `1.4万余人`, `261%`, `2.6倍`, with the hedge in front or
 * behind (`more than`, `about`, `nearly`, `超过`, `约`, `余`, `左右`).
 *
 * Each figure keeps the precision it is written with, because a figure is
 * checked at its own rounding: `5.4 billion` agrees with 5.42 billion, `5.5
 * billion` does not.
 */
import { firstMatch, nextMatch } from './matches.js';
import type { Span } from './types.js';

export type NumberUnit = 'people' | 'yuan' | 'usd' | 'percent' | 'times' | 'bare';
export type Hedge = 'more than' | 'at least' | 'about' | 'nearly' | 'less than' | 'at most';

export interface NumberMention extends Span {
  text: string;
  /** In people, yuan, dollars or percentage points. */
  value: number;
  unit: NumberUnit;
  hedge?: Hedge;
  /** One step of the last digit written, in the value's units: 0.01e9 for `5.42 billion`, 1 for `2,041`. */
  step: number;
  /** One step of the last non-zero digit: larger than `step` when the figure ends in zeros (`2,000`, `30亿`), which may be rounding. */
  coarseStep: number;
  /** Written with a comma, a decimal point, a scale word or a unit: never a year. */
  marked: boolean;
  /** The integer as written, without commas, for telling years from figures. */
  digits: string;
}

const SCALE: Record<string, number> = {
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
};

const FIGURE = new RegExp(
  [
    '(?<![A-Za-z0-9_.,$¥￥])',
    '(?<cur>(?:RMB|CNY|Rmb|rmb|US\\$|USD|HK\\$|\\$|¥|￥|人民币)\\s?)?',
    '(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)',
    '(?<plus>-plus|-odd|\\+|余|多)?',
    '(?:\\s?(?<scale>billion|bn|million|mn|mln|thousand|b|m|k)(?![A-Za-z])|(?<zscale>亿|万|千))?',
    '(?<plus2>余|多)?',
    '(?<unit>\\s?(?:yuan|renminbi|RMB|CNY|dollars|US dollars|U\\.S\\. dollars|USD|percent|per cent)(?![A-Za-z])|%|％|个百分点|元人民币|元|美元|倍|人|名)?',
  ].join(''),
  'gu',
);

/** A hedge right before the figure: English words as whole words, Chinese as written. */
function hedgePattern(english: string, chinese: string): RegExp {
  return new RegExp(`(?:(?<![A-Za-z])(?:${english})|${chinese})\\s*$`, 'i');
}

const HEDGE_BEFORE: [RegExp, Hedge][] = [
  // First, so that "no more than" and 不超过 are not read as "more than".
  [hedgePattern('no more than|not more than|at most|up to', '至多|最多|不超过'), 'at most'],
  [
    hedgePattern('more than|over|above|exceeding|exceeded|in excess of|upwards of|just over|topped|topping|surpassed|surpassing', '超过|逾|超|多于|突破'),
    'more than',
  ],
  [hedgePattern('at least|no fewer than|no less than|not less than', '至少|不少于|不低于'), 'at least'],
  [hedgePattern('about|around|approximately|approx\\.|roughly|some|an estimated|estimated', '约|大约|大概'), 'about'],
  [hedgePattern('nearly|almost|close to|just under', '将近|接近|逼近|近'), 'nearly'],
  [hedgePattern('less than|fewer than|under|below', '不到|不足|少于'), 'less than'],
];

/** A count of people: the noun right after the figure, or after up to three describing words ("307 Communist Party members", "16 red-notice suspects"). */
const PEOPLE_AFTER =
  /^\s*(?:(?!(?:years?|months?|days?|billion|million|yuan|percent|were|was|are|is|had|have|has|been|of|the|and|or|to|in|on|for|from|with|by|as|at|who|which|that)\b)[\w'’-]*[A-Za-z][\w'’-]*\s+){0,3}?(?:fugitives?|people|persons?|suspects?|escapees?|individuals?|officials?|members|runaways?|returnees|defectors|escaped persons)\b/i;

function hedgeBefore(text: string, start: number): Hedge | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [pattern, hedge] of HEDGE_BEFORE) if (pattern.test(before)) return hedge;
  return undefined;
}

function unitOf(cur: string | undefined, unit: string | undefined, scaled: boolean, after: string): NumberUnit {
  const c = (cur ?? '').trim();
  const u = (unit ?? '').trim().toLowerCase();
  if (c === '$' || c === 'US$' || c === 'USD' || c === 'HK$' || u === 'dollars' || u === 'us dollars' || u === 'u.s. dollars' || u === 'usd' || u === '美元')
    return 'usd';
  if (c || u === 'yuan' || u === 'renminbi' || u === 'rmb' || u === 'cny' || u === '元' || u === '元人民币') return 'yuan';
  if (u === '%' || u === '％' || u === 'percent' || u === 'per cent' || u === '个百分点') return 'percent';
  if (u === '倍') return 'times';
  if (u === '人' || u === '名') return 'people';
  if (PEOPLE_AFTER.test(after)) return 'people';
  // `5.42bn`, `54.2亿` with no currency: money, which the sentence confirms or not (see totals.ts).
  return scaled ? 'yuan' : 'bare';
}

/** Small counts written as words ("including five on the list of 100"); "one" is left out: it is rarely a count. */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');

function wordNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let m = firstMatch(NUMBER_WORD, text); m !== null; m = nextMatch(NUMBER_WORD, text, m)) {
    const value = NUMBER_WORDS[m[0].toLowerCase()]!;
    const end = m.index + m[0].length;
    const unit = PEOPLE_AFTER.test(text.slice(end, end + 40)) ? 'people' : 'bare';
    const hedge = hedgeBefore(text, m.index);
    out.push({
      start: m.index,
      end,
      text: m[0],
      value,
      unit,
      ...(hedge ? { hedge } : {}),
      step: 1,
      coarseStep: 1,
      marked: unit !== 'bare',
      digits: String(value),
    });
  }
  return out;
}

const COMMAS = /,/g;
/** `2000人以上`, `2000人左右`: a hedge after the figure. */
const MORE_AFTER = /^\s*以上/;
const ABOUT_AFTER = /^\s*左右/;
const TRAILING_SPACE = /\s+$/;

/** How many zeros a whole number ends with: `2000` → 3. */
function trailingZeros(digits: string): number {
  let n = 0;
  while (n < digits.length && digits[digits.length - 1 - n] === '0') n++;
  return n;
}

/** Every figure in the (masked) text, in order. Years are figures too here; `years.ts` tells them apart. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let m = firstMatch(FIGURE, text); m !== null; m = nextMatch(FIGURE, text, m)) {
    const g = m.groups!;
    const num = g.num!;
    // At most one decimal point: `5.42` → 5 and 42, `2,041` → 2041 and nothing.
    const plain = num.includes(',') ? num.replace(COMMAS, '') : num;
    const point = plain.indexOf('.');
    const intPart = point < 0 ? plain : plain.slice(0, point);
    const decPart = point < 0 ? '' : plain.slice(point + 1);
    const scaleWord = g.scale?.toLowerCase() ?? g.zscale;
    const scale = scaleWord ? SCALE[scaleWord]! : 1;
    const value = Number(plain) * scale;
    const step = 10 ** -decPart.length * scale;
    const zeros = decPart ? 0 : trailingZeros(intPart);
    const coarseStep = intPart === '0' ? step : step * 10 ** Math.min(zeros, intPart.length - 1);
    const end = m.index + m[0].length;
    const unit = unitOf(g.cur, g.unit, Boolean(scaleWord), text.slice(end, end + 40));
    let hedge = hedgeBefore(text, m.index);
    if (g.plus || g.plus2 || MORE_AFTER.test(text.slice(end))) hedge = 'more than';
    if (ABOUT_AFTER.test(text.slice(end))) hedge = 'about';
    // Trailing spaces matched before a missing unit are not part of the figure.
    const raw = m[0].replace(TRAILING_SPACE, '');
    out.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      value,
      unit,
      ...(hedge ? { hedge } : {}),
      step,
      coarseStep,
      marked: num.includes(',') || decPart !== '' || Boolean(scaleWord) || unit !== 'bare' || Boolean(g.plus || g.plus2),
      digits: intPart,
    });
  }
  // Figures come in order; counts in words (rare) are merged in.
  const words = wordNumbers(text);
  return words.length === 0 ? out : [...out, ...words].sort((a, b) => a.start - b.start);
}
