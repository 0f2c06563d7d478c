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
import { toWords } from './normalize.js';
import { rankBy } from './order.js';
import { fieldsOf, idOf, MAX_WEIGHT, phrasesOf, STOP_WORDS, type DocKind, type DocRef } from './textFields.js';
import { Vocabulary } from './vocabulary.js';
import { BestScores, docHeap, ranksAbove } from './bestScores.js';

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
/** Consecutive word pairs are hashed into this many buckets (2^20): a bucket's list can hold a few strangers, never miss a record. */
const PAIR_BITS = 20;

/** The bucket of two consecutive words. */
function pairBucket(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0xc2b2ae35) >>> (32 - PAIR_BITS);
}

/**
 * Counting sort of (key, values...) rows by key: offsets[k] up to offsets[k + 1]
 * are the rows with key k, in their original order.
 */
function groupBy(keys: Growable<Int32Array>, keyCount: number, docs: Growable<Int32Array>, weights?: Growable<Float32Array>): [Int32Array, Int32Array, Float32Array] {
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) offsets[keys.data[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const sortedDocs = new Int32Array(keys.length);
  const sortedWeights = new Float32Array(weights ? keys.length : 0);
  for (let i = 0; i < keys.length; i++) {
    const at = fill[keys.data[i]!]!++;
    sortedDocs[at] = docs.data[i]!;
    if (weights) sortedWeights[at] = weights.data[i]!;
  }
  return [offsets, sortedDocs, sortedWeights];
}

/** A typed array that grows, for building the index without millions of small arrays. */
class Growable<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
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
  private stamp = 0;

  /** `words` normalises text (toWords, or a memo of it shared with other indexes while building). */
  constructor(parts: SearchSource, words: (s: string) => string = toWords) {
    const unordered: DocRef[] = [
      ...parts.cases.map((record): DocRef => ({ kind: 'case', record })),
      ...parts.years.map((record): DocRef => ({ kind: 'year', record })),
      ...parts.milestones.map((record): DocRef => ({ kind: 'milestone', record })),
    ];
    const rank = rankBy(unordered, (ref) => ({ parts: [ref.kind, idOf(ref)] }));
    this.refs = new Array(unordered.length);
    unordered.forEach((ref, i) => (this.refs[rank[i]!] = ref));
    this.ids = this.refs.map(idOf);

    const wordIds = new Growable(new Int32Array(1 << 16));
    const docs = new Growable(new Int32Array(1 << 16));
    const weights = new Growable(new Float32Array(1 << 16));
    // A record's words with the best field weight of each, in arrays indexed by word: cheaper than a Map per record.
    const seenIn: number[] = [];
    const bestWeight: number[] = [];
    const mine: number[] = [];
    // Outcomes, countries, years and many posts repeat from record to record: read each text once.
    const idsOfText = new Map<string, number[]>();
    const idsOf = (part: string): number[] => {
      let ids = idsOfText.get(part);
      if (!ids) {
        const normalised = words(part);
        ids = normalised ? normalised.split(' ').map((w) => this.vocabulary.idOf(w)) : [];
        idsOfText.set(part, ids);
      }
      return ids;
    };
    const pairBuckets = new Growable(new Int32Array(1 << 16));
    const pairOwners = new Growable(new Int32Array(1 << 16));
    const lastPairDoc = new Int32Array(1 << PAIR_BITS).fill(-1);
    this.refs.forEach((ref, doc) => {
      mine.length = 0;
      for (const { parts, weight } of fieldsOf(ref)) {
        for (const part of parts) {
          const ids = idsOf(part);
          for (let i = 1; i < ids.length; i++) {
            const bucket = pairBucket(ids[i - 1]!, ids[i]!);
            if (lastPairDoc[bucket] === doc) continue;
            lastPairDoc[bucket] = doc;
            pairBuckets.push(bucket);
            pairOwners.push(doc);
          }
          for (const id of ids) {
            if (seenIn[id] !== doc) {
              seenIn[id] = doc;
              bestWeight[id] = weight;
              mine.push(id);
            } else if (bestWeight[id]! < weight) bestWeight[id] = weight;
          }
        }
      }
      for (const id of mine) {
        wordIds.push(id);
        docs.push(doc);
        weights.push(bestWeight[id]!);
      }
    });
    this.vocabulary.seal();

    [this.offsets, this.docs, this.weights] = groupBy(wordIds, this.vocabulary.size, docs, weights);
    [this.pairOffsets, this.pairDocs] = groupBy(pairBuckets, 1 << PAIR_BITS, pairOwners);

    const count = this.refs.length;
    this.total = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.exactly = new Uint16Array(count);
    this.wordScore = new Float64Array(count);
    this.exactStamp = new Int32Array(count);
    this.pairMark = new Int32Array(count);
  }

  /** Hits with a relevance score (higher is better), best first, in a stable order. */
  search(query: string, limit = 30): TextHit[] {
    const all = toWords(query).split(' ').filter(Boolean);
    const words = all.filter((w) => !STOP_WORDS.has(w));
    const used = words.length > 0 ? words : all;
    if (used.length === 0 || limit <= 0) return [];

    const touched: number[] = [];
    for (const word of used) this.addWord(word, touched);
    const n = used.length;
    const base = (doc: number): number => this.total[doc]! / (n * MAX_WEIGHT);
    const best = new BestScores(limit);
    if (!touched.some((doc) => this.matched[doc] === n)) {
      // Nothing has every word: the best partial matches, scaled by how many words they have.
      for (const doc of touched) best.offer(doc, (base(doc) * this.matched[doc]!) / n);
    } else if (n === 1) {
      for (const doc of touched) best.offer(doc, base(doc));
    } else {
      this.addPhraseBonus(touched, n, all, base, best);
    }
    for (const doc of touched) {
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
   */
  private addWord(word: string, touched: number[]): void {
    const stamp = ++this.stamp;
    const mine: number[] = [];
    const exact = this.vocabulary.exact(word);
    if (exact !== undefined) {
      for (let i = this.offsets[exact]!; i < this.offsets[exact + 1]!; i++) {
        const doc = this.docs[i]!;
        this.exactStamp[doc] = stamp;
        this.wordScore[doc] = this.weights[i]!;
        mine.push(doc);
      }
    }
    for (const [id, factor] of this.vocabulary.looseMatches(word)) {
      for (let i = this.offsets[id]!; i < this.offsets[id + 1]!; i++) {
        const doc = this.docs[i]!;
        if (this.exactStamp[doc] === stamp) continue;
        const value = factor * this.weights[i]!;
        if (this.wordScore[doc] === 0) mine.push(doc);
        if (value > this.wordScore[doc]!) this.wordScore[doc] = value;
      }
    }
    for (const doc of mine) {
      if (this.matched[doc] === 0) touched.push(doc);
      this.total[doc] = this.total[doc]! + this.wordScore[doc]!;
      this.matched[doc]!++;
      if (this.exactStamp[doc] === stamp) this.exactly[doc]!++;
      this.wordScore[doc] = 0;
    }
  }

  /**
   * Ranks the records that have every word, lifting those that have the
   * query word for word as a phrase. Checking a record for the phrase means
   * reading its text, so only those that may hold it (every word exactly, and
   * every consecutive pair of words, by bucket) are checked, best first, and
   * only while the bonus could still lift one into the results.
   */
  private addPhraseBonus(touched: readonly number[], wordCount: number, phraseWords: readonly string[], base: (doc: number) => number, best: BestScores): void {
    const stamp = this.markPairs(phraseWords);
    const mayHold: number[] = [];
    for (const doc of touched) {
      if (this.matched[doc] !== wordCount) continue;
      if (stamp !== undefined && this.exactly[doc] === wordCount && this.pairMark[doc] === stamp) mayHold.push(doc);
      else best.offer(doc, base(doc));
    }
    const phrase = ` ${phraseWords.join(' ')} `;
    const bound = (doc: number): number => base(doc) + PHRASE_BONUS;
    const queue = docHeap(mayHold, bound);
    for (let top = queue.pop(); top; top = queue.pop()) {
      const floor = best.floor;
      if (floor && !ranksAbove(top, floor)) break;
      const holds = phrasesOf(this.refs[top.doc]!, toWords).some((p) => p.includes(phrase));
      best.offer(top.doc, holds ? top.score : base(top.doc));
    }
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
    for (const doc of lists[0] ?? []) {
      if (lists.every((list, i) => i === 0 || sortedHas(list, doc))) this.pairMark[doc] = stamp;
    }
    return stamp;
  }
}

function sortedHas(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === value;
}
