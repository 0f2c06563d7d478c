/** How a word of a /search query matches the indexed words: exactly, by stem, as a prefix, or with a slip. */
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/search/vocabulary.js';

const vocabulary = new Vocabulary();
for (const w of ['extradited', 'extradition', 'bank', 'back', 'singapore', 'wenzhou', 'kaiping']) vocabulary.idOf(w);
vocabulary.seal();

const matches = (word: string): Record<string, number> => {
  const words = ['extradited', 'extradition', 'bank', 'back', 'singapore', 'wenzhou', 'kaiping'];
  return Object.fromEntries([...vocabulary.looseMatches(word)].map(([id, factor]) => [words[id]!, factor]));
};

describe('vocabulary', () => {
  it('matches by stem, then by prefix, then with a slip, each keeping less of the weight', () => {
    expect(matches('extradite')).toEqual({ extradited: 0.9 });
    expect(matches('extradition')).toEqual({ extradited: 0.8 });
    expect(matches('sing')).toEqual({ singapore: 0.8 });
    expect(matches('singaproe')).toEqual({ singapore: 0.6 });
    expect(matches('wenzou')).toEqual({ wenzhou: 0.6 });
  });

  it('looks for slips only in words the data lacks: "zhejiang" is not Zhenjiang, "zhejang" is Zhejiang', () => {
    const places = new Vocabulary();
    for (const w of ['zhejiang', 'zhenjiang']) places.idOf(w);
    places.seal();
    const near = (word: string) => [...places.looseMatches(word)].map(([id]) => ['zhejiang', 'zhenjiang'][id]);
    expect(near('zhejiang')).toEqual([]);
    expect(near('zhejang')).toEqual(['zhejiang']);
  });

  it('gives short words no slip: "bank" is one letter from "back"', () => {
    expect(matches('bank')).toEqual({});
    expect(vocabulary.exact('bank')).toBeDefined();
  });
});
