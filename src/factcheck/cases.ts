/**
 * What happened to a named fugitive: the outcome ("was extradited"), where
 * from ("from Canada"), when ("in 2018"), and where they fled ("who fled to
 * the United States in 2001"). Each wording of an outcome is tied to the
 * people named before it in the sentence (or after it, "Extradited from
 * Bulgaria, Yao Jinqi…"), and the countries and years in its stretch of the
 * sentence are read as its own.
 *
 * Contradicted only when the data states the opposite: another outcome that
 * rules this one out, another country, another year. Where the data does not
 * say (no country recorded, a method not given), it is not in the data.
 */
import type { Dataset } from '../dataset/dataset.js';
import type { CaseEvent, CaseRecord } from '../data/schema.js';
import { clauseAt, type View } from './context.js';
import type { CountryMention } from './countries.js';
import { ruleForEvent, type Concept, type ConceptMention } from './outcomes.js';
import type { YearMention } from './time.js';
import type { Judgement } from './totals.js';
import type { DataFact, SpottedPerson, Span, Verdict } from './types.js';

export interface CaseClaim extends Span {
  concept: Concept;
  people: SpottedPerson[];
  country: CountryMention | undefined;
  year: YearMention | undefined;
}

/** How far from a name an outcome may be and still be that person's (characters). */
const REACH = { en: 160, zh: 40 };

/**
 * The country or year that belongs to an outcome wording. English puts them
 * after the verb ("was extradited from Bulgaria in 2018"), within its clause
 * and up to the next wording; before it only for the sentence's main event,
 * its first outcome ("On July 11, 2018, Xu Chaofan was…"), never for "who had
 * fled". Chinese keeps them in the verb's clause, either side
 * ("2018年从美国被强制遣返", "逃往美国").
 */
function ownMention<T extends Span>(view: View, concepts: readonly ConceptMention[], i: number, items: readonly T[]): T | undefined {
  const c = concepts[i]!;
  const prev = concepts[i - 1];
  const next = concepts[i + 1];
  if (view.chinese) {
    const clause = clauseAt(view, c.start);
    return nearestWithin(items, Math.max(prev?.end ?? 0, clause.start), Math.min(next?.start ?? Infinity, clause.end), c.start);
  }
  // From the wording itself on: a merged "returned from the US and surrendered" holds its country.
  const after = nearestWithin(items, c.start, Math.min(next?.start ?? view.sentence.end, clauseAt(view, c.start).end), c.start);
  // What opens the sentence ("On November 12, 2016, …") dates its main event: the first outcome, never "who had fled".
  const main = concepts.find((x) => x.concept !== 'fled');
  if (after || main !== c) return after;
  return nearestWithin(items, view.sentence.start, concepts[0]!.start, c.start);
}

/** Of the items lying within `from`–`to`, the one starting nearest `at` (the first of equals). */
function nearestWithin<T extends Span>(items: readonly T[], from: number, to: number, at: number): T | undefined {
  let best: T | undefined;
  for (const x of items) {
    if (x.start < from || x.end > to) continue;
    if (best === undefined || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  }
  return best;
}

/** The people an outcome wording is about: the names before it since the last wording (a list "A and B" counts whole), else the first name after it. */
function peopleFor(view: View, concepts: readonly ConceptMention[], i: number): SpottedPerson[] {
  const c = concepts[i]!;
  const reach = view.chinese ? REACH.zh : REACH.en;
  const before = view.people.filter((p) => p.end <= c.start && c.start - p.end <= reach);
  if (before.length > 0) {
    const last = before.at(-1)!;
    // "Peng Xufeng and Jia Siyu", "彭旭峰、贾斯语": the names listed together right before.
    return before.filter((p) => p === last || view.people.some((q) => q.start > p.start && q.start <= last.start && q.start - p.end <= 12));
  }
  const after = view.people.find((p) => p.start >= c.end && p.start - c.end <= reach && !concepts.some((o) => o.start > c.end && o.start < p.start));
  return after ? [after] : [];
}

export function caseClaims(view: View): CaseClaim[] {
  const out: CaseClaim[] = [];
  const concepts = view.concepts;
  for (let i = 0; i < concepts.length; i++) {
    const c = concepts[i]!;
    const people = peopleFor(view, concepts, i);
    if (people.length === 0) continue;
    const country = ownMention(view, concepts, i, view.countries);
    const year = ownMention(view, concepts, i, view.years);
    // "fled" alone says nothing the data can check: only where to and when.
    if (c.concept === 'fled' && !country && !year) continue;
    const parts: Span[] = [c, country, year].filter((x) => x !== undefined);
    out.push({ start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), concept: c.concept, people, country, year });
  }
  return out;
}

/** The country an event came back from, when a source states it: an inferred one (`fromInferred`) is not a fact. */
function statedFrom(e: CaseEvent): string | undefined {
  return e.fromInferred ? undefined : e.from;
}

function eventFact(record: CaseRecord, e: CaseEvent): DataFact {
  const from = statedFrom(e);
  return {
    kind: 'case',
    caseId: record.id,
    name: record.name,
    event: e.type,
    date: e.date,
    ...(from ? { from } : {}),
    ...(record.fled?.to ? { fledTo: record.fled.to } : {}),
    ...(record.fled?.date ? { fledDate: record.fled.date } : {}),
  };
}

function fledFact(record: CaseRecord): DataFact {
  const last = record.events.at(-1)!;
  return { ...(eventFact(record, last) as Extract<DataFact, { kind: 'case' }>), event: 'fled' };
}

interface PersonVerdict {
  verdict: Verdict;
  fact: DataFact;
  sources: string[];
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function judgeFled(record: CaseRecord, c: CaseClaim): PersonVerdict {
  const fled = record.fled;
  const sources = fled?.source ?? [];
  const checks: (boolean | undefined)[] = [];
  if (c.country) checks.push(fled?.to === undefined ? undefined : fled.to === c.country.country);
  if (c.year) checks.push(fled?.date === undefined ? undefined : yearOf(fled.date) === c.year.year);
  const fact = fledFact(record);
  if (checks.includes(false)) return { verdict: 'contradicted', fact, sources };
  if (checks.every((x) => x === true)) return { verdict: 'consistent', fact, sources };
  return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'not-stated', detail: fact }, sources };
}

/** Year and country of an event set against the claim's: true, false, or undefined where the data does not say. */
function detailChecks(record: CaseRecord, e: CaseEvent, c: CaseClaim): (boolean | undefined)[] {
  const checks: (boolean | undefined)[] = [];
  const from = statedFrom(e);
  if (c.country) checks.push(from === undefined ? undefined : from === c.country.country);
  if (c.year) checks.push(yearOf(e.date) === c.year.year || (c.year.how === 'skynet' && record.operation === c.year.year));
  return checks;
}

function judgeOutcome(record: CaseRecord, c: CaseClaim): PersonVerdict {
  const bearing = record.events.filter((e) => ruleForEvent(e).bearsOut.includes(c.concept));
  if (bearing.length > 0) {
    const results = bearing.map((e) => ({ e, checks: detailChecks(record, e, c) }));
    const agree = results.find((r) => r.checks.every((x) => x === true));
    if (agree) return { verdict: 'consistent', fact: eventFact(record, agree.e), sources: agree.e.source };
    const open = results.find((r) => !r.checks.includes(false));
    if (open) return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'not-stated', detail: eventFact(record, open.e) }, sources: open.e.source };
    const first = results[0]!.e;
    return { verdict: 'contradicted', fact: eventFact(record, first), sources: first.source };
  }
  const ruling = record.events.find((e) => ruleForEvent(e).rulesOut.includes(c.concept));
  if (ruling) return { verdict: 'contradicted', fact: eventFact(record, ruling), sources: ruling.source };
  const last = record.events.at(-1)!;
  return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'not-stated', detail: eventFact(record, last) }, sources: last.source };
}

export function judgeCase(data: Dataset, c: CaseClaim): Judgement {
  const seen = new Set<string>();
  const results: PersonVerdict[] = [];
  for (const p of c.people) {
    if (seen.has(p.case)) continue;
    seen.add(p.case);
    const record = data.caseById.get(p.case);
    if (!record) continue;
    results.push(c.concept === 'fled' ? judgeFled(record, c) : judgeOutcome(record, c));
  }
  const year = c.year?.year ?? null;
  const sources = [...new Set(results.flatMap((r) => r.sources))];
  const worst = results.find((r) => r.verdict === 'contradicted') ?? results.find((r) => r.verdict === 'not-in-data') ?? results[0];
  if (!worst) return { verdict: 'not-in-data', fact: { kind: 'none', reason: 'not-stated' }, sources: [], year };
  return { verdict: worst.verdict, fact: worst.fact, sources, year };
}
