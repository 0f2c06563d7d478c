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
 * - misspellings are looked for only when nothing matched a key or a word as typed.
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
  /** Whole-name keys: `yangxiuzhu` first, then `xiuzhuyang`, the id, aliases run together, the pinyin of the characters. */
  keys: string[];
  /** The keys a misspelling is looked for in: all but the reversed name and the id (the query is turned round instead). */
  spelt: string[];
  /** Single words of the name and aliases: `yang`, `xiuzhu`. */
  words: string[];
  /** The family name as a key: `yang`. */
  family: string;
  /** The characters, simplified and traditional. */
  han: string[];
}

function entryFor(record: CaseRecord, words: (s: string) => string): NameEntry {
  const key = (s: string): string => words(s).replace(/ /g, '');
  const nameWords = words(record.name).split(' ');
  const spelt = new Set<string>([key(record.name)]);
  const han: string[] = [];
  for (const chars of [record.chinese?.simplified, record.chinese?.traditional]) {
    if (!chars) continue;
    han.push(chars);
    spelt.add(key(chars));
  }
  const wordSet = new Set(nameWords);
  for (const alias of record.aliases) {
    spelt.add(key(alias));
    for (const w of words(alias).split(' ')) wordSet.add(w);
  }
  spelt.delete('');
  wordSet.delete('');
  const keys = new Set([...spelt].slice(0, 1));
  if (nameWords.length > 1) keys.add([...nameWords.slice(1), nameWords[0]].join(''));
  keys.add(key(record.id));
  for (const s of spelt) keys.add(s);
  keys.delete('');
  return { record, keys: [...keys], spelt: [...spelt], words: [...wordSet], family: nameWords[0] ?? '', han };
}

/** Each string with the entries that have it, ascending. */
function ownersOf(stringsOf: readonly (readonly string[])[]): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  stringsOf.forEach((strings, entry) => {
    for (const s of strings) {
      const list = owners.get(s);
      if (!list) owners.set(s, [entry]);
      else if (list[list.length - 1] !== entry) list.push(entry);
    }
  });
  return owners;
}

const NONE: readonly number[] = [];

export class NameIndex {
  /** In name order (then id), so that an entry's number is its place among ties. */
  private readonly entries: NameEntry[];
  private readonly keyOwners: Map<string, number[]>;
  private readonly wordOwners: Map<string, number[]>;
  private readonly sortedKeys: SortedStrings;
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
    this.entries = inOrder.map((r) => entryFor(r, words));
    const keysOf = this.entries.map((e) => e.keys);
    this.keyOwners = ownersOf(keysOf);
    this.wordOwners = ownersOf(this.entries.map((e) => e.words));
    this.sortedKeys = new SortedStrings(keysOf);
    this.substrings = new SubstringIndex(this.entries.map((e) => [...e.keys, ...e.han]));
    const spelt = new Set(this.entries.flatMap((e) => e.spelt));
    for (const w of this.wordOwners.keys()) if (w.length >= FUZZY_MIN_LENGTH - 1) spelt.add(w);
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
    const typedRight = this.cheapTests(key, han, top, offer);
    // Misspellings are for what matches nothing as typed: near-misses of "huang" would only bury the Huangs.
    if (!typedRight && !han && key.length >= FUZZY_MIN_LENGTH) this.misspelt(query, key, top, stamp);
    return top.best().map(({ entry, score, kind }) => ({ record: this.entries[entry]!.record, score, kind }));
  }

  /**
   * The cheap tests, best kind first, stopping once no later match could get
   * into the results. True when the query is a key or a word of some name.
   */
  private cheapTests(key: string, han: string, top: TopMatches<MatchKind>, offer: (entry: number, kind: CheapKind) => void): boolean {
    // Lists in entry order are read only until the results are full of matches a later entry could not beat.
    const scan = (entries: ArrayLike<number>, kind: CheapKind): void => {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        if (top.closedFrom(SCORE[kind], entry)) return;
        offer(entry, kind);
      }
    };
    const exact = (key && this.keyOwners.get(key)) || NONE;
    const word = (key && this.wordOwners.get(key)) || NONE;
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
    return exact.length > 0 || word.length > 0;
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
    const near: { owners: readonly number[]; score: number }[] = [];
    let as = key;
    let found = this.typos.near(key, slips);
    if (found.length === 0 && typed.length > 1) {
      // Nothing near as typed: "xiuzu yang" may be the name given first, family name last.
      as = [...typed.slice(1), typed[0]].join('');
      found = this.typos.near(as, slips);
    }
    for (const name of found) {
      const cost = typoCost(as, name);
      const asKey = this.keyOwners.get(name);
      const asWord = this.wordOwners.get(name);
      if (asKey) near.push({ owners: asKey, score: fuzzyScore(cost, key.length, true) });
      if (asWord) near.push({ owners: asWord, score: fuzzyScore(cost, key.length, false) });
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
