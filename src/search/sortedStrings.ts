/**
 * Distinct strings in sorted order, each with the entries it belongs to:
 * exact and prefix lookups by binary search, whatever the number of records.
 */
export class SortedStrings {
  private readonly strings: string[];
  /** The owners of strings[i] are owners[start[i]] up to owners[start[i + 1]]. */
  private readonly start: Int32Array;
  readonly owners: Int32Array;

  /** `stringsOf[owner]` are the strings of entry number `owner`. */
  constructor(stringsOf: readonly (readonly string[])[]) {
    const ownersOf = new Map<string, number[]>();
    stringsOf.forEach((strings, owner) => {
      for (const s of strings) {
        const list = ownersOf.get(s);
        if (!list) ownersOf.set(s, [owner]);
        else if (list[list.length - 1] !== owner) list.push(owner);
      }
    });
    // The default sort compares UTF-16 code units, as `<` does, and is several times faster than a comparator.
    this.strings = [...ownersOf.keys()].sort();
    this.start = new Int32Array(this.strings.length + 1);
    const owners: number[] = [];
    this.strings.forEach((s, i) => {
      this.start[i] = owners.length;
      for (const owner of ownersOf.get(s)!) owners.push(owner);
    });
    this.start[this.strings.length] = owners.length;
    this.owners = Int32Array.from(owners);
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

  /**
   * The positions [start, end) in `owners` of the entries with a string equal
   * to `s` (`prefix` false) or starting with it. For one string the owners are
   * in ascending order; across several (a prefix) they are not, and an entry
   * may appear more than once.
   */
  range(s: string, prefix: boolean): [number, number] {
    const first = this.lowerBound(s);
    let last = first;
    while (last < this.strings.length && (prefix ? this.strings[last]!.startsWith(s) : this.strings[last] === s)) last++;
    return [this.start[first]!, this.start[last]!];
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
