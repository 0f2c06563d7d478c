/** The tie-break order is exactly the locale's, computed without comparing strings at every query. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBy, rankIds } from '../../src/search/order.js';

describe('order', () => {
  it('ranks as localeCompare sorts, part by part', () => {
    const items = [
      ['Li Yan', 'li-yan-2'],
      ['Li Yan', 'li-yan'],
      ['li yan', 'x'],
      ['Lia Bo', 'a'],
      ['Ōu Yang', 'ou'],
      ['Li  Anan', 'b'],
    ];
    const rank = rankBy(items, ([name, id]) => ({ parts: [name!, id!], locale: 'en' }));
    const expected = [...items].sort((a, b) => a[0]!.localeCompare(b[0]!, 'en') || a[1]!.localeCompare(b[1]!, 'en'));
    const ours: string[][] = [];
    items.forEach((item, i) => {
      ours[rank[i]!] = item;
    });
    expect(ours).toEqual(expected);
  });

  it('ranks any plain names and ids as localeCompare sorts them, long names too', () => {
    const letters = fc.constantFrom(...'aAbBzZ yY'.split(''));
    const name = fc.oneof(fc.string({ unit: letters, maxLength: 12 }), fc.string({ unit: letters, minLength: 250, maxLength: 300 }));
    const id = fc.string({ unit: fc.constantFrom(...'ab09-'.split('')), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(name, id), { maxLength: 40 }), (items) => {
        const rank = rankBy(items, ([n, i]) => ({ parts: [n, i], locale: 'en' }));
        const ours: (readonly [string, string])[] = [];
        items.forEach((item, i) => {
          ours[rank[i]!] = item;
        });
        const expected = [...items].sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1], 'en'));
        expect(ours.map(([n, i]) => `${n}|${i}`)).toEqual(expected.map(([n, i]) => `${n}|${i}`));
      }),
    );
  });

  it('ranks ids as rankBy does, from any order given to start from', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'ab09-'.split('')), maxLength: 6 });
    const any = fc.oneof(plain, fc.string({ unit: fc.constantFrom(...'aB9-_ō'.split('')), maxLength: 6 }));
    const idsAndOrder = (ids: fc.Arbitrary<string>) =>
      fc.array(ids, { maxLength: 40 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray([...list.keys()], { minLength: list.length })));
    for (const ids of [plain, any]) {
      fc.assert(
        fc.property(idsAndOrder(ids), ([list, near]) => {
          const expected = Array.from(rankBy(list, (id) => ({ parts: [id] })));
          expect(Array.from(rankIds(list))).toEqual(expected);
          expect(Array.from(rankIds(list, near))).toEqual(expected);
        }),
      );
    }
  });
});
