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
import type { NumberMention } from './numbers.js';
import type { ConceptMention } from './outcomes.js';
import type { Sentence } from './text.js';
import type { PeriodMention, RelativeYear, YearMention } from './time.js';
import type { SpottedPerson, Span } from './types.js';
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

const CLAUSE_BREAK = /[;；,，:：、]|\s[-–—]\s|\((?!\d)|（/g;

export function clausesOf(s: Sentence): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + m.index;
    // 2,041 and 5.42: a comma between digits is part of a figure.
    if (m[0] === ',' && /\d/.test(s.text[m.index - 1] ?? '') && /\d/.test(s.text[m.index + 1] ?? '')) continue;
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: s.end });
  return out.filter((c) => c.end > c.start);
}

function inside(span: Span, container: Span): boolean {
  return span.start >= container.start && span.end <= container.end;
}

export function clauseAt(view: View, pos: number): Span {
  return view.clauses.find((c) => pos >= c.start && pos < c.end) ?? view.sentence;
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

export function periodFor(view: View, target: Span): PeriodMention | undefined {
  const found = inScope(view, target, view.periods);
  // The nearest one wins: "since 2014 … in the first 11 months of 2023" is about the months.
  return found.sort((a, b) => distance(a, target) - distance(b, target))[0];
}

/** The text in scope of a place, for word tests: its clause, and the sentence before it. */
export function scopeText(masked: string, view: View, target: Span): string {
  const clause = clauseAt(view, target.start);
  return `${textBetween(masked, view.sentence.start, target.start)} ${textBetween(masked, target.end, clause.end)}`;
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

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Full dates are often when something was said, not what the figure is for: they count only when nothing else does. */
const DATE_PENALTY = 200;
const OTHER_CLAUSE_PENALTY = 40;

/**
 * The year a place in the sentence is about: the nearest year named in the
 * sentence (its own clause first, a bare year or `Sky Net 2019` before a full
 * date); `a year earlier` counts back from the sentence's other year; `last
 * year` from the story's dateline; else the paragraph's year. `skip` leaves
 * out mentions already used (the base of a change).
 */
export function yearAt(view: View, target: Span, skip: readonly Span[] = []): ResolvedYear | undefined {
  const clause = clauseAt(view, target.start);
  const cost = (m: Span, penalty = 0): number => distance(m, target) + (inside(m, clause) ? 0 : OTHER_CLAUSE_PENALTY) + penalty;
  const free = (m: Span): boolean => !skip.some((s) => s.start === m.start && s.end === m.end);
  type Candidate = { cost: number; resolve: () => ResolvedYear | undefined };
  const candidates: Candidate[] = [];
  for (const y of view.years.filter(free)) {
    candidates.push({ cost: cost(y, y.how === 'date' ? DATE_PENALTY : 0), resolve: () => ({ year: y.year, from: 'sentence', span: y }) });
  }
  for (const r of view.relatives.filter(free)) {
    candidates.push({
      cost: cost(r),
      resolve: () => {
        const anchor = r.anchor === 'story' ? view.storyYear : (otherYear(view, r, skip) ?? view.contextYear);
        return anchor === undefined ? undefined : { year: anchor + r.offset, from: 'relative', span: r };
      },
    });
  }
  const best = candidates.sort((a, b) => a.cost - b.cost)[0];
  // A relative year that cannot be placed ("last year" with no dateline) leaves the claim without a year.
  if (best) return best.resolve();
  return view.contextYear === undefined ? undefined : { year: view.contextYear, from: 'context' };
}

/** The absolute year of the sentence other than the one being resolved, for `a year earlier`. */
function otherYear(view: View, near: Span, skip: readonly Span[]): number | undefined {
  const years = view.years.filter((y) => y.how !== 'date' && !skip.some((s) => s.start === y.start));
  return years.sort((a, b) => distance(a, near) - distance(b, near))[0]?.year;
}

/** True when a relative year that cannot be placed is the nearest time word: the claim's year is unknown. */
export function hasUnplacedRelative(view: View, target: Span): boolean {
  const r = view.relatives.find((x) => clauseAt(view, x.start) === clauseAt(view, target.start));
  if (!r) return false;
  return r.anchor === 'story' ? view.storyYear === undefined : view.years.length === 0 && view.contextYear === undefined;
}

/** The year the next sentence may lean on: the first this one names, when it names only one. */
export function topicYear(view: View): number | undefined {
  const distinct = new Set(view.years.filter((y) => y.how !== 'date').map((y) => y.year));
  if (distinct.size === 1) return [...distinct][0];
  return undefined;
}
