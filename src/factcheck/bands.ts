/**
 * Whether a figure as written agrees with the data's figure, at the rounding
 * the writer chose.
 *
 * A written figure stands for a range: `5.42 billion` for 5.415–5.425
 * billion, `about 53%` for a little either side, `more than 2,000` for
 * anything above. The data's figure is a range too: one value, or everything
 * above a lower bound ("more than 16.74 billion"). Two ranges are drawn for
 * the written figure: a strict one (what it certainly allows) and a lenient
 * one (what it might allow, read generously: `2,000` may be a rounding). The
 * verdict:
 * - consistent when all the data allows lies in the strict range;
 * - contradicted when nothing the data allows lies in the lenient range;
 * - otherwise the data cannot tell (a rough figure, a bound).
 * So a figure that could be true is never called contradicted.
 */
import type { Hedge } from './numbers.js';
import type { Verdict } from './types.js';

export interface Interval {
  lo: number;
  hi: number;
  /** Open ends exclude the end itself: `more than 2,000` does not allow 2,000. */
  loOpen?: boolean;
  hiOpen?: boolean;
}

export interface Written {
  value: number;
  hedge?: Hedge;
  step: number;
  coarseStep: number;
}

/** How far "about" reaches, as a share of the figure: strict and lenient. */
const ABOUT = { strict: 0.05, lenient: 0.15 };
/** How far below its figure "nearly" reaches. */
const NEARLY = { strict: 0.1, lenient: 0.2, over: 0.01 };

function around(v: number, half: number): Interval {
  return { lo: v - half, hi: v + half };
}

export function writtenBands(w: Written): { strict: Interval; lenient: Interval } {
  const v = w.value;
  const size = Math.abs(v);
  const fine = w.step / 2;
  const coarse = w.coarseStep / 2;
  switch (w.hedge) {
    case undefined: {
      // `2,041` is exact; `2,000` may be exact or rounded to the hundred or thousand.
      const strict = coarse > fine ? Math.max(fine, Math.min(coarse, ABOUT.strict * size)) : fine;
      return { strict: around(v, strict), lenient: around(v, Math.max(fine, coarse)) };
    }
    case 'about':
      return {
        strict: around(v, Math.max(fine, Math.min(coarse, 2 * ABOUT.strict * size), ABOUT.strict * size)),
        lenient: around(v, Math.max(coarse, ABOUT.lenient * size)),
      };
    case 'nearly':
      // "Nearly 1,300" is below 1,300: a figure above it by more than a hair is wrong, however rough.
      return {
        strict: { lo: v - Math.max(fine, NEARLY.strict * size), hi: v + fine },
        lenient: { lo: v - Math.max(coarse, NEARLY.lenient * size), hi: v + Math.max(fine, NEARLY.over * size) },
      };
    case 'more than':
      return { strict: { lo: v, hi: Infinity, loOpen: true }, lenient: { lo: v - fine, hi: Infinity } };
    case 'at least':
      return { strict: { lo: v, hi: Infinity }, lenient: { lo: v - fine, hi: Infinity } };
    case 'less than':
      return { strict: { lo: -Infinity, hi: v, hiOpen: true }, lenient: { lo: -Infinity, hi: v + fine } };
    case 'at most':
      return { strict: { lo: -Infinity, hi: v }, lenient: { lo: -Infinity, hi: v + fine } };
  }
}

/**
 * What the data says, as two ranges: `point` is its figure as stored (what
 * /check computes with); `range` adds the figure's own rounding: money in the
 * reports is rounded to its last written digit (5.42 billion may be 5.424
 * billion), counts of people are exact. A draft figure agrees when the stored
 * figure lies in its strict range, and is contradicted only when nothing in
 * the data's range fits even its lenient range: a draft more precise than the
 * data ("54.24亿" against 5.42 billion) is not in the data, never wrong.
 */
export interface DataValue {
  point: Interval;
  range: Interval;
}

/** The place of the last non-zero digit of a whole number: 5420000000 → 10000000. */
export function lastDigitStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

export function dataValue(value: number, qualifier?: 'more than' | 'about', rounded = false): DataValue {
  const point = dataInterval(value, qualifier);
  if (qualifier || !rounded) return { point, range: point };
  return { point, range: around(value, lastDigitStep(value) / 2) };
}

/** What the data allows: one value, everything above a lower bound, or a little either side of "about". */
export function dataInterval(value: number, qualifier?: 'more than' | 'about'): Interval {
  if (qualifier === 'more than') return { lo: value, hi: Infinity, loOpen: true };
  if (qualifier === 'about') return around(value, ABOUT.strict * Math.abs(value));
  return { lo: value, hi: value };
}

/** Every value of `inner` lies in `outer`. */
function within(inner: Interval, outer: Interval): boolean {
  const loOk = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || Boolean(inner.loOpen)));
  const hiOk = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || Boolean(inner.hiOpen)));
  return loOk && hiOk;
}

/** Some value lies in both. */
function meets(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  return !openAt(a, lo, hi) && !openAt(b, lo, hi);
}

/** Whether the interval leaves out the one shared value, being open at it. */
function openAt(i: Interval, lo: number, hi: number): boolean {
  return (i.lo === lo && Boolean(i.loOpen)) || (i.hi === hi && Boolean(i.hiOpen));
}

export function compare(written: Written, data: DataValue | Interval): Verdict {
  const { point, range } = 'point' in data ? data : { point: data, range: data };
  const { strict, lenient } = writtenBands(written);
  if (within(point, strict)) return 'consistent';
  if (!meets(range, lenient)) return 'contradicted';
  return 'not-in-data';
}
