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
 * - misspellings are looked for only when nothing matched as typed, and a
 *   match whose words disagree with the query's spaces ("li uy" is not Liu Ya
 *   typed key by key) does not count as typed right (splitCheck).
 */
import type { CaseRecord } from '../data/schema.js';
import { BEST_FUZZY, fuzzyScore, HOMOPHONE_PENALTY, missplitScore, SCORE, WORD_OF_SEVERAL_TYPED, type CheapKind, type MatchKind } from './confidence.js';
import { hanOnly, toKey, toWords } from './normalize.js';
import { rankBy } from './order.js';
import { SortedStrings, StringPairs, type SortedParts } from './sortedStrings.js';
import { growableInts, PairsByOwner, sortedHas, type Postings } from './postings.js';
import { SubstringIndex, type SubstringParts } from './substrings.js';
import { TopMatches } from './topMatches.js';
import { slipCost } from './typoCost.js';
import { TypoIndex, type Slips } from './typoIndex.js';
import { charactersOf, EntryNumberer, SHORT_PREFIX_CODES, shortPrefixCode } from './nameStrings.js';

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
/** A query's first two words run together starting this many names' words is too common to check against ("l i"). */
const SPLIT_CHECK_MAX = 2048;
/** Prefixes with more keys than this keep their entries in order for the next query... */
const ORDERED_PREFIX_MIN = 256;
/** ...for the most recent this many prefixes. */
const ORDERED_PREFIX_CACHE = 256;

/**
 * What a built name index is made of besides its records: enough to restore
 * it without building it again, which takes seconds at 100,000 cases
 * (src/dataset/nameSnapshot.ts keeps it between runs).
 */
export interface NameIndexParts {
  /** Entry e is records[order[e]], whose id is ids[e]: checked on restoring, so parts never serve other records. */
  order: Int32Array;
  ids: string[];
  keyAt: Int32Array;
  keyStart: Int32Array;
  spelt: Uint8Array;
  familyAt: Int32Array;
  sortedKeys: SortedParts;
  sortedWords: SortedParts;
  substrings: SubstringParts;
  /** The typo index's strings in the order they were added: the order its look-ups return them in. */
  typoStrings: string[];
  shortPrefixes: Postings;
}

export class NameIndex {
  /** In name order (then id), so that an entry's number is its place among ties. */
  private readonly records: CaseRecord[];
  /** Entry e is the input's record number order[e]. */
  private readonly order: Int32Array;
  /** Entry e's keys are sortedKeys.at(keyAt[i]) for i from keyStart[e] up to keyStart[e + 1]; the first spelt[e] are as spelt. */
  private readonly keyAt: Int32Array;
  private readonly keyStart: Int32Array;
  private readonly spelt: Uint8Array;
  /** Entry e's family name is sortedWords.at(familyAt[e]) (−1: none). */
  private readonly familyAt: Int32Array;
  /** Every key and every word, sorted, with their entries: exact look-ups and prefixes by binary search. */
  private readonly sortedKeys: SortedStrings;
  private readonly sortedWords: SortedStrings;
  private readonly substrings: SubstringIndex;
  /** Built with the index; when restored, at the first misspelling looked for (see typos). */
  private typoIndex: TypoIndex | undefined;
  private readonly typoStrings: string[];
  /** For every prefix of one or two ASCII letters (shortPrefixCode), its entries ascending: the first keys typed. */
  private readonly shortPrefixes: Postings;
  /** Recent longer prefixes with many entries, and those entries in order. */
  private readonly orderedPrefixes = new Map<string, Int32Array>();
  /** Marks the entries already placed by an earlier test of the current query. */
  private readonly seen: Int32Array;
  private stamp = 0;

  /**
   * `words` normalises text (toWords, or a memo of it shared with other
   * indexes while building). With `saved` (parts of an index built on these
   * same records: see restore) nothing is built.
   */
  constructor(records: readonly CaseRecord[], words: (s: string) => string = toWords, saved?: NameIndexParts) {
    if (saved) {
      this.order = saved.order;
      this.records = Array.from(saved.order, (i) => records[i]!);
      ({ keyAt: this.keyAt, keyStart: this.keyStart, spelt: this.spelt, familyAt: this.familyAt, typoStrings: this.typoStrings } = saved);
      this.sortedKeys = new SortedStrings(saved.sortedKeys);
      this.sortedWords = new SortedStrings(saved.sortedWords);
      this.substrings = new SubstringIndex(saved.substrings);
      this.shortPrefixes = saved.shortPrefixes;
      this.seen = new Int32Array(records.length);
      return;
    }
    const rank = rankBy(records, (r) => ({ parts: [r.name, r.id], locale: 'en' }));
    const inOrder: CaseRecord[] = new Array(records.length);
    this.order = new Int32Array(records.length);
    // Index loops, not entries(): an iterator result and a pair per record, at 100,000 records.
    for (let i = 0; i < records.length; i++) {
      inOrder[rank[i]!] = records[i]!;
      this.order[rank[i]!] = i;
    }
    this.records = inOrder;
    const count = inOrder.length;
    const keyPairs = new StringPairs();
    const wordPairs = new StringPairs();
    const keyIds = growableInts(count * 4);
    this.keyStart = new Int32Array(count + 1);
    this.spelt = new Uint8Array(count);
    const familyIds = new Int32Array(count);
    // The strings a misspelling is looked for in: keys as spelt, and words long enough to have a slip.
    const typoKeys = growableInts(count * 2);
    const typoWords = growableInts(count * 2);
    const numberer = new EntryNumberer(
      words,
      (key) => keyPairs.idOf(key),
      (word) => wordPairs.idOf(word),
    );
    for (let entry = 0; entry < count; entry++) {
      const { keys, spelt, words: entryWords, family } = numberer.of(inOrder[entry]!);
      this.keyStart[entry] = keyIds.length;
      this.spelt[entry] = Math.min(spelt, 255);
      for (let i = 0; i < keys.length; i++) {
        const id = keys[i]!;
        keyPairs.addNumber(id, entry);
        keyIds.push(id);
        if (i < spelt) typoKeys.push(id);
      }
      for (let i = 0; i < entryWords.length; i++) {
        const id = entryWords[i]!;
        wordPairs.addNumber(id, entry);
        if (wordPairs.strings[id]!.length >= FUZZY_MIN_LENGTH - 1) typoWords.push(id);
      }
      familyIds[entry] = family;
    }
    this.keyStart[count] = keyIds.length;
    const typoStrings = new Set<string>();
    for (let i = 0; i < typoKeys.length; i++) typoStrings.add(keyPairs.strings[typoKeys.data[i]!]!);
    for (let i = 0; i < typoWords.length; i++) typoStrings.add(wordPairs.strings[typoWords.data[i]!]!);
    this.typoStrings = [...typoStrings];
    this.typoIndex = new TypoIndex(this.typoStrings);
    const keysSorted = keyPairs.sorted();
    const wordsSorted = wordPairs.sorted();
    this.sortedKeys = keysSorted.sorted;
    this.sortedWords = wordsSorted.sorted;
    this.keyAt = keyIds.done().map((id) => keysSorted.position[id]!);
    this.familyAt = familyIds.map((id) => (id < 0 ? -1 : wordsSorted.position[id]!));
    this.substrings = SubstringIndex.build(count, (entry) => this.substringsOf(entry));
    this.shortPrefixes = this.listShortPrefixes();
    this.seen = new Int32Array(count);
  }

  /**
   * Every string a misspelling is looked for in, within two slips. A restored
   * index rebuilds it from its strings (mnemonist's Pass-join holds a function,
   * so it is not kept) when it is first needed: a name typed right, the usual
   * first /case, never needs it, and rebuilding it is most of a restore.
   */
  private get typos(): TypoIndex {
    this.typoIndex ??= new TypoIndex(this.typoStrings);
    return this.typoIndex;
  }

  /** Builds whatever a restored index left for its first use, so that no reader waits for it (a serving bot, in the background). */
  prepare(): void {
    void this.typos;
  }

  /** The index rebuilt from `parts` for these records, or undefined when the parts were built on other records. */
  static restore(records: readonly CaseRecord[], parts: NameIndexParts): NameIndex | undefined {
    if (parts.order.length !== records.length || parts.ids.length !== records.length) return undefined;
    for (let e = 0; e < parts.order.length; e++) if (records[parts.order[e]!]?.id !== parts.ids[e]) return undefined;
    return new NameIndex(records, toWords, parts);
  }

  /** The records' indices in name order (then id): entry e is record recordOrder[e]. */
  get recordOrder(): Int32Array {
    return this.order;
  }

  /** What restore needs to rebuild this index without building it. */
  get parts(): NameIndexParts {
    return {
      order: this.order,
      ids: this.records.map((r) => r.id),
      keyAt: this.keyAt,
      keyStart: this.keyStart,
      spelt: this.spelt,
      familyAt: this.familyAt,
      sortedKeys: this.sortedKeys.parts,
      sortedWords: this.sortedWords.parts,
      substrings: this.substrings.parts,
      typoStrings: this.typoStrings,
      shortPrefixes: this.shortPrefixes,
    };
  }

  /**
   * The entries of every one- and two-letter prefix, ascending, each once:
   * autocomplete's first keystrokes ("w", "wa") match tens of thousands of
   * names, and sorting those at the keystroke would cost milliseconds.
   */
  private listShortPrefixes(): Postings {
    const pairs = new PairsByOwner(this.keyAt.length * 2);
    const last = new Int32Array(SHORT_PREFIX_CODES).fill(-1);
    const add = (code: number, entry: number): void => {
      if (code < 0 || last[code] === entry) return;
      last[code] = entry;
      pairs.add(code, entry);
    };
    for (let entry = 0; entry < this.records.length; entry++) {
      for (let i = this.keyStart[entry]!; i < this.keyStart[entry + 1]!; i++) {
        const key = this.sortedKeys.at(this.keyAt[i]!);
        add(shortPrefixCode(key, 1), entry);
        add(shortPrefixCode(key, 2), entry);
      }
    }
    return pairs.grouped(SHORT_PREFIX_CODES);
  }

  /** Entry e's keys (see keyAt). */
  private keysOf(entry: number): string[] {
    const out: string[] = [];
    for (let i = this.keyStart[entry]!; i < this.keyStart[entry + 1]!; i++) out.push(this.sortedKeys.at(this.keyAt[i]!));
    return out;
  }

  /** What a substring is looked for in: the keys as spelt, then the characters; one list, as this runs per entry while building. */
  private substringsOf(entry: number): string[] {
    const out: string[] = [];
    const first = this.keyStart[entry]!;
    const end = Math.min(first + this.spelt[entry]!, this.keyStart[entry + 1]!);
    for (let i = first; i < end; i++) out.push(this.sortedKeys.at(this.keyAt[i]!));
    for (const chars of charactersOf(this.records[entry]!)) out.push(chars);
    return out;
  }

  /** The name as written, run together: the entry's first key. */
  private firstKey(entry: number): string {
    return this.sortedKeys.at(this.keyAt[this.keyStart[entry]!]!);
  }

  /** Whether `key` is one of the entry's keys as spelt (not its name turned round, nor its id). */
  private isSpelt(entry: number, key: string): boolean {
    const start = this.keyStart[entry]!;
    for (let i = start; i < start + this.spelt[entry]!; i++) if (this.sortedKeys.at(this.keyAt[i]!) === key) return true;
    return false;
  }

  private family(entry: number): string {
    const at = this.familyAt[entry]!;
    return at < 0 ? '' : this.sortedWords.at(at);
  }

  /** Whether any other entry has the record's name, run together, among its keys: one binary search. */
  sharesName(record: CaseRecord): boolean {
    return this.owners(this.sortedKeys, toKey(record.name)).length > 1;
  }

  /** Best matches first, at most `limit` (and never more than 25); the order never wobbles. */
  find(query: string, limit = MAX_RESULTS): NameMatch[] {
    const key = toKey(query);
    const han = hanOnly(query);
    if ((!key && !han) || limit <= 0) return [];
    const top = new TopMatches<MatchKind>(Math.min(limit, MAX_RESULTS));
    const stamp = ++this.stamp;
    // The words as typed: where the spaces fall, and which word is typed first.
    const typed = han ? [] : toWords(query).split(' ');
    const fits = this.splitCheck(typed);
    // Matches split elsewhere than typed, held back until the misspellings have been ranked.
    const missplit: { entry: number; kind: CheapKind }[] = [];
    const offer = (entry: number, kind: CheapKind): void => {
      if (this.seen[entry] === stamp) return;
      if (kind !== 'exact' && fits && !fits(entry)) {
        if (missplit.length < MAX_RESULTS && !missplit.some((m) => m.entry === entry)) missplit.push({ entry, kind });
        return;
      }
      this.seen[entry] = stamp;
      const bySoundOnly = han !== '' && !charactersOf(this.records[entry]!).some((h) => h.includes(han));
      // "yanli" is Yan Li's name and Li Yan's turned round: the name as written comes first.
      const asWritten = kind === 'exact' ? this.firstKey(entry) === key : kind === 'prefix' ? this.firstKey(entry).startsWith(key) : true;
      top.offer(entry, SCORE[kind] - (bySoundOnly ? HOMOPHONE_PENALTY : 0), kind, asWritten ? 0 : 1);
    };
    this.cheapTests(key, han, top, offer);
    // Misspellings are for what matches nothing as typed: near misses of "huang" would only bury
    // the Huangs, and of "yang x" the name being typed.
    if (top.size === 0 && !han && key.length >= FUZZY_MIN_LENGTH) this.misspelt(typed, key, top, stamp);
    // What the misspellings did not place ranks below them all ("li uy": Li Yu, one swap, before Liu Ya).
    for (const { entry, kind } of missplit) if (this.seen[entry] !== stamp) top.offer(entry, missplitScore(key.length), kind);
    return top.best().map(({ entry, score, kind }) => ({ record: this.records[entry]!, score, kind }));
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
        const inKeys = (entry: number): boolean => (han ? charactersOf(this.records[entry]!) : this.keysOf(entry)).some((s) => s.includes(part));
        this.substrings.forEachCandidate(part, (entry) => {
          if (top.closedFrom(SCORE.contains, entry)) return false;
          if (inKeys(entry)) offer(entry, 'contains');
          return true;
        });
      }
    }
  }

  /**
   * For a query of several words, whether an entry agrees with its first
   * space: the first word typed is a word of the entry's names ("yang x"), or
   * the first two typed run together start one ("xiu zhu", "ou yang"). Key by
   * key, a reporter who has typed "li " has typed the family name Li: Liu Ya,
   * whose name merely starts with "liuy", is no match for "li uy" as typed,
   * and Zhang Haisong none for "hang haisong"; both may still be
   * misspellings, and are ranked as one. Undefined when there is nothing to
   * check (one word typed).
   */
  private splitCheck(typed: readonly string[]): ((entry: number) => boolean) | undefined {
    if (typed.length < 2 || !typed[0]) return undefined;
    const whole = this.owners(this.sortedWords, typed[0]);
    const joined = typed[0] + typed[1];
    const [start, end] = this.sortedWords.range(joined, true);
    if (end - start > SPLIT_CHECK_MAX) return undefined;
    let inParts: Int32Array | undefined;
    return (entry) => {
      if (sortedHas(whole, entry)) return true;
      inParts ??= this.sortedWords.ownersWithPrefix(joined);
      return sortedHas(inParts, entry);
    };
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
    const code = key.length <= 2 ? shortPrefixCode(key, key.length) : -1;
    if (code >= 0) return this.shortPrefixes.values.subarray(this.shortPrefixes.offsets[code]!, this.shortPrefixes.offsets[code + 1]!);
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
   * allowed for the query's length, ranked by its slips and how likely they are (slipCost), then
   * by the first letter and the family name being right.
   */
  private misspelt(typed: readonly string[], key: string, top: TopMatches<MatchKind>, stamp: number): void {
    if (top.closedTo(BEST_FUZZY)) return;
    const slips: Slips = key.length >= TWO_SLIPS_FROM ? 2 : 1;
    const typedFamily = typed[0] ?? '';
    const near: { name: string; asKey: boolean; owners: Int32Array; score: number }[] = [];
    let as = key;
    let found = this.typos.slipsAway(key, slips);
    if (found.size === 0 && typed.length > 1) {
      // Nothing near as typed: "xiuzu yang" may be the name given first, family name last.
      as = [...typed.slice(1), typed[0]].join('');
      found = this.typos.slipsAway(as, slips);
    }
    // "heng hhui" is two words: Feng Henghui's given name matched whole leaves a word out, one slip more.
    const partCost = typed.length > 1 ? WORD_OF_SEVERAL_TYPED : 0;
    for (const [name, slipsFrom] of found) {
      const cost = slipCost(as, name, slipsFrom);
      const asKey = this.owners(this.sortedKeys, name);
      const asWord = this.owners(this.sortedWords, name);
      if (asKey.length > 0) near.push({ name, asKey: true, owners: asKey, score: fuzzyScore(cost, key.length, true) });
      if (asWord.length > 0) near.push({ name, asKey: false, owners: asWord, score: fuzzyScore(cost + partCost, key.length, false) });
    }
    // Best first, so that an entry reached through several of its strings is placed by its best.
    near.sort((a, b) => b.score - a.score);
    for (const { name, asKey, owners, score } of near) {
      for (const entry of owners) {
        if (top.closedFrom(score, entry)) break;
        if (this.seen[entry] === stamp) continue;
        this.seen[entry] = stamp;
        const family = this.family(entry);
        // "lluli" is one slip from Lu Li as written and from Li Lu turned round: Lu Li first.
        const turnedRound = asKey && !this.isSpelt(entry, name) ? 4 : 0;
        const tieBreak = (this.firstKey(entry)[0] === key[0] ? 0 : 2) + (key.startsWith(family) || typedFamily === family ? 0 : 1) + turnedRound;
        top.offer(entry, score, 'fuzzy', tieBreak);
      }
    }
  }
}
