import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, autocomplete, field } from '../support/app.js';

describe('/compare', () => {
  it('sets two years side by side with the change in absolute and percent terms', async () => {
    const embed = await askEmbed('/compare a:2018 b:2019');
    expect(embed.title).toBe('Sky Net: 2018 and 2019 compared');
    const table = (embed.description ?? '').split('\n');
    expect(table).toContain('People     1,335    2,041       +706  +52.9%');
    expect(table).toContain('Yuan    3.541 bn  5.42 bn  +1.879 bn  +53.1%');
    expect(embed.description).toContain('**Fugitives returned: 1,335 → 2,041, +706 (+52.9%)**');
  });

  it('shows a fall as a fall, in either order', async () => {
    const embed = await askEmbed('/compare a:2019 b:2020');
    expect(embed.description).toContain('**Fugitives returned: 2,041 → 1,421, -620 (-30.4%)**');
    expect(embed.description).toContain('**Money recovered: 5.42 bn → 2.95 bn, -2.47 bn (-45.6%)**');
  });

  it('sets a later year from other reports beside it, with sources, and computes no change from a lower bound', async () => {
    const embed = await askEmbed('/compare a:2019 b:2021');
    expect(embed.description).toContain('>16.74 bn');
    expect(embed.description).toContain('Sky Net 2021 (from other reports) [1, 2]');
    expect(field(embed, '⚠️')).toContain("Money recovered: Change not computed: 2021's figure is a lower bound (“more than”)");
    expect(field(embed, 'Other sources')).toContain('chinadaily.com.cn/a/202202/25/WS62183b55a310cdd39bc88e09.html');
  });

  it('computes no change against a part of a year, nor against a year never published', async () => {
    expect(field(await askEmbed('/compare a:2020 b:2023'), '⚠️')).toContain('2023 covers January–November 2023 only');
    expect(field(await askEmbed('/compare a:2020 b:2022'), '⚠️')).toContain('No published totals found for 2022.');
  });

  it('refuses the same year twice and a year nobody has', async () => {
    expect((await askMessage('/compare a:2019 b:2019')).content).toContain('two different years');
    const missing = await askMessage('/compare a:2019 b:2040');
    expect(missing.flags).toBe(EPHEMERAL);
    expect(missing.content).toContain('No Sky Net figures for 2040');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/compare a:2018 b:2019', 'zh-CN');
    expect(embed.title).toBe('天网行动：2018年与2019年对比');
    expect(embed.description).toContain('35.41亿');
    expect(embed.description).toContain('追回赃款：35.41亿 → 54.2亿, +18.79亿 (+53.1%)');
  });

  it('autocompletes the years that have a published figure', async () => {
    expect((await autocomplete('/compare a:20')).map((c) => c.value)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2023]);
  });
});
