import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, autocomplete, embedText, field } from '../support/app.js';

describe('/list100', () => {
  it('charts every published count, latest and disagreements cited', async () => {
    const embed = await askEmbed('/list100');
    expect(embed.title).toBe('The list of 100: how many have been caught or returned, as published');
    const chart = (embed.description ?? '').split('\n');
    // Each count as a page gave it: the first Xinhua count, a lower bound, and the latest.
    expect(chart).toContain('18 Sep 2015  █▉          12');
    expect(chart.find((l) => l.startsWith('21 June 2017'))).toMatch(/>40$/);
    expect(chart.find((l) => l.startsWith('29 July 2025'))).toMatch(/ 64$/);
    expect(field(embed, 'Latest published count')).toMatch(/^\*\*64\*\* of the 100, as of 29 July 2025 \[1\]$/);
    // China Topix's 34 for the day Shanghai Daily gives 36: both kept, and the lower marked.
    expect(chart.find((l) => l.includes(' 34'))).toMatch(/^12 Nov 2016 .* 34 ◀$/);
    expect(field(embed, 'Counts that disagree (◀ in the chart)')).toBe('• 12 November 2016: 34, where another page gives 36 for the same date [2] [3]');
    const sources = field(embed, 'Other sources');
    expect(sources).toContain('[2] http://www.chinatopix.com/articles/105843/20161113/chinese-fugitive-new-zealand-surrenders.htm (13 November 2016)');
    expect(sources).toContain('[3] https://archive.shine.cn/nation/Fugitive-returns-to-China-after-15-years-on-the-run/shdaily.shtml (14 November 2016)');
    expect(embed.footer?.text).toMatch(/^\d+ published reports, each in \/list100 year:… · data \S+$/);
  });

  it("gives a year's counts, each with what every page says and its date", async () => {
    const embed = await askEmbed('/list100 year:2017');
    expect(embed.title).toBe('The list of 100: counts published for 2017');
    const text = embed.description ?? '';
    expect(text).toContain('**17 April 2017: 40**');
    expect(text).toContain('**21 June 2017: more than 40**');
    expect(text).toMatch(/• more than 40 had been detained, over two-thirds of whom gave themselves up \[\d+\]/);
    expect(text).toContain('-# The word is “detained”');
    // A weak page is marked beside its address.
    expect(embedText(embed)).toMatch(/chinarecentdevelopments\.wordpress\.com\/\S+ \(14 August 2017; blog\)/);
  });

  it('says which years have counts when asked for one without', async () => {
    const reply = await askMessage('/list100 year:2024');
    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toContain(
      'No count of the list of 100 published for 2024 was found. Years with counts: 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2025.',
    );
  });

  it('shows how the returns break down, each with its pages', async () => {
    const embed = await askEmbed('/list100 show:breakdowns');
    expect(embed.title).toBe('How the returns break down, as published');
    expect(embed.description).toMatch(
      /\*\*Apr 2017 · How the first 40 came back\*\* \(of 40\): gave themselves up, persuaded to return 25, repatriated 7, arrested 6, dead 2 \[\d+, \d+\]/,
    );
    expect(embed.description).toContain('-# Fugitives still at large, not returns');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/list100', 'zh-CN');
    expect(embed.title).toBe('百名红通人员：已归案人数（按公布数字）');
    expect(field(embed, '最新公布数字')).toMatch(/^百名中的\*\*64\*\*人（截至2025年7月29日） \[1\]$/);
    expect(field(embed, '说法不一的数字（图中◀）')).toBe('• 2016年11月12日：34，另有报道同日给出36 [2] [3]');
    expect(field(await askEmbed('/list100 year:2015', 'zh-CN'), '其他来源')).toContain('（2015年9月19日）');
  });

  it('autocompletes the years with counts', async () => {
    expect(await autocomplete('/list100 year:201')).toEqual([
      { name: '2015 (2 counts)', value: 2015 },
      { name: '2016 (11 counts)', value: 2016 },
      { name: '2017 (13 counts)', value: 2017 },
      { name: '2018 (5 counts)', value: 2018 },
      { name: '2019 (1 count)', value: 2019 },
    ]);
  });
});
