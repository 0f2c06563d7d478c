/**
 * Rises and falls: "up 261%", "rose by about 53%", "fell 30%", "more than
 * tripled", "同比增长52.9%", "增长2.6倍", checked with the arithmetic /check
 * uses (src/data/yearStats.ts `change`, src/data/claims.ts
 * `evaluateClaim` for the working shown), at the rounding the draft states.
 */
import { evaluateClaim } from '../data/claims.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Claim } from '../data/schema.js';
import { change, type Metric } from '../data/yearStats.js';
import { formats } from '../i18n/format/index.js';
import { compare, dataValue, type DataValue, type Written } from './bands.js';
import { clauseAt, textBetween, yearAt, type ResolvedYear, type View } from './context.js';
import { totalsOfYear } from './dataFigures.js';
import { firstMatch, nextMatch } from './matches.js';
import { metricAt } from './metric.js';
import type { Hedge, NumberMention } from './numbers.js';
import type { Judgement } from './totals.js';
import { inside, type DataFact, type Span, type Verdict } from './types.js';
import { CORE_TOPIC, FALL_WORDS, RISE_WORDS } from './words.js';

export interface ChangeClaim extends Span {
  metric: Metric | undefined;
  /** Readings of the written change, in percent (signed): 倍 has two, everything else one. */
  readings: Written[];
  year: ResolvedYear | undefined;
  base: number | undefined;
  /** The year mentions this change used, so that the next change in the sentence does not take its base for its year. */
  spans: Span[];
}

const MULTIPLES: [RegExp, number][] = [
  [/\b(more than |nearly |almost |roughly |about |over |some )?(doubled|double)\b|翻了?一番/gi, 2],
  [/\b(more than |nearly |almost |roughly |about |over |some )?(tripled|trebled|triple)\b/gi, 3],
  [/\b(more than |nearly |almost |roughly |about |over |some )?(quadrupled|quadruple)\b|翻了?两番/gi, 4],
];

/** "fell by about a quarter", "rose by half", "减少一半": a share of the year before. */
const FRACTIONS =
  /\b(?:by\s+)?(more than |nearly |almost |roughly |about |over |some |around )?(a quarter|one quarter|a third|one third|half|two[- ]thirds|three[- ]quarters)\b|(近|约|超过)?(一半|三分之一|四分之一|三分之二|[一两二三四五六七八九]成)/gi;
const FRACTION_VALUE: Record<string, number> = {
  'a quarter': 25,
  'one quarter': 25,
  'a third': 100 / 3,
  'one third': 100 / 3,
  half: 50,
  'two-thirds': 200 / 3,
  'two thirds': 200 / 3,
  'three-quarters': 75,
  'three quarters': 75,
  一半: 50,
  三分之一: 100 / 3,
  四分之一: 25,
  三分之二: 200 / 3,
  一成: 10,
  两成: 20,
  二成: 20,
  三成: 30,
  四成: 40,
  五成: 50,
  六成: 60,
  七成: 70,
  八成: 80,
  九成: 90,
};
const HEDGE_ZH: Record<string, Hedge> = { 近: 'nearly', 约: 'about', 超过: 'more than' };

const HEDGE_WORD: Record<string, Hedge> = {
  'more than': 'more than',
  over: 'more than',
  nearly: 'nearly',
  almost: 'nearly',
  roughly: 'about',
  about: 'about',
  some: 'about',
  around: 'about',
};

/** The rise and fall words as global patterns, for the last of them before a figure. */
const EVERY_RISE = new RegExp(RISE_WORDS.source, `${RISE_WORDS.flags.replace('g', '')}g`);
const EVERY_FALL = new RegExp(FALL_WORDS.source, `${FALL_WORDS.flags.replace('g', '')}g`);

/** How far from the end of `s` the last match of `every` (global) ends; Infinity for none. */
function distanceFromLast(every: RegExp, s: string): number {
  let at = -1;
  for (let m = firstMatch(every, s); m !== null; m = nextMatch(every, s, m)) {
    at = m.index + m[0].length;
  }
  return at < 0 ? Infinity : s.length - at;
}

function distanceToFirst(re: RegExp, s: string): number {
  return re.exec(s)?.index ?? Infinity;
}

/** The nearest rise or fall word to the figure within its clause: +1, -1, or 0 for neither. */
function direction(before: string, after: string): number {
  const rise = Math.min(distanceFromLast(EVERY_RISE, before), distanceToFirst(RISE_WORDS, after));
  const fall = Math.min(distanceFromLast(EVERY_FALL, before), distanceToFirst(FALL_WORDS, after));
  if (rise === Infinity && fall === Infinity) return 0;
  return rise <= fall ? 1 : -1;
}

const MULTIPLE_BASE_WORDS = /\b(?:over|from|on|compared|than|versus|vs|against|relative to|of)\b|比|较|与|和|同/i;
const BASE_WORDS = /\b(?:over|from|on|compared|than|versus|vs|against|relative to)\b|比|较|与|和|同/i;

const BASE_WORD_BEFORE = /(?:比|较|与|和|同|from|over|compared with)\s*$/i;

/** The year a change is measured from, when the draft names it: "over 2017", "比2017年", "year on year". */
function baseOf(masked: string, view: View, target: Span, multiple = false): { span: Span; year?: number; relative?: boolean } | undefined {
  const clause = clauseAt(view, target.start);
  // "double the 1,023 of 2015": what follows a multiple is what it multiplies.
  const words = multiple ? MULTIPLE_BASE_WORDS : BASE_WORDS;
  const after = view.years.find((y) => y.start >= target.end && y.start < clause.end + 30 && words.test(textBetween(masked, target.end, y.start)));
  if (after) return { span: after, year: after.year };
  const before = view.years
    .filter((y) => y.end <= target.start && y.start >= clause.start && BASE_WORD_BEFORE.test(textBetween(masked, clause.start, y.start)))
    .at(-1);
  if (before) return { span: before, year: before.year };
  const relative = view.relatives.find((r) => r.anchor === 'context' && r.start >= clause.start && r.end <= clause.end + 30);
  if (relative) return { span: relative, relative: true };
  return undefined;
}

const PERCENTAGE_POINTS = /个百分点|percentage points?/;
const PERCENTAGE_POINTS_AFTER = /^\s*percentage points?/i;
/** `30% of the fugitives`, `占…的30%`: a share, not a change. */
const SHARE_AFTER = /^\s*(?:of|的)\b/i;
const SHARE_BEFORE = /占[^，。]*$/;

/** A written change in percent, signed, at the precision of its figure (a multiple's in hundreds). */
function writtenChange(n: NumberMention, sign: number, value: number): Written {
  return {
    value: sign * value,
    ...(n.hedge ? { hedge: n.hedge } : {}),
    step: n.step * 100 ** (n.unit === 'times' ? 1 : 0),
    coarseStep: n.coarseStep * 100 ** (n.unit === 'times' ? 1 : 0),
  };
}

/** Adds a change claim for `span`, with its year and base; changes without a year of their own clause share the one before. */
function addChange(out: ChangeClaim[], masked: string, view: View, span: Span, readings: Written[], multiple = false): void {
  const base = baseOf(masked, view, span, multiple);
  const used = [...(base ? [base.span] : []), ...out.flatMap((o) => o.spans)];
  let year = yearAt(view, span, used);
  let baseYear = base?.year ?? (year ? year.year - 1 : undefined);
  // "…rose 53% in 2019 from 2018, while recoveries climbed 35%": a change with no year of its own clause shares the one before.
  const clause = clauseAt(view, span.start);
  const own = view.years.some((y) => inside(y, clause)) || view.relatives.some((r) => inside(r, clause));
  const previous = out.at(-1);
  if (!own && !base && previous) {
    year = previous.year;
    baseYear = previous.base;
  }
  const metric = metricAt(masked, view, span);
  // A change that names neither people nor money is the campaign's only when the sentence says so ("exports rose 5%" is not).
  if (!metric && !CORE_TOPIC.test(textBetween(masked, view.sentence.start, view.sentence.end))) return;
  out.push({ ...span, metric, readings, year, base: baseYear, spans: [...(base ? [base.span] : []), ...(year?.span ? [year.span] : [])] });
}

export function changeClaims(masked: string, view: View): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  for (const n of view.figures) {
    if (n.unit !== 'percent' && n.unit !== 'times') continue;
    if (PERCENTAGE_POINTS.test(n.text) || PERCENTAGE_POINTS_AFTER.test(masked.slice(n.end, n.end + 20))) continue;
    const clause = clauseAt(view, n.start);
    const before = textBetween(masked, Math.max(clause.start, n.start - 50), n.start);
    const after = textBetween(masked, n.end, Math.min(clause.end, n.end + 25));
    // "30% of the fugitives", "占…的30%": a share, not a change.
    if (SHARE_AFTER.test(after) || SHARE_BEFORE.test(before)) continue;
    const sign = direction(before, after);
    if (sign === 0) continue;
    // 增长2.6倍 is read both ways in Chinese copy: 2.6 times as much, or 2.6 times more.
    const readings =
      n.unit === 'times' ? [writtenChange(n, sign, n.value * 100 - 100), writtenChange(n, sign, n.value * 100)] : [writtenChange(n, sign, n.value)];
    addChange(out, masked, view, n, readings);
  }
  const sentence = textBetween(masked, view.sentence.start, view.sentence.end);
  for (let m = firstMatch(FRACTIONS, sentence); m !== null; m = nextMatch(FRACTIONS, sentence, m)) {
    const start = view.sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    const clause = clauseAt(view, start);
    const sign = direction(textBetween(masked, Math.max(clause.start, start - 40), start), textBetween(masked, span.end, Math.min(clause.end, span.end + 20)));
    if (sign === 0) continue;
    const fraction = FRACTION_VALUE[(m[2] ?? m[4] ?? '').toLowerCase()];
    if (fraction === undefined) continue;
    const hedge = m[1] ? HEDGE_WORD[m[1].trim().toLowerCase()] : m[3] ? HEDGE_ZH[m[3]] : undefined;
    addChange(out, masked, view, span, [{ value: sign * fraction, ...(hedge ? { hedge } : {}), step: 10, coarseStep: 10 }]);
  }
  for (const [re, factor] of MULTIPLES) {
    for (let m = firstMatch(re, sentence); m !== null; m = nextMatch(re, sentence, m)) {
      const start = view.sentence.start + m.index;
      const hedge = m[1] ? HEDGE_WORD[m[1].trim().toLowerCase()] : undefined;
      addChange(
        out,
        masked,
        view,
        { start, end: start + m[0].length },
        [{ value: (factor - 1) * 100, ...(hedge ? { hedge } : {}), step: 100, coarseStep: 100 }],
        true,
      );
    }
  }
  return out;
}

/** The working in /check's own short forms (`3.541 bn`), in English as the contract's `data` is. */
const EN = formats('en');
const WORKING_FORMAT = {
  value: (metric: Metric, n: number) => (metric === 'returned' ? EN.count(n) : EN.yuanShort(n)),
  percent: EN.percent,
};

function none(reason: Extract<DataFact, { kind: 'none' }>['reason'], year?: number, metric?: Metric): DataFact {
  return { kind: 'none', reason, ...(year !== undefined ? { year } : {}), ...(metric ? { metric } : {}) };
}

/**
 * The change as /check computes it, and the range it could have given the
 * rounding of the money figures it is computed from: "53.2%" for 2019 cannot
 * be confirmed from 5.42 and 3.541 billion, nor ruled out.
 */
function percentValue(percent: number, now: number, then: number, metric: Metric): DataValue {
  const a = dataValue(now, undefined, metric === 'recovered').range;
  const b = dataValue(then, undefined, metric === 'recovered').range;
  const lo = ((a.lo - b.hi) / b.hi) * 100;
  const hi = ((a.hi - b.lo) / b.lo) * 100;
  return { point: { lo: percent, hi: percent }, range: { lo: Math.min(lo, percent), hi: Math.max(hi, percent) } };
}

function judgeMetric(data: Dataset, c: ChangeClaim, metric: Metric, year: number, base: number): Judgement {
  const now = totalsOfYear(data, year);
  const then = totalsOfYear(data, base);
  if (!now || !then) return { verdict: 'not-in-data', fact: none('no-year-in-data', !now ? year : base, metric), sources: [], year };
  const a = now[metric];
  const b = then[metric];
  if (!a || !b) return { verdict: 'not-in-data', fact: none('no-figure', !a ? year : base, metric), sources: [], year };
  if (now.period || then.period)
    return { verdict: 'not-in-data', fact: none('partial-year', now.period ? year : base, metric), sources: [...a.source, ...b.source], year };
  if (a.qualifier || b.qualifier)
    return { verdict: 'not-in-data', fact: none('lower-bound', a.qualifier ? year : base, metric), sources: [...a.source, ...b.source], year };
  const percent = change(a.value, b.value).percent;
  if (percent === undefined) return { verdict: 'not-in-data', fact: none('no-figure', base, metric), sources: [], year };
  const owner = data.yearByNumber.get(year);
  const working =
    owner && data.yearByNumber.has(base)
      ? evaluateClaim(
          data.years,
          owner,
          { text: 'draft', quote: 'a claim in a draft', check: { kind: 'change-percent', metric, base, expected: percent } } satisfies Claim,
          WORKING_FORMAT,
        ).working.slice(0, 1)
      : [
          `(${WORKING_FORMAT.value(metric, a.value)} − ${WORKING_FORMAT.value(metric, b.value)}) ÷ ${WORKING_FORMAT.value(metric, b.value)} = ${EN.percent(percent)}`,
        ];
  const verdicts = c.readings.map((r) => compare(r, percentValue(percent, a.value, b.value, metric)));
  const verdict: Verdict = verdicts.includes('consistent') ? 'consistent' : verdicts.every((v) => v === 'contradicted') ? 'contradicted' : 'not-in-data';
  const sources = [...new Set([...a.source, ...b.source])];
  const fact: DataFact = { kind: 'change', metric, year, base, percent, working };
  return { verdict, fact: verdict === 'not-in-data' ? { kind: 'none', reason: 'rounding', year, metric, detail: fact } : fact, sources, year };
}

export function judgeChange(data: Dataset, c: ChangeClaim): Judgement {
  if (!c.year || c.base === undefined) return { verdict: 'not-in-data', fact: none('no-year', undefined, c.metric), sources: [], year: null };
  const year = c.year.year;
  if (c.metric) return judgeMetric(data, c, c.metric, year, c.base);
  const both = [judgeMetric(data, c, 'returned', year, c.base), judgeMetric(data, c, 'recovered', year, c.base)];
  if (both[0]!.verdict === both[1]!.verdict) return both[0]!;
  return { verdict: 'not-in-data', fact: none('ambiguous-metric', year), sources: [], year };
}
