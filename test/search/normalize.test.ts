/** One normal form for names however they are typed. */
import { describe, expect, it } from 'vitest';
import { hanOnly, memoWords, pinyinSyllables, toKey, toWords } from '../../src/search/normalize.js';

describe('normalisation', () => {
  it.each([
    ['Yang Xiuzhu', 'yang xiuzhu'],
    ['YANG XIU-ZHU', 'yang xiu zhu'],
    ['yángxiùzhū', 'yangxiuzhu'],
    ['杨秀珠', 'yang xiu zhu'],
    ['黃玉榮', 'huang yu rong'],
    ['Lǚ Bù', 'lu bu'],
    // Characters read as pinyin with a ü in it, and characters beside letters with marks.
    ['吕秀珠', 'lu xiu zhu'],
    ['Yáng 秀珠', 'yang xiu zhu'],
    ['Ｙａｎｇ', 'yang'],
  ])('%s → %s', (input, words) => {
    expect(toWords(input)).toBe(words);
    expect(toKey(input)).toBe(words.replace(/ /g, ''));
    expect(memoWords()(input)).toBe(words);
  });

  // Characters with one reading are read one at a time, the rest by pinyin-pro whole: the words
  // must be pinyin-pro's either way (its reading of a family name first: 单 shan, not dan).
  const pinyinProWords = (s: string): string => toWords(pinyinSyllables(s, true).join(' '));

  it('reads every character of the CJK Unified Ideographs block as pinyin-pro does, as a family name', () => {
    const differ: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const char = String.fromCharCode(code);
      if (toWords(char) !== pinyinProWords(char)) differ.push(char);
    }
    expect(differ).toEqual([]);
  });

  it.each(['单国强', '曾长乐', '欧阳朝阳', '司马光', '解放', '朴正熙', '乐嘉', '查重华', '许超凡', '杨秀珠', '吕秀珠', '黄玉荣'])(
    'reads %s as pinyin-pro does, whether or not its characters have other readings',
    (name) => {
      expect(toWords(name)).toBe(pinyinProWords(name));
      expect(toWords(`Case of ${name}, 2016`)).toBe(`case of ${pinyinProWords(name)} 2016`);
    },
  );

  it('keeps the characters of a query apart', () => {
    expect(hanOnly('Yang 杨秀珠 (2016)')).toBe('杨秀珠');
  });
});
