/**
 * What /search looks at in each record, and how much a match there counts:
 * a name counts more than a place, a place more than a note.
 */
import type { CaseRecord, Milestone, Outcome, YearRecord } from '../data/schema.js';
import { OUTCOME_LABEL, OUTCOME_SEARCH_WORDS } from '../data/terms.js';

export type DocKind = 'case' | 'year' | 'milestone';

export type DocRef = { kind: 'case'; record: CaseRecord } | { kind: 'year'; record: YearRecord } | { kind: 'milestone'; record: Milestone };

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

type CaseEvent = CaseRecord['events'][number];
const placeOf = (e: CaseEvent): string | undefined => e.from;
const outcomeOf = (e: CaseEvent): string => OUTCOME_TEXT[e.type];
const yearOf = (e: CaseEvent): string => e.date.slice(0, 4);

/**
 * Receives each part of a record's fields in order: its text, the number of
 * its field (the same for a kind of record every time), the field's weight,
 * and whether its texts recur from record to record. Each part is a phrase of
 * its own: a query phrase does not run from one into the next. Places, posts,
 * outcomes, years and notes recur, so an index reads each distinct one once;
 * names, aliases and characters are nearly all different.
 */
export type PartVisitor = (part: string, field: number, weight: number, repeats: boolean) => void;

function caseParts(c: CaseRecord, visit: PartVisitor): void {
  visit(c.name, 0, 3, false);
  for (const alias of c.aliases) visit(alias, 1, 3, false);
  // The same string the name index reads, so the pinyin is worked out once.
  if (c.chinese) visit(c.chinese.traditional ? `${c.chinese.simplified} ${c.chinese.traditional}` : c.chinese.simplified, 2, 3, false);
  visit(joined(c.fled?.to, c.events, placeOf), 3, 2, true);
  if (c.post) visit(c.post.value, 4, 1.5, true);
  visit(c.events.length === 1 ? OUTCOME_TEXT[c.events[0]!.type] : joined(undefined, c.events, outcomeOf), 5, 1.5, true);
  const listed = c.list100?.onList ? 'list of 100 red notice' : c.redNotice?.value ? 'red notice' : undefined;
  if (listed) visit(listed, 6, 1, true);
  if (c.notes.length > 0 || c.events.some((e) => e.note)) {
    for (const note of c.notes) visit(note.text, 7, 1, true);
    for (const e of c.events) visit(e.note ?? '', 7, 1, true);
  }
  visit(joined(c.operation, c.events, yearOf), 8, 1, true);
}

function yearParts(y: YearRecord, visit: PartVisitor): void {
  visit(`Sky Net ${y.year} Skynet ${y.year}`, 0, 3, false);
  for (const f of y.figures) visit(f.label, 1, 1, false);
  for (const c of y.claims) visit(c.text, 1, 1, false);
}

function milestoneParts(m: Milestone, visit: PartVisitor): void {
  visit(m.title, 0, 2, false);
  visit(m.date.slice(0, 4), 1, 1.5, false);
  visit(m.detail, 2, 1, false);
  for (const f of m.figures) visit(f.label, 2, 1, false);
}

/**
 * Each part of the record's fields, in order, without building the fields:
 * the /search index reads every record's this way, and objects and arrays
 * made per record were an eighth of what its build allocated.
 */
export function forEachPart(ref: DocRef, visit: PartVisitor): void {
  if (ref.kind === 'case') caseParts(ref.record, visit);
  else if (ref.kind === 'year') yearParts(ref.record, visit);
  else milestoneParts(ref.record, visit);
}

export function idOf(ref: DocRef): string {
  return ref.kind === 'year' ? String(ref.record.year) : ref.record.id;
}

/** Each phrase of a record's fields as normalised words, padded with spaces: ` bank of china `. */
export function phrasesOf(ref: DocRef, words: (s: string) => string): string[] {
  const phrases: string[] = [];
  forEachPart(ref, (part) => {
    const w = words(part);
    if (w) phrases.push(` ${w} `);
  });
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
  const holds = (part: string): boolean => {
    const w = words(part);
    return w !== '' && ` ${w} `.includes(phrase);
  };
  // Visited, not gathered into fields: this runs for every record that may hold a query's phrase.
  let found = false;
  const withCharacters: string[] = [];
  forEachPart(ref, (part) => {
    if (found) return;
    if (!ASCII.test(part)) withCharacters.push(part);
    else found = holds(part);
  });
  return found || withCharacters.some(holds);
}
