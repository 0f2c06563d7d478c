/**
 * What the data says about a year beyond its own two figures: the change on
 * the year before, its standing among the years (src/data/superlatives.ts),
 * the totals. Computed, never stored, so an edit to one year's figure cannot
 * leave a stale change behind.
 */
import type { YearRecord } from './schema.js';
import { standingOf, type Metric, type Standing } from './superlatives.js';

export type { Metric } from './superlatives.js';

export interface Change {
  absolute: number;
  /** Undefined when the year before was zero. */
  percent: number | undefined;
}

export function change(current: number, previous: number): Change {
  return { absolute: current - previous, percent: previous === 0 ? undefined : ((current - previous) / previous) * 100 };
}

export interface YearSummary {
  record: YearRecord;
  /** The calendar year before, when the data has it. */
  previous: YearRecord | undefined;
  returned: { change: Change | undefined; standing: Standing };
  recovered: { change: Change | undefined; standing: Standing };
}

export function summarizeYear(years: readonly YearRecord[], record: YearRecord): YearSummary {
  const previous = years.find((y) => y.year === record.year - 1);
  return {
    record,
    previous,
    returned: { change: previous && change(record.returned, previous.returned), standing: standingOf(years, record, 'returned') },
    recovered: { change: previous && change(record.recovered, previous.recovered), standing: standingOf(years, record, 'recovered') },
  };
}

export function total(years: readonly YearRecord[], metric: Metric): number {
  return years.reduce((sum, y) => sum + y[metric], 0);
}
