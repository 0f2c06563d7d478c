/** Finding people however their name is typed, and searching across everything. */
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

const data = async () => (await testApp()).store.current();

describe('finding Yang Xiuzhu', () => {
  it.each(['Yang Xiuzhu', 'yang xiu zhu', 'yangxiuzhu', 'YANG XIUZHU', 'Yang Xiuzu', '杨秀珠', '秀珠', 'Xiuzhu Yang', 'yang-xiuzhu'])(
    'from %s',
    async (query) => {
      const [best] = (await data()).search.findCases(query).matches;
      expect(best?.record.id).toBe('yang-xiuzhu');
    },
  );
});

/** A typo of each name: one letter dropped from the given name (the first after the family name, for a name of three words). */
function typo(name: string): string {
  const [family, given = '', ...rest] = name.split(' ');
  return [family, `${given.slice(0, 2)}${given.slice(3)}`, ...rest].join(' ');
}

describe('every person named in the report', async () => {
  const cases = (await data()).cases;

  it.each(cases.map((c) => [c.name, c.id]))('%s is found lower-case, run together, and misspelt', async (name, id) => {
    const { search } = await data();
    for (const query of [name.toLowerCase(), name.replace(/ /g, '').toLowerCase(), typo(name)]) {
      const ranked = search.findCases(query).matches.map((m) => m.record.id);
      expect(ranked.slice(0, 3), `query "${query}"`).toContain(id);
    }
    expect(search.findCases(name).matches[0]?.record.id).toBe(id);
  });

  it.each(cases.filter((c) => c.chinese).map((c) => [c.chinese!.simplified, c.id]))('%s is found from its characters', async (chars, id) => {
    expect((await data()).search.findCases(chars).matches[0]?.record.id).toBe(id);
  });

  it('finds Jia Siyu from the report\'s spelling "Jiasiyu"', async () => {
    expect((await data()).search.findCases('Jiasiyu').matches[0]?.record.id).toBe('jia-siyu');
  });

  it('finds Li Huabo from his media nickname', async () => {
    expect((await data()).search.findCases('hundred million yuan chief').matches[0]?.record.id).toBe('li-huabo');
  });
});

describe('ranking', () => {
  it('puts an exact name first, ahead of names it is a prefix of', async () => {
    const ranked = (await data()).search.findCases('yan').matches.map((m) => m.record.id);
    expect(ranked[0]).toBe('yan-yongming');
    expect(ranked).toContain('yang-xiuzhu');
  });

  it('gives the same order every time', async () => {
    const { search } = await data();
    const first = search.findCases('huang').matches.map((m) => m.record.id);
    for (let i = 0; i < 5; i++) expect(search.findCases('huang').matches.map((m) => m.record.id)).toEqual(first);
    expect(first).toEqual(['huang-haiyong', 'huang-hong', 'huang-ping', 'huang-yide', 'huang-yurong']);
  });

  it('finds nothing for nonsense', async () => {
    expect((await data()).search.findCases('qqqqzzzz').matches).toEqual([]);
    expect((await data()).search.findCases('   ').matches).toEqual([]);
  });
});

describe('searching everything', () => {
  const ids = async (query: string) => (await data()).search.searchAll(query).map((h) => `${h.kind}:${h.id}`);

  it('finds the New Zealand case', async () => {
    expect(await ids('New Zealand')).toEqual(['case:jiang-lei', 'case:yan-yongming']);
  });

  it('finds the bank case', async () => {
    expect((await ids('Bank of China')).slice(0, 5)).toEqual(expect.arrayContaining(['case:xu-chaofan', 'case:xu-guojun', 'case:lai-mingmin']));
  });

  it('finds extradition by its other forms', async () => {
    for (const q of ['extradition', 'extradited', 'extradite']) expect(await ids(q)).toContain('case:yao-jinqi');
    expect(await ids('extradition')).toContain('milestone:firsts-of-2018');
  });

  it('finds a place however it is cased', async () => {
    expect(await ids('singapore')).toContain('case:li-huabo');
    expect(await ids('UNITED STATES')).toEqual(expect.arrayContaining(['case:huang-yurong', 'case:xu-chaofan', 'case:wang-guoqiang']));
  });

  it('finds a year and its milestones', async () => {
    const found = await ids('2019');
    expect(found[0]).toBe('year:2019');
    expect(found).toContain('milestone:special-operation-2019');
  });

  it('finds a misspelt run-together name', async () => {
    expect((await ids('yangxiuzu'))[0]).toBe('case:yang-xiuzhu');
  });
});
