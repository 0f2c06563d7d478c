/**
 * Reading the list of 100 series: the latest published count, and the counts
 * that disagree with another page's. Two counts disagree when they are for
 * the same date and differ, or when one is lower than a count published for a
 * date certainly before it (the number returned never goes down). A "more
 * than" count is a lower bound and never contradicts a higher one.
 */
import { memoizedBy } from '../memo.js';
import { dateSpan } from './sources.js';
import type { List100Point } from './schema.js';

/** The highest count for the latest date: what "so far" is, as published. */
export function latestPoint(points: readonly List100Point[]): List100Point | undefined {
  const last = points[points.length - 1];
  if (!last) return undefined;
  const same = points.filter((p) => p.asOf === last.asOf);
  return same.reduce((a, b) => (b.returned > a.returned ? b : a));
}

export interface Disagreeing {
  point: List100Point;
  /** The earlier (or same-day) point it contradicts. */
  against: List100Point;
}

/**
 * Every point that a same-day or earlier point contradicts, with the one it
 * contradicts. Found once per series: a dataset's never changes, and /list100
 * and /chart ask on every answer.
 */
export const disagreements: (points: readonly List100Point[]) => readonly Disagreeing[] = memoizedBy(findDisagreements);

function findDisagreements(points: readonly List100Point[]): Disagreeing[] {
  const spans = points.map((p) => dateSpan(p.asOf));
  const exact = (q: List100Point) => q.qualifier !== 'more than';
  const out: Disagreeing[] = [];
  points.forEach((p, i) => {
    // A page of the same day first; else the latest earlier count it falls below.
    const sameDay = points.find((q, j) => j < i && exact(q) && q.asOf === p.asOf && q.returned !== p.returned);
    const earlier = points.filter((q, j) => exact(q) && spans[j]!.last < spans[i]!.first && q.returned > p.returned);
    const against = sameDay ?? earlier[earlier.length - 1];
    if (against) out.push({ point: p, against });
  });
  return out;
}

/** The years the series has points in, ascending. */
export function seriesYears(points: readonly List100Point[]): number[] {
  return [...new Set(points.map((p) => Number(p.asOf.slice(0, 4))))].sort((a, b) => a - b);
}
