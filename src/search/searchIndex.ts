/**
 * The search the commands use: names for /case and autocomplete, everything
 * for /search. Built once per dataset, so a reload swaps it with the data.
 * Both are indexed so that a query costs about the same at 100,000 cases as
 * at twenty (`npm run bench` measures it).
 */
import type { DatasetParts } from '../data/dataset.js';
import { NameIndex, type NameMatch } from './names.js';
import { memoWords } from './normalize.js';
import { TextIndex, type TextHit } from './textSearch.js';

export interface SearchIndex {
  /** Cases whose name, characters or aliases match, best first; at most `limit`, never more than 25. */
  findCases(query: string, limit?: number): NameMatch[];
  /** Cases, years and milestones that match every word of the query, best first. */
  searchAll(query: string, limit?: number): TextHit[];
}

/** A name that matches at least this well is listed in /search even if other words are missing. */
const NAME_HIT_MAX_SCORE = 0.35;

export function buildSearchIndex(parts: DatasetParts): SearchIndex {
  // One memory of normalised text for both indexes: each name's characters are read as pinyin once.
  const words = memoWords();
  const names = new NameIndex(parts.cases, words);
  const text = new TextIndex(parts, words);
  return {
    findCases: (query, limit) => names.find(query, limit),
    searchAll(query, limit = 30) {
      const hits = text.search(query, limit);
      // A misspelt or run-together name ("yangxiuzu") has no word in common
      // with the record, so the name matcher gets its say as well.
      const seen = new Set(hits.filter((h) => h.kind === 'case').map((h) => h.id));
      const nameHits: TextHit[] = names
        .find(query, 5)
        .filter((m) => m.score <= NAME_HIT_MAX_SCORE && !seen.has(m.record.id))
        .map((m) => ({ kind: 'case', id: m.record.id, score: 1 - m.score, record: m.record }));
      return [...nameHits, ...hits].sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

export type { NameMatch, TextHit };
