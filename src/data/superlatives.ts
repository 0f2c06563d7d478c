/**
 * Every superlative a reply makes (highest, second-highest, a rank, "1st of 6
 * years") is computed here, over the report's own years, and carries the span
 * it was computed on. A reply words it with that span ("highest of
 * 2015–2020"), so a record can never be read as a record of all time while
 * later years from other reports (2021: more than 16.74 billion yuan) sit
 * beside it.
 */
import type { YearRecord } from './schema.js';

export type Metric = 'returned' | 'recovered';

/** `2015–2020`, or `2015–2017, 2019` when the years have gaps. */
export function spanOf(years: readonly { year: number }[]): string {
  const runs: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const { year } of years) {
    if (start === undefined || prev === undefined || year !== prev + 1) {
      if (start !== undefined && prev !== undefined) runs.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = year;
    }
    prev = year;
  }
  if (start !== undefined && prev !== undefined) runs.push(start === prev ? `${start}` : `${start}–${prev}`);
  return runs.join(', ');
}

/** Where a year stands on one measure among the years it was ranked with. */
export interface Standing {
  /** Standard competition rank: 1 + the number of years with a strictly larger figure. */
  rank: number;
  /** How many years were ranked. */
  of: number;
  /** Which years: `2015–2020`. */
  span: string;
}

/** Any record with a year and the two figures will do: the copy desk ranks later years from other reports with the same arithmetic. */
export function standingOf<T extends { year: number } & Record<Metric, number>>(years: readonly T[], record: T, metric: Metric): Standing {
  return { rank: 1 + years.filter((y) => y[metric] > record[metric]).length, of: years.length, span: spanOf(years) };
}

/** The years in order, largest figure first: the working behind a rank. */
export function rankedYears(years: readonly YearRecord[], metric: Metric): YearRecord[] {
  return [...years].sort((a, b) => b[metric] - a[metric]);
}

export interface Highest {
  /** The years with the largest figure (more than one on a tie). */
  years: YearRecord[];
  value: number;
  of: number;
  span: string;
}

export function highestOf(years: readonly YearRecord[], metric: Metric): Highest {
  const value = Math.max(...years.map((y) => y[metric]));
  return { years: years.filter((y) => y[metric] === value), value, of: years.length, span: spanOf(years) };
}
