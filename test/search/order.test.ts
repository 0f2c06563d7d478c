/** The tie-break order is exactly the locale's, computed without comparing strings at every query. */
import { describe, expect, it } from 'vitest';
import { rankBy } from '../../src/search/order.js';

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
});
