/** What the name index keeps of each record, as numbers of strings: each string once, and a name's strings shared by the records next to it. */
import { describe, expect, it } from 'vitest';
import { EntryNumberer, isKeyOf } from '../../src/search/nameStrings.js';
import { NameIndex } from '../../src/search/names.js';
import { toWords } from '../../src/search/normalize.js';
import { person } from './fixture.js';

const SOURCE = ['report'];

/** A numberer over two tables of strings, and its output read back as strings. */
function numbering() {
  const keys: string[] = [];
  const words: string[] = [];
  const looked: string[] = [];
  const numberOf = (table: string[]) => (s: string) => {
    looked.push(s);
    const at = table.indexOf(s);
    return at >= 0 ? at : table.push(s) - 1;
  };
  const numberer = new EntryNumberer(toWords, numberOf(keys), numberOf(words));
  const read = (record: Parameters<EntryNumberer['of']>[0]) => {
    const out = numberer.of(record);
    return {
      keys: out.keys.map((k) => keys[k]),
      spelt: out.spelt,
      words: out.words.map((w) => words[w]),
      family: out.family < 0 ? undefined : words[out.family],
    };
  };
  return { read, looked };
}

describe('EntryNumberer', () => {
  it('lists the keys as spelt (name, characters, aliases), then the name turned round and the id, each once', () => {
    const { read } = numbering();
    const yang = person('Yang Xiuzhu', {
      id: 'yang-xiuzhu-2',
      chinese: { simplified: '杨秀珠', traditional: '楊秀珠', source: SOURCE },
      aliases: ['Xiu Zhu Yang', 'Yang Xiuzhu'],
    });
    expect(read(yang)).toEqual({
      keys: ['yangxiuzhu', 'xiuzhuyang', 'yangxiuzhu2'],
      spelt: 2,
      words: ['yang', 'xiuzhu', 'xiu', 'zhu'],
      family: 'yang',
    });
  });

  it('gives each record that shares a name its own characters, aliases and id', () => {
    const { read, looked } = numbering();
    const first = read(person('Wang Wei', { chinese: { simplified: '王伟', source: SOURCE } }));
    looked.length = 0;
    const second = read(person('Wang Wei', { id: 'wang-wei-2', chinese: { simplified: '汪威', source: SOURCE }, aliases: ['Tiger of the Port'] }));
    expect(first).toEqual({ keys: ['wangwei', 'weiwang'], spelt: 1, words: ['wang', 'wei'], family: 'wang' });
    expect(second).toEqual({
      keys: ['wangwei', 'tigeroftheport', 'weiwang', 'wangwei2'],
      spelt: 2,
      words: ['wang', 'wei', 'tiger', 'of', 'the', 'port'],
      family: 'wang',
    });
    // The name's own strings were numbered with the first record, and not looked up again.
    expect(looked).toEqual(['tigeroftheport', 'tiger', 'of', 'the', 'port', 'wangwei2']);
  });

  it('keeps a name with no word out of the keys, and gives it no family name', () => {
    const { read } = numbering();
    expect(read(person('—', { id: 'unnamed-1' }))).toEqual({ keys: ['unnamed1'], spelt: 0, words: [], family: undefined });
  });
});

describe('isKeyOf', () => {
  it('tells whether an id, letters in lower case and digits only, is the key', () => {
    expect(isKeyOf('wang-wei', 'wangwei')).toBe(true);
    expect(isKeyOf('Wang_Wei', 'wangwei')).toBe(true);
    expect(isKeyOf('wang-wei-2', 'wangwei')).toBe(false);
    expect(isKeyOf('wang', 'wangwei')).toBe(false);
    expect(isKeyOf('wang-wéi', 'wangwei')).toBe(false);
    expect(isKeyOf('', '')).toBe(true);
  });

  it('agrees with the key built from a plain ASCII id, and leaves any other to be built', () => {
    const built = (id: string): string => toWords(id).replace(/ /g, '');
    const keys = ['yangxiuzhu', 'li3', '3li', 'abc', '', 'ouyang'];
    for (const id of ['yang-xiuzhu', 'YANG XIUZHU', 'yang--xiuzhu-', 'li-3', '3-li', 'a_b.c', ' ']) {
      for (const key of keys) expect(isKeyOf(id, key), `${id} / ${key}`).toBe(built(id) === key);
    }
    // Not ASCII: never taken as the key, so the caller builds it (ō is read as o).
    expect(built('ōu-yang')).toBe('ouyang');
    expect(isKeyOf('ōu-yang', 'ouyang')).toBe(false);
  });
});

describe('records that share a name, next to each other in name order', () => {
  const records = [
    person('Wang Wei', { chinese: { simplified: '王伟', source: SOURCE } }),
    person('Wang Wei', { id: 'wang-wei-2', aliases: ['Tiger of the Port'] }),
    person('Wang Wei', { id: 'wang-wei-3', chinese: { simplified: '汪威', source: SOURCE } }),
    person('Wang Weil'),
  ];
  const index = new NameIndex(records);
  const ids = (query: string): string[] => index.find(query).map((m) => m.record.id);

  it('are each found by what is theirs alone', () => {
    expect(ids('wang-wei-2')[0]).toBe('wang-wei-2');
    expect(ids('tiger of the port')[0]).toBe('wang-wei-2');
    expect(ids('汪威')[0]).toBe('wang-wei-3');
    expect(ids('王伟')[0]).toBe('wang-wei');
  });

  it('are all found by the name they share', () => {
    expect(ids('wang wei').slice(0, 3).sort()).toEqual(['wang-wei', 'wang-wei-2', 'wang-wei-3']);
  });
});
