/** The typo index finds every string within the slips allowed, and only those. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../src/search/libraries.js';
import { TypoIndex } from '../../src/search/typoIndex.js';

const WORDS = [
  'yangxiuzhu',
  'xiuzhuyang',
  'lihuabo',
  'chenwei',
  'zhangwei',
  'zhaowei',
  'huangyurong',
  'wangguoqiang',
  'xuchaofan',
  'jiasiyu',
  'yanli',
  'liyan',
  'songli',
  'sanglei',
  'yang',
  'xiuzhu',
  'wang',
  'zhang',
  'huang',
  'chen',
  'ouyang',
  'ab',
  'abc',
  'abcd',
];
const index = new TypoIndex(WORDS);

function bruteForce(query: string, slips: number): string[] {
  return WORDS.filter((w) => w !== query && osaDistance(query, w) <= slips).sort();
}

describe('typo index', () => {
  it('finds a name two swaps away, and a swap with one other slip', () => {
    expect(index.near('aynxgiuzhu', 2)).toContain('yangxiuzhu');
    expect(index.near('ynagxiuzhhu', 2)).toContain('yangxiuzhu');
    expect(index.near('yagnxiuzhu', 1)).toEqual(['yangxiuzhu']);
  });

  it('leaves out the query itself and anything further', () => {
    expect(index.near('yangxiuzhu', 2)).toEqual([]);
    expect(index.near('qqqqzzzz', 2)).toEqual([]);
  });

  it('is complete: the same strings as comparing with every one (random slips)', () => {
    const slip = fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'change'), fc.constantFrom(...'abcghinouyz'));
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.array(slip, { maxLength: 3 }), fc.constantFrom(1 as const, 2 as const), (word, slips, allowed) => {
        let typed = word;
        for (const [at, kind, letter] of slips) {
          const i = at % Math.max(typed.length, 1);
          if (kind === 'drop') typed = typed.slice(0, i) + typed.slice(i + 1);
          else if (kind === 'double') typed = typed.slice(0, i) + typed[i] + typed.slice(i);
          else if (kind === 'change') typed = typed.slice(0, i) + letter + typed.slice(i + 1);
          else if (i + 1 < typed.length) typed = typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2);
        }
        expect(index.near(typed, allowed).sort()).toEqual(bruteForce(typed, allowed));
      }),
      { numRuns: 400 },
    );
  });
});
