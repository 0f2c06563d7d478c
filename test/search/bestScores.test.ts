/** Picking /search's best records without sorting them all. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestScores, docHeap } from '../../src/search/bestScores.js';

describe('best scores', () => {
  it('keeps the best `limit`, ties to the smaller record', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100), { maxLength: 50 }), fc.nat(6), (docs, limit) => {
        const best = new BestScores(limit);
        const score = (doc: number): number => (doc % 7) / 7;
        for (const doc of docs) best.offer(doc, score(doc));
        const sorted = [...docs].sort((a, b) => score(b) - score(a) || a - b).slice(0, limit);
        expect(best.items.map((s) => s.doc)).toEqual(sorted);
      }),
    );
  });

  it('pops records best first, only as far as asked', () => {
    const heap = docHeap([3, 1, 2], (doc) => doc / 10);
    expect(heap.pop()).toEqual({ doc: 3, score: 0.3 });
    expect(heap.pop()?.doc).toBe(2);
    expect(heap.size).toBe(1);
  });
});
