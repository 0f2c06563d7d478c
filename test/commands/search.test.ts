import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, field } from '../support/app.js';

describe('/search', () => {
  it('finds the case for a place, grouped', async () => {
    const embed = await askEmbed('/search query:New Zealand');
    expect(embed.title).toBe('Search: “New Zealand”');
    const cases = field(embed, /^Cases/);
    expect(cases).toContain('**Yan Yongming 闫永明**');
    // No source states where he left from: the country is marked as the inference it is.
    expect(cases).toContain('returned and surrendered from New Zealand (inferred), 12 Nov 2016');
  });

  it('finds cases and milestones for a method, one line each', async () => {
    const embed = await askEmbed('/search query:extradition');
    const cases = field(embed, /^Cases/);
    for (const name of ['Yao Jinqi', 'Chen Wenhua', 'Huang Haiyong', 'Zhou Jinghua']) expect(cases).toContain(name);
    // Extradited to the United States, not China, and said so.
    expect(cases).toContain('Qiao Jianjun**: extradited from Sweden to the United States, 1 June 2020 (announced)');
    expect(field(embed, /^Milestones/)).toContain('The firsts of Sky Net 2018');
  });

  it('finds a year', async () => {
    const embed = await askEmbed('/search query:2019');
    expect(field(embed, /^Years/).split('\n')[0]).toBe('**Sky Net 2019**: 2,041 returned, 5.42 billion yuan recovered');
  });

  it('finds the bank case', async () => {
    const cases = field(await askEmbed('/search query:bank of china'), /^Cases/);
    // The Kaiping branch case (Xu Chaofan, Xu Guojun), the Jiangmen branch (Lai Mingmin), Guangzhou's Huangpu sub-branch (Qu Jianling).
    for (const name of ['Xu Chaofan', 'Xu Guojun', 'Lai Mingmin', 'Qu Jianling']) expect(cases).toContain(name);
  });

  it('says so privately when nothing matches', async () => {
    const data = await askMessage('/search query:zzqqxx');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('Nothing in the data matches “zzqqxx”');
  });
});
