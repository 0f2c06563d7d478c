/**
 * One sentence of the draft with everything found in it, and the questions
 * every check asks of a place in it: which year is this about, is it a
 * figure for a period or for a part of the whole, is it denied.
 *
 * Scope rules, the same for periods and for subsets: a marker applies to
 * what is in its own clause, and to what comes after it in the sentence
 * ("From 2014 to 2016, China brought back 2,500" — "including 16 red-notice
 * suspects"), never to what came before ("2,041 fugitives, including 16…").
 */
import type { CountryMention } from './countries.js';
import { firstMatch, nextMatch } from './matches.js';
import type { NumberMention } from './numbers.js';
import type { ConceptMention } from './outcomes.js';
import type { Sentence } from './text.js';
import type { PeriodMention, RelativeYear, YearMention } from './time.js';
import { inside, type SpottedPerson, type Span } from './types.js';
import { NEGATION, SUBSET_WORDS } from './words.js';

export interface View {
  sentence: Sentence;
  /** The sentence is in Chinese: modifiers come before the verb. */
  chinese: boolean;
  clauses: Span[];
  years: YearMention[];
  relatives: RelativeYear[];
  periods: PeriodMention[];
  figures: NumberMention[];
  people: SpottedPerson[];
  concepts: ConceptMention[];
  countries: CountryMention[];
  /** The year earlier sentences of the paragraph were about, when they agree on one. */
  contextYear: number | undefined;
  storyYear: number | undefined;
}

export type YearSource = 'sentence' | 'relative' | 'context';

export interface ResolvedYear {
  year: number;
  from: YearSource;
  /** The mention it came from, when in this sentence. */
  span?: Span;
}

const CLAUSE_BREAK = /[;；,，:：、]|\((?!\d)|（/g;

const DIGIT = /\d/;
/** `July 11, 2018`: a day before the comma and a year after it. */
const DAY_BEFORE = /\b\d{1,2}$/;
const YEAR_AFTER = /^ \d{4}\b/;

export function clausesOf(s: Sentence): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (let m = firstMatch(CLAUSE_BREAK, s.text); m !== null; m = nextMatch(CLAUSE_BREAK, s.text, m)) {
    const at = s.start + m.index;
    // 2,041 and 5.42: a comma between digits is part of a figure; "July 11, 2018": one date.
    if (m[0] === ',' && DIGIT.test(s.text[m.index - 1] ?? '') && DIGIT.test(s.text[m.index + 1] ?? '')) continue;
    if (m[0] === ',' && DAY_BEFORE.test(s.text.slice(0, m.index)) && YEAR_AFTER.test(s.text.slice(m.index + 1))) continue;
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: s.end });
  return out.filter((c) => c.end > c.start);
}

export function clauseAt(view: View, pos: number): Span {
  for (const c of view.clauses) if (pos >= c.start && pos < c.end) return c;
  return view.sentence;
}

/** The sentence's text between two offsets of the draft. */
export function textBetween(masked: string, from: number, to: number): string {
  return masked.slice(Math.max(0, from), Math.max(from, to));
}

/** Markers in scope of a place: those in its own clause, and those earlier in the sentence. */
export function inScope<T extends Span>(view: View, target: Span, markers: readonly T[]): T[] {
  const clause = clauseAt(view, target.start);
  return markers.filter((m) => inside(m, clause) || m.end <= target.start);
}

/** Words that a "since…" after them belongs to, not to the figure before them. */
const CLAIMS_A_SPAN = /\b(?:highest|lowest|most|best|record|average|second|largest|biggest)\b|最高|最低|最多|平均|纪录|第二|仅次于/i;

export function periodFor(masked: string, view: View, target: Span): PeriodMention | undefined {
  const clause = clauseAt(view, target.start);
  const ownYear = view.years.some((y) => !y.base && inside(y, clause));
  const found = inScope(view, target, view.periods).filter((p) => {
    // "Since the launch…, the number has risen year by year: 1,023 in 2015; …": a figure with its own year is that year's.
    if (ownYear && (p.kind === 'cumulative' || p.kind === 'range') && !inside(p, clause)) return false;
    if (p.start < target.start) {
      if (inside(p, clause)) return true;
      // From an earlier clause, only a marker that heads the sentence's figures: not one that belongs to its own
      // superlative or figure ("the second best result since 2014, …; the amount recovered was 2.95 billion yuan").
      const its = clauseAt(view, p.start);
      return !CLAIMS_A_SPAN.test(textBetween(masked, its.start, its.end)) && !view.figures.some((f) => inside(f, its));
    }
    // After the figure, in its clause: "10,000 fugitives since 2014" is a running total, but "2.95 billion yuan in 2020 was
    // the second-highest since Sky Net began" is not: a year of its own or a superlative in between takes the "since".
    const between = textBetween(masked, target.end, p.start);
    return !CLAIMS_A_SPAN.test(between) && !view.years.some((y) => y.start >= target.end && y.end <= p.start && !y.base);
  });
  // Named years are the most precise ("2015年至2020年累计" is 2015–2020).
  const range = found.find((p) => p.kind === 'range');
  if (range) return range;
  // "By the end of 2024 … since 2014": one running total, from and to.
  const cumulative = found.filter((p): p is Extract<PeriodMention, { kind: 'cumulative' }> => p.kind === 'cumulative');
  if (cumulative.length > 0) {
    const from = cumulative.find((p) => p.from !== undefined)?.from;
    const to = cumulative.find((p) => p.to !== undefined)?.to;
    return {
      start: cumulative[0]!.start,
      end: cumulative.at(-1)!.end,
      kind: 'cumulative',
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    };
  }
  return cheapest(found, (p) => distance(p, target));
}

/** The text in scope of a place, for word tests: the sentence up to it, itself, and the rest of its clause. */
export function scopeText(masked: string, view: View, target: Span): string {
  const clause = clauseAt(view, target.start);
  return `${textBetween(masked, view.sentence.start, target.start)}${textBetween(masked, target.start, target.end)}${textBetween(masked, target.end, clause.end)}`;
}

export function isSubset(masked: string, view: View, target: Span): boolean {
  if (SUBSET_WORDS.test(scopeText(masked, view, target))) return true;
  // A figure next to a person's name is that case's, not the year's.
  return inScope(view, target, view.people).length > 0;
}

export function isDenied(masked: string, view: View, target: Span): boolean {
  const clause = clauseAt(view, target.start);
  return NEGATION.test(textBetween(masked, clause.start, clause.end));
}

/** The item of least `cost`, the first of equals: what sorting by cost and taking the first gives, without sorting a copy. */
export function cheapest<T>(items: readonly T[], cost: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestCost = Infinity;
  for (const item of items) {
    const c = cost(item);
    if (best === undefined || c < bestCost) {
      best = item;
      bestCost = c;
    }
  }
  return best;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Full dates are often when something was said, not what the figure is for: they count only when nothing else does. */
const DATE_PENALTY = 200;
/** A year when something else happened ("set up in 2014") is a figure's only when nothing closer is. */
const EVENT_PENALTY = 100;
const OTHER_CLAUSE_PENALTY = 40;
const LATER_CLAUSE_PENALTY = 150;

/**
 * The year a place in the sentence is about: the nearest year named in the
 * sentence (its own clause first, a bare year or `Sky Net 2019` before a full
 * date); `a year earlier` counts back from the sentence's other year; `last
 * year` from the story's dateline; else the paragraph's year. `skip` leaves
 * out mentions already used (the base of a change).
 */
export function yearAt(view: View, target: Span, skip: readonly Span[] = []): ResolvedYear | undefined {
  const clause = clauseAt(view, target.start);
  // The cheapest mention, years before relatives and the earlier of two at the same cost.
  let best: YearMention | RelativeYear | undefined;
  let bestCost = Infinity;
  for (const y of view.years) {
    if (!isFree(view, target, y, skip)) continue;
    const c = yearCost(target, clause, y) + (y.how === 'date' ? DATE_PENALTY : 0) + (y.event ? EVENT_PENALTY : 0);
    if (c < bestCost) {
      best = y;
      bestCost = c;
    }
  }
  for (const r of view.relatives) {
    if (!isFree(view, target, r, skip)) continue;
    const c = yearCost(target, clause, r);
    if (c < bestCost) {
      best = r;
      bestCost = c;
    }
  }
  if (best === undefined) return view.contextYear === undefined ? undefined : { year: view.contextYear, from: 'context' };
  if ('year' in best) return { year: best.year, from: 'sentence', span: best };
  // A relative year that cannot be placed ("last year" with no dateline) leaves the claim without a year.
  return relativeYear(view, best, skip);
}

/** How far a year mention is from the place, counting a clause boundary as distance. */
function yearCost(target: Span, clause: Span, m: Span): number {
  // A year in another clause is more likely the figure's when it comes first ("2015年…，追赃30亿元，2016年…").
  return distance(m, target) + (inside(m, clause) ? 0 : OTHER_CLAUSE_PENALTY + (m.start >= target.end ? LATER_CLAUSE_PENALTY : 0));
}

/** A mention that may be the place's year: not one already used, and not a base unless it owns the place. */
function isFree(view: View, target: Span, m: Span & { base?: boolean }, skip: readonly Span[]): boolean {
  if (m.base && !ownsTarget(view, target, m)) return false;
  for (const s of skip) if (s.start === m.start && s.end === m.end) return false;
  return true;
}

/** What may stand between a year and the figure it owns: `2018's 1,335`, `较上年的2041人`. */
const OWNER_GAP = /^\s*(?:的|'s|’s|of|figure of|total of|level of|tally of)?\s*$/i;

/** A base ("较上年", "than 2018") is the year of the figure right after it: "较上年的2041人", "2018's 1,335". */
function ownsTarget(view: View, target: Span, m: Span): boolean {
  return m.end <= target.start && OWNER_GAP.test(view.sentence.text.slice(m.end - view.sentence.start, target.start - view.sentence.start));
}

/** The year of `last year`, `a year earlier`: counted from the story's dateline or from another year of the sentence. */
function relativeYear(view: View, r: RelativeYear, skip: readonly Span[]): ResolvedYear | undefined {
  // "this year" with no dateline is the year the sentence names, if it names one.
  const story = view.storyYear ?? (r.offset === 0 ? otherYear(view, r, skip) : undefined);
  const anchor = r.anchor === 'story' ? story : (otherYear(view, r, skip) ?? view.contextYear);
  return anchor === undefined ? undefined : { year: anchor + r.offset, from: 'relative', span: r };
}

/** The absolute year of the sentence other than the one being resolved, for `a year earlier`. */
function otherYear(view: View, near: Span, skip: readonly Span[]): number | undefined {
  const years = view.years.filter((y) => y.how !== 'date' && !y.base && !skip.some((s) => s.start === y.start));
  return cheapest(years, (y) => distance(y, near))?.year;
}

/** The year the next sentence may lean on: the first this one names, when it names only one. */
export function topicYear(view: View): number | undefined {
  const distinct = new Set(view.years.filter((y) => y.how !== 'date').map((y) => y.year));
  if (distinct.size === 1) return [...distinct][0];
  return undefined;
}
