import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, autocomplete, field } from '../support/app.js';

describe('/timeline', () => {
  it('lists milestones and case events in date order, by year', async () => {
    const embed = await askEmbed('/timeline');
    // Every year has its milestones and a count of its case events (there are too many to list at once).
    expect(embed.fields?.map((f) => f.name).slice(0, 8)).toEqual(['2008', '2011', '2014', '2015', '2016', '2017', '2018', '2019']);
    const y2015 = field(embed, '2015').split('\n');
    expect(y2015[0]).toContain('**Sky Net launched**');
    expect(y2015.at(-1)).toBe('+ 12 case events: `/timeline year:2015`');
    expect(field(embed, '2021')).toContain('`24 Feb 2021 ` **Sky Net 2021 launched**');
    const one = field(await askEmbed('/timeline year:2015'), '2015').split('\n');
    expect(one.findIndex((l) => l.includes('Red notices for the list of 100'))).toBeLessThan(one.findIndex((l) => l.includes('Li Huabo')));
  });

  it('shows one year, with sources for facts from outside the report', async () => {
    const embed = await askEmbed('/timeline year:2018');
    expect(embed.title).toBe('Sky Net timeline: 2018');
    const lines = field(embed, '2018').split('\n');
    expect(lines[0]).toContain('Hu Yuxing: returned to China from Perth, Australia (date of the report)');
    expect(lines[1]).toContain('State Supervision Commission set up');
    expect(lines.find((l) => l.includes('Yao Jinqi: arrested'))).toMatch(/17 Oct 2018.*arrested in Bulgaria \[\d+\]/);
    expect(lines.find((l) => l.includes('Yao Jinqi: extradited'))).toMatch(/30 Nov 2018.*extradited from Bulgaria \[\d+\]/);
    expect(field(embed, 'Other sources')).toContain('xinhuanet.com/english/2018-11/30/c_137642679.htm');
    expect(field(embed, '2018')).toContain('23 Aug 2018');
  });

  it('says privately when a year has nothing', async () => {
    const data = await askMessage('/timeline year:2005');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('2008–2025');
  });

  it('autocompletes the years it covers', async () => {
    expect((await autocomplete('/timeline year:202')).map((c) => c.value)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
