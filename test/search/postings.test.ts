/** The flat lists every index is made of: pairs added record by record, grouped by key. */
import { describe, expect, it } from 'vitest';
import { DistinctInts, PairsByOwner } from '../../src/search/postings.js';

/** Key k's owners (and weights) from grouped postings. */
function listOf(postings: ReturnType<PairsByOwner['grouped']>, key: number): { owners: number[]; weights: number[] } {
  const from = postings.offsets[key]!;
  const to = postings.offsets[key + 1]!;
  return { owners: [...postings.values.subarray(from, to)], weights: [...postings.weights.subarray(from, to)] };
}

describe('PairsByOwner', () => {
  it('lists each key with its owners ascending, skipping owners with no pairs, past its first capacity', () => {
    const pairs = new PairsByOwner(2);
    const byKey = new Map<number, number[]>();
    for (let owner = 0; owner < 50; owner += owner % 3 === 0 ? 2 : 1) {
      for (const key of [owner % 4, (owner * 7) % 5]) {
        if (byKey.get(key)?.at(-1) === owner) continue;
        pairs.add(key, owner);
        byKey.set(key, [...(byKey.get(key) ?? []), owner]);
      }
    }
    const grouped = pairs.grouped(6);
    for (let key = 0; key < 6; key++) expect(listOf(grouped, key).owners).toEqual(byKey.get(key) ?? []);
    expect(grouped.values.length).toBe(pairs.length);
    expect(grouped.weights.length).toBe(0);
  });

  it("keeps each pair's weight with its owner", () => {
    const pairs = new PairsByOwner(4, true);
    pairs.add(1, 0, 3);
    pairs.add(0, 0, 1.5);
    pairs.add(1, 2, 1);
    pairs.add(1, 5, 2);
    const grouped = pairs.grouped(2);
    expect(listOf(grouped, 0)).toEqual({ owners: [0], weights: [1.5] });
    expect(listOf(grouped, 1)).toEqual({ owners: [0, 2, 5], weights: [3, 1, 2] });
  });

  it('refuses an owner added after a later one, which would leave a list out of order', () => {
    const pairs = new PairsByOwner(4);
    pairs.add(0, 3);
    expect(() => pairs.add(0, 2)).toThrow(/must ascend/);
  });

  it('groups nothing into empty lists', () => {
    const grouped = new PairsByOwner(0).grouped(3);
    expect([...grouped.offsets]).toEqual([0, 0, 0, 0]);
    expect(grouped.values.length).toBe(0);
  });
});

describe('DistinctInts', () => {
  it('says which numbers are new since the last clear, past its first table and after growing', () => {
    const set = new DistinctInts();
    const seen = new Set<number>();
    // A record with thousands of keys (a year's long claims) makes the table grow several times.
    for (let round = 0; round < 3; round++) {
      set.clear();
      seen.clear();
      for (let i = 0; i < 5000; i++) {
        const value = (i * 7919 + round) % 3001;
        expect(set.add(value)).toBe(!seen.has(value));
        seen.add(value);
      }
    }
  });

  it('forgets everything at a clear, and keeps 0 and large numbers apart', () => {
    const set = new DistinctInts();
    expect([set.add(0), set.add(0), set.add(1 << 20), set.add(2 ** 31 - 1), set.add(1 << 20)]).toEqual([true, false, true, true, false]);
    set.clear();
    expect([set.add(0), set.add(1 << 20)]).toEqual([true, true]);
  });
});
