import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { askEmbed, field } from '../support/app.js';

describe('/stats', () => {
  it('tabulates every year with totals', async () => {
    const embed = await askEmbed('/stats');
    expect(embed.title).toBe('Sky Net in figures, 2015–2020');
    const rows = (embed.description ?? '').split('\n');
    expect(rows).toContain('2019      2,041    5.42 bn');
    expect(rows).toContain('Total     8,152  18.291 bn');
  });

  it('names the record year and the totals for both measures', async () => {
    const embed = await askEmbed('/stats');
    expect(field(embed, 'Fugitives returned: trend and highest year, 2015–2020')).toContain('Highest of 2015–2020: **2019**, 2,041');
    expect(field(embed, 'Money recovered: trend and highest year, 2015–2020')).toContain('Total: **18.291 billion yuan**');
    expect(field(embed, 'Fugitives returned: trend and highest year, 2015–2020')).toMatch(/`[▁▂▃▄▅▆▇█]{6}`/);
  });

  it('charts one measure when asked', async () => {
    const embed = await askEmbed('/stats metric:money');
    expect(embed.fields?.map((f) => f.name)).toEqual([
      'Money recovered, 2015–2020',
      'Money recovered: trend and highest year, 2015–2020',
      'Later years (other reports)',
      'Other sources',
    ]);
  });

  it('draws bars in proportion, from zero', async () => {
    const chart = field(await askEmbed('/stats metric:fugitives'), 'Fugitives returned, 2015–2020');
    const width = (year: string) => [...(chart.split('\n').find((l) => l.startsWith(year)) ?? '')].filter((c) => '█▏▎▍▌▋▊▉'.includes(c)).length;
    expect(width('2019')).toBe(14);
    expect(width('2015')).toBe(7);
  });

  it('lists later years apart, as other reports give them, and says where none was published', async () => {
    const embed = await askEmbed('/stats');
    const later = field(embed, 'Later years (other reports)');
    expect(later).toMatch(/^\*\*2021\*\*: 1,273 \[1, 2\] · more than 16\.74 bn \[1, 2\]$/m);
    expect(later).toContain('**2022**: no published figure found');
    expect(later).toContain('**2023** (January–November 2023): 1,278');
    expect(field(embed, 'Other sources')).toContain('chinadaily.com.cn/a/202202/25/WS62183b55a310cdd39bc88e09.html');
    // The report's table and totals are untouched by them.
    expect(embed.description).toContain('Total     8,152  18.291 bn');
  });

  it('speaks Chinese to a zh-CN reader, with the table still aligned', async () => {
    const embed = await askEmbed('/stats', 'zh-CN');
    expect(embed.title).toBe('天网行动数据，2015–2020年');
    const rows = (embed.description ?? '').split('\n').filter((l) => /^(\d{4}|合计)/.test(l));
    expect(rows).toContain('2019     2,041    54.2亿');
    expect(new Set(rows.map((r) => displayWidth(r))).size).toBe(1);
  });
});
