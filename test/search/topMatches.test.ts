/** The bounded best-few list behind name search: the same as sorting everything and taking the first few. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopMatches } from '../../src/search/topMatches.js';

describe('top matches', () => {
  it('keeps the best few, higher scores first, then the lower tie-break, then the lower entry', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.constantFrom(0.5, 0.7, 0.9), fc.nat(2)), { maxLength: 60 }), fc.nat(8), (offers, limit) => {
        const top = new TopMatches<'k'>(limit);
        const unique = [...new Map(offers.map((o) => [o[0], o])).values()];
        for (const [entry, score, tieBreak] of unique) top.offer(entry, score, 'k', tieBreak);
        const sorted = [...unique].sort((a, b) => b[1] - a[1] || a[2] - b[2] || a[0] - b[0]).slice(0, limit);
        expect(top.best().map((r) => r.entry)).toEqual(sorted.map((o) => o[0]));
      }),
    );
  });

  it('says when nothing scoring so little could still get in', () => {
    const top = new TopMatches<'k'>(2);
    top.offer(5, 0.9, 'k');
    expect(top.closedTo(0.5)).toBe(false);
    top.offer(7, 0.9, 'k');
    expect(top.closedTo(0.5)).toBe(true);
    expect(top.closedTo(0.9)).toBe(false);
    expect(top.closedFrom(0.9, 8)).toBe(true);
    expect(top.closedFrom(0.9, 6)).toBe(false);
  });
});
