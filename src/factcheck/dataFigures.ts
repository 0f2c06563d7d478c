/**
 * Every figure the data holds besides the yearly totals, as one list: the
 * report's details of a year (969 duty-crime fugitives in 2019), other
 * reports' details (307 party members in 2018), milestones' figures (441
 * brought back within four months of the 2018 announcement), and running
 * totals ("since 2014, by the end of 2024"). A figure in a draft that is not
 * a year's total can agree only with one of these.
 */
import type { Dataset } from '../dataset/dataset.js';
import { memoizedBy } from '../memo.js';
import type { Metric } from '../data/yearStats.js';
import { allYears, type YearTotals } from '../data/yearTotals.js';
import type { SourceList } from '../data/schema.js';
import { topicsOf } from './words.js';

export interface DataFigure {
  /** The year the figure belongs to (a milestone's year), when it belongs to one. */
  year: number | undefined;
  label: string;
  value: number;
  unit: 'people' | 'yuan' | 'percent';
  qualifier?: 'more than' | 'about';
  sources: SourceList;
  /** A running total: from (when the label says) to the end of a year. */
  running?: { from?: number; to: number };
  /** What the label is about (words.ts `topicsOf`), read once rather than at every figure a draft is matched with. */
  topics: ReadonlySet<string>;
}

/** `Returned since 2014, by the end of 2024` → from 2014 to 2024. */
function runningSpan(label: string): DataFigure['running'] {
  const to = /by the end of (\d{4})/i.exec(label);
  if (!to || !/\bsince\b/i.test(label)) return undefined;
  const from = /since (\d{4})/i.exec(label);
  return { to: Number(to[1]), ...(from ? { from: Number(from[1]) } : {}) };
}

function figure(
  year: number | undefined,
  f: { label: string; value: number; unit: DataFigure['unit']; qualifier?: DataFigure['qualifier'] },
  sources: SourceList,
): DataFigure {
  const running = runningSpan(f.label);
  return {
    year,
    label: f.label,
    value: f.value,
    unit: f.unit,
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    sources,
    ...(running ? { running } : {}),
    topics: topicsOf(f.label),
  };
}

/** Every figure the data gives besides the yearly totals, once per dataset. */
export const dataFigures: (data: Dataset) => DataFigure[] = memoizedBy(figuresOf);

function figuresOf(data: Dataset): DataFigure[] {
  return [
    ...data.years.flatMap((y) => [
      ...y.figures.map((f) => figure(y.year, f, ['report'])),
      ...y.outside.filter((f) => !f.metric).map((f) => figure(y.year, f, f.source)),
    ]),
    ...data.otherYears.flatMap((y) => y.figures.map((f) => figure(y.year, f, f.source))),
    ...data.milestones.flatMap((m) => {
      const year = Number(m.date.slice(0, 4));
      return [...m.figures.map((f) => figure(year, f, m.source)), ...m.outside.map((f) => figure(year, f, f.source))];
    }),
  ];
}

export function unitOfMetric(metric: Metric): 'people' | 'yuan' {
  return metric === 'returned' ? 'people' : 'yuan';
}

/** Other reports' figure for a year's own total (`metric` set), beside the report's. */
export function outsideTotals(data: Dataset, year: number, metric: Metric): { value: number; qualifier?: 'more than' | 'about'; source: SourceList }[] {
  const record = data.yearByNumber.get(year);
  if (!record) return [];
  return record.outside
    .filter((f) => f.metric === metric)
    .map((f) => ({ value: f.value, ...(f.qualifier ? { qualifier: f.qualifier } : {}), source: f.source }));
}

/**
 * Each year's totals (src/data/yearTotals.ts `totalsFor`), per dataset: built
 * once, then read by every figure, change and superlative of every draft
 * (built anew for each, they were a good part of a check's garbage). Shared
 * between drafts: read, never changed.
 */
const yearTotalsOf = memoizedBy((data: Dataset): { all: readonly YearTotals[]; byYear: ReadonlyMap<number, YearTotals> } => {
  const all = allYears(data);
  return { all, byYear: new Map(all.map((t) => [t.year, t])) };
});

/** A year's totals, the report's or another report's, as `totalsFor` gives them. */
export function totalsOfYear(data: Dataset, year: number): YearTotals | undefined {
  return yearTotalsOf(data).byYear.get(year);
}

/** Every year the data knows, ascending, as `allYears` gives them. */
export function everyYearTotals(data: Dataset): readonly YearTotals[] {
  return yearTotalsOf(data).all;
}
