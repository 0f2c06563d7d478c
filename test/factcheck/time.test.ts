/** Which year a figure is for, and whether it is for a period that is not a whole year. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/factcheck/numbers.js';
import { readTime } from '../../src/factcheck/time.js';

function read(text: string) {
  return readTime(text, findNumbers(text));
}

describe('years', () => {
  it.each([
    ['in 2019', 2019, 'year'],
    ['Sky Net 2019', 2019, 'skynet'],
    ['Skynet-2019', 2019, 'skynet'],
    ['the “Skynet 2019” operation', 2019, 'skynet'],
    ["Sky Net's 2017 tally", 2017, 'skynet'],
    ['天网2019', 2019, 'skynet'],
    ['“天网2019”行动', 2019, 'skynet'],
    ['2019年', 2019, 'year'],
    ['on July 11, 2018', 2018, 'date'],
    ['on 11 July 2018', 2018, 'date'],
    ['2018年7月11日', 2018, 'date'],
    ['in November 2016', 2016, 'month'],
  ])('%s', (text, year, how) => {
    const t = read(text);
    expect(t.years.map((y) => [y.year, y.how])).toEqual([[year, how]]);
    expect(t.figures).toEqual([]);
  });

  it('tells a year from a count: 2041 fugitives is a count, "in 2019 fugitives" a year', () => {
    expect(read('brought back 2041 fugitives').figures.map((f) => f.value)).toEqual([2041]);
    expect(read('In 2019 fugitives were returned').years.map((y) => y.year)).toEqual([2019]);
  });

  it('marks the base of a change, which is never the year a figure is for', () => {
    expect(read('up 261% on 2017').years[0]).toMatchObject({ year: 2017, base: true });
    expect(read('比2017年增长261%').years[0]).toMatchObject({ year: 2017, base: true });
    expect(read('同比增长52.9%').relatives[0]).toMatchObject({ offset: -1, anchor: 'context', base: true });
  });

  it('counts "last year" from the dateline, and only from a dateline', () => {
    expect(read('BEIJING, Feb. 25, 2021 -- China brought back 1,421 fugitives last year').storyYear).toBe(2021);
    expect(read('新华社北京2022年2月24日电 去年全国共追回外逃人员1273人。').storyYear).toBe(2022);
    expect(read('Last year, 1,421 fugitives were brought back.').storyYear).toBeUndefined();
  });

  it('takes days, ordinals, lengths of time and counts of things out of the figures', () => {
    const t = read('the 19th congress, No. 4 on the list of 100, 13 years on the run, 70 countries, 10:30, 120多个国家, 13年');
    expect(t.figures).toEqual([]);
  });
});

describe('periods', () => {
  it.each([
    ['in the first 11 months of 2023', { kind: 'months', from: 1, to: 11 }],
    ['from January to October', { kind: 'months', from: 1, to: 10 }],
    ['As of the end of November 2023', { kind: 'months', from: 1, to: 11 }],
    ['in the first half', { kind: 'months', from: 1, to: 6 }],
    ['by mid-August', { kind: 'part' }],
    ['so far this year', { kind: 'part' }],
    ['1至10月', { kind: 'months', from: 1, to: 10 }],
    ['1-11月', { kind: 'months', from: 1, to: 11 }],
    ['前11个月', { kind: 'months', from: 1, to: 11 }],
    ['上半年', { kind: 'months', from: 1, to: 6 }],
    ['from 2014 to 2016', { kind: 'range', from: 2014, to: 2016 }],
    ['between 2015 and 2019', { kind: 'range', from: 2015, to: 2019 }],
    ['2015-2020', { kind: 'range', from: 2015, to: 2020 }],
    ['2015年至2020年', { kind: 'range', from: 2015, to: 2020 }],
    ['since 2014', { kind: 'cumulative', from: 2014 }],
    ['since the campaign began in 2015', { kind: 'cumulative' }],
    ['since the establishment of the Central Fleeing Office in 2014', { kind: 'cumulative', from: 2014 }],
    ['by the end of 2024', { kind: 'cumulative', to: 2024 }],
    ['累计', { kind: 'cumulative' }],
    ['2014年以来', { kind: 'cumulative', from: 2014 }],
  ])('%s', (text, period) => {
    expect(read(text).periods[0]).toMatchObject(period);
  });
});
