/**
 * What /search looks at in each record, and how much a match there counts:
 * a name counts more than a place, a place more than a note.
 */
import type { CaseRecord, Milestone, Outcome, YearRecord } from '../data/schema.js';
import { OUTCOME_LABEL, OUTCOME_SEARCH_WORDS } from '../data/terms.js';

export type DocKind = 'case' | 'year' | 'milestone';

export type DocRef = { kind: 'case'; record: CaseRecord } | { kind: 'year'; record: YearRecord } | { kind: 'milestone'; record: Milestone };

export interface Field {
  /** Each part is a phrase of its own: a query phrase does not run from one into the next. */
  parts: readonly string[];
  weight: number;
  /**
   * The same texts recur from record to record (places, posts, outcomes,
   * years, notes): an index reads each distinct one once. Names, aliases and
   * characters are nearly all different.
   */
  repeats?: boolean;
}

const NONE: readonly string[] = [];

export const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'as', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'was', 'were', 'who', 'with']);
/** The largest field weight: a query word that matches a name exactly scores 1. */
export const MAX_WEIGHT = 3;

/** A light English stemmer: enough that extradition, extradited and extradite meet. */
export function stem(word: string): string {
  if (word.length <= 4 || /^\d+$/.test(word)) return word;
  return word.replace(/(ations?|itions?|ions?|ments?|ings?|ed|es|e|s)$/, '');
}

/** What each outcome is called and searched by, as one text: the same for every case with that outcome. */
const OUTCOME_TEXT = Object.fromEntries(
  Object.entries(OUTCOME_LABEL).map(([type, label]) => [type, `${label} ${OUTCOME_SEARCH_WORDS[type as Outcome].join(' ')}`]),
) as Record<Outcome, string>;

/** The texts of a case's events and flight, joined with spaces: one phrase, built without arrays (this runs per case while indexing). */
function joined(
  first: string | number | null | undefined,
  events: readonly CaseRecord['events'][number][],
  pick: (e: CaseRecord['events'][number]) => string | undefined,
): string {
  let out = first ? String(first) : '';
  for (const e of events) {
    const text = pick(e);
    if (text) out = out ? `${out} ${text}` : text;
  }
  return out;
}

function caseFields(c: CaseRecord): Field[] {
  const places = joined(c.fled?.to, c.events, (e) => e.from);
  const outcomes = c.events.length === 1 ? OUTCOME_TEXT[c.events[0]!.type] : joined(undefined, c.events, (e) => OUTCOME_TEXT[e.type]);
  const years = joined(c.operation, c.events, (e) => e.date.slice(0, 4));
  const hasNotes = c.notes.length > 0 || c.events.some((e) => e.note);
  return [
    { parts: [c.name], weight: 3 },
    { parts: c.aliases, weight: 3 },
    // The same string the name index reads, so the pinyin is worked out once.
    { parts: c.chinese ? [c.chinese.traditional ? `${c.chinese.simplified} ${c.chinese.traditional}` : c.chinese.simplified] : NONE, weight: 3 },
    { parts: [places], weight: 2, repeats: true },
    { parts: c.post ? [c.post.value] : NONE, weight: 1.5, repeats: true },
    { parts: [outcomes], weight: 1.5, repeats: true },
    { parts: c.list100?.onList ? ['list of 100 red notice'] : c.redNotice?.value ? ['red notice'] : NONE, weight: 1, repeats: true },
    { parts: hasNotes ? [...c.notes.map((n) => n.text), ...c.events.map((e) => e.note ?? '')] : NONE, weight: 1, repeats: true },
    { parts: [years], weight: 1, repeats: true },
  ];
}

function yearFields(y: YearRecord): Field[] {
  return [
    { parts: [`Sky Net ${y.year} Skynet ${y.year}`], weight: 3 },
    { parts: [...y.figures.map((f) => f.label), ...y.claims.map((c) => c.text)], weight: 1 },
  ];
}

function milestoneFields(m: Milestone): Field[] {
  return [
    { parts: [m.title], weight: 2 },
    { parts: [m.date.slice(0, 4)], weight: 1.5 },
    { parts: [m.detail, ...m.figures.map((f) => f.label)], weight: 1 },
  ];
}

export function fieldsOf(ref: DocRef): Field[] {
  switch (ref.kind) {
    case 'case':
      return caseFields(ref.record);
    case 'year':
      return yearFields(ref.record);
    case 'milestone':
      return milestoneFields(ref.record);
  }
}

export function idOf(ref: DocRef): string {
  return ref.kind === 'year' ? String(ref.record.year) : ref.record.id;
}

/** Each phrase of a record's fields as normalised words, padded with spaces: ` bank of china `. */
export function phrasesOf(ref: DocRef, words: (s: string) => string): string[] {
  const phrases: string[] = [];
  for (const { parts } of fieldsOf(ref)) {
    for (const part of parts) {
      const w = words(part);
      if (w) phrases.push(` ${w} `);
    }
  }
  return phrases;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: every character of 7-bit ASCII, controls included
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether one of the record's phrases holds `phrase` (normalised words padded
 * with spaces, as phrasesOf writes them): the same answer as searching
 * phrasesOf, but the plain ASCII parts are read first and the search stops at
 * the first that holds it, so characters are read as pinyin (the slow part)
 * only when no other part has the phrase.
 */
export function holdsPhrase(ref: DocRef, phrase: string, words: (s: string) => string): boolean {
  const fields = fieldsOf(ref);
  const holds = (part: string): boolean => {
    const w = words(part);
    return w !== '' && ` ${w} `.includes(phrase);
  };
  for (const { parts } of fields) for (const part of parts) if (ASCII.test(part) && holds(part)) return true;
  for (const { parts } of fields) for (const part of parts) if (!ASCII.test(part) && holds(part)) return true;
  return false;
}
