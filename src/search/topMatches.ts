/**
 * The best few matches of a query, kept while candidates stream past: a
 * bounded heap, so ranking thousands of prefix matches for "y" costs a
 * comparison each rather than a sort of them all.
 */

export interface Ranked<Kind extends string> {
  /** The entry's number; entries are numbered in the tie-break order (name, then id). */
  entry: number;
  /** Lower is better. */
  score: number;
  kind: Kind;
  /** Breaks ties between equal scores before the entry order does (lower is better). */
  distance: number;
}

/** a ranks below b. */
function worse<K extends string>(a: Ranked<K>, b: Ranked<K>): boolean {
  return a.score > b.score || (a.score === b.score && (a.distance > b.distance || (a.distance === b.distance && a.entry > b.entry)));
}

/** A max-heap on (score, distance, entry) whose root is the worst match kept. */
export class TopMatches<Kind extends string> {
  private readonly items: Ranked<Kind>[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.items.length;
  }

  /** True when nothing scoring `score` or more could still get in. */
  closedTo(score: number): boolean {
    return this.items.length >= this.limit && this.items[0]!.score < score;
  }

  /**
   * True when an entry numbered `entry` or higher, scoring at least `score`,
   * could no longer get in: a scan of a list in entry order can stop there.
   */
  closedFrom(score: number, entry: number): boolean {
    return this.items.length >= this.limit && !worse(this.items[0]!, { entry, score, kind: this.items[0]!.kind, distance: 0 });
  }

  offer(entry: number, score: number, kind: Kind, distance = 0): void {
    const items = this.items;
    const item = { entry, score, kind, distance };
    if (items.length < this.limit) {
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(items[i]!, items[parent]!)) break;
        [items[i], items[parent]] = [items[parent]!, items[i]!];
        i = parent;
      }
      return;
    }
    if (this.limit === 0 || !worse(items[0]!, item)) return;
    items[0] = item;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && worse(items[left]!, items[largest]!)) largest = left;
      if (right < items.length && worse(items[right]!, items[largest]!)) largest = right;
      if (largest === i) break;
      [items[i], items[largest]] = [items[largest]!, items[i]!];
      i = largest;
    }
  }

  /** Best first. */
  best(): Ranked<Kind>[] {
    return [...this.items].sort((a, b) => (worse(a, b) ? 1 : -1));
  }
}
