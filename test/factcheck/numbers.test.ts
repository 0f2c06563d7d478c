/** Figures as copy writes them, each with the precision it is written with. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/factcheck/numbers.js';

function one(text: string) {
  const found = findNumbers(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('figures in copy', () => {
  it.each([
    ['returned 2,041 fugitives', 2041, 'people', '2,041'],
    ['returned 2041 fugitives', 2041, 'people', '2041'],
    ['5.42 billion yuan', 5.42e9, 'yuan', '5.42 billion yuan'],
    ['recovered 5.42bn', 5.42e9, 'yuan', '5.42bn'],
    ['RMB 5.42 billion', 5.42e9, 'yuan', 'RMB 5.42 billion'],
    ['RMB5.42bn', 5.42e9, 'yuan', 'RMB5.42bn'],
    ['5,420 million yuan', 5.42e9, 'yuan', '5,420 million yuan'],
    ['追回赃款54.2亿元', 5.42e9, 'yuan', '54.2亿元'],
    ['追赃54.2亿', 5.42e9, 'yuan', '54.2亿'],
    ['追回外逃人员1335名', 1335, 'people', '1335名'],
    ['追回2041人', 2041, 'people', '2041人'],
    ['$785 million', 785e6, 'usd', '$785 million'],
    ['785 million U.S. dollars', 785e6, 'usd', '785 million U.S. dollars'],
    ['7.85亿美元', 7.85e8, 'usd', '7.85亿美元'],
    ['up 261%', 261, 'percent', '261%'],
    ['up 261 percent', 261, 'percent', '261 percent'],
    ['增长2.6倍', 2.6, 'times', '2.6倍'],
    ['307 Communist Party members', 307, 'people', '307'],
  ])('%s', (text, value, unit, written) => {
    const n = one(text);
    expect(n.value).toBeCloseTo(value, 0);
    expect(n.unit).toBe(unit);
    expect(n.text).toBe(written);
    expect(text.slice(n.start, n.end)).toBe(written);
  });

  it('keeps the precision a figure is written with, and marks what may be rounding', () => {
    expect(one('5.42 billion yuan')).toMatchObject({ step: 1e7, coarseStep: 1e7 });
    expect(one('2,041 fugitives')).toMatchObject({ step: 1, coarseStep: 1 });
    expect(one('2,000 fugitives')).toMatchObject({ step: 1, coarseStep: 1000 });
    expect(one('30亿元')).toMatchObject({ step: 1e8, coarseStep: 1e9 });
  });

  it.each([
    ['more than 2,000 fugitives', 'more than'],
    ['over 2,000 fugitives', 'more than'],
    ['Recoveries topped 17 billion yuan', 'more than'],
    ['at least 2,000 fugitives', 'at least'],
    ['about 53%', 'about'],
    ['some 3 billion yuan', 'about'],
    ['nearly 1,300 fugitives', 'nearly'],
    ['fewer than 1,500 fugitives', 'less than'],
    ['no more than 1,500 fugitives', 'at most'],
    ['超过167亿元', 'more than'],
    ['1.4万余人', 'more than'],
    ['2000多人', 'more than'],
    ['约53%', 'about'],
    ['近1300人', 'nearly'],
    ['1000人左右', 'about'],
    ['不到1500人', 'less than'],
  ])('%s is hedged "%s"', (text, hedge) => {
    expect(one(text).hedge).toBe(hedge);
  });

  it('reads small counts written as words, but not "one"', () => {
    expect(findNumbers('including five on the list of 100').map((n) => n.value)).toEqual([5, 100]);
    expect(findNumbers('one of the fugitives')).toEqual([]);
  });

  it('leaves digits inside words and codes alone', () => {
    expect(findNumbers('G20 COVID19 c_137317296')).toEqual([]);
  });
});
