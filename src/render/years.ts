/**
 * The pieces of a reply about years that /year and /stats share: the line
 * that says how a figure moved, and the chart of every year.
 */
import type { Qualifier, YearRecord } from '../data/schema.js';
import type { Change, Metric } from '../data/yearStats.js';
import { spanOf } from '../data/superlatives.js';
import { barChart, codeBlock, sparkline } from './chart.js';
import type { FieldSpec } from './embed.js';
import { formats } from '../i18n/format/index.js';
import type { Lang } from '../i18n/lang.js';
import { labelsFor } from '../i18n/labels.js';

/** `2,041`, `5.42 bn`, `54.2亿`; a qualified figure rounded the way its qualifier allows (the caller writes the qualifier). */
export function formatMetricShort(metric: Metric, value: number, lang: Lang = 'en', qualifier?: Qualifier): string {
  return metric === 'returned' ? formats(lang).count(value) : formats(lang).yuanShort(value, qualifier);
}

/** `▲ +706 (+52.9%) on 2018`; `较2018年 ▲ +706（+52.9%）`. */
export function describeChange(metric: Metric, c: Change, previousYear: number, lang: Lang = 'en'): string {
  const f = formats(lang);
  const arrow = c.absolute > 0 ? '▲' : c.absolute < 0 ? '▼' : '＝';
  const absolute = metric === 'returned' ? f.signedCount(c.absolute) : f.signedYuan(c.absolute);
  return labelsFor(lang).changeOn(arrow, absolute, c.percent === undefined ? undefined : f.percent(c.percent), previousYear);
}

/** A bar chart of every year for one measure, with `◀` on the year asked about. */
export function yearChart(years: readonly YearRecord[], metric: Metric, marked?: number, lang: Lang = 'en'): string {
  return codeBlock(
    barChart(years.map((y) => ({ label: String(y.year), value: y[metric], shown: formatMetricShort(metric, y[metric], lang), marked: y.year === marked }))),
  );
}

export function yearChartField(years: readonly YearRecord[], metric: Metric, marked?: number, lang: Lang = 'en'): FieldSpec {
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  const label = labelsFor(lang).metric[metric];
  return { name: `${label}, ${first}–${last}`, value: yearChart(years, metric, marked, lang) };
}

export function yearSparkline(years: readonly YearRecord[], metric: Metric): string {
  return sparkline(years.map((y) => y[metric]));
}

/** `2015–2020`, or `2015–2017, 2019` when the data has gaps. */
export function yearsCovered(years: readonly YearRecord[]): string {
  return spanOf(years);
}
