/**
 * Search across everything: cases, years and milestones, by any word a
 * reporter might use (a place, a bank, a method such as extradition, a year).
 * Every word of the query must match somewhere in a record (or the best
 * partial matches are returned when nothing matches them all); a word matches
 * exactly, by stem (extradition ~ extradited), as a prefix, or with a typo.
 *
 * An inverted index: for each indexed word, the records that have it and the
 * weight of the field it is in. A query matches its words against the
 * vocabulary once, then adds up the lists of the words they matched, so it
 * reads the records that have those words and no others.
 */
import type { CaseRecord, Milestone, YearRecord } from '../data/schema.js';
import { boundedWords, toWords } from './normalize.js';
import { rankBy, rankIds } from './order.js';
import { forEachPart, holdsPhrase, idOf, MAX_WEIGHT, STOP_WORDS, type DocKind, type DocRef } from './textFields.js';
import { Vocabulary } from './vocabulary.js';
import { BestScores, ranksAbove, visitBestFirst } from './bestScores.js';
import { DistinctInts, growableInts, PairsByOwner, sortedHas, type Growable } from './postings.js';

export type { DocKind };
export type TextHit = DocRef & { id: string; score: number };

/** The records search reads: a Dataset has them, and so does anything built by hand. */
export interface SearchSource {
  readonly cases: readonly CaseRecord[];
  readonly years: readonly YearRecord[];
  readonly milestones: readonly Milestone[];
}

/** A query given as a phrase ("bank of china") lifts the records that have it word for word. */
const PHRASE_BONUS = 0.5;
/** The records that may hold the phrase are checked best first, this many picked at a time. */
const PHRASE_BATCH = 64;
/** Consecutive word pairs are hashed into this many buckets (2^20): a bucket's list can hold a few strangers, never miss a record. */
const PAIR_BITS = 20;

/** A copy of `array` at least `size` long, the new places set to `fill`. */
function grown<T extends Int32Array | Float32Array>(array: T, size: number, fill: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  bigger.fill(fill, array.length);
  return bigger;
}

/** The bucket of two consecutive words. */
function pairBucket(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0xc2b2ae35) >>> (32 - PAIR_BITS);
}

/**
 * Every record in the tie-break order: by kind, then id. `casesNear`: the
 * cases' indices in an order close to id order, to sort from (rankIds).
 */
function inTieBreakOrder(parts: SearchSource, casesNear?: ArrayLike<number>): DocRef[] {
  const kinds: DocRef[][] = [
    parts.cases.map((record): DocRef => ({ kind: 'case', record })),
    parts.years.map((record): DocRef => ({ kind: 'year', record })),
    parts.milestones.map((record): DocRef => ({ kind: 'milestone', record })),
  ];
  const kindRank = rankBy(['case', 'year', 'milestone'], (kind) => ({ parts: [kind] }));
  const ordered: DocRef[][] = [];
  kinds.forEach((refs, k) => {
    const rank = rankIds(refs.map(idOf), k === 0 ? casesNear : undefined);
    const inOrder: DocRef[] = new Array(refs.length);
    for (let i = 0; i < refs.length; i++) inOrder[rank[i]!] = refs[i]!;
    ordered[kindRank[k]!] = inOrder;
  });
  return ordered.flat();
}

export class TextIndex {
  /** In the tie-break order (kind, then id), so that a smaller number wins a tie. */
  private readonly refs: DocRef[];
  private readonly ids: string[];
  private readonly vocabulary = new Vocabulary();
  /** The records with word w are docs[offsets[w]] up to docs[offsets[w + 1]], ascending, with the weight of the field each has it in. */
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  /** The records with a consecutive word pair in bucket b are pairDocs[pairOffsets[b]] up to pairDocs[pairOffsets[b + 1]], ascending. */
  private readonly pairOffsets: Int32Array;
  private readonly pairDocs: Int32Array;
  // Scratch space reused by every query.
  private readonly total: Float64Array;
  private readonly matched: Uint16Array;
  private readonly exactly: Uint16Array;
  private readonly wordScore: Float64Array;
  private readonly exactStamp: Int32Array;
  private readonly pairMark: Int32Array;
  /** The records a query touched, and those one word matched: lists reused by every query (no array grows per query). */
  private readonly touched: Int32Array;
  private readonly mine: Int32Array;
  /** Characters read as pinyin for the phrase check, kept for the next queries (pinyin costs tens of microseconds a name). */
  private readonly phraseWords = boundedWords(4096);
  private stamp = 0;

  /**
   * `words` normalises text (toWords, or a memo of it shared with other
   * indexes while building). `casesNear`, when given, lists the cases'
   * indices in an order close to id order (the name index's: ids are written
   * from names): sorted from there, the cases take some 30 ms to put in id
   * order at 100,000 cases instead of 150.
   */
  constructor(parts: SearchSource, words: (s: string) => string = toWords, casesNear?: ArrayLike<number>) {
    this.refs = inTieBreakOrder(parts, casesNear);
    this.ids = this.refs.map(idOf);

    // About 23 words and 21 word pairs a case at 100,000 cases: room for that many, grown past it if needed.
    const wordPairs = new PairsByOwner(this.refs.length * 24 + 1024, true);
    // A record's words with the best field weight of each, in arrays indexed by word: cheaper than a Map per record.
    let seenIn = new Int32Array(1 << 12).fill(-1);
    let bestWeight = new Float32Array(1 << 12);
    const mine = growableInts();
    // Places, posts, outcomes and years recur from record to record: each distinct text is read once.
    // Names are nearly all different: a memory of them would only grow.
    const memos: Map<string, Int32Array>[] = [];
    // A recurring text's word numbers are written here, then copied out for its memory.
    const read = growableInts(64);
    // A name's, alias's or characters' are written into a list kept for the field, not copied: a
    // typed array per name read was some 50 MB of what the build allocated at 100,000 cases. Names
    // are nearly all different, but the records that share one are next to each other (ids are
    // written from names: wang-wei, wang-wei-2), so a field's last text is not read again.
    const lastText: (string | undefined)[] = [];
    const lastRead: Growable<Int32Array>[] = [];
    const readText = (part: string, into: Growable<Int32Array>): void => {
      into.length = 0;
      const normalised = words(part);
      if (!normalised) return;
      const list = normalised.split(' ');
      for (let i = 0; i < list.length; i++) into.push(this.vocabulary.idOf(list[i]!));
      if (this.vocabulary.size > seenIn.length) {
        [seenIn, bestWeight] = [grown(seenIn, this.vocabulary.size, -1), grown(bestWeight, this.vocabulary.size, 0)];
      }
    };
    const pairBuckets = new PairsByOwner(this.refs.length * 24 + 1024);
    const docPairs = new DistinctInts();
    let doc = 0;
    const addPart = (part: string, field: number, weight: number, repeats: boolean): void => {
      let ids: Int32Array;
      let count: number;
      if (repeats) {
        let memo = memos[field];
        if (!memo) memos[field] = memo = new Map();
        let known = memo.get(part);
        if (!known) {
          readText(part, read);
          known = read.done();
          memo.set(part, known);
        }
        ids = known;
        count = known.length;
      } else {
        let last = lastRead[field];
        if (!last) lastRead[field] = last = growableInts(16);
        if (lastText[field] !== part) {
          readText(part, last);
          lastText[field] = part;
        }
        ids = last.data;
        count = last.length;
      }
      for (let i = 1; i < count; i++) {
        const bucket = pairBucket(ids[i - 1]!, ids[i]!);
        if (docPairs.add(bucket)) pairBuckets.add(bucket, doc);
      }
      for (let i = 0; i < count; i++) {
        const id = ids[i]!;
        if (seenIn[id] !== doc) {
          seenIn[id] = doc;
          bestWeight[id] = weight;
          mine.push(id);
        } else if (bestWeight[id]! < weight) bestWeight[id] = weight;
      }
    };
    for (; doc < this.refs.length; doc++) {
      mine.length = 0;
      docPairs.clear();
      forEachPart(this.refs[doc]!, addPart);
      for (let i = 0; i < mine.length; i++) {
        const id = mine.data[i]!;
        wordPairs.add(id, doc, bestWeight[id]!);
      }
    }
    this.vocabulary.seal();

    ({ offsets: this.offsets, values: this.docs, weights: this.weights } = wordPairs.grouped(this.vocabulary.size));
    ({ offsets: this.pairOffsets, values: this.pairDocs } = pairBuckets.grouped(1 << PAIR_BITS));

    const count = this.refs.length;
    this.total = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.exactly = new Uint16Array(count);
    this.wordScore = new Float64Array(count);
    this.exactStamp = new Int32Array(count);
    this.pairMark = new Int32Array(count);
    this.touched = new Int32Array(count);
    this.mine = new Int32Array(count);
  }

  /** Hits with a relevance score (higher is better), best first, in a stable order. */
  search(query: string, limit = 30): TextHit[] {
    const all = toWords(query).split(' ').filter(Boolean);
    const words = all.filter((w) => !STOP_WORDS.has(w));
    const used = words.length > 0 ? words : all;
    if (used.length === 0 || limit <= 0) return [];

    let touchedCount = 0;
    for (const word of used) touchedCount = this.addWord(word, touchedCount);
    const touched = this.touched.subarray(0, touchedCount);
    const n = used.length;
    const base = (doc: number): number => this.total[doc]! / (n * MAX_WEIGHT);
    const best = new BestScores(limit);
    let allWords = false;
    for (let i = 0; i < touched.length && !allWords; i++) allWords = this.matched[touched[i]!] === n;
    if (!allWords) {
      // Nothing has every word: the best partial matches, scaled by how many words they have.
      for (let i = 0; i < touched.length; i++) {
        const doc = touched[i]!;
        best.offer(doc, (base(doc) * this.matched[doc]!) / n);
      }
    } else if (n === 1) {
      for (let i = 0; i < touched.length; i++) best.offer(touched[i]!, base(touched[i]!));
    } else {
      this.addPhraseBonus(touched, n, all, base, best);
    }
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i]!;
      this.total[doc] = 0;
      this.matched[doc] = 0;
      this.exactly[doc] = 0;
    }
    return best.items.map(({ doc, score }): TextHit => ({ ...this.refs[doc]!, id: this.ids[doc]!, score }));
  }

  /**
   * Adds one query word's score to every record it matches: the weight of
   * the field where the record has the word itself, otherwise the best of
   * its looser matches (stem, prefix, typo) times what they keep of it.
   * Records touched for the first time are added to `touched` after the
   * first `touchedCount`; returns the new count.
   */
  private addWord(word: string, touchedCount: number): number {
    const stamp = ++this.stamp;
    const { docs, weights, offsets, wordScore, exactStamp, mine, touched, total, matched, exactly } = this;
    let mineCount = 0;
    const exact = this.vocabulary.exact(word);
    if (exact !== undefined) {
      for (let i = offsets[exact]!; i < offsets[exact + 1]!; i++) {
        const doc = docs[i]!;
        exactStamp[doc] = stamp;
        wordScore[doc] = weights[i]!;
        mine[mineCount++] = doc;
      }
    }
    for (const [id, factor] of this.vocabulary.looseMatches(word)) {
      for (let i = offsets[id]!; i < offsets[id + 1]!; i++) {
        const doc = docs[i]!;
        if (exactStamp[doc] === stamp) continue;
        const value = factor * weights[i]!;
        if (wordScore[doc] === 0) mine[mineCount++] = doc;
        if (value > wordScore[doc]!) wordScore[doc] = value;
      }
    }
    for (let i = 0; i < mineCount; i++) {
      const doc = mine[i]!;
      if (matched[doc] === 0) touched[touchedCount++] = doc;
      total[doc] = total[doc]! + wordScore[doc]!;
      matched[doc]!++;
      if (exactStamp[doc] === stamp) exactly[doc]!++;
      wordScore[doc] = 0;
    }
    return touchedCount;
  }

  /**
   * Ranks the records that have every word, lifting those that have the
   * query word for word as a phrase. Checking a record for the phrase means
   * reading its text, so only those that may hold it (every word exactly, and
   * every consecutive pair of words, by bucket) are checked, best first, and
   * only while the bonus could still lift one into the results.
   */
  private addPhraseBonus(touched: Int32Array, wordCount: number, phraseWords: readonly string[], base: (doc: number) => number, best: BestScores): void {
    const stamp = this.markPairs(phraseWords);
    // The scratch list addWord is done with.
    const mayHold = this.mine;
    let mayHoldCount = 0;
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i]!;
      if (this.matched[doc] !== wordCount) continue;
      if (stamp !== undefined && this.exactly[doc] === wordCount && this.pairMark[doc] === stamp) mayHold[mayHoldCount++] = doc;
      else best.offer(doc, base(doc));
    }
    const phrase = ` ${phraseWords.join(' ')} `;
    const bound = (doc: number): number => base(doc) + PHRASE_BONUS;
    visitBestFirst(mayHold.subarray(0, mayHoldCount), bound, PHRASE_BATCH, (top) => {
      const floor = best.floor;
      if (floor && !ranksAbove(top, floor)) return false;
      const holds = holdsPhrase(this.refs[top.doc]!, phrase, this.phraseWords);
      best.offer(top.doc, holds ? top.score : base(top.doc));
      return true;
    });
  }

  /** Marks the records that have every consecutive pair of the words (by bucket); undefined when a word is not indexed at all. */
  private markPairs(words: readonly string[]): number | undefined {
    const ids = words.map((w) => this.vocabulary.exact(w));
    if (ids.some((id) => id === undefined)) return undefined;
    const lists: Int32Array[] = [];
    for (let i = 1; i < ids.length; i++) {
      const bucket = pairBucket(ids[i - 1]!, ids[i]!);
      lists.push(this.pairDocs.subarray(this.pairOffsets[bucket]!, this.pairOffsets[bucket + 1]!));
    }
    lists.sort((a, b) => a.length - b.length);
    const stamp = ++this.stamp;
    const shortest = lists[0];
    if (!shortest) return stamp;
    // Plain loops: a test per record made a closure per record, the most this query allocated.
    for (let d = 0; d < shortest.length; d++) {
      const doc = shortest[d]!;
      let inAll = true;
      for (let i = 1; i < lists.length && inAll; i++) inAll = sortedHas(lists[i]!, doc);
      if (inAll) this.pairMark[doc] = stamp;
    }
    return stamp;
  }
}
