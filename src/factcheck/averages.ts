/**
 * "About the same as the average" ("in line with the yearly average since
 * 2014", "与2014年以来的平均水平基本持平"), checked as /check checks the
 * report's own such claim (src/data/claims.ts `about-average`): within 10% of
 * the yearly average of the report's years up to the year itself.
 */
import { evaluateClaim } from '../data/claims.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Claim } from '../data/schema.js';
import type { Metric } from '../data/yearStats.js';
import { formats } from '../i18n/format/index.js';
import { clauseAt, isDenied, textBetween, yearAt, type ResolvedYear, type View } from './context.js';
import { firstMatch, nextMatch } from './matches.js';
import { metricAt } from './metric.js';
import type { Judgement } from './totals.js';
import type { Span } from './types.js';
import { CORE_TOPIC } from './words.js';

export interface AverageClaim extends Span {
  metric: Metric | undefined;
  year: ResolvedYear | undefined;
  from: number | undefined;
}

const ABOUT_AVERAGE =
  /\b(?:in line with|about the same as|roughly the same as|basically the same as|much the same as|close to|similar to|on a par with|on par with|level with|matching|matched)\s+(?:the\s+)?(?:(?:annual|yearly|campaign)\s+)?average\b|(?:与|和|同)[^，。；]{0,24}?平均(?:水平|值|数)?(?:基本)?(?:持平|相当|相近|一致)/gi;

/** The working in /check's own short forms (`3.049 bn`), in English as the contract's `data` is. */
const EN = formats('en');
const FORMAT = {
  value: (metric: Metric, n: number) => (metric === 'returned' ? EN.count(n) : EN.yuanShort(n)),
  percent: EN.percent,
};

const SINCE_YEAR = /\bsince (\d{4})\b|(\d{4})\s*年以来/i;

export function averageClaims(masked: string, view: View): AverageClaim[] {
  const sentence = textBetween(masked, view.sentence.start, view.sentence.end);
  const out: AverageClaim[] = [];
  for (let m = firstMatch(ABOUT_AVERAGE, sentence); m !== null; m = nextMatch(ABOUT_AVERAGE, sentence, m)) {
    const start = view.sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    if (isDenied(masked, view, span)) continue;
    const clause = clauseAt(view, span.start);
    const since = SINCE_YEAR.exec(textBetween(masked, clause.start, Math.min(view.sentence.end, clause.end + 40)));
    const metric = metricAt(masked, view, span);
    if (!metric && !CORE_TOPIC.test(sentence)) continue;
    out.push({ ...span, metric, year: yearAt(view, span), from: since ? Number(since[1] ?? since[2]) : undefined });
  }
  return out;
}

function judgeMetric(data: Dataset, c: AverageClaim, metric: Metric, year: number): Judgement {
  const owner = data.yearByNumber.get(year);
  const first = Math.min(...data.years.map((y) => y.year));
  // "Since 2014": the data's years start with the first Sky Net, 2015, as the report's own claim does.
  const from = Math.max(c.from ?? first, first);
  if (!owner || from >= year)
    return { verdict: 'not-in-data', fact: { kind: 'none', reason: owner ? 'span-not-covered' : 'no-year-in-data', year, metric }, sources: [], year };
  const claim: Claim = { text: 'draft', quote: 'a claim in a draft', check: { kind: 'about-average', metric, from, to: year } };
  const result = evaluateClaim(data.years, owner, claim, FORMAT);
  return {
    verdict: result.consistent ? 'consistent' : 'contradicted',
    fact: { kind: 'average', metric, year, from, to: year, working: result.working },
    sources: ['report'],
    year,
  };
}

export function judgeAverage(data: Dataset, c: AverageClaim): Judgement {
  if (!c.year) return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'no-year' }, sources: [], year: null };
  const year = c.year.year;
  if (c.metric) return judgeMetric(data, c, c.metric, year);
  const both = [judgeMetric(data, c, 'returned', year), judgeMetric(data, c, 'recovered', year)];
  if (both[0]!.verdict === both[1]!.verdict) return both[0]!;
  return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'ambiguous-metric', year }, sources: [], year };
}
