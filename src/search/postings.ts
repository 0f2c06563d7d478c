/**
 * The flat lists every index here is made of: for each key (a word, a run of
 * three letters, a string), the entries that have it, all in one typed array
 * with an offset per key ("compressed sparse rows"). A hundred thousand
 * records make millions of (key, entry) pairs: as small JavaScript arrays
 * they would be millions of objects for the garbage collector to trace and a
 * few times the memory; as two typed arrays they are neither.
 */

/** A typed array that grows, for building an index without millions of small arrays. */
export class Growable<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(public data: T) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** A copy of exactly the values pushed. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export function growableInts(capacity = 1024): Growable<Int32Array> {
  return new Growable(new Int32Array(capacity));
}

export function growableFloats(capacity = 1024): Growable<Float32Array> {
  return new Growable(new Float32Array(capacity));
}

/** Entries by key: the entries with key k are `values[offsets[k]]` up to `values[offsets[k + 1]]`. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
  /** The weight of each value, when the pairs had one (else empty). */
  readonly weights: Float32Array;
}

/**
 * (key, owner[, weight]) pairs, added owner by owner in ascending order, to
 * be grouped by key. Every index here adds its pairs that way (record after
 * record), so an owner is stored once for its run of keys rather than once a
 * pair: at 100,000 cases that is millions of numbers fewer to push and to
 * grow into, and a quarter less of the build's garbage collection.
 */
export class PairsByOwner {
  /** The pairs' keys, in the order added; the caller may rewrite them (renumbering) before grouping. */
  readonly keys: Growable<Int32Array>;
  private readonly weights: Growable<Float32Array> | undefined;
  /** Run r holds the keys from runStarts[r] up to runStarts[r + 1] (or the end), all owned by runOwners[r]. */
  private readonly runOwners = growableInts();
  private readonly runStarts = growableInts();
  private lastOwner = -1;

  /** `capacity`: the number of pairs expected (the arrays grow past it when needed); `weighted`: each pair has a weight. */
  constructor(capacity: number, weighted = false) {
    this.keys = growableInts(capacity);
    this.weights = weighted ? growableFloats(capacity) : undefined;
  }

  get length(): number {
    return this.keys.length;
  }

  /** Adds a pair; owners must come in ascending order. */
  add(key: number, owner: number, weight = 0): void {
    if (owner !== this.lastOwner) {
      if (owner < this.lastOwner) throw new RangeError(`owner ${owner} added after ${this.lastOwner}: owners must ascend`);
      this.lastOwner = owner;
      this.runOwners.push(owner);
      this.runStarts.push(this.keys.length);
    }
    this.keys.push(key);
    this.weights?.push(weight);
  }

  /**
   * Counting sort by key, keys 0 to keyCount − 1. Within a key the owners
   * ascend (they were added in that order), each with its pair's weight.
   */
  grouped(keyCount: number): Postings {
    const offsets = new Int32Array(keyCount + 1);
    const keyData = this.keys.data;
    const total = this.keys.length;
    for (let i = 0; i < total; i++) offsets[keyData[i]! + 1]!++;
    for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
    const fill = offsets.slice(0, keyCount);
    const values = new Int32Array(total);
    const weightData = this.weights?.data;
    const weights = new Float32Array(weightData ? total : 0);
    const runs = this.runOwners.length;
    for (let r = 0; r < runs; r++) {
      const owner = this.runOwners.data[r]!;
      const end = r + 1 < runs ? this.runStarts.data[r + 1]! : total;
      for (let i = this.runStarts.data[r]!; i < end; i++) {
        const at = fill[keyData[i]!]!++;
        values[at] = owner;
        if (weightData) weights[at] = weightData[i]!;
      }
    }
    return { offsets, values, weights };
  }
}

/** Whether ascending `list` holds `value`: one binary search. */
export function sortedHas(list: Int32Array, value: number): boolean {
  return list[lowerBound(list, value)] === value;
}

/** The first position from `from` (up to `to`) of the ascending `list` whose value is not below `value`. */
export function lowerBound(list: Int32Array, value: number, from = 0, to = list.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The distinct numbers added since the last `clear`, in a small open-addressed
 * table that grows with what one record holds. For dropping a record's repeated
 * keys when the key space is large: a table with a slot per key (the /search
 * index's million word-pair buckets, 4 MB) is read at a random place per key,
 * a cache miss each, where this one stays in the processor's nearest cache.
 */
export class DistinctInts {
  private slots = new Int32Array(256);
  /** A slot is in use when its stamp is the current one: clearing is a new stamp, not a fill. */
  private stamps = new Int32Array(256);
  private stamp = 1;
  private count = 0;
  /** The slot of a number is the top bits of its hash: 32 − log2(slots). */
  private shift = 24;

  /** Forgets every number added. */
  clear(): void {
    this.stamp++;
    this.count = 0;
  }

  /** Adds `value`; whether it was not there yet. */
  add(value: number): boolean {
    const mask = this.slots.length - 1;
    let slot = Math.imul(value, 0x9e3779b1) >>> this.shift;
    while (this.stamps[slot] === this.stamp) {
      if (this.slots[slot] === value) return false;
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = value;
    this.stamps[slot] = this.stamp;
    if (++this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  /** Twice the slots, the numbers of the current stamp placed again. */
  private grow(): void {
    const { slots, stamps, stamp } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.stamps = new Int32Array(slots.length * 2);
    this.stamp = 1;
    this.count = 0;
    this.shift--;
    for (let i = 0; i < slots.length; i++) if (stamps[i] === stamp) this.add(slots[i]!);
  }
}
