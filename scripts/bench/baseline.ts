/**
 * The naive baseline: fuse.js with its default options over the same
 * records, its index built once. It stands in for the bot's SearchIndex, so
 * the same command handlers run on top of either and the comparison is of
 * the search alone.
 */
import Fuse from 'fuse.js';
import type { DatasetParts } from '../../src/data/parts.js';
import { caseMatches, type NameMatch, type SearchIndex, type TextHit } from '../../src/search/searchIndex.js';

/** A hit without its score, for each kind with its own record type. */
type WithoutScore<T> = T extends unknown ? Omit<T, 'score'> : never;
type Doc = WithoutScore<TextHit>;

export function baselineSearchIndex(parts: DatasetParts): SearchIndex {
  const names = new Fuse(parts.cases, { keys: ['name', 'aliases', 'chinese.simplified', 'chinese.traditional'], includeScore: true });
  const docs: Doc[] = [
    ...parts.cases.map((record): Doc => ({ kind: 'case', id: record.id, record })),
    ...parts.years.map((record): Doc => ({ kind: 'year', id: String(record.year), record })),
    ...parts.milestones.map((record): Doc => ({ kind: 'milestone', id: record.id, record })),
  ];
  const everything = new Fuse(docs, {
    keys: [
      'record.name',
      'record.aliases',
      'record.chinese.simplified',
      'record.post.value',
      'record.fled.to',
      'record.events.from',
      'record.notes.text',
      'record.title',
      'record.detail',
      'id',
    ],
    includeScore: true,
  });
  const nameCount = new Map<string, number>();
  for (const c of parts.cases) nameCount.set(c.name.toLowerCase(), (nameCount.get(c.name.toLowerCase()) ?? 0) + 1);
  return {
    // fuse.js scores 0 for a perfect match up to 1: turned round to search's higher-is-better, banded as the bot's are.
    findCases: (query, limit = 25) =>
      caseMatches(
        names.search(query, { limit }).map(({ item, score = 1 }): NameMatch => ({ record: item, score: 1 - score, kind: score === 0 ? 'exact' : 'fuzzy' })),
      ),
    searchAll: (query, limit = 30): TextHit[] => everything.search(query, { limit }).map(({ item, score = 1 }) => ({ ...item, score: 1 - score }) as TextHit),
    sharesName: (record) => (nameCount.get(record.name.toLowerCase()) ?? 0) > 1,
    // Built above, once.
    buildNames: () => undefined,
    build: () => undefined,
  };
}
