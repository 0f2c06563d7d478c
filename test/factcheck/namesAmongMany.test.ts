/**
 * Finding the people a draft names when the data holds many more than the
 * report's: the look-ups that replaced reading every case per draft must find
 * exactly whom a reader would, among look-alike names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/data/schema.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { spotPeople } from '../../src/factcheck/names.js';

let real: readonly CaseRecord[];
beforeAll(async () => {
  real = (await loadDataset()).cases;
});

/** A made-up person shaped like a real record: only the name, id, characters and aliases differ. */
function person(name: string, simplified?: string, aliases: string[] = []): CaseRecord {
  const { chinese: _chinese, ...rest } = real[0]!;
  const id = name.toLowerCase().replace(/ /g, '-');
  return { ...rest, id, name, aliases, ...(simplified ? { chinese: { simplified, source: ['report'] } } : {}) };
}

function found(text: string, cases: readonly CaseRecord[]): string[] {
  return spotPeople(text, { cases }).map((p) => `${p.case}@${p.start}`);
}

describe('a slip among many names', () => {
  it('names the one person a slip away, and no one when two are', () => {
    const crowd = [person('Zhao Mingliang'), person('Qian Wenhua'), person('Sun Lixiang')];
    expect(found('Zhao Minglaing returned.', crowd)).toEqual(['zhao-mingliang@0']);
    // Zhao Mingliang and Zhao Mingjiang are both one slip from Zhao Mingiang.
    expect(found('Zhao Mingiang returned.', [...crowd, person('Zhao Mingjiang')])).toEqual([]);
    // The same slip with the name given first, family name last.
    expect(found('Wenhau Qian returned.', crowd)).toEqual(['qian-wenhua@0']);
  });

  it('counts a person once however many of their spellings are a slip away', () => {
    const crowd = [person('Sun Lixiang', undefined, ['Sunlixiang']), person('Qian Wenhua')];
    expect(found('Sun Lixaing returned.', crowd)).toEqual(['sun-lixiang@0']);
  });
});

describe('characters among many names', () => {
  it('finds a name each time it appears, side by side too', () => {
    const crowd = [person('Zhao Mingliang', '赵明亮'), person('Qian Wenhua', '钱文华')];
    expect(found('赵明亮和钱文华，赵明亮赵明亮被遣返', crowd)).toEqual(['zhao-mingliang@0', 'qian-wenhua@4', 'zhao-mingliang@8', 'zhao-mingliang@11']);
  });

  it('lets a longer name keep its characters from a shorter one inside it', () => {
    const crowd = [person('Ouyang Ming', '欧阳明'), person('Yang Ming', '阳明')];
    expect(found('欧阳明被遣返，阳明投案', crowd)).toEqual(['ouyang-ming@0', 'yang-ming@7']);
  });

  it('skips a name followed by a place word, and finds it again later', () => {
    const crowd = [person('Huang Ping', '黄平')];
    expect(found('黄平县的黄平被遣返', crowd)).toEqual(['huang-ping@4']);
  });
});
