import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, field } from '../helpers.js';

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
    expect(field(embed, 'Cases (1)')).toContain('Yao Jinqi');
    expect(field(embed, /^Milestones/)).toContain('The firsts of Sky Net 2018');
  });

  it('finds a year', async () => {
    const embed = await askEmbed('/search query:2019');
    expect(field(embed, /^Years/).split('\n')[0]).toBe('**Sky Net 2019**: 2,041 returned, 5.42 billion yuan recovered');
  });

  it('finds the bank case', async () => {
    expect(field(await askEmbed('/search query:bank of china'), /^Cases/).split('\n')[0]).toContain('Xu Chaofan');
  });

  it('says so privately when nothing matches', async () => {
    const data = await askMessage('/search query:zzqqxx');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('Nothing in the data matches “zzqqxx”');
  });
});
