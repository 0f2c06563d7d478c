/** One normal form for names however they are typed. */
import { describe, expect, it } from 'vitest';
import { hanOnly, memoWords, toKey, toWords } from '../../src/search/normalize.js';

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

  it('keeps the characters of a query apart', () => {
    expect(hanOnly('Yang 杨秀珠 (2016)')).toBe('杨秀珠');
  });
});
