/**
 * Finding a fugitive by name, however it is typed. Cheap exact, word, prefix
 * and substring tests on precomputed keys come first, because they are what a
 * reporter typing key by key produces; fuse.js scores the rest for typos.
 *
 * Scores run from 0 (exact) upwards; lower is better, as in fuse.js. Ties are
 * broken by name, then id.
 *
 * Nothing here scans every record, so a query costs about the same at
 * 100,000 cases as at twenty (`npm run bench`):
 * - exact, word and prefix matches come from sorted key lists (binary search),
 *   substring matches from a trigram index, characters from a character index;
 * - the tests run best kind first and stop as soon as the results are full of
 *   matches no later kind could beat;
 * - typing key by key, each keystroke narrows the candidates of the one
 *   before (a small cache of recent prefixes) instead of asking the index;
 * - fuse.js scores only the records that share the most letter pairs with a
 *   misspelt query (see typoCandidates.ts).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { CaseRecord } from '../data/schema.js';
import { editDistanceWithin } from './editDistance.js';
import { charIndex, GramIndex } from './gramIndex.js';
import { hanOnly, toKey, toWords } from './normalize.js';
import { rankBy } from './order.js';
import { SortedStrings } from './sortedStrings.js';
import { TopMatches } from './topMatches.js';
import { TypoCandidates } from './typoCandidates.js';

export type MatchKind = 'exact' | 'word' | 'prefix' | 'contains' | 'fuzzy';
type CheapKind = Exclude<MatchKind, 'fuzzy'>;

export interface NameMatch {
  record: CaseRecord;
  score: number;
  kind: MatchKind;
}

/** Scores of the cheap tests; fuzzy matches land above `FUZZY_FLOOR` so a typo never outranks what was typed right. */
const SCORE: Record<CheapKind, number> = { exact: 0, word: 0.03, prefix: 0.05, contains: 0.1 };
const FUZZY_FLOOR = 0.15;
const HOMOPHONE_PENALTY = 0.04;
/** fuse.js threshold: 0.4 lets two slips through in a ten-letter name but not a different name. */
const FUZZY_THRESHOLD = 0.4;
/** Below this many letters a typo cannot be told from another name ("yan" is one letter from "an"), so no fuzzy match. */
const FUZZY_MIN_LENGTH = 4;
/** Short queries get a stricter fuzzy threshold: one slip in four letters is already a lot. */
const SHORT_QUERY = 6;
const SHORT_THRESHOLD = 0.25;

/** Discord shows at most 25 choices, and no caller needs more. */
const MAX_RESULTS = 25;
/** A key's substring candidates are kept for the next keystroke when there are at most this many... */
const PREFIX_CACHE_MAX_SET = 5000;
/** ...for the most recent this many keys. */
const PREFIX_CACHE_SIZE = 64;
/** Prefixes with more keys than this keep their entries in order for the next query... */
const ORDERED_PREFIX_MIN = 256;
/** ...for the most recent this many prefixes. */
const ORDERED_PREFIX_CACHE = 256;
/** Substring candidates are worth collecting when the rarest trigram of the key is in at most this many records. */
const SUBSTRING_MAX_SCAN = 2000;

function fuseOptions(threshold: number): IFuseOptions<NameEntry> {
  return { keys: ['keys'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold };
}

interface NameEntry {
  record: CaseRecord;
  /** Whole-name keys: `yangxiuzhu`, `xiuzhuyang`, aliases run together, the pinyin of the characters. */
  keys: string[];
  /** Single words of the name and aliases: `yang`, `xiuzhu`. */
  words: string[];
  /** The characters, simplified and traditional. */
  han: string[];
}

function entryFor(record: CaseRecord, words: (s: string) => string): NameEntry {
  const key = (s: string): string => words(s).replace(/ /g, '');
  const nameWords = words(record.name).split(' ');
  const keys = new Set<string>([key(record.name), key(record.id)]);
  if (nameWords.length > 1) keys.add([...nameWords.slice(1), nameWords[0]].join(''));
  const han: string[] = [];
  for (const chars of [record.chinese?.simplified, record.chinese?.traditional]) {
    if (!chars) continue;
    han.push(chars);
    keys.add(key(chars));
  }
  const wordSet = new Set(nameWords);
  for (const alias of record.aliases) {
    keys.add(key(alias));
    for (const w of words(alias).split(' ')) wordSet.add(w);
  }
  keys.delete('');
  return { record, keys: [...keys], words: [...wordSet], han };
}

export class NameIndex {
  /** In name order (then id), so that an entry's number is its place among ties. */
  private readonly entries: NameEntry[];
  private readonly keys: SortedStrings;
  private readonly words: SortedStrings;
  private readonly trigrams: GramIndex;
  private readonly hanChars: Map<string, Int32Array>;
  private readonly typos: TypoCandidates;
  /** Recent keys and the entries with a key containing them, most recent last. */
  private readonly prefixCache = new Map<string, Int32Array>();
  /** Recent prefixes with many entries, and those entries in order. */
  private readonly orderedPrefixes = new Map<string, Int32Array>();
  /** Marks the entries already placed by an earlier test of the current query. */
  private readonly seen: Int32Array;
  private stamp = 0;

  /** `words` normalises text (toWords, or a memo of it shared with other indexes while building). */
  constructor(records: readonly CaseRecord[], words: (s: string) => string = toWords) {
    const rank = rankBy(records, (r) => ({ parts: [r.name, r.id], locale: 'en' }));
    const inOrder: CaseRecord[] = new Array(records.length);
    records.forEach((r, i) => (inOrder[rank[i]!] = r));
    this.entries = inOrder.map((r) => entryFor(r, words));
    const keysOf = this.entries.map((e) => e.keys);
    this.keys = new SortedStrings(keysOf);
    this.words = new SortedStrings(this.entries.map((e) => e.words));
    this.trigrams = new GramIndex(keysOf, 3);
    this.hanChars = charIndex(this.entries.map((e) => e.han));
    this.typos = new TypoCandidates(keysOf);
    this.seen = new Int32Array(this.entries.length);
  }

  /** Best matches first, at most `limit` (and never more than 25); the order never wobbles. */
  find(query: string, limit = MAX_RESULTS): NameMatch[] {
    const key = toKey(query);
    const han = hanOnly(query);
    if ((!key && !han) || limit <= 0) return [];
    const top = new TopMatches<MatchKind>(Math.min(limit, MAX_RESULTS));
    const stamp = ++this.stamp;
    const offer = (entry: number, kind: CheapKind): void => {
      if (this.seen[entry] === stamp) return;
      this.seen[entry] = stamp;
      // 杨 and 阳 are both "yang": a record matched by sound alone ranks below one matched by its characters.
      const bySoundOnly = han !== '' && !this.entries[entry]!.han.some((h) => h.includes(han));
      top.offer(entry, SCORE[kind] + (bySoundOnly ? HOMOPHONE_PENALTY : 0), kind);
    };

    const candidates = han ? undefined : this.substringCandidates(key);
    if (candidates) {
      for (const entry of candidates) {
        const kind = cheapMatch(this.entries[entry]!, key, han);
        if (kind) offer(entry, kind);
      }
    } else {
      this.cheapTests(key, han, top, offer);
    }
    // Fuzzy matching is for typos: when what was typed already matches a name
    // exactly or as a prefix, near-misses would only bury it.
    if (top.size === 0 && key.length >= FUZZY_MIN_LENGTH) this.fuzzy(key, top);
    return top.best().map(({ entry, score, kind }) => ({ record: this.entries[entry]!.record, score, kind }));
  }

  /** The cheap tests from the index, best kind first, stopping once no later match could get into the results. */
  private cheapTests(key: string, han: string, top: TopMatches<MatchKind>, offer: (entry: number, kind: CheapKind) => void): void {
    // Lists in entry order are read only until the results are full of matches a later entry could not beat.
    const scan = (entries: ArrayLike<number>, start: number, end: number, kind: CheapKind): void => {
      for (let i = start; i < end; i++) {
        const entry = entries[i]!;
        if (top.closedFrom(SCORE[kind], entry)) return;
        offer(entry, kind);
      }
    };
    if (key) {
      scan(this.keys.owners, ...this.keys.range(key, false), 'exact');
      if (top.closedTo(SCORE.word)) return;
      scan(this.words.owners, ...this.words.range(key, false), 'word');
      if (top.closedTo(SCORE.prefix)) return;
      const prefixed = this.prefixed(key);
      scan(prefixed, 0, prefixed.length, 'prefix');
    }
    if (top.closedTo(SCORE.contains)) return;
    if (han) {
      let rarest: Int32Array | undefined;
      for (const char of han) {
        const list = this.hanChars.get(char) ?? new Int32Array(0);
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const entry of rarest ?? []) {
        if (top.closedFrom(SCORE.contains, entry)) break;
        if (this.entries[entry]!.han.some((h) => h.includes(han))) offer(entry, 'contains');
      }
    }
    if (key.length >= 3) {
      for (const entry of this.trigrams.rarest(key) ?? []) {
        if (top.closedFrom(SCORE.contains, entry)) break;
        if (this.entries[entry]!.keys.some((k) => k.includes(key))) offer(entry, 'contains');
      }
    }
  }

  /**
   * The entries with a key starting with `key`, ascending. A short prefix
   * ("w") has tens of thousands: those lists are kept for the most recent
   * prefixes, so that typing the first letters of a name reads 25 entries.
   */
  private prefixed(key: string): ArrayLike<number> {
    const [start, end] = this.keys.range(key, true);
    if (end - start <= ORDERED_PREFIX_MIN) return Int32Array.from(this.keys.owners.subarray(start, end)).sort();
    let list = this.orderedPrefixes.get(key);
    if (list) this.orderedPrefixes.delete(key);
    else list = this.keys.ownersWithPrefix(key);
    this.orderedPrefixes.set(key, list);
    if (this.orderedPrefixes.size > ORDERED_PREFIX_CACHE) this.orderedPrefixes.delete(this.orderedPrefixes.keys().next().value!);
    return list;
  }

  /**
   * Every entry with a key containing `key`: all that the exact, word, prefix
   * and substring tests can match for it, or for anything typed after it (a
   * word is part of its name's key). From the cache when an earlier
   * keystroke's set covers it; undefined when the set would be too large to
   * be worth it (a key of one or two letters, or a very common one).
   */
  private substringCandidates(key: string): Int32Array | undefined {
    if (key.length < 3) return undefined;
    let from: Int32Array | undefined;
    for (let length = key.length; length >= 3 && !from; length--) {
      const prefix = key.slice(0, length);
      from = this.prefixCache.get(prefix);
      if (from) {
        this.prefixCache.delete(prefix);
        this.prefixCache.set(prefix, from);
      }
    }
    if (!from) {
      from = this.trigrams.rarest(key)!;
      if (from.length > SUBSTRING_MAX_SCAN) return undefined;
    }
    const found = from.filter((entry) => this.entries[entry]!.keys.some((k) => k.includes(key)));
    if (found.length <= PREFIX_CACHE_MAX_SET) {
      this.prefixCache.set(key, found);
      if (this.prefixCache.size > PREFIX_CACHE_SIZE) this.prefixCache.delete(this.prefixCache.keys().next().value!);
    }
    return found;
  }

  private fuzzy(key: string, top: TopMatches<MatchKind>): void {
    const threshold = key.length < SHORT_QUERY ? SHORT_THRESHOLD : FUZZY_THRESHOLD;
    const candidates = this.typos.for(key);
    // The threshold applies to each key, not only to their product: two keys each two
    // slips off a five-letter query ("li iao" against Wang Leisong) are no match.
    const fuse = new Fuse(
      candidates.map((entry) => this.entries[entry]!),
      fuseOptions(threshold),
    );
    for (const hit of fuse.search(key)) {
      const score = hit.score ?? 1;
      if (score > threshold) continue;
      // fuse.js scores the best-matching stretch of a key, so "yangxiuzu" is one slip from
      // both Yang Xiuzhu and Yang Xiuzhuo; the whole name's distance says which is meant.
      top.offer(candidates[hit.refIndex]!, FUZZY_FLOOR + (1 - FUZZY_FLOOR) * score, 'fuzzy', closestKey(key, hit.item.keys));
    }
  }
}

function cheapMatch(entry: NameEntry, key: string, han: string): CheapKind | undefined {
  if (key && entry.keys.includes(key)) return 'exact';
  if (key && entry.words.includes(key)) return 'word';
  if (key && entry.keys.some((k) => k.startsWith(key))) return 'prefix';
  if (han && entry.han.some((h) => h.includes(han))) return 'contains';
  if (key.length >= 3 && entry.keys.some((k) => k.includes(key))) return 'contains';
  return undefined;
}

/** Edits from `key` to the nearest of `keys` (optimal string alignment). */
function closestKey(key: string, keys: readonly string[]): number {
  let best = Infinity;
  for (const k of keys) {
    const d = editDistanceWithin(key, k, Math.min(best - 1, Math.max(key.length, k.length)));
    if (d !== undefined) best = d;
  }
  return best;
}
