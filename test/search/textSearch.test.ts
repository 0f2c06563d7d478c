/** Search across cases, years and milestones on a small fixed dataset. */
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/search/textSearch.js';
import { SOURCE_DATA } from './fixture.js';

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
