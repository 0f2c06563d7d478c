/**
 * Which records fuse.js should score for a misspelt name. fuse.js compares
 * the query with every record it is given (about 1.5 µs a key), which at
 * 100,000 cases is most of a second; here it gets the few dozen that share
 * the most letter pairs with the query, rare pairs counting more.
 *
 * A record fuse.js could accept at our thresholds shares at least one pair
 * with the query (an edit breaks at most two pairs, and fuse.js allows at
 * most four edits in ten letters), so when few records share any, all of them
 * are scored and the result is what fuse.js alone would give.
 */
import { GramIndex } from './gramIndex.js';

/** How many records fuse.js scores for one typo. Fewer rank better as well as faster: fuse.js scores the best-matching
 * stretch of a key, so among many candidates longer names that contain a near-copy of the query crowd the intended one. */
const CANDIDATES = 50;
/** Rarer pairs admit records until this many are in the pool; commoner pairs then only add to their scores. */
const POOL = 5000;
/** The commonest pairs get a bit each in a per-record mask: 64 bits, two 32-bit words a record. */
const COMMON_PAIRS = 64;

export class TypoCandidates {
  private readonly pairs: GramIndex;
  private readonly bitOf = new Map<number, number>();
  private readonly commonMask: Uint32Array;
  /** Scratch space reused by every query (a query runs to completion before the next starts). */
  private readonly score: Float64Array;
  private readonly pool: Int32Array;
  private readonly poolScores: Float64Array;

  /** `keysOf[entry]`: the normalised keys of entry number `entry`; smaller numbers win ties. */
  constructor(keysOf: readonly (readonly string[])[]) {
    const count = keysOf.length;
    this.pairs = new GramIndex(keysOf, 2);
    this.pairs.commonest(COMMON_PAIRS).forEach((pair, bit) => this.bitOf.set(pair, bit));
    this.commonMask = new Uint32Array(count * 2);
    for (const [pair, bit] of this.bitOf) {
      for (const entry of this.pairs.list(pair)) this.commonMask[entry * 2 + (bit >> 5)]! |= 1 << (bit & 31);
    }
    this.score = new Float64Array(count);
    this.pool = new Int32Array(count);
    this.poolScores = new Float64Array(count);
  }

  /**
   * Entry numbers, ascending. Pairs are taken rarest first; each admits the
   * records that have it until the pool is full. After that the commoner
   * pairs (in tens of thousands of names: "an", "ng") only add to the scores
   * of records already in the pool, by a bit test for the commonest, so a
   * query never walks every name that has "an".
   */
  for(key: string): number[] {
    const pairs = this.pairs
      .distinctGrams(key)
      .map((pair) => ({ pair, list: this.pairs.list(pair) }))
      .filter((p) => p.list.length > 0)
      .sort((a, b) => a.list.length - b.list.length);
    const { score, pool } = this;
    let size = 0;
    for (const { pair, list } of pairs) {
      const weight = Math.log(1 + score.length / list.length);
      if (size < POOL) {
        for (let i = 0; i < list.length; i++) {
          const entry = list[i]!;
          if (score[entry] === 0) pool[size++] = entry;
          score[entry] = score[entry]! + weight;
        }
        continue;
      }
      const bit = this.bitOf.get(pair);
      if (bit !== undefined) {
        const word = bit >> 5;
        const mask = 1 << (bit & 31);
        for (let i = 0; i < size; i++) {
          const entry = pool[i]!;
          if (this.commonMask[entry * 2 + word]! & mask) score[entry] = score[entry]! + weight;
        }
      } else {
        for (let i = 0; i < list.length; i++) {
          const entry = list[i]!;
          if (score[entry]! > 0) score[entry] = score[entry]! + weight;
        }
      }
    }

    let chosen: number[] = [];
    if (size <= CANDIDATES) {
      for (let i = 0; i < size; i++) chosen.push(pool[i]!);
    } else {
      // The K-th best score in linear time; ties at it go to the entries first in name order.
      const scores = this.poolScores;
      for (let i = 0; i < size; i++) scores[i] = score[pool[i]!]!;
      const cut = kthLargest(scores.subarray(0, size), CANDIDATES);
      const ties: number[] = [];
      for (let i = 0; i < size; i++) {
        const entry = pool[i]!;
        if (score[entry]! > cut) chosen.push(entry);
        else if (score[entry] === cut) ties.push(entry);
      }
      ties.sort((a, b) => a - b);
      chosen = chosen.concat(ties.slice(0, CANDIDATES - chosen.length));
    }
    for (let i = 0; i < size; i++) score[pool[i]!] = 0;
    return chosen.sort((a, b) => a - b);
  }
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
