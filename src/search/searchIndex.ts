/**
 * The search the commands use: names for /case and autocomplete, everything
 * for /search. Built once per dataset, so a reload swaps it with the data.
 * Both are indexed so that a query costs about the same at 100,000 cases as
 * at twenty (`npm run bench` measures it).
 *
 * Every score here is higher-is-better; what a name match's score means
 * (its confidence band) is decided in confidence.ts and nowhere else.
 *
 * Search reads the records only (data/schema.ts), never the Dataset that
 * holds it, so data and search do not import each other.
 */
import type { CaseRecord } from '../data/schema.js';
import { alikeOf, bandOf, LISTED_IN_SEARCH_FROM, type Band } from './confidence.js';
import { NameIndex, type NameIndexParts, type NameMatch } from './names.js';
import { memoWords } from './normalize.js';
import { TextIndex, type SearchSource, type TextHit } from './textSearch.js';

/** The cases a name query found, best first, and how sure the first is. */
export interface CaseMatches {
  band: Band;
  matches: NameMatch[];
  /** Matches after the first that fit the query as well as it does: the reader must choose. */
  alike: NameMatch[];
}

export interface SearchIndex {
  /** Cases whose name, characters or aliases match, best first; at most `limit`, never more than 25. */
  findCases(query: string, limit?: number): CaseMatches;
  /** Cases, years and milestones that match every word of the query, best first. */
  searchAll(query: string, limit?: number): TextHit[];
  /**
   * Whether another case answers to this case's name as exactly (the same
   * name, or an alias or a name turned round that reads the same): then the
   * name alone does not pick this case out, and its id must.
   */
  sharesName(record: CaseRecord): boolean;
  /** Builds the name index now, every part of it, if it is not built yet (findCases would on its first call). */
  buildNames(): void;
  /** Builds every part now: what a long-running bot does in the background, so that no reader waits. */
  build(): void;
}

/** Names the band and the like-scoring matches of a ranked list. */
export function caseMatches(matches: NameMatch[]): CaseMatches {
  const band = bandOf(matches[0]);
  return { band, matches, alike: alikeOf(matches, band) };
}

/**
 * Where a name index built before on the same records may be kept: reading
 * it back is a fraction of building it (src/dataset/nameSnapshot.ts).
 */
export interface SavedNameIndex {
  /** The parts kept for these records, if any; restore checks them against the records before use. */
  load(): NameIndexParts | undefined;
  /** Keeps the parts of an index just built (in the background: it must not delay the answer that built it). */
  save(parts: NameIndexParts): void;
}

/**
 * The search over `source`, each part built the first time it is needed:
 * the name index (/case, autocomplete) and the /search index take seconds to
 * build at 100,000 cases and a command such as /year needs neither, so a
 * one-shot answer (`npm run ask`) builds only what its command reads. A
 * long-running bot builds them as it starts (src/dataset/store.ts). With
 * `saved`, a name index kept from an earlier run on the same records is read
 * back instead of built, and one built is kept for the next.
 */
export function buildSearchIndex(source: SearchSource, saved?: SavedNameIndex): SearchIndex {
  // One memory of normalised text for both indexes, so each name's characters are read as pinyin
  // once; dropped when both are built.
  let words: ((s: string) => string) | undefined = memoWords();
  let names: NameIndex | undefined;
  let text: TextIndex | undefined;
  const nameIndex = (): NameIndex => {
    if (!names) {
      const parts = saved?.load();
      names = parts ? NameIndex.restore(source.cases, parts) : undefined;
      if (!names) {
        names = new NameIndex(source.cases, words);
        saved?.save(names.parts);
      }
      if (text) words = undefined;
    }
    return names;
  };
  const textIndex = (): TextIndex => {
    if (!text) {
      // Ids are written from names, so the name index's order, when built, is nearly id order.
      text = new TextIndex(source, words, names?.recordOrder);
      if (names) words = undefined;
    }
    return text;
  };
  return {
    findCases: (query, limit) => caseMatches(nameIndex().find(query, limit)),
    sharesName: (record) => nameIndex().sharesName(record),
    searchAll(query, limit = 30) {
      const hits = textIndex().search(query, limit);
      // A misspelt or run-together name ("yangxiuzu") has no word in common
      // with the record, so the name matcher gets its say as well.
      const seen = new Set(hits.filter((h) => h.kind === 'case').map((h) => h.id));
      const nameHits: TextHit[] = nameIndex()
        .find(query, 5)
        .filter((m) => m.score >= LISTED_IN_SEARCH_FROM && !seen.has(m.record.id))
        .map((m) => ({ kind: 'case', id: m.record.id, score: m.score, record: m.record }));
      return [...nameHits, ...hits].sort((a, b) => b.score - a.score).slice(0, limit);
    },
    buildNames: () => nameIndex().prepare(),
    build() {
      nameIndex().prepare();
      textIndex();
    },
  };
}

export type { Band, NameMatch, SearchSource, TextHit };
