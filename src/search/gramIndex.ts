/**
 * Which records have which n-grams (runs of n letters) in their keys: the
 * index that lets a search look at the records sharing letters with the query
 * instead of at every record.
 *
 * Keys are normalised (a–z, 0–9), so an n-gram is stored as a number (six
 * bits a letter) and every posting list lives in one flat array: at 100,000
 * cases that is a few megabytes and a fraction of a second to build, where a
 * Map of string to array costs several times both.
 */

const BITS = 6;
/** Anything other than a–z and 0–9 shares one code: its lists are then a superset, which callers verify. */
const OTHER = 37;

function charCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return OTHER;
}

export class GramIndex {
  /** The entries with gram g are postings[offsets[g]] up to postings[offsets[g + 1]], in entry order. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;

  /** `stringsOf[entry]` are the strings of entry number `entry`. */
  constructor(
    stringsOf: readonly (readonly string[])[],
    readonly n: number,
  ) {
    const size = 1 << (BITS * n);
    const mask = size - 1;
    const counts = new Int32Array(size + 1);
    const last = new Int32Array(size).fill(-1);
    // Two passes, counting then filling, so that no per-gram array is ever allocated.
    const visit = (each: (gram: number, entry: number) => void): void => {
      last.fill(-1);
      for (let entry = 0; entry < stringsOf.length; entry++) {
        for (const s of stringsOf[entry]!) {
          let gram = 0;
          for (let i = 0; i < s.length; i++) {
            gram = ((gram << BITS) | charCode(s.charCodeAt(i))) & mask;
            if (i < n - 1 || last[gram] === entry) continue;
            last[gram] = entry;
            each(gram, entry);
          }
        }
      }
    };
    visit((gram) => counts[gram]!++);
    this.offsets = new Int32Array(size + 1);
    for (let g = 0; g < size; g++) this.offsets[g + 1] = this.offsets[g]! + counts[g]!;
    this.postings = new Int32Array(this.offsets[size]!);
    const fill = this.offsets.slice(0, size);
    visit((gram, entry) => (this.postings[fill[gram]!++] = entry));
  }

  /** The n-grams of `s` as numbers, in order, repeats included. */
  *gramsOf(s: string): Generator<number> {
    const mask = (1 << (BITS * this.n)) - 1;
    let gram = 0;
    for (let i = 0; i < s.length; i++) {
      gram = ((gram << BITS) | charCode(s.charCodeAt(i))) & mask;
      if (i >= this.n - 1) yield gram;
    }
  }

  /** The distinct n-grams of `s`. */
  distinctGrams(s: string): number[] {
    return [...new Set(this.gramsOf(s))];
  }

  /** The entries that have this n-gram, in entry order. */
  list(gram: number): Int32Array {
    return this.postings.subarray(this.offsets[gram]!, this.offsets[gram + 1]!);
  }

  /**
   * The shortest list among the n-grams of `s`: a superset of the entries
   * with a string containing `s` (empty when one n-gram is in no entry).
   * Undefined when `s` is shorter than n.
   */
  rarest(s: string): Int32Array | undefined {
    let best: Int32Array | undefined;
    for (const gram of this.gramsOf(s)) {
      const list = this.list(gram);
      if (!best || list.length < best.length) best = list;
    }
    return best;
  }

  /** The `count` n-grams in the most entries, commonest first. */
  commonest(count: number): number[] {
    const grams = Array.from({ length: this.offsets.length - 1 }, (_, g) => g).filter((g) => this.list(g).length > 0);
    return grams.sort((a, b) => this.list(b).length - this.list(a).length || a - b).slice(0, count);
  }
}

/** For each character of the entries' strings (Chinese names), the entries that have it. */
export function charIndex(stringsOf: readonly (readonly string[])[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  stringsOf.forEach((strings, entry) => {
    for (const s of strings) {
      for (const char of s) {
        const list = lists.get(char);
        if (!list) lists.set(char, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    }
  });
  return new Map([...lists].map(([char, list]) => [char, Int32Array.from(list)]));
}
