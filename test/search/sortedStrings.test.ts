/** Exact and prefix look-ups over sorted keys. */
import { describe, expect, it } from 'vitest';
import { SortedStrings } from '../../src/search/sortedStrings.js';

const sorted = new SortedStrings([['yangxiuzhu', 'xiuzhuyang'], ['yangping'], ['yan'], ['yangxiuzhu']]);

describe('sorted strings', () => {
  it('finds the owners of a string, and of strings starting with it', () => {
    const owners = (s: string, prefix: boolean): number[] => {
      const [start, end] = sorted.range(s, prefix);
      return [...sorted.owners.subarray(start, end)].sort();
    };
    expect(owners('yangxiuzhu', false)).toEqual([0, 3]);
    expect(owners('yang', false)).toEqual([]);
    expect(owners('yang', true)).toEqual([0, 1, 3]);
    expect([...sorted.ownersWithPrefix('yan')]).toEqual([0, 1, 2, 3]);
  });
});
