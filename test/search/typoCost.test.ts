/** The typo cost: how people mistype, as weights on the edits from what was typed to a name. */
import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../src/search/libraries.js';
import { COST, slipCost, typoCost } from '../../src/search/typoCost.js';

describe('typo cost', () => {
  it('is 0 for the name itself', () => {
    expect(typoCost('yangxiuzhu', 'yangxiuzhu')).toBe(0);
  });

  it.each([
    ['two letters swapped', 'yagnxiuzhu', COST.swap],
    ['a letter typed twice', 'yangxiiuzhu', COST.doubled],
    ['a double letter typed once', 'yangxiuzhu', COST.doubled, 'yangxiuzhuu'],
    ['z for zh', 'yangxiuzu', COST.pinyinLetter],
    ['zh for z', 'yangxiuzhhu', COST.doubled],
    ['n for ng', 'yanxiuzhu', COST.pinyinLetter],
    ['a neighbouring key', 'yangxiuxhu', COST.neighbour],
    ['l for n, as many speakers say it', 'yanglxiuzhu', COST.neighbour, 'yangnxiuzhu'],
    ['a letter dropped', 'yangxuzhu', COST.dropped],
    ['an extra letter next to its neighbour', 'yangxiuzjhu', COST.fatFinger],
    ['a wrong letter far from the right key', 'yangxiuzhp', COST.other],
  ])('%s costs what it should', (_kind, typed, cost, name = 'yangxiuzhu') => {
    expect(typoCost(typed, name)).toBe(cost);
  });

  it('ranks a likely slip below an unlikely one at the same edit distance', () => {
    expect(osaDistance('chenweii', 'chenwei')).toBe(osaDistance('chenweii', 'chenweiq'));
    expect(typoCost('chenweii', 'chenwei')).toBeLessThan(typoCost('chenweii', 'chenweiq'));
  });

  it('is never above the plain edit distance', () => {
    const pairs = [
      ['wangweixue', 'wangleixue'],
      ['hnheng', 'hancheng'],
      ['lifngying', 'lifengying'],
      ['abcdef', 'badcfe'],
      ['xiuzu', 'xiuzhuyang'],
    ] as const;
    for (const [a, b] of pairs) expect(typoCost(a, b)).toBeLessThanOrEqual(osaDistance(a, b));
  });

  it('ranks by slips first, then by how likely they are (slipCost)', () => {
    // One wrong letter far from the key costs more than a neighbouring key and a doubled letter, but one slip still ranks first.
    expect(typoCost('wanghhiyi', 'wangzhiyi')).toBeGreaterThan(typoCost('wanghhiyi', 'wangyiyi'));
    expect(slipCost('wanghhiyi', 'wangzhiyi', 1)).toBeLessThan(slipCost('wanghhiyi', 'wangyiyi', 2));
    // Between names as many slips away, the likelier slip first.
    expect(slipCost('chenweii', 'chenwei', 1)).toBeLessThan(slipCost('chenweii', 'chenweiq', 1));
  });
});
