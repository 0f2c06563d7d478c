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
 * Counting sort of (key, value[, weight]) pairs by key, keys 0 to keyCount − 1.
 * Within a key the values keep the order they were pushed in, so pairs pushed
 * in ascending value order give ascending lists.
 */
export function groupByKey(keys: Growable<Int32Array>, keyCount: number, values: Growable<Int32Array>, weights?: Growable<Float32Array>): Postings {
  const offsets = new Int32Array(keyCount + 1);
  const keyData = keys.data;
  for (let i = 0; i < keys.length; i++) offsets[keyData[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const sortedValues = new Int32Array(keys.length);
  const sortedWeights = new Float32Array(weights ? keys.length : 0);
  for (let i = 0; i < keys.length; i++) {
    const at = fill[keyData[i]!]!++;
    sortedValues[at] = values.data[i]!;
    if (weights) sortedWeights[at] = weights.data[i]!;
  }
  return { offsets, values: sortedValues, weights: sortedWeights };
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
