/** The search the commands use: a band with every name query, and names that /search finds however typed. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/searchIndex.js';
import { SOURCE_DATA } from './fixture.js';

const search = buildSearchIndex(SOURCE_DATA);

describe('findCases', () => {
  it.each([
    ['yang xiuzhu', 'exact', 'yang-xiuzhu'],
    ['杨秀珠', 'exact', 'yang-xiuzhu'],
    ['lihuabo', 'exact', 'li-huabo'],
    ['yang xiuz', 'confident', 'yang-xiuzhu'],
    ['yang xiuzu', 'closest', 'yang-xiuzhu'],
    ['yagn xiuzhu', 'closest', 'yang-xiuzhu'],
  ])('"%s" is %s: %s', (query, band, id) => {
    const found = search.findCases(query);
    expect(found.band).toBe(band);
    expect(found.matches[0]?.record.id).toBe(id);
  });

  it('says when other people fit as well as the first', () => {
    const found = search.findCases('huang');
    expect(found.band).toBe('confident');
    expect(found.alike.map((m) => m.record.id)).toEqual(['huang-yurong']);
  });

  it('calls a far match a guess, and nothing nothing', () => {
    expect(search.findCases('zzqw').band).toBe('guess');
    expect(search.findCases('qqqqzzzz')).toEqual({ band: 'guess', matches: [], alike: [] });
  });
});

describe('searchAll', () => {
  const ids = (query: string): string[] => search.searchAll(query).map((h) => `${h.kind}:${h.id}`);

  it('finds a misspelt run-together name, which shares no word with the record', () => {
    expect(ids('yangxiuzu')[0]).toBe('case:yang-xiuzhu');
  });

  it('finds places, posts and outcomes across cases, years and milestones', () => {
    expect(ids('Wenzhou')).toEqual(['case:yang-xiuzhu']);
    expect(ids('extradition')).toEqual(expect.arrayContaining(['case:xu-chaofan', 'milestone:first-extradition']));
    expect(ids('2016')[0]).toBe('year:2016');
  });
});
