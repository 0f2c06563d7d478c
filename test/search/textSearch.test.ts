/** Search across cases, years and milestones on a small fixed dataset. */
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/search/textSearch.js';
import { person, SOURCE_DATA } from './fixture.js';

const index = new TextIndex(SOURCE_DATA);
const ids = (query: string): string[] => index.search(query).map((h) => `${h.kind}:${h.id}`);

describe('text search', () => {
  it('needs every word, however it is written', () => {
    expect(ids('bank of china kaiping')).toEqual(['case:xu-chaofan']);
    expect(ids('BANK of China')).toEqual(['case:xu-chaofan']);
  });

  it('finds a word by its stem, its start, or with a slip', () => {
    expect(ids('extradition')).toEqual(expect.arrayContaining(['case:xu-chaofan', 'milestone:first-extradition']));
    expect(ids('kaip')).toEqual(['case:xu-chaofan']);
    expect(ids('wenzou')).toEqual(['case:yang-xiuzhu']);
  });

  it('scores higher as better, and the phrase above its words apart', () => {
    const hits = index.search('united states');
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it('falls back to the best partial matches when nothing has every word', () => {
    expect(ids('wenzhou zzzzzz')).toEqual(['case:yang-xiuzhu']);
  });
});

describe('records that share a name', () => {
  const SOURCE = ['report'];
  // Ids are written from names, so these come one after another, as the index reads them.
  const wangs = [
    person('Wang Wei', { chinese: { simplified: '王伟', source: SOURCE }, post: { value: 'Former mayor of Fuzhou', source: SOURCE } }),
    person('Wang Wei', { id: 'wang-wei-2', aliases: ['Tiger of the Port'], fled: { to: 'Thailand', source: SOURCE } }),
    person('Wang Wei', { id: 'wang-wei-3', chinese: { simplified: '汪威', source: SOURCE }, aliases: ['Fox of the Hill'] }),
    person('Wang Weiguo', { aliases: ['Tiger of the Port'] }),
  ];
  const source = { cases: [...wangs].reverse(), years: SOURCE_DATA.years, milestones: SOURCE_DATA.milestones };
  const shared = new TextIndex(source);
  const found = (query: string): string[] => shared.search(query).map((h) => h.id);

  it('finds each by its own words, and all by the name', () => {
    expect(found('wang wei thailand')).toEqual(['wang-wei-2']);
    expect(found('wang wei fuzhou')).toEqual(['wang-wei']);
    expect(found('fox hill')).toEqual(['wang-wei-3']);
    expect(found('tiger port').sort()).toEqual(['wang-wei-2', 'wang-weiguo']);
    expect(found('汪威').slice(0, 3).sort()).toEqual(['wang-wei', 'wang-wei-2', 'wang-wei-3']);
  });

  it('gives the same hits whatever order of the cases it is handed to sort from', () => {
    const queries = ['wang wei', 'tiger', 'fox hill', 'canada', 'wang wei thailand', 'fuzhou', '汪威', 'returned 2016', 'sky net'];
    const results = (index: TextIndex) => queries.map((q) => index.search(q).map((h) => [h.kind, h.id, h.score]));
    const expected = results(shared);
    for (const near of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
    ]) {
      expect(results(new TextIndex(source, undefined, near))).toEqual(expected);
    }
  });
});
