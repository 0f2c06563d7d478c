/**
 * Picking the best few of many scored records without sorting them all:
 * /search may match every one of 100,000 records ("former director") and
 * shows 60. Higher scores are better; a tie goes to the smaller record number.
 */

export interface Scored {
  doc: number;
  score: number;
}

export function ranksAbove(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

/** The best `limit` offered so far, kept in order: a rejection costs one comparison. */
export class BestScores {
  readonly items: Scored[] = [];

  constructor(private readonly limit: number) {}

  /** The worst kept, once full: anything not above it cannot get in. */
  get floor(): Scored | undefined {
    return this.items.length >= this.limit ? this.items[this.items.length - 1] : undefined;
  }

  offer(doc: number, score: number): void {
    const floor = this.floor;
    // Compared before anything is allocated: most offers are turned away here.
    if (this.limit <= 0 || (floor && (score < floor.score || (score === floor.score && doc > floor.doc)))) return;
    const item = { doc, score };
    let at = this.items.length;
    while (at > 0 && ranksAbove(item, this.items[at - 1]!)) at--;
    this.items.splice(at, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }
}

/** Records with scores in a binary heap, best on top; built in linear time, popped only as far as needed. */
export class DocHeap {
  private readonly docs: number[];
  private readonly scores: number[];

  constructor(docs: readonly number[], scoreOf: (doc: number) => number) {
    this.docs = [...docs];
    this.scores = docs.map(scoreOf);
    for (let i = (this.docs.length >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  pop(): Scored | undefined {
    if (this.docs.length === 0) return undefined;
    const top = { doc: this.docs[0]!, score: this.scores[0]! };
    const lastDoc = this.docs.pop()!;
    const lastScore = this.scores.pop()!;
    if (this.docs.length > 0) {
      this.docs[0] = lastDoc;
      this.scores[0] = lastScore;
      this.sink(0);
    }
    return top;
  }

  private above(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a > b || (a === b && this.docs[i]! < this.docs[j]!);
  }

  private sink(i: number): void {
    const { docs, scores } = this;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < docs.length && this.above(left, best)) best = left;
      if (right < docs.length && this.above(right, best)) best = right;
      if (best === i) return;
      [docs[i], docs[best]] = [docs[best]!, docs[i]!];
      [scores[i], scores[best]] = [scores[best]!, scores[i]!];
      i = best;
    }
  }
}
