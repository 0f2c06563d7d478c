/**
 * Figures for fugitives returned and money recovered: which figures in a
 * sentence are such claims, and what the data says of each.
 *
 * The order of the questions is the point. A figure for a period (part of a
 * year, several years, a running total) is judged only against a figure for
 * that same period; a figure for a part of the whole (one operation, one kind
 * of fugitive, one case) only against a figure it equals; only then is a
 * figure set against the year's total. And before a figure is called wrong,
 * it is tried against everything else it could honestly be: a detail of the
 * same year, another year the sentence names.
 */
import type { Dataset } from '../dataset/dataset.js';
import type { Total } from '../data/yearTotals.js';
import { total, type Metric } from '../data/yearStats.js';
import { compare, dataValue, type DataValue, type Written } from './bands.js';
import { isSubset, periodFor, scopeText, yearAt, type ResolvedYear, type View } from './context.js';
import { dataFigures, outsideTotals, totalsOfYear, unitOfMetric, type DataFigure } from './dataFigures.js';
import type { NumberMention } from './numbers.js';
import type { PeriodMention } from './time.js';
import type { DataFact, Verdict } from './types.js';
import { MONEY_WORDS, ONE_CASE_WORDS, PEOPLE_WORDS, RETURN_WORDS, topicsOf } from './words.js';

export interface Judgement {
  verdict: Verdict;
  fact: DataFact;
  sources: string[];
  year: number | null;
}

export interface FigureClaim {
  mention: NumberMention;
  metric: Metric;
  dollars: boolean;
  written: Written;
  year: ResolvedYear | undefined;
  period: PeriodMention | undefined;
  subset: boolean;
  /** Other years the sentence names, for telling a misplaced year from a wrong figure. */
  sentenceYears: number[];
  /** What the words around the figure are about (words.ts `topicsOf`), for matching detail figures. */
  topics: Set<string>;
}

/** The smallest count read as a yearly total without a unit word ("2,041" alone, in a sentence about fugitives). */
const BARE_COUNT_MIN = 100;

const PART_BEFORE = /(?:\bincluding|\bof whom|\bamong them|\bof them|\bof those|\bwith)\s*$/i;
const PART_AFTER =
  /^\s*(?:of them|of whom|were|was|had been|have been|who|on interpol|on the list|of the 100|of the list|extradited|repatriated|deported|arrested|surrendered|detained|captured|voluntarily)\b/i;

function isPartCount(masked: string, n: NumberMention): boolean {
  return PART_BEFORE.test(masked.slice(Math.max(0, n.start - 20), n.start)) || PART_AFTER.test(masked.slice(n.end, n.end + 20));
}

/** Which figures of the sentence are claims about fugitives returned or money recovered. */
export function figureClaims(masked: string, view: View): FigureClaim[] {
  const sentence = masked.slice(view.sentence.start, view.sentence.end);
  const skyNet = view.years.some((y) => y.how === 'skynet');
  const out: FigureClaim[] = [];
  for (const n of view.figures) {
    let metric: Metric | undefined;
    if (n.unit === 'people' && (RETURN_WORDS.test(sentence) || skyNet)) metric = 'returned';
    else if ((n.unit === 'yuan' || n.unit === 'usd') && (MONEY_WORDS.test(sentence) || RETURN_WORDS.test(sentence) || skyNet)) metric = 'recovered';
    else if (
      n.unit === 'bare' &&
      n.value >= BARE_COUNT_MIN &&
      Number.isInteger(n.value) &&
      n.marked &&
      PEOPLE_WORDS.test(sentence) &&
      RETURN_WORDS.test(sentence)
    )
      metric = 'returned';
    // "including 22 who…", "17 were extradited", "16 of them": a small count of some of the people.
    const part = n.unit === 'bare' && Number.isInteger(n.value) && isPartCount(masked, n) && (RETURN_WORDS.test(sentence) || PEOPLE_WORDS.test(sentence));
    if (part) metric = 'returned';
    if (!metric) continue;
    const scope = scopeText(masked, view, n);
    // What one fugitive took is not what the campaign recovered.
    const oneCase = metric === 'recovered' && ONE_CASE_WORDS.test(scope);
    out.push({
      mention: n,
      metric,
      dollars: n.unit === 'usd',
      written: { value: n.value, ...(n.hedge ? { hedge: n.hedge } : {}), step: n.step, coarseStep: n.coarseStep },
      year: yearAt(view, n),
      period: periodFor(masked, view, n),
      subset: part || oneCase || isSubset(masked, view, n),
      sentenceYears: view.years.map((y) => y.year),
      topics: topicsOf(scope),
    });
  }
  return out;
}

/** The data's figure with its rounding: money is rounded to its last digit, people are counted exactly. */
function figureValue(value: number, qualifier: 'more than' | 'about' | undefined, unit: 'people' | 'yuan' | 'percent'): DataValue {
  return dataValue(value, qualifier, unit === 'yuan');
}

function none(reason: Extract<DataFact, { kind: 'none' }>['reason'], extra: { year?: number; metric?: Metric; detail?: DataFact } = {}): DataFact {
  return { kind: 'none', reason, ...extra };
}

function totalFact(metric: Metric, year: number, t: Total, period?: { from: string; to: string }): DataFact {
  return { kind: 'total', metric, year, value: t.value, ...(t.qualifier ? { qualifier: t.qualifier } : {}), ...(period ? { period } : {}) };
}

function figureFact(f: DataFigure): DataFact {
  return { kind: 'figure', year: f.year, label: f.label, value: f.value, unit: f.unit, ...(f.qualifier ? { qualifier: f.qualifier } : {}) };
}

function sharesATopic(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const topic of a) if (b.has(topic)) return true;
  return false;
}

/**
 * A detail figure of the data (of the year, when known) that the written
 * figure agrees with and that is about the same thing: a label and a draft
 * that share a topic (red notices, the list of 100, the discipline bodies…).
 * `anyTopic` drops that test: a figure that merely equals a detail of the year
 * is not called wrong.
 */
function matchingFigure(data: Dataset, c: FigureClaim, year: number | undefined, anyTopic = false): DataFigure | undefined {
  const unit = unitOfMetric(c.metric);
  return dataFigures(data).find((f) => {
    if (f.unit !== unit || (year !== undefined && f.year !== year)) return false;
    if (!anyTopic && !sharesATopic(f.topics, c.topics)) return false;
    return compare(c.written, figureValue(f.value, f.qualifier, f.unit)) === 'consistent';
  });
}

function judged(verdict: Verdict, fact: DataFact, sources: readonly string[], year: number | undefined): Judgement {
  return { verdict, fact, sources: [...sources], year: year ?? null };
}

/** The year's total (the report's, and other reports' figures for it), judged against the written figure. */
function againstTotal(data: Dataset, c: FigureClaim, year: number): Judgement {
  const t = totalsOfYear(data, year)!;
  const own = t[c.metric]!;
  const candidates = [{ value: own.value, qualifier: own.qualifier, source: own.source }, ...outsideTotals(data, year, c.metric)];
  const unit = unitOfMetric(c.metric);
  const verdicts = candidates.map((x) => compare(c.written, figureValue(x.value, x.qualifier, unit)));
  const agree = verdicts.indexOf('consistent');
  if (agree >= 0) {
    const x = candidates[agree]!;
    return judged(
      'consistent',
      totalFact(c.metric, year, { value: x.value, ...(x.qualifier ? { qualifier: x.qualifier } : {}), source: x.source }),
      x.source,
      year,
    );
  }
  const fact = totalFact(c.metric, year, own);
  if (verdicts.every((v) => v === 'contradicted')) {
    // Before calling it wrong: is it a detail of the same year, or another year's total that the sentence names?
    const detail = matchingFigure(data, c, year, true);
    if (detail) return judged('not-in-data', none('subset', { year, metric: c.metric, detail: figureFact(detail) }), detail.sources, year);
    const elsewhere = otherYearWithFigure(data, c, year);
    if (elsewhere !== undefined) return judged('not-in-data', none('ambiguous-year', { year, metric: c.metric, detail: fact }), own.source, year);
    return judged('contradicted', fact, own.source, year);
  }
  return judged('not-in-data', none(own.qualifier === 'more than' ? 'lower-bound' : 'rounding', { year, metric: c.metric, detail: fact }), own.source, year);
}

/** Another year whose total the written figure matches, when that year is named in the sentence or the year was only inferred. */
function otherYearWithFigure(data: Dataset, c: FigureClaim, year: number): number | undefined {
  const years = [...data.years.map((y) => y.year), ...data.otherYears.map((y) => y.year)].filter((y) => y !== year);
  return years.find((y) => {
    // Only a year merely carried over from an earlier sentence may be mistaken for any other.
    if (c.year?.from !== 'context' && !c.sentenceYears.includes(y)) return false;
    const t = totalsOfYear(data, y)?.[c.metric];
    return t !== null && t !== undefined && compare(c.written, figureValue(t.value, t.qualifier, unitOfMetric(c.metric))) === 'consistent';
  });
}

/**
 * Copy dates the campaign from 2014 (the fugitive office) or 2015 (the first
 * Sky Net): a running total "since 2015" is the data's "since 2014".
 */
function sameStart(written: number | undefined, data: number | undefined): boolean {
  return written === undefined || data === undefined || Math.abs(written - data) <= 1;
}

function judgePeriod(data: Dataset, c: FigureClaim, period: PeriodMention): Judgement {
  const year = c.year?.year;
  if (period.kind === 'range') {
    const span = data.years.filter((y) => y.year >= period.from && y.year <= period.to);
    if (span.length === period.to - period.from + 1) {
      const sum = total(span, c.metric);
      // Each year's rounding adds up: the sum's range is the sum of the years' ranges.
      const ranges = span.map((y) => figureValue(y[c.metric], undefined, unitOfMetric(c.metric)).range);
      const range = { lo: ranges.reduce((n, r) => n + r.lo, 0), hi: ranges.reduce((n, r) => n + r.hi, 0) };
      const verdict = compare(c.written, { point: { lo: sum, hi: sum }, range });
      const fact: DataFact = { kind: 'sum', metric: c.metric, from: period.from, to: period.to, value: sum };
      return judged(
        verdict === 'not-in-data' ? 'not-in-data' : verdict,
        verdict === 'not-in-data' ? none('rounding', { detail: fact }) : fact,
        ['report'],
        undefined,
      );
    }
    return judged('not-in-data', none('several-years', { metric: c.metric }), [], undefined);
  }
  if (period.kind === 'cumulative') {
    const to = period.to ?? year;
    const unit = unitOfMetric(c.metric);
    // "62 of the list of 100 are back": a detail of the running total is judged only against such a detail.
    if (c.subset) {
      const detail = to === undefined ? undefined : matchingFigure(data, c, to);
      if (detail) return judged('consistent', figureFact(detail), detail.sources, to);
      return judged('not-in-data', none('subset', { metric: c.metric }), [], undefined);
    }
    const running = dataFigures(data).find((f) => f.running && f.unit === unit && f.running.to === to && sameStart(period.from, f.running.from));
    if (running) {
      const verdict = compare(c.written, figureValue(running.value, running.qualifier, running.unit));
      if (verdict !== 'not-in-data') return judged(verdict, figureFact(running), running.sources, to);
      return judged('not-in-data', none(running.qualifier === 'more than' ? 'lower-bound' : 'rounding', { detail: figureFact(running) }), running.sources, to);
    }
    const detail = to === undefined ? undefined : matchingFigure(data, c, to);
    if (detail) return judged('consistent', figureFact(detail), detail.sources, to);
    return judged('not-in-data', none('several-years', { metric: c.metric }), [], undefined);
  }
  if (period.kind === 'months' && year !== undefined) {
    const t = totalsOfYear(data, year);
    const own = t?.[c.metric];
    const from = `${year}-${String(period.from).padStart(2, '0')}`;
    const to = `${year}-${String(period.to).padStart(2, '0')}`;
    if (t?.period && own && t.period.from === from && t.period.to === to) {
      const verdict = compare(c.written, figureValue(own.value, own.qualifier, unitOfMetric(c.metric)));
      const fact = totalFact(c.metric, year, own, t.period);
      if (verdict !== 'not-in-data') return judged(verdict, fact, own.source, year);
      return judged('not-in-data', none('rounding', { year, detail: fact }), own.source, year);
    }
  }
  const detail = matchingFigure(data, c, year);
  if (detail) return judged('consistent', figureFact(detail), detail.sources, year);
  return judged('not-in-data', none('period', { ...(year !== undefined ? { year } : {}), metric: c.metric }), [], year);
}

function judgeDollars(data: Dataset, c: FigureClaim, year: number): Judgement {
  const t = totalsOfYear(data, year);
  const own = t?.recovered;
  if (!t?.usd || !own || own.qualifier || t.period) return judged('not-in-data', none('currency', { year }), [], year);
  const dollars = own.value / t.usd.yuanPerDollar;
  const verdict = compare(c.written, dataValue(dollars));
  // A dollar figure depends on the rate used: it can agree, never contradict.
  if (verdict !== 'consistent') return judged('not-in-data', none('currency', { year, detail: totalFact('recovered', year, own) }), own.source, year);
  return judged(
    'consistent',
    { kind: 'usd', year, dollars, yuan: own.value, rate: t.usd.yuanPerDollar, rateLabel: t.usd.label },
    [...own.source, ...t.usd.source],
    year,
  );
}

export function judgeFigure(data: Dataset, c: FigureClaim): Judgement {
  if (c.period) return judgePeriod(data, c, c.period);
  const year = c.year?.year;
  if (year === undefined) {
    if (c.subset) {
      const detail = matchingFigure(data, c, undefined);
      if (detail) return judged('consistent', figureFact(detail), detail.sources, detail.year);
    }
    return judged('not-in-data', none('no-year', { metric: c.metric }), [], undefined);
  }
  if (c.dollars) return judgeDollars(data, c, year);
  const t = totalsOfYear(data, year);
  if (!t) return judged('not-in-data', none('no-year-in-data', { year, metric: c.metric }), [], year);
  const own = t[c.metric];
  if (c.subset) {
    const detail = matchingFigure(data, c, year);
    if (detail) return judged('consistent', figureFact(detail), detail.sources, year);
    if (own && !t.period && compare(c.written, figureValue(own.value, own.qualifier, unitOfMetric(c.metric))) === 'consistent')
      return judged('consistent', totalFact(c.metric, year, own), own.source, year);
    return judged('not-in-data', none('subset', { year, metric: c.metric }), [], year);
  }
  if (!own) return judged('not-in-data', none('no-figure', { year, metric: c.metric }), t.returned?.source ?? t.recovered?.source ?? [], year);
  if (t.period)
    return judged('not-in-data', none('partial-year', { year, metric: c.metric, detail: totalFact(c.metric, year, own, t.period) }), own.source, year);
  return againstTotal(data, c, year);
}
