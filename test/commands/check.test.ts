import { describe, expect, it } from 'vitest';
import { evaluateClaim } from '../../src/data/claims.js';
import type { YearRecord } from '../../src/data/schema.js';
import { askEmbed, field, testApp } from '../helpers.js';

const plain = { value: (_m: string, n: number) => String(n), percent: (p: number) => `${p.toFixed(1)}%` };

describe('/check', () => {
  it("sets each of the report's claims against the figures, with the arithmetic", async () => {
    const embed = await askEmbed('/check');
    expect(embed.title).toBe('The report’s claims, checked against its own figures');
    expect(embed.description).toBe(
      '6 of 6 claims agree with the yearly figures; 4 of the 6 only partly checked, as they speak of years the data does not have. The arithmetic is shown under each.',
    );
    const rise = field(embed, '✅ 2018 · Money recovered rose 261% on 2017');
    expect(rise).toContain('`(3.541 bn − 980 m) ÷ 980 m = +261.3%`');
    expect(rise).toContain('> The amount of stolen goods recovered increased by 261% over 2017');
    expect(field(embed, /2019 reached the highest level in history \(money recovered\)/)).toContain('2019: 5.42 bn > 2018: 3.541 bn > 2015: 3 bn > 2020: 2.95 bn > 2016: 2.4 bn > 2017: 980 m');
    expect(field(embed, /Second best year/)).toContain('2020: #2 of 6 years, 2015–2020 (claimed: #2)');
    expect(field(embed, /about the same as the yearly average/)).toContain('÷ 6 = 3.049 bn (2015–2020)');
    expect(field(embed, /about the same as the yearly average/)).toContain('-3.2%');
    expect(field(embed, /rose every year/)).toContain('2015: 1,023 < 2016: 1,032 < 2017: 1,300 < 2018: 1,335 < 2019: 2,041');
  });

  it('marks a claim the figures do not bear out', async () => {
    const years = (await testApp()).store.current().years;
    const y2018 = years.find((y) => y.year === 2018)!;
    const wrong = { ...y2018.claims[0]!, check: { kind: 'change-percent' as const, metric: 'recovered' as const, base: 2017, expected: 300 } };
    const result = evaluateClaim(years, y2018, wrong, plain);
    expect(result.consistent).toBe(false);
    expect(result.working[0]).toBe('(3541000000 − 980000000) ÷ 980000000 = 261.3%');
    // A fall inside a "rising" span is caught and shown with ≥.
    const dipped: YearRecord[] = years.map((y) => (y.year === 2017 ? { ...y, returned: 1000 } : y));
    const rising = evaluateClaim(dipped, dipped.find((y) => y.year === 2019)!, dipped.find((y) => y.year === 2019)!.claims[2]!, plain);
    expect(rising.consistent).toBe(false);
    expect(rising.working[0]).toContain('2016: 1032 ≥ 2017: 1000');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/check', 'zh-CN');
    expect(embed.title).toBe('报道中的推论，与其自身数据核对');
    expect(embed.fields?.[0]?.value).toContain('**相符**');
    expect(embed.fields?.[0]?.value).toContain('35.41亿');
  });
});
