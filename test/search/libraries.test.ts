/** The libraries search stands on load, and measure what search counts as a slip. */
import { describe, expect, it } from 'vitest';
import { Heap, osaDistance, PassjoinIndex } from '../../src/search/libraries.js';

describe('libraries', () => {
  it('counts a swap of neighbours as one slip, and never edits a letter twice (OSA)', () => {
    expect(osaDistance('yagnxiuzhu', 'yangxiuzhu')).toBe(1);
    expect(osaDistance('ca', 'abc')).toBe(3);
    expect(osaDistance.limited(1, 'abcd', 'badc')).toBe(Infinity);
  });

  it('gives the structures search is built on', () => {
    const heap = new Heap<number>((a, b) => a - b);
    [3, 1, 2].forEach((n) => {
      heap.push(n);
    });
    expect(heap.pop()).toBe(1);
    const passjoin = new PassjoinIndex<string>((a, b) => osaDistance(a, b), 1);
    passjoin.add('xiuzhu');
    expect([...passjoin.search('xiuzu')]).toEqual(['xiuzhu']);
  });
});
