/**
 * When a figure is for: years (`2019`, `Sky Net 2019`, `天网2019`, `2019年`,
 * `11 July 2018`), years relative to the story's date (`last year`, `去年`) or
 * to another year (`a year earlier`, `同比`), and periods that are not one
 * whole year: part of a year (`the first 11 months`, `January to October`,
 * `by mid-August`, `1至10月`, `上半年`), several years together (`from 2014
 * to 2016`, `2015-2020`) or a running total (`since the campaign began`,
 * `累计`). A figure for such a period is not the year's total.
 *
 * Numbers that are dates, days, ordinals or lengths of time are not figures:
 * they are taken out of the list here.
 */
import { firstMatch, nextMatch } from './matches.js';
import { NUMBER_WORDS, type NumberMention } from './numbers.js';
import { inside, overlaps, type Span } from './types.js';
import { BASE_BEFORE } from './words.js';

export type YearHow = 'year' | 'skynet' | 'date' | 'month';

export interface YearMention extends Span {
  year: number;
  how: YearHow;
  /** The base of a change ("on 2017", "比2017年"): the year of a figure only right before it ("较2018年的1335人"). */
  base?: boolean;
  /** When something else happened ("the office was set up in 2014"): a figure's year only if nothing closer is. */
  event?: boolean;
}

/** `last year` is counted back from the story's date; `a year earlier` from the year the sentence is about. */
export interface RelativeYear extends Span {
  offset: number;
  anchor: 'story' | 'context';
  /** "from a year earlier", "同比": the base of a change, not the year a figure is for. */
  base?: boolean;
}

export type PeriodMention = Span &
  (
    | { kind: 'months'; from: number; to: number; year?: number }
    | { kind: 'part' }
    | { kind: 'range'; from: number; to: number }
    | { kind: 'cumulative'; from?: number; to?: number }
  );

export interface TimeReading {
  years: YearMention[];
  relatives: RelativeYear[];
  periods: PeriodMention[];
  /** The numbers left once years, dates, ordinals and durations are taken out: the candidate figures. */
  figures: NumberMention[];
  /** The year of the story's dateline, when it has one: what `last year` counts back from. */
  storyYear: number | undefined;
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2035;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Months counted in words: "the first eleven months", "前十一个月". */
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  ...NUMBER_WORDS,
  ...Object.fromEntries(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((w, i) => [w, i + 1])),
  两: 2,
};

export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const DIGITS_ONLY = /^\d+$/;

function smallNumber(word: string): number | undefined {
  return DIGITS_ONLY.test(word) ? Number(word) : WORD_NUMBERS[word.toLowerCase()];
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
}

type PeriodBody =
  | { kind: 'months'; from: number; to: number }
  | { kind: 'part' }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'cumulative'; from?: number; to?: number };

interface Found {
  years?: { year: number; how: YearHow }[];
  period?: PeriodBody;
  relative?: { offset: number; anchor: RelativeYear['anchor'] };
}

interface Pattern {
  re: RegExp;
  read(m: RegExpMatchArray): Found | undefined;
}

const DATE_PATTERNS: Pattern[] = [
  { re: new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ years: [{ year: Number(m[2]), how: 'date' }] }) },
  { re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ years: [{ year: Number(m[2]), how: 'date' }] }) },
  { re: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g, read: (m) => ({ years: [{ year: Number(m[1]), how: 'date' }] }) },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*[日号]/g, read: (m) => ({ years: [{ year: Number(m[1]), how: 'date' }] }) },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?![至到\-—–~～])/g, read: (m) => ({ years: [{ year: Number(m[1]), how: 'month' }] }) },
  { re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ years: [{ year: Number(m[2]), how: 'month' }] }) },
  { re: /(?:\bSky\s?-?net(?:'s|’s)?|天网)\s*[-–—]?\s*["“”'‘’「『]?\s*(\d{4})(?!\d)/gi, read: (m) => ({ years: [{ year: Number(m[1]), how: 'skynet' }] }) },
];

/** Periods: each pattern names what it covers. Month names and numbers are read where they are given. */
const PERIOD_PATTERNS: Pattern[] = [
  // Several years together.
  {
    re: /\b(?:from|between)\s+(\d{4})\s+(?:to|and|through|until|till)\s+(?:the end of\s+)?(\d{4})\b/gi,
    read: (m) => ({ period: { kind: 'range', from: Number(m[1]), to: Number(m[2]) } }),
  },
  { re: /\b(\d{4})\s*(?:-|–|—|to|through)\s*(\d{4}|\d{2})\b(?!\s*[-/]\d)/g, read: (m) => range(m[1]!, m[2]!) },
  { re: /(?:从|自)?\s*(\d{4})\s*年?\s*(?:至|到|—|–|-|~|～)\s*(\d{4})\s*年/g, read: (m) => range(m[1]!, m[2]!) },
  { re: /\bsince\s+(\d{4})\b/gi, read: (m) => ({ period: { kind: 'cumulative', from: Number(m[1]) } }) },
  {
    re: /\b(?:in|over|during) the (?:past |last |first )?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years (?:to|through|until|ending(?: in)?|up to) (\d{4})\b/gi,
    read: (m) => {
      const n = smallNumber(m[1]!);
      const to = Number(m[2]);
      return n ? range(String(to - n + 1), String(to)) : { period: { kind: 'cumulative', to } };
    },
  },
  { re: /\bby (\d{4})\b/gi, read: (m) => ({ period: { kind: 'cumulative', to: Number(m[1]) } }) },
  {
    re: /\b(?:in|over) (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years\b|(?:\d+|[二两三四五六七八九十]+)年间/gi,
    read: () => ({ period: { kind: 'cumulative' } }),
  },
  {
    re: /\bsince (?:the )?(?:establishment|founding|creation|launch|start|beginning|setting up|set-up) of [^,.;]{0,60}?\bin (\d{4})\b|\bsince [^,.;]{0,60}?\b(?:began|was set up|was established|was founded|was launched|started) in (\d{4})\b/gi,
    read: (m) => ({ period: { kind: 'cumulative', from: Number(m[1] ?? m[2]) } }),
  },
  { re: /(\d{4})\s*年?以来/g, read: (m) => ({ period: { kind: 'cumulative', from: Number(m[1]) } }) },
  {
    re: /\bby the end of\s+(\d{4})\b|截至\s*(\d{4})\s*年底|截至\s*(\d{4})\s*年末/gi,
    read: (m) => ({ period: { kind: 'cumulative', to: Number(m[1] ?? m[2] ?? m[3]) } }),
  },
  {
    re: /\bsince (?:the (?:campaign|operation|drive|crackdown|programme|program|effort|hunt)|sky ?net|its|it|the start|the launch|then)(?:\s+(?:of\s+)?[\w ]{0,30}?(?:began|begun|started|was launched|launched|launch|start|inception))?(?:\s+in\s+\d{4})?|\b(?:so far(?! this year)|to date|in total since|cumulative(?:ly)?|altogether|all told|over the (?:past|last) (?:\w+ )?years|in the (?:past|last) (?:\w+ )?years|over (?:the )?(?:\w+|\d+) years of)\b/gi,
    read: () => ({ period: { kind: 'cumulative' } }),
  },
  { re: /累计|迄今|至今|以来|(?:\d+|[一二三四五六七八九十]+)年来|总计|合计/g, read: () => ({ period: { kind: 'cumulative' } }) },
  // Part of a year.
  {
    re: /\b(?:in |during |over )?the first (one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months\b/gi,
    read: (m) => months(1, smallNumber(m[1]!)),
  },
  { re: /\bthe first half\b|上半年/gi, read: () => months(1, 6) },
  { re: /\bthe first (?:three quarters|nine months)\b|前三季度/gi, read: () => months(1, 9) },
  { re: /\bthe first quarter\b|第一季度|一季度/gi, read: () => months(1, 3) },
  {
    re: new RegExp(`\\b(?:from |between )?${MONTH}\\s*(?:to|through|till|until|and|-|–)\\s*(?:the end of\\s+)?${MONTH}\\b`, 'gi'),
    read: (m) => months(monthNumber(m[1]!), monthNumber(m[2]!)),
  },
  { re: new RegExp(`\\b(?:by|as of|as at|through|until|up to|to) (?:the end of |end-)${MONTH}\\b`, 'gi'), read: (m) => months(1, monthNumber(m[1]!)) },
  { re: new RegExp(`\\b(?:by|as of|as at) (?:mid-|early |late |mid )?${MONTH}\\b`, 'gi'), read: () => ({ period: { kind: 'part' } }) },
  {
    re: /\b(?:so far this year|this year so far|year[- ]to[- ]date|in the (?:past|last) (?:\w+ )?months|within (?:\w+ )?months|(?:in|during) the (?:second|third|fourth|last) quarter|the second half|in (?:January|February|March|April|May|June|July|August|September|October|November|December) alone)\b/gi,
    read: () => ({ period: { kind: 'part' } }),
  },
  { re: /(\d{1,2})\s*(?:月)?\s*(?:至|到|—|–|-|~|～)\s*(\d{1,2})\s*月/g, read: (m) => months(Number(m[1]), Number(m[2])) },
  { re: /前\s*(\d{1,2}|[一二三四五六七八九十]+)\s*个月/g, read: (m) => months(1, smallNumber(m[1]!)) },
  { re: /截至\s*(\d{1,2})\s*月\s*(?:底|末)/g, read: (m) => months(1, Number(m[1])) },
  { re: /截至\s*\d{1,2}\s*月|下半年|今年以来|第[二三四]季度|[二三四]季度|\d{1,2}\s*个月内/g, read: () => ({ period: { kind: 'part' } }) },
];

const RELATIVE_PATTERNS: Pattern[] = [
  { re: /\bthe year before last\b|前年/gi, read: () => ({ relative: { offset: -2, anchor: 'story' } }) },
  { re: /\blast year\b|\ba year ago\b|去年/gi, read: () => ({ relative: { offset: -1, anchor: 'story' } }) },
  { re: /\bthis year\b|今年/gi, read: () => ({ relative: { offset: 0, anchor: 'story' } }) },
  { re: /\bnext year\b|明年/gi, read: () => ({ relative: { offset: 1, anchor: 'story' } }) },
  {
    re: /\b(?:a year (?:earlier|before)|the (?:previous|prior|preceding) year|the year before|year[- ]on[- ]year|from a year earlier)\b|上一年|上年|前一年|同比/gi,
    read: () => ({ relative: { offset: -1, anchor: 'context' } }),
  },
];

/** Dates, then periods, then relative years: the order in which a span is claimed. */
const TIME_PATTERNS: readonly Pattern[] = [...DATE_PATTERNS, ...PERIOD_PATTERNS, ...RELATIVE_PATTERNS];

function months(from: number, to: number | undefined): Found {
  if (!to || from < 1 || to > 12 || from > to) return { period: { kind: 'part' } };
  return { period: { kind: 'months', from, to } };
}

/** `2015-2020`, `2015-19`, `2015至2020年`: both must be years, the second after the first. */
function range(a: string, b: string): Found | undefined {
  const from = Number(a);
  const to = b.length === 2 ? Math.floor(from / 100) * 100 + Number(b) : Number(b);
  if (!isYear(from) || !isYear(to) || to <= from) return undefined;
  return { period: { kind: 'range', from, to }, years: [] };
}

const YEAR_PREPOSITION = /\b(?:in|during|since|for|of|by|until|through|before|after|year)\s+$/i;

/** A month name right before a number (`July 11`), or right after it (`11 July`, `11th July`): a day, not a figure. */
const MONTH_BEFORE = new RegExp(`${MONTH}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+${MONTH}`, 'i');

/** Words around a number that make it a day, a rank, a time, a length of time or a count of things. */
const LIST_NUMBER_BEFORE = /(?:\bNo\.?|\bnumber|#|第|\blist of|\bthe top|\btop|百名)\s*$/i;
const MOST_WANTED_AFTER = /^\s*(?:most[- ]wanted)\b/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const COLON_BEFORE = /[:：]$/;
const CLOCK_AFTER = /^[:：]\d/;
const DATE_UNIT_AFTER = /^\s*(?:月|日|号|时|点|分)/;
const DURATION_AFTER = /^\s*(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|year-old|年(?!度|[0-9])|个月|天|周|小时|岁)/i;
const THINGS_AFTER = /^\s*(?:多|余)?\s*(?:个|家|起|件|次|项|countries|nations|jurisdictions|regions|cases|banks|times|operations|provinces|cities|delegates)/i;

/** Numbers that are not figures: days, ordinals, list numbers, clock times; for bare numbers also lengths of time and counts of things. */
function isNotAFigure(text: string, n: NumberMention): boolean {
  if (n.unit === 'yuan' || n.unit === 'usd' || n.unit === 'percent' || n.unit === 'times') return false;
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 16);
  if (MONTH_BEFORE.test(before)) return true;
  if (LIST_NUMBER_BEFORE.test(before)) return true;
  if (MOST_WANTED_AFTER.test(after)) return true;
  if (ORDINAL_AFTER.test(after)) return true;
  if (COLON_BEFORE.test(before) || CLOCK_AFTER.test(after)) return true;
  if (n.unit !== 'bare') return false;
  if (MONTH_AFTER.test(after)) return true;
  if (DATE_UNIT_AFTER.test(after)) return true;
  if (DURATION_AFTER.test(after)) return true;
  // Counts of things, not of people: 70 countries, 120多个国家和地区, 3 cases.
  if (THINGS_AFTER.test(after)) return true;
  return n.digits.length > 12;
}

const FOUR_DIGITS = /^\d{4}$/;
const EVENT_BEFORE = /(?:set up|established|founded|launched|began|started|created|introduced|adopted) in\s*$/i;
const YEAR_ON_YEAR = /year[- ]on[- ]year|同比|^from/i;

function inTaken(taken: readonly Span[], n: NumberMention): boolean {
  return taken.some((s) => inside(n, s));
}

/** Inside a date or a `Sky Net 2019` that names this number as its year. */
function inYearMention(years: readonly YearMention[], n: NumberMention): boolean {
  return years.some((y) => y.how !== 'year' && inside(n, y) && n.value === y.year);
}

/** The 20 characters before a mention, for the words that make a year a base or an event. */
function textBefore(text: string, s: Span): string {
  return text.slice(Math.max(0, s.start - 20), s.start);
}

/** Every mention of time, and the numbers that remain figures. */
export function readTime(text: string, numbers: readonly NumberMention[]): TimeReading {
  const years: YearMention[] = [];
  const periods: PeriodMention[] = [];
  const relatives: RelativeYear[] = [];
  /** Spans whose numbers are dates or years, not figures. */
  const taken: Span[] = [];
  for (const { re, read } of TIME_PATTERNS) {
    for (let m = firstMatch(re, text); m !== null; m = nextMatch(re, text, m)) {
      const found = read(m);
      if (!found) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.years) {
        // One date, one mention: "11 July 2018" is not also "July 2018".
        for (const y of found.years) if (isYear(y.year) && !years.some((o) => overlaps(o, span))) years.push({ ...span, ...y });
        taken.push(span);
      }
      if (found.period) {
        periods.push({ ...span, ...found.period });
        // The numbers of a period are its years and months, not figures.
        taken.push(span);
      }
      if (found.relative) relatives.push({ ...span, ...found.relative });
    }
  }
  const figures: NumberMention[] = [];
  for (const n of numbers) {
    if (inYearMention(years, n)) continue;
    // "In 2019 fugitives…": after a preposition of time, a year, whatever follows.
    const yearAfterPreposition =
      n.digits.length === 4 &&
      !n.text.includes(',') &&
      n.unit === 'people' &&
      isYear(n.value) &&
      YEAR_PREPOSITION.test(text.slice(Math.max(0, n.start - 10), n.start));
    if ((!n.marked || yearAfterPreposition) && n.digits.length === 4 && isYear(n.value) && !inTaken(taken, n)) {
      if (!years.some((y) => y.start <= n.start && y.end >= n.end)) years.push({ start: n.start, end: n.end, year: n.value, how: 'year' });
      continue;
    }
    if (inTaken(taken, n) && !n.marked) continue;
    if (n.unit === 'bare' && !n.marked && FOUR_DIGITS.test(n.digits) && isYear(n.value)) continue;
    if (isNotAFigure(text, n)) continue;
    figures.push(n);
  }
  for (const y of years) {
    if (BASE_BEFORE.test(textBefore(text, y))) y.base = true;
    if (EVENT_BEFORE.test(textBefore(text, y))) y.event = true;
  }
  for (const r of relatives) if (BASE_BEFORE.test(textBefore(text, r)) || YEAR_ON_YEAR.test(text.slice(r.start, r.end))) r.base = true;
  years.sort((a, b) => a.start - b.start);
  periods.sort((a, b) => a.start - b.start);
  relatives.sort((a, b) => a.start - b.start);
  return { years, relatives, periods, figures, storyYear: datelineYear(text) };
}

/** `BEIJING, Jan. 12, 2020`: a place in capitals, then the date. */
const DATELINE_EN = new RegExp(`^(?:[\\p{Lu}][\\p{Lu} .,'-]*,\\s*)?${MONTH}\\s+\\d{1,2},?\\s+(\\d{4})`, 'u');

const DATELINE_ZH = /^[^。]{0,20}?(\d{4})年\d{1,2}月\d{1,2}日(?:电|讯)?/;

/** A dateline: a full date in the draft's first short line (`BEIJING, Jan. 12, 2020 —`, `2020年1月12日`). */
function datelineYear(text: string): number | undefined {
  const trimmed = text.trimStart();
  const lineEnd = trimmed.indexOf('\n');
  const head = trimmed.slice(0, Math.min(lineEnd < 0 ? trimmed.length : lineEnd, 120));
  const en = DATELINE_EN.exec(head);
  const zh = DATELINE_ZH.exec(head);
  const year = Number(en?.[2] ?? zh?.[1]);
  return isYear(year) ? year : undefined;
}
