/**
 * What the data says about a year beyond its own two figures: the change on
 * the year before, its rank among the years, the totals. Computed, never
 * stored, so an edit to one year's figure cannot leave a stale change behind.
 */
import type { YearRecord } from './schema.js';

export type Metric = 'returned' | 'recovered';

export interface Change {
  absolute: number;
  /** Undefined when the year before was zero. */
  percent: number | undefined;
}

export function change(current: number, previous: number): Change {
  return { absolute: current - previous, percent: previous === 0 ? undefined : ((current - previous) / previous) * 100 };
}

/**
 * Standard competition rank: 1 + the number of years with a strictly larger
 * figure. Any record with the two figures will do (the copy desk ranks later
 * years from other reports with the same arithmetic).
 */
export function rankOf<T extends Record<Metric, number>>(years: readonly T[], year: T, metric: Metric): number {
  return 1 + years.filter((y) => y[metric] > year[metric]).length;
}

export interface YearSummary {
  record: YearRecord;
  /** The calendar year before, when the data has it. */
  previous: YearRecord | undefined;
  returned: { change: Change | undefined; rank: number };
  recovered: { change: Change | undefined; rank: number };
  /** How many years are ranked. */
  of: number;
}

export function summarizeYear(years: readonly YearRecord[], record: YearRecord): YearSummary {
  const previous = years.find((y) => y.year === record.year - 1);
  return {
    record,
    previous,
    returned: { change: previous && change(record.returned, previous.returned), rank: rankOf(years, record, 'returned') },
    recovered: { change: previous && change(record.recovered, previous.recovered), rank: rankOf(years, record, 'recovered') },
    of: years.length,
  };
}

export function total(years: readonly YearRecord[], metric: Metric): number {
  return years.reduce((sum, y) => sum + y[metric], 0);
}

/** The years with the largest figure (more than one on a tie). */
export function recordYears(years: readonly YearRecord[], metric: Metric): YearRecord[] {
  const max = Math.max(...years.map((y) => y[metric]));
  return years.filter((y) => y[metric] === max);
}
