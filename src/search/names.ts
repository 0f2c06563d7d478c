/**
 * Finding a fugitive by name, however it is typed. Cheap exact, word, prefix
 * and substring tests on precomputed keys come first, because they are what a
 * reporter typing key by key produces; fuse.js scores the rest for typos.
 *
 * Scores run from 0 (exact) upwards; lower is better, as in fuse.js.
 */
import Fuse from 'fuse.js';
import type { CaseRecord } from '../data/schema.js';
import { hanOnly, toKey, toWords } from './normalize.js';

export type MatchKind = 'exact' | 'word' | 'prefix' | 'contains' | 'fuzzy';

export interface NameMatch {
  record: CaseRecord;
  score: number;
  kind: MatchKind;
}

/** Scores of the cheap tests; fuzzy matches land above `FUZZY_FLOOR` so a typo never outranks what was typed right. */
const SCORE: Record<Exclude<MatchKind, 'fuzzy'>, number> = { exact: 0, word: 0.03, prefix: 0.05, contains: 0.1 };
const FUZZY_FLOOR = 0.15;
const HOMOPHONE_PENALTY = 0.04;
/** fuse.js threshold: 0.4 lets two slips through in a ten-letter name but not a different name. */
const FUZZY_THRESHOLD = 0.4;
/** Below this many letters a typo cannot be told from another name ("yan" is one letter from "an"), so no fuzzy match. */
const FUZZY_MIN_LENGTH = 4;
/** Short queries get a stricter fuzzy threshold: one slip in four letters is already a lot. */
const SHORT_QUERY = 6;
const SHORT_THRESHOLD = 0.25;

interface NameEntry {
  record: CaseRecord;
  /** Whole-name keys: `yangxiuzhu`, `xiuzhuyang`, aliases run together, the pinyin of the characters. */
  keys: string[];
  /** Single words of the name and aliases: `yang`, `xiuzhu`. */
  words: string[];
  /** The characters, simplified and traditional. */
  han: string[];
}

function entryFor(record: CaseRecord): NameEntry {
  const nameWords = toWords(record.name).split(' ');
  const keys = new Set<string>([toKey(record.name), toKey(record.id)]);
  if (nameWords.length > 1) keys.add([...nameWords.slice(1), nameWords[0]].join(''));
  const han: string[] = [];
  for (const chars of [record.chinese?.simplified, record.chinese?.traditional]) {
    if (!chars) continue;
    han.push(chars);
    keys.add(toKey(chars));
  }
  const words = new Set(nameWords);
  for (const alias of record.aliases) {
    keys.add(toKey(alias));
    for (const w of toWords(alias).split(' ')) words.add(w);
  }
  keys.delete('');
  return { record, keys: [...keys], words: [...words], han };
}

export class NameIndex {
  private readonly entries: NameEntry[];
  private readonly fuse: Fuse<NameEntry>;

  constructor(records: readonly CaseRecord[]) {
    this.entries = records.map(entryFor);
    this.fuse = new Fuse(this.entries, {
      keys: ['keys'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUZZY_THRESHOLD,
    });
  }

  /** Best matches first; ties are broken by name, then id, so the order never wobbles. */
  find(query: string, limit = 25): NameMatch[] {
    const key = toKey(query);
    const han = hanOnly(query);
    if (!key && !han) return [];
    const best = new Map<CaseRecord, NameMatch>();
    const offer = (record: CaseRecord, score: number, kind: MatchKind): void => {
      const seen = best.get(record);
      if (!seen || score < seen.score) best.set(record, { record, score, kind });
    };

    for (const entry of this.entries) {
      const kind = cheapMatch(entry, key, han);
      if (!kind) continue;
      // 杨 and 阳 are both "yang": a record matched by sound alone ranks below one matched by its characters.
      const bySoundOnly = han !== '' && !entry.han.some((h) => h.includes(han));
      offer(entry.record, SCORE[kind] + (bySoundOnly ? HOMOPHONE_PENALTY : 0), kind);
    }
    // Fuzzy matching is for typos: when what was typed already matches a name
    // exactly or as a prefix, near-misses would only bury it.
    if (best.size === 0 && key.length >= FUZZY_MIN_LENGTH) {
      const threshold = key.length < SHORT_QUERY ? SHORT_THRESHOLD : FUZZY_THRESHOLD;
      for (const hit of this.fuse.search(key)) {
        const score = hit.score ?? 1;
        if (score <= threshold) offer(hit.item.record, FUZZY_FLOOR + (1 - FUZZY_FLOOR) * score, 'fuzzy');
      }
    }
    return [...best.values()].sort(compareMatches).slice(0, limit);
  }
}

function cheapMatch(entry: NameEntry, key: string, han: string): Exclude<MatchKind, 'fuzzy'> | undefined {
  if (key && entry.keys.includes(key)) return 'exact';
  if (key && entry.words.includes(key)) return 'word';
  if (key && entry.keys.some((k) => k.startsWith(key))) return 'prefix';
  if (han && entry.han.some((h) => h.includes(han))) return 'contains';
  if (key.length >= 3 && entry.keys.some((k) => k.includes(key))) return 'contains';
  return undefined;
}

export function compareMatches(a: NameMatch, b: NameMatch): number {
  return a.score - b.score || a.record.name.localeCompare(b.record.name, 'en') || a.record.id.localeCompare(b.record.id, 'en');
}
