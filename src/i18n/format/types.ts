/** What `formats(lang)` gives: every way a reply writes a number, an amount or a date. */
import type { Qualifier } from '../../data/schema.js';
import type { Standing } from '../../data/superlatives.js';

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
  /** `+52.9%`, `-30.4%`. */
  percent(p: number): string;
  /** A change: `+706`, `-1,200`. */
  signedCount(n: number): string;
  /** A change in money: `+1.879 billion yuan`, `+18.79亿元`. */
  signedYuan(n: number): string;
  date(d: string): string;
  dateShort(d: string): string;
  /** The part of a year a figure covers: `January–November 2023`, `2023年1月至11月`. */
  period(period: { from: string; to: string }): string;
  /** A rank with the years it is among: `1st of 6 years (2015–2020)`, `2015–2020年6年中第1`. */
  standing(s: Standing): string;
}
