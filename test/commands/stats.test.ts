import { describe, expect, it } from 'vitest';
import { askEmbed, field } from '../helpers.js';

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
    expect(field(embed, 'Fugitives returned: trend and record')).toContain('Record: **2019**, 2,041');
    expect(field(embed, 'Money recovered: trend and record')).toContain('Total: **18.291 billion yuan**');
    expect(field(embed, 'Fugitives returned: trend and record')).toMatch(/`[▁▂▃▄▅▆▇█]{6}`/);
  });

  it('charts one measure when asked', async () => {
    const embed = await askEmbed('/stats metric:money');
    expect(embed.fields?.map((f) => f.name)).toEqual(['Money recovered, 2015–2020', 'Money recovered: trend and record']);
  });

  it('draws bars in proportion, from zero', async () => {
    const chart = field(await askEmbed('/stats metric:fugitives'), 'Fugitives returned, 2015–2020');
    const width = (year: string) => [...(chart.split('\n').find((l) => l.startsWith(year)) ?? '')].filter((c) => '█▏▎▍▌▋▊▉'.includes(c)).length;
    expect(width('2019')).toBe(14);
    expect(width('2015')).toBe(7);
  });
});
