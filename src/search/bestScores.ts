/**
 * Picking the best few of many scored records without sorting them all:
 * /search may match every one of 100,000 records ("former director") and
 * shows 60. Both structures are mnemonist's binary heap. Higher scores are
 * better; a tie goes to the smaller record number.
 */
import { Heap, type HeapOf } from './libraries.js';

export interface Scored {
  doc: number;
  score: number;
}

/** Below zero when a ranks above b. */
function bestFirst(a: Scored, b: Scored): number {
  return b.score - a.score || a.doc - b.doc;
}

export function ranksAbove(a: Scored, b: Scored): boolean {
  return bestFirst(a, b) < 0;
}

/** The best `limit` offered so far: a rejection costs one comparison. */
export class BestScores {
  /** The worst kept is on top. */
  private readonly heap: HeapOf<Scored> = new Heap<Scored>((a, b) => bestFirst(b, a));

  constructor(private readonly limit: number) {}

  /** The worst kept, once full: anything not above it cannot get in. */
  get floor(): Scored | undefined {
    return this.heap.size >= this.limit ? this.heap.peek() : undefined;
  }

  offer(doc: number, score: number): void {
    if (this.limit <= 0) return;
    const floor = this.floor;
    // Compared before anything is allocated: most offers are turned away here.
    if (floor && (score < floor.score || (score === floor.score && doc > floor.doc))) return;
    if (floor) this.heap.replace({ doc, score });
    else this.heap.push({ doc, score });
  }

  /** Best first. */
  get items(): Scored[] {
    return this.heap.toArray().sort(bestFirst);
  }
}

/** Records with scores, best on top; built in linear time, popped only as far as needed. */
export function docHeap(docs: readonly number[], scoreOf: (doc: number) => number): HeapOf<Scored> {
  return Heap.from(
    docs.map((doc) => ({ doc, score: scoreOf(doc) })),
    bestFirst,
  );
}

/**
 * Visits `docs` best first (by `scoreOf`; a tie to the smaller), until `visit`
 * returns false: in rounds, each the best `batch` of those ranking below the
 * last one visited. Visiting the first few of tens of thousands (what /search's
 * phrase check does) costs a comparison or two a record and allocates only
 * for the few kept, where a heap of them all would allocate for every one.
 */
export function visitBestFirst(docs: ArrayLike<number>, scoreOf: (doc: number) => number, batch: number, visit: (top: Scored) => boolean): void {
  let last: Scored | undefined;
  for (;;) {
    const round = new BestScores(batch);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const score = scoreOf(doc);
      // Only what ranks below the last visited: the rounds before took the rest.
      if (last && (score > last.score || (score === last.score && doc <= last.doc))) continue;
      round.offer(doc, score);
    }
    const items = round.items;
    for (const top of items) if (!visit(top)) return;
    if (items.length < batch) return;
    last = items[items.length - 1];
  }
}
