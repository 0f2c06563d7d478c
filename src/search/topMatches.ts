/**
 * The best few matches of a query, kept while candidates stream past: a
 * bounded heap (mnemonist's Heap, worst kept on top), so ranking thousands
 * of prefix matches for "y" costs a comparison each rather than a sort.
 */
import { Heap, type HeapOf } from './libraries.js';

export interface Ranked<Kind extends string> {
  /** The entry's number; entries are numbered in the tie-break order (name, then id). */
  entry: number;
  /** Higher is better. */
  score: number;
  kind: Kind;
  /** Breaks ties between equal scores before the entry order does (lower is better). */
  tieBreak: number;
}

/**
 * Above zero when a match (entry, score, tie-break) ranks below `b`. Taken
 * in pieces, so that a candidate not yet made into a match needs no object:
 * scans test thousands of entries a keystroke.
 */
function candidateWorseFirst<K extends string>(entry: number, score: number, tieBreak: number, b: Ranked<K>): number {
  return b.score - score || tieBreak - b.tieBreak || entry - b.entry;
}

/** Above zero when a ranks below b. */
function worseFirst<K extends string>(a: Ranked<K>, b: Ranked<K>): number {
  return candidateWorseFirst(a.entry, a.score, a.tieBreak, b);
}

export class TopMatches<Kind extends string> {
  /** The root is the worst match kept. */
  private readonly heap: HeapOf<Ranked<Kind>> = new Heap<Ranked<Kind>>((a, b) => worseFirst(b, a));

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.heap.size;
  }

  /** True when nothing scoring `score` or less could still get in. */
  closedTo(score: number): boolean {
    return this.heap.size >= this.limit && this.heap.peek()!.score > score;
  }

  /**
   * True when an entry numbered `entry` or higher, scoring at most `score`,
   * could no longer get in: a scan of a list in entry order can stop there.
   */
  closedFrom(score: number, entry: number): boolean {
    const worst = this.heap.peek();
    return this.heap.size >= this.limit && worst !== undefined && candidateWorseFirst(entry, score, 0, worst) > 0;
  }

  offer(entry: number, score: number, kind: Kind, tieBreak = 0): void {
    if (this.limit <= 0) return;
    if (this.heap.size < this.limit) this.heap.push({ entry, score, kind, tieBreak });
    // Made into a match only when it ranks above the worst kept.
    else if (candidateWorseFirst(entry, score, tieBreak, this.heap.peek()!) < 0) this.heap.replace({ entry, score, kind, tieBreak });
  }

  /** Best first. */
  best(): Ranked<Kind>[] {
    return this.heap.toArray().sort(worseFirst);
  }
}
