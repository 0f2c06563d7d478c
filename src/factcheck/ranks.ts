/**
 * Superlatives: "the highest", "a record", "second only to", "the lowest",
 * "历史最高", "仅次于". A superlative is checkable only over the years the data
 * covers, and is read as of its own year: "2018's 3.54 billion yuan was a
 * record" was true in 2018 (2015–2018), whatever came later. Years the data
 * lacks inside the span (no published figure, part of a year only, a lower
 * bound that could be beaten) leave it unsettled unless a year the data does
 * know already beats it. Ranks use /check's own arithmetic (`standingOf`).
 */
import type { Dataset } from '../dataset/dataset.js';
import { standingOf } from '../data/superlatives.js';
import type { Metric } from '../data/yearStats.js';
import { cheapest, clauseAt, isDenied, textBetween, yearAt, type ResolvedYear, type View } from './context.js';
import { firstMatch, nextMatch } from './matches.js';
import { everyYearTotals } from './dataFigures.js';
import { metricAt } from './metric.js';
import type { Judgement } from './totals.js';
import { overlaps, type DataFact, type Span } from './types.js';
import { CORE_TOPIC } from './words.js';

export interface RankClaim extends Span {
  rank: number;
  lowest: boolean;
  metric: Metric | undefined;
  year: ResolvedYear | undefined;
  /** The first year of the span the draft names ("since 2016", "in five years"), if any. */
  from: number | undefined;
}

const SUPERLATIVES: { re: RegExp; rank: number; lowest: boolean }[] = [
  { re: /\b(?:second|2nd)[- ](?:highest|best|largest|biggest|most)\b|\bsecond only to\b|第二高|第二好|第二多|次高|仅次于/gi, rank: 2, lowest: false },
  { re: /\b(?:third|3rd)[- ](?:highest|best|largest|biggest|most)\b|第三高|第三多/gi, rank: 3, lowest: false },
  { re: /\b(?:record[- ]low|all-time low|(?:the )?(?:lowest|fewest|smallest|worst))\b|最低|最少|新低/gi, rank: 1, lowest: true },
  {
    re: /\b(?:(?:the )?(?:highest|largest|biggest|greatest)|all-time high|record[- ](?:high|highs|level|levels|number|numbers|year|amount|haul|total|sum|figure)|record-breaking|(?:a|new|another) record|set (?:a|the) record|broke the record|peak(?:ed)?|the most (?:ever|since|on record|in (?:any|a single) year|of any year|successful)|(?:the|its) best(?:-ever)? (?:year|result|results|performance|showing|haul|ever|since|on record|yet)|best-ever|(?:the )?(?:highest|largest|biggest) (?:yet|ever))\b|历史最高|历史新高|创新高|新高|最高|最多|最好|创纪录|峰值/gi,
    rank: 1,
    lowest: false,
  },
];

const YEARS_IN_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SINCE_YEAR = /\bsince (\d{4})\b|(\d{4})\s*年以来|\bsince [^,.;]{0,60}?\bin (\d{4})\b/i;
const IN_YEARS = /\bin (\w+) years\b/i;

/** "since 2016", "in five years", "in a decade": where the draft starts the comparison. */
function spanStart(masked: string, view: View, target: Span, year: number | undefined): number | undefined {
  const clause = clauseAt(view, target.start);
  const around = textBetween(masked, clause.start, Math.min(view.sentence.end, clause.end + 40));
  const since = SINCE_YEAR.exec(around);
  if (since) return Number(since[1] ?? since[2] ?? since[3]);
  const years = IN_YEARS.exec(around);
  const n = years ? (YEARS_IN_WORDS[years[1]!.toLowerCase()] ?? Number(years[1])) : undefined;
  if (n && year !== undefined && Number.isFinite(n)) return year - n + 1;
  return undefined;
}

export function rankClaims(masked: string, view: View): RankClaim[] {
  const out: RankClaim[] = [];
  const sentence = textBetween(masked, view.sentence.start, view.sentence.end);
  // A superlative names its own year; "second only to the previous year" names the one that beat it.
  let noRelatives: View | undefined;
  for (const { re, rank, lowest } of SUPERLATIVES) {
    for (let m = firstMatch(re, sentence); m !== null; m = nextMatch(re, sentence, m)) {
      const start = view.sentence.start + m.index;
      const span = { start, end: start + m[0].length };
      if (out.some((o) => overlaps(o, span))) continue;
      if (isDenied(masked, view, span)) continue;
      noRelatives ??= { ...view, relatives: view.relatives.filter((r) => r.anchor === 'story') };
      const year = yearAt(noRelatives, span);
      const metric = metricAt(masked, view, span);
      // "Exports hit a record": a superlative that names neither people nor money is the campaign's only when the sentence says so.
      if (!metric && !CORE_TOPIC.test(sentence)) continue;
      out.push({ ...span, rank, lowest, metric, year, from: spanStart(masked, view, span, year?.year) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function none(reason: Extract<DataFact, { kind: 'none' }>['reason'], year?: number, metric?: Metric): DataFact {
  return { kind: 'none', reason, ...(year !== undefined ? { year } : {}), ...(metric ? { metric } : {}) };
}

interface Known {
  year: number;
  returned: number;
  recovered: number;
}

function judgeMetric(data: Dataset, c: RankClaim, metric: Metric, year: number): Judgement {
  const first = Math.min(...data.years.map((y) => y.year));
  const from = Math.max(c.from ?? first, first);
  const span = everyYearTotals(data).filter((t) => t.year >= from && t.year <= year);
  const own = span.find((t) => t.year === year);
  const figure = own?.[metric];
  if (!own || !figure || own.period)
    return { verdict: 'not-in-data', fact: none(own ? (own.period ? 'partial-year' : 'no-figure') : 'no-year-in-data', year, metric), sources: [], year };
  if (span.length < 2) return { verdict: 'not-in-data', fact: none('span-not-covered', year, metric), sources: [], year };
  // Years known exactly, as standingOf wants them; a lower bound counts at its bound (the true figure is above it).
  const known: Known[] = span
    .filter((t) => t[metric] && !t.period)
    .map((t) => ({ year: t.year, returned: t.returned?.value ?? 0, recovered: t.recovered?.value ?? 0 }));
  const unknown = span.filter((t) => !t[metric] || t.period || (t.year !== year && t[metric]?.qualifier === 'more than'));
  const sign = c.lowest ? -1 : 1;
  const ranked = known.map((k) => ({ ...k, returned: sign * k.returned, recovered: sign * k.recovered }));
  const me = ranked.find((k) => k.year === year)!;
  const { rank } = standingOf(ranked, me, metric);
  // The year with the largest figure, the first of equals.
  const leader = cheapest(ranked, (k) => -k[metric])!.year;
  const fact: DataFact = { kind: 'rank', metric, year, rank, of: known.length, from, to: year, lowest: c.lowest, leader };
  const sources = [...new Set(span.flatMap((t) => t[metric]?.source ?? []))];
  if (figure.qualifier === 'more than') {
    // The year's own figure is a lower bound: its true rank is its rank at the bound or better (from the top).
    const settled = c.lowest ? rank > c.rank : rank < c.rank;
    if (settled) return { verdict: 'contradicted', fact, sources, year };
    if (!c.lowest && rank === 1 && c.rank === 1 && unknown.length === 0) return { verdict: 'consistent', fact, sources, year };
    return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'lower-bound', year, metric, detail: fact }, sources, year };
  }
  // Beaten by more years than the claim allows among years the data knows: wrong, whatever the gaps hold.
  if (rank > c.rank) return { verdict: 'contradicted', fact, sources, year };
  if (unknown.length > 0) return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'span-not-covered', year, metric, detail: fact }, sources, year };
  if (rank === c.rank) return { verdict: 'consistent', fact, sources, year };
  // Ranked higher than claimed ("second best" for the best year).
  return { verdict: 'contradicted', fact, sources, year };
}

export function judgeRank(data: Dataset, c: RankClaim): Judgement {
  if (!c.year) return { verdict: 'not-in-data', fact: none('no-year', undefined, c.metric), sources: [], year: null };
  const year = c.year.year;
  if (c.metric) return judgeMetric(data, c, c.metric, year);
  const both = [judgeMetric(data, c, 'returned', year), judgeMetric(data, c, 'recovered', year)];
  if (both[0]!.verdict === both[1]!.verdict) return both[0]!;
  return { verdict: 'not-in-data', fact: none('ambiguous-metric', year), sources: [], year };
}
