/**
 * Finding a fugitive by name, however it is typed. Cheap exact, word, prefix
 * and substring tests on precomputed keys come first, because they are what a
 * reporter typing key by key produces; misspellings come last, ranked by how
 * people mistype (typoCost.ts) among every name within two slips (typoIndex.ts).
 *
 * Scores are higher-is-better (confidence.ts). Ties are broken by the
 * first letter being right, then the family name being exact, then name and id.
 *
 * Nothing here scans every record, so a query costs about the same at
 * 100,000 cases as at twenty (`npm run bench`):
 * - exact and word matches come from maps, prefixes from the sorted keys
 *   (binary search), substrings and characters from an inverted index;
 * - the tests run best kind first and stop as soon as the results are full of
 *   matches no later kind could beat;
 * - misspellings are looked for only when nothing matched as typed.
 */
import type { CaseRecord } from '../data/schema.js';
import { BEST_FUZZY, fuzzyScore, HOMOPHONE_PENALTY, SCORE, type CheapKind, type MatchKind } from './confidence.js';
import { hanOnly, toKey, toWords } from './normalize.js';
import { rankBy } from './order.js';
import { SortedStrings } from './sortedStrings.js';
import { SubstringIndex } from './substrings.js';
import { TopMatches } from './topMatches.js';
import { typoCost } from './typoCost.js';
import { TypoIndex, type Slips } from './typoIndex.js';

export type { MatchKind };

export interface NameMatch {
  record: CaseRecord;
  /** Higher is better: 1 is the name exactly (confidence.ts). */
  score: number;
  kind: MatchKind;
}

/** Discord shows at most 25 choices, and no caller needs more. */
const MAX_RESULTS = 25;
/** Below this many letters a typo cannot be told from another name ("yan" is one letter from "an"). */
const FUZZY_MIN_LENGTH = 4;
/** From this many letters a query may hold two slips; below, one. */
const TWO_SLIPS_FROM = 5;
/** Prefixes with more keys than this keep their entries in order for the next query... */
const ORDERED_PREFIX_MIN = 256;
/** ...for the most recent this many prefixes. */
const ORDERED_PREFIX_CACHE = 256;

interface NameEntry {
  record: CaseRecord;
  /**
   * Whole-name keys: the name as written first (`yangxiuzhu`), then the pinyin
   * of its characters and its aliases run together, then the name turned
   * round (`xiuzhuyang`) and the id.
   */
  keys: string[];
  /** How many of the keys, from the first, a misspelling is looked for in (the query is turned round instead). */
  spelt: number;
  /** The family name as a key: `yang`. */
  family: string;
  /** The characters, simplified and traditional. */
  han: readonly string[];
}

const NO_CHARACTERS: readonly string[] = [];

/** The entry, and the single words of its name and aliases (`yang`, `xiuzhu`), which only the index keeps. */
function entryFor(record: CaseRecord, words: (s: string) => string, intern: (s: string) => string): [NameEntry, string[]] {
  const key = (s: string): string => intern(words(s).replace(/ /g, ''));
  const nameWords = words(record.name).split(' ').map(intern);
  const keys = new Set<string>([key(record.name)]);
  const han: string[] = [];
  for (const chars of [record.chinese?.simplified, record.chinese?.traditional]) {
    if (!chars) continue;
    han.push(chars);
    keys.add(key(chars));
  }
  const wordSet = new Set(nameWords);
  for (const alias of record.aliases) {
    keys.add(key(alias));
    for (const w of words(alias).split(' ')) wordSet.add(intern(w));
  }
  keys.delete('');
  wordSet.delete('');
  const spelt = keys.size;
  if (nameWords.length > 1) keys.add(intern([...nameWords.slice(1), nameWords[0]].join('')));
  keys.add(key(record.id));
  keys.delete('');
  const entry: NameEntry = { record, keys: [...keys], spelt, family: nameWords[0] ?? '', han: han.length > 0 ? han : NO_CHARACTERS };
  return [entry, [...wordSet]];
}

export class NameIndex {
  /** In name order (then id), so that an entry's number is its place among ties. */
  private readonly entries: NameEntry[];
  /** Every key and every word, sorted, with their entries: exact look-ups and prefixes by binary search. */
  private readonly sortedKeys: SortedStrings;
  private readonly sortedWords: SortedStrings;
  private readonly substrings: SubstringIndex;
  private readonly typos: TypoIndex;
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
    // One copy of each string, however many names and indexes hold it (a name's key and its characters' pinyin are one).
    const interned = new Map<string, string>();
    const intern = (s: string): string => interned.get(s) ?? (interned.set(s, s), s);
    const built = inOrder.map((r) => entryFor(r, words, intern));
    this.entries = built.map(([entry]) => entry);
    const wordsOf = built.map(([, w]) => w);
    const speltOf = (e: NameEntry): string[] => e.keys.slice(0, e.spelt);
    this.sortedKeys = new SortedStrings(this.entries.map((e) => e.keys));
    this.sortedWords = new SortedStrings(wordsOf);
    this.substrings = new SubstringIndex(this.entries.length, (entry) => [...speltOf(this.entries[entry]!), ...this.entries[entry]!.han]);
    const spelt = new Set<string>();
    for (const e of this.entries) for (let i = 0; i < e.spelt; i++) spelt.add(e.keys[i]!);
    for (const w of wordsOf) for (const word of w) if (word.length >= FUZZY_MIN_LENGTH - 1) spelt.add(word);
    this.typos = new TypoIndex(spelt);
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
      const { han: chars, keys } = this.entries[entry]!;
      const bySoundOnly = han !== '' && !chars.some((h) => h.includes(han));
      // "yanli" is Yan Li's name and Li Yan's turned round: the name as written comes first.
      const asWritten = kind === 'exact' ? keys[0] === key : kind === 'prefix' ? keys[0]!.startsWith(key) : true;
      top.offer(entry, SCORE[kind] - (bySoundOnly ? HOMOPHONE_PENALTY : 0), kind, asWritten ? 0 : 1);
    };
    this.cheapTests(key, han, top, offer);
    // Misspellings are for what matches nothing as typed: near misses of "huang" would only bury
    // the Huangs, and of "yang x" the name being typed.
    if (top.size === 0 && !han && key.length >= FUZZY_MIN_LENGTH) this.misspelt(query, key, top, stamp);
    return top.best().map(({ entry, score, kind }) => ({ record: this.entries[entry]!.record, score, kind }));
  }

  /** The cheap tests, best kind first, stopping once no later match could get into the results. */
  private cheapTests(key: string, han: string, top: TopMatches<MatchKind>, offer: (entry: number, kind: CheapKind) => void): void {
    // Lists in entry order are read only until the results are full of matches a later entry could not beat.
    const scan = (entries: ArrayLike<number>, kind: CheapKind): void => {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        if (top.closedFrom(SCORE[kind], entry)) return;
        offer(entry, kind);
      }
    };
    const exact = this.owners(this.sortedKeys, key);
    const word = this.owners(this.sortedWords, key);
    scan(exact, 'exact');
    if (!top.closedTo(SCORE.word)) scan(word, 'word');
    if (key && !top.closedTo(SCORE.prefix)) scan(this.prefixed(key), 'prefix');
    if (!top.closedTo(SCORE.contains)) {
      const part = han || (key.length >= 3 ? key : '');
      if (part) {
        const inKeys = (entry: number): boolean => (han ? this.entries[entry]!.han : this.entries[entry]!.keys).some((s) => s.includes(part));
        for (const entry of this.substrings.containing(part)) {
          if (top.closedFrom(SCORE.contains, entry)) break;
          if (inKeys(entry)) offer(entry, 'contains');
        }
      }
    }
  }

  /** The entries that have `s` itself, ascending. */
  private owners(sorted: SortedStrings, s: string): Int32Array {
    const [start, end] = s ? sorted.range(s, false) : [0, 0];
    return sorted.owners.subarray(start, end);
  }

  /**
   * The entries with a key starting with `key`, ascending. A short prefix
   * ("w") has tens of thousands: those lists are kept for the most recent
   * prefixes, so that typing the first letters of a name reads 25 entries.
   */
  private prefixed(key: string): ArrayLike<number> {
    const [start, end] = this.sortedKeys.range(key, true);
    if (end - start <= ORDERED_PREFIX_MIN) return Int32Array.from(this.sortedKeys.owners.subarray(start, end)).sort();
    let list = this.orderedPrefixes.get(key);
    if (list) this.orderedPrefixes.delete(key);
    else list = this.sortedKeys.ownersWithPrefix(key);
    this.orderedPrefixes.set(key, list);
    if (this.orderedPrefixes.size > ORDERED_PREFIX_CACHE) this.orderedPrefixes.delete(this.orderedPrefixes.keys().next().value!);
    return list;
  }

  /**
   * Every name (whole, run together, or one of its words) within the slips
   * allowed for the query's length, ranked by how likely the slips are, then
   * by the first letter and the family name being right.
   */
  private misspelt(query: string, key: string, top: TopMatches<MatchKind>, stamp: number): void {
    if (top.closedTo(BEST_FUZZY)) return;
    const slips: Slips = key.length >= TWO_SLIPS_FROM ? 2 : 1;
    const typed = toWords(query).split(' ');
    const typedFamily = typed[0] ?? '';
    const near: { owners: Int32Array; score: number }[] = [];
    let as = key;
    let found = this.typos.near(key, slips);
    if (found.length === 0 && typed.length > 1) {
      // Nothing near as typed: "xiuzu yang" may be the name given first, family name last.
      as = [...typed.slice(1), typed[0]].join('');
      found = this.typos.near(as, slips);
    }
    for (const name of found) {
      const cost = typoCost(as, name);
      const asKey = this.owners(this.sortedKeys, name);
      const asWord = this.owners(this.sortedWords, name);
      if (asKey.length > 0) near.push({ owners: asKey, score: fuzzyScore(cost, key.length, true) });
      if (asWord.length > 0) near.push({ owners: asWord, score: fuzzyScore(cost, key.length, false) });
    }
    // Best first, so that an entry reached through several of its strings is placed by its best.
    near.sort((a, b) => b.score - a.score);
    for (const { owners, score } of near) {
      for (const entry of owners) {
        if (top.closedFrom(score, entry)) break;
        if (this.seen[entry] === stamp) continue;
        this.seen[entry] = stamp;
        const e = this.entries[entry]!;
        const tieBreak = (e.keys[0]![0] === key[0] ? 0 : 2) + (key.startsWith(e.family) || typedFamily === e.family ? 0 : 1);
        top.offer(entry, score, 'fuzzy', tieBreak);
      }
    }
  }
}
