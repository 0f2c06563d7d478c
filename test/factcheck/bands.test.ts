/** A figure agrees at the rounding it is written with; a true figure is never called contradicted. */
import { describe, expect, it } from 'vitest';
import { compare, dataValue, lastDigitStep, type Written } from '../../src/factcheck/bands.js';

const exact = (value: number, step = 1, coarseStep = step): Written => ({ value, step, coarseStep });

describe('stated rounding', () => {
  it('about 53% agrees with 52.9%; 53% does too; 35% does not', () => {
    expect(compare({ ...exact(53), hedge: 'about' }, dataValue(52.88))).toBe('consistent');
    expect(compare(exact(53), dataValue(52.88))).toBe('consistent');
    expect(compare(exact(35), dataValue(52.88))).toBe('contradicted');
  });

  it('5.4 billion agrees with 5.42 billion; 5.5 billion does not', () => {
    expect(compare(exact(5.4e9, 1e8), dataValue(5.42e9, undefined, true))).toBe('consistent');
    expect(compare(exact(5.5e9, 1e8), dataValue(5.42e9, undefined, true))).toBe('contradicted');
  });

  it('a figure more precise than the data cannot be confirmed, nor called wrong (54.24亿 against 5.42 billion)', () => {
    expect(compare(exact(5.424e9, 1e6), dataValue(5.42e9, undefined, true))).toBe('not-in-data');
  });

  it('a round figure may be rounding: 2,000 for 2,041 agrees, for 2,400 it cannot be told, for 3,100 it is wrong', () => {
    expect(compare(exact(2000, 1, 1000), dataValue(2041))).toBe('consistent');
    expect(compare(exact(2000, 1, 1000), dataValue(2400))).toBe('not-in-data');
    expect(compare(exact(2000, 1, 1000), dataValue(3100))).toBe('contradicted');
  });

  it('"nearly" is below: nearly 1,300 for 1,335 is wrong', () => {
    expect(compare({ ...exact(1300, 1, 100), hedge: 'nearly' }, dataValue(1335))).toBe('contradicted');
    expect(compare({ ...exact(2100, 1, 100), hedge: 'nearly' }, dataValue(2041))).toBe('consistent');
  });
});

describe('lower bounds ("more than 16.74 billion")', () => {
  const bound = dataValue(16.74e9, 'more than');
  it('agree with a lower bound no higher', () => {
    expect(compare({ ...exact(16.74e9, 1e7), hedge: 'more than' }, bound)).toBe('consistent');
    expect(compare({ ...exact(16e9, 1e9), hedge: 'more than' }, bound)).toBe('consistent');
  });
  it('cannot settle a higher bound or the bound written as a total', () => {
    expect(compare({ ...exact(17e9, 1e9), hedge: 'more than' }, bound)).toBe('not-in-data');
    expect(compare(exact(16.74e9, 1e7), bound)).toBe('not-in-data');
  });
  it('rule out a total below the bound', () => {
    expect(compare(exact(15e9, 1e9), bound)).toBe('contradicted');
  });
});

describe('the data’s own rounding', () => {
  it('money is rounded at its last digit', () => {
    expect(lastDigitStep(5_420_000_000)).toBe(10_000_000);
    expect(lastDigitStep(3_541_000_000)).toBe(1_000_000);
    expect(lastDigitStep(2041)).toBe(1);
  });
});
