/** Finding the right person in a small fixed dataset, however the name is typed or mistyped. */
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/search/names.js';
import { osaDistance } from '../../src/search/libraries.js';
import { toKey } from '../../src/search/normalize.js';
import { typoCost } from '../../src/search/typoCost.js';
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

  it('puts a name one slip away ahead of names two ordinary slips away', () => {
    // "wang hhiyi": one wrong letter from Wang Zhiyi; a neighbouring key and a doubled letter from Wang Yiyi.
    const few = new NameIndex([person('Wang Yiyi'), person('Wang Zhiyi')]);
    expect(osaDistance('wanghhiyi', 'wangzhiyi')).toBe(1);
    expect(osaDistance('wanghhiyi', 'wangyiyi')).toBe(2);
    // The two slips are the more ordinary ones...
    expect(typoCost('wanghhiyi', 'wangyiyi')).toBeLessThan(typoCost('wanghhiyi', 'wangzhiyi'));
    // ...but one slip is likelier than two.
    expect(few.find('wang hhiyi').map((m) => m.record.name)).toEqual(['Wang Zhiyi', 'Wang Yiyi']);
  });

  it('does not take "li uy" for Liu Ya typed key by key: Li Yu, one swap, comes first', () => {
    const few = new NameIndex([person('Liu Ya'), person('Liu Yang'), person('Li Yu')]);
    expect(few.find('li uy').map((m) => m.record.name)).toEqual(['Li Yu', 'Liu Ya', 'Liu Yang']);
    // Typed as Liu Ya's own words, or run together, it is Liu Ya being typed.
    const names = (query: string): string[] => few.find(query).map((m) => m.record.name);
    expect(names('liu y').slice(0, 2)).toEqual(['Liu Ya', 'Liu Yang']);
    expect(few.find('liuy')[0]!.record.name).toBe('Liu Ya');
  });

  it('takes a name typed with its given name in syllables, or a family name of two, as typed right', () => {
    const few = new NameIndex([person('Ouyang Hua'), person('Yang Xiuzhu'), person('Ou Yanghua')]);
    expect(few.find('xiu zhu')[0]).toMatchObject({ kind: 'word' });
    expect(few.find('xiu zhu')[0]!.record.name).toBe('Yang Xiuzhu');
    expect(few.find('ou yang h').map((m) => m.kind)).toEqual(['prefix', 'prefix']);
  });

  it('puts a misspelt whole name ahead of a word of another name when two words were typed', () => {
    // "heng hhui" is one slip from the given name Henghui, and two from the whole name Zheng Hui.
    const few = new NameIndex([person('Feng Henghui'), person('Zheng Hui')]);
    expect(few.find('heng hhui').map((m) => m.record.name)).toEqual(['Zheng Hui', 'Feng Henghui']);
    // Typed as one word, the given name alone is what it is most like.
    expect(few.find('henghhui')[0]!.record.name).toBe('Feng Henghui');
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

describe('an index kept between runs', () => {
  const queries = ['yangxiuzu', 'yang x', 'xiuzhu yang', '杨秀珠', '秀', 'li uy', 'huang', 'y', 'wang hhiyi', 'ynag xiuzhhu'];
  const answers = (i: NameIndex): string[][] => queries.map((q) => i.find(q).map((m) => `${m.record.id} ${m.score} ${m.kind}`));

  it('answers, restored from its parts, exactly as built', () => {
    // Through a structured clone, as the file keeps them: nothing in the parts may hold on to the built index.
    const parts = structuredClone(index.parts);
    const restored = NameIndex.restore(PEOPLE, parts)!;
    expect(answers(restored)).toEqual(answers(index));
    expect(PEOPLE.map((p) => restored.sharesName(p))).toEqual(PEOPLE.map((p) => index.sharesName(p)));
  });

  it('is not restored onto other records: one id changed, or one record more', () => {
    const parts = index.parts;
    const renamed = PEOPLE.map((p, i) => (i === 3 ? { ...p, id: `${p.id}-2` } : p));
    expect(NameIndex.restore(renamed, parts)).toBeUndefined();
    expect(NameIndex.restore([...PEOPLE, person('Wang Wei')], parts)).toBeUndefined();
  });
});
