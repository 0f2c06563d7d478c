import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askEmbed, askMessage, autocomplete, embedText, field } from '../helpers.js';

describe('/year', () => {
  it("gives 2019's totals and their change on 2018", async () => {
    const embed = await askEmbed('/year year:2019');
    expect(embed.title).toBe('Sky Net 2019');
    const people = field(embed, 'Fugitives returned');
    expect(people).toContain('**2,041**');
    expect(people).toContain('+706 (+52.9%) on 2018');
    expect(people).toContain('1st of 6 years');
    const money = field(embed, 'Money recovered');
    expect(money).toContain('**5.42 billion yuan**');
    expect(money).toContain('+1.879 billion yuan (+53.1%) on 2018');
    expect(money).toContain('1st of 6 years');
  });

  it("lists the year's sub-figures and the report's claims", async () => {
    const embed = await askEmbed('/year year:2019');
    const also = field(embed, 'Also in the report');
    expect(also).toContain('**969**');
    expect(also).toContain('**16**');
    expect(also).toContain('**2.437 billion yuan**');
    expect(field(embed, 'The report says')).toContain('highest');
  });

  it('shows a fall as a fall', async () => {
    const embed = await askEmbed('/year year:2020');
    expect(field(embed, 'Fugitives returned')).toContain('▼ -620 (-30.4%) on 2019');
    expect(field(embed, 'Fugitives returned')).toContain('2nd of 6 years');
    expect(field(embed, 'Money recovered')).toContain('▼ -2.47 billion yuan (-45.6%) on 2019');
  });

  it('says when there is no year before to compare with', async () => {
    const embed = await askEmbed('/year year:2015');
    expect(field(embed, 'Fugitives returned')).toContain('No figure for 2014 to compare with');
  });

  it('marks the year on the chart of every year', async () => {
    const chart = field(await askEmbed('/year year:2017'), /^Fugitives returned, 2015/);
    const lines = chart.split('\n').filter((l) => /^\d{4}/.test(l));
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('2017'))).toMatch(/1,300 ◀$/);
    expect(lines.filter((l) => l.includes('◀'))).toHaveLength(1);
  });

  it('quotes the report verbatim', async () => {
    const embed = await askEmbed('/year year:2018');
    expect(field(embed, 'From the report')).toContain('3.541 billion yuan of stolen money');
    expect(embed.footer?.text).toContain('000_5734a7255cf0a847.txt');
  });

  it('answers a year outside the data with a short private message', async () => {
    const data = await askMessage('/year year:2030');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('No Sky Net figures for 2030');
    expect(data.content).toContain('2015–2020');
  });

  it('refuses a year Discord itself would refuse', async () => {
    const data = await askMessage('/year year:1999');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('at least 2014');
  });

  it('autocompletes the years in the data', async () => {
    const choices = await autocomplete('/year year:201');
    expect(choices.map((c) => c.value)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(choices[4]?.name).toBe('2019: 2,041 returned, 5.42 billion yuan recovered');
  });

  it('never shows the machine-translation terms as its own words', async () => {
    const embed = await askEmbed('/year year:2019');
    const ownWords = embedText({ ...embed, fields: embed.fields?.filter((f) => f.name !== 'From the report') });
    expect(ownWords).not.toMatch(/Hongtong|red-pass|Skynet/);
  });
});
