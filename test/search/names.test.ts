/** Finding the right person in a small fixed dataset, however the name is typed or mistyped. */
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/search/names.js';
import { osaDistance } from '../../src/search/libraries.js';
import { toKey } from '../../src/search/normalize.js';
import { PEOPLE, person, SLIPS } from './fixture.js';

const index = new NameIndex(PEOPLE);
const ids = (query: string, limit?: number): string[] => index.find(query, limit).map((m) => m.record.id);
const keyOf = (id: string): string => toKey(PEOPLE.find((p) => p.id === id)!.name);

describe('a misspelt name', () => {
  it.each(SLIPS)('$kind: "$typed" finds $meant first, ahead of $decoy', ({ typed, meant, decoy }) => {
    // The decoy is as many plain edits away as the person meant: plain edit distance would be a coin toss.
    expect(osaDistance(toKey(typed), keyOf(decoy))).toBe(osaDistance(toKey(typed), keyOf(meant)));
    const ranked = ids(typed);
    expect(ranked[0]).toBe(meant);
    expect(ranked).toContain(decoy);
    expect(index.find(typed)[0]!.kind).toBe('fuzzy');
  });

  it('finds two slips in a long name, and one swap with one other slip', () => {
    expect(ids('yagn xiuzu')[0]).toBe('yang-xiuzhu');
    expect(ids('ynag xiuzhhu')[0]).toBe('yang-xiuzhu');
  });

  it('finds a name typed family name last, with a slip', () => {
    expect(ids('xiuzu yang')[0]).toBe('yang-xiuzhu');
  });

  it('puts a name one slip away as written ahead of a name one slip away turned round', () => {
    // "lluli" is one slip from Lu Li, and from Li Lu read family name last: Li Lu comes first in name order.
    const pair = new NameIndex([person('Li Lu'), person('Lu Li')]);
    expect(pair.find('llu li').map((m) => m.record.name)).toEqual(['Lu Li', 'Li Lu']);
    expect(pair.find('lil uu').map((m) => m.record.name)).toEqual(['Li Lu', 'Lu Li']);
  });

  it('finds a misspelt part of a name, below whole names', () => {
    expect(ids('xiuzhhu')).toContain('yang-xiuzhu');
  });

  it('finds nothing for what is near no name', () => {
    expect(ids('qqqqzzzz')).toEqual([]);
  });
});

describe('a name typed right', () => {
  it('puts the name as written ahead of another name turned round', () => {
    expect(ids('yanli')[0]).toBe('yan-li');
    expect(ids('liyan')[0]).toBe('li-yan');
  });

  it('finds a name run together, and an alias', () => {
    expect(ids('lihuabo')[0]).toBe('li-huabo');
    expect(ids('Jiasiyu')[0]).toBe('jia-siyu');
    expect(ids('hundred million yuan chief')[0]).toBe('li-huabo');
  });

  it('ranks the name, then a word of it, then its start, then a part', () => {
    const found = index.find('yang');
    expect(found.map((m) => m.kind)).toEqual(['word', 'word', 'word', 'word']);
    expect(index.find('yang xiuzhu')[0]).toMatchObject({ kind: 'exact', score: 1 });
    expect(index.find('yang xiuz')[0]).toMatchObject({ kind: 'prefix' });
    expect(index.find('iuzh')[0]).toMatchObject({ kind: 'contains' });
  });

  it('does not bury the people named as typed under near misses', () => {
    expect(ids('huang')).toEqual(['huang-yrang', 'huang-yurong']);
  });

  it('finds characters, and ranks a sound-alike in other characters lower', () => {
    expect(ids('杨秀珠')[0]).toBe('yang-xiuzhu');
    expect(ids('秀珠')[0]).toBe('yang-xiuzhu');
    const yang = index.find('杨');
    expect(yang[0]!.record.id).toBe('yang-xiuzhu');
    // 阳 is also "yang": Yang Ping's characters are 阳平, so 杨 matches him by sound only.
    const ping = yang.find((m) => m.record.id === 'yang-ping');
    expect(ping?.score).toBeLessThan(yang[0]!.score);
  });

  it('gives the first results of a longer list when asked for fewer, and never more than 25', () => {
    for (const q of ['y', 'yang', 'li', 'zhan wei', 'chen weii']) expect(ids(q, 2)).toEqual(ids(q, 25).slice(0, 2));
    expect(index.find('a', 100).length).toBeLessThanOrEqual(25);
  });
});
