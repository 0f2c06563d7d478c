/**
 * Distinct strings in sorted order, each with the entries it belongs to:
 * exact and prefix lookups by binary search, whatever the number of records.
 * The entries are one typed array (postings.ts), not an array per string.
 */
import { growableInts, PairsByOwner } from './postings.js';

/**
 * Collects (string, entry) pairs, entries in ascending order, without an
 * array per string: a number per distinct string and the pairs as numbers
 * (PairsByOwner). `sorted()` turns them into a SortedStrings.
 */
export class StringPairs {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  /** The last entry each string was added for, so that an entry is listed once. */
  private readonly lastOwner = growableInts();
  private readonly pairs = new PairsByOwner(1024);

  /** The string's number, adding it when new. */
  idOf(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
      this.lastOwner.push(-1);
    }
    return id;
  }

  /** `owner` has `s`; call in ascending order of owners. Returns the string's number. */
  add(s: string, owner: number): number {
    const id = this.idOf(s);
    this.addNumber(id, owner);
    return id;
  }

  /** `owner` has string number `id` (from idOf); call in ascending order of owners. */
  addNumber(id: number, owner: number): void {
    if (this.lastOwner.data[id] !== owner) {
      this.lastOwner.data[id] = owner;
      this.pairs.add(id, owner);
    }
  }

  /** The strings sorted, with their owners; `position[id]` is where string number id went. */
  sorted(): { sorted: SortedStrings; position: Int32Array } {
    const { position, ...layout } = this.layout();
    return { sorted: new SortedStrings(layout), position };
  }

  /** The sorted strings, their owners in one array, and where each string went. */
  layout(): SortedParts & { position: Int32Array } {
    // The default sort compares UTF-16 code units, as `<` does, and is several times faster than a comparator.
    const strings = [...this.strings].sort();
    const position = new Int32Array(strings.length);
    for (let p = 0; p < strings.length; p++) position[this.ids.get(strings[p]!)!] = p;
    const keys = this.pairs.keys;
    for (let i = 0; i < keys.length; i++) keys.data[i] = position[keys.data[i]!]!;
    const { offsets, values } = this.pairs.grouped(strings.length);
    return { strings, start: offsets, owners: values, position };
  }
}

/** Sorted strings and their owners: what a SortedStrings is made of (kept between runs by src/dataset/nameSnapshot.ts). */
export interface SortedParts {
  strings: string[];
  start: Int32Array;
  owners: Int32Array;
}

export class SortedStrings {
  /**
   * Distinct strings, each the only string of its entry, `numberOf` giving
   * the entry: sorted as they are, without collecting (string, entry) pairs
   * first as StringPairs does for strings that several entries share.
   */
  static ofDistinct(strings: readonly string[], numberOf: ReadonlyMap<string, number>): SortedStrings {
    const sorted = [...strings].sort();
    const owners = new Int32Array(sorted.length);
    const start = new Int32Array(sorted.length + 1);
    for (let p = 0; p < sorted.length; p++) {
      owners[p] = numberOf.get(sorted[p]!)!;
      start[p + 1] = p + 1;
    }
    return new SortedStrings({ strings: sorted, start, owners });
  }

  private readonly strings: string[];
  /** The owners of strings[i] are owners[start[i]] up to owners[start[i + 1]], ascending. */
  private readonly start: Int32Array;
  readonly owners: Int32Array;

  /** `stringsOf[owner]` are the strings of entry number `owner` (or the output of StringPairs). */
  constructor(stringsOf: readonly (readonly string[])[] | SortedParts) {
    let sorted: SortedParts;
    if ('start' in stringsOf) sorted = stringsOf;
    else {
      const pairs = new StringPairs();
      stringsOf.forEach((strings, owner) => {
        for (const s of strings) pairs.add(s, owner);
      });
      sorted = pairs.layout();
    }
    this.strings = sorted.strings;
    this.start = sorted.start;
    this.owners = sorted.owners;
  }

  get size(): number {
    return this.strings.length;
  }

  get parts(): SortedParts {
    return { strings: this.strings, start: this.start, owners: this.owners };
  }

  /** The string at a position in sorted order. */
  at(position: number): string {
    return this.strings[position]!;
  }

  /** The first position whose string is not below `s`. */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.strings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.strings[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position of `s`, or −1. */
  find(s: string): number {
    const at = this.lowerBound(s);
    return this.strings[at] === s ? at : -1;
  }

  /**
   * The positions [start, end) in `owners` of the entries with a string equal
   * to `s` (`prefix` false) or starting with it. For one string the owners are
   * in ascending order; across several (a prefix) they are not, and an entry
   * may appear more than once.
   */
  range(s: string, prefix: boolean): [number, number] {
    const first = this.lowerBound(s);
    let last = first;
    if (prefix) last = this.prefixEnd(s, first);
    else if (this.strings[first] === s) last = first + 1;
    return [this.start[first]!, this.start[last]!];
  }

  /** The owners of the string at `position`, ascending. */
  ownersAt(position: number): Int32Array {
    return this.owners.subarray(this.start[position]!, this.start[position + 1]!);
  }

  /** The end of the run of strings starting with `s` that begins at `first`: a binary search, not a walk. */
  private prefixEnd(s: string, first: number): number {
    let lo = first;
    let hi = this.strings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.strings[mid]!.startsWith(s)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entries with a string starting with `s`, each once, ascending. */
  ownersWithPrefix(s: string): Int32Array {
    const [start, end] = this.range(s, true);
    const sorted = this.owners.slice(start, end).sort();
    let kept = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
    return sorted.subarray(0, kept);
  }
}
