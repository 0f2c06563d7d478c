import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { CommandOptions } from '../../src/kit/options.js';
import { askEmbed, askMessage, autocomplete, embedText, field, testApp } from '../support/app.js';

describe('/year', () => {
  it("gives 2019's totals and their change on 2018", async () => {
    const embed = await askEmbed('/year year:2019');
    expect(embed.title).toBe('Sky Net 2019');
    const people = field(embed, 'Fugitives returned');
    expect(people).toContain('**2,041**');
    expect(people).toContain('+706 (+52.9%) on 2018');
    expect(people).toContain('1st of 6 years (2015–2020)');
    const money = field(embed, 'Money recovered');
    expect(money).toContain('**5.42 billion yuan**');
    expect(money).toContain('+1.879 billion yuan (+53.1%) on 2018');
    expect(money).toContain('1st of 6 years (2015–2020)');
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
    expect(field(embed, 'Fugitives returned')).toContain('2nd of 6 years (2015–2020)');
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
    expect(data.content).toContain('later years from other reports');
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
    expect(await autocomplete('/year year:202')).toEqual(
      expect.arrayContaining([
        { name: '2021: 1,273 returned, more than 16.74 billion yuan recovered (other reports)', value: 2021 },
        { name: '2022: no published figure found (other reports)', value: 2022 },
        { name: '2023: 1,278 returned, 2.91 billion yuan recovered (part of the year) (other reports)', value: 2023 },
      ]),
    );
  });

  it('never shows the machine-translation terms as its own words', async () => {
    const embed = await askEmbed('/year year:2019');
    const ownWords = embedText({ ...embed, fields: embed.fields?.filter((f) => f.name !== 'From the report') });
    expect(ownWords).not.toMatch(/Hongtong|red-pass|Skynet/);
  });

  it('carries a copy-ready sentence with its attribution in the message text', async () => {
    const data = await askMessage('/year year:2019');
    expect(data.content).toBe(
      'Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan, both the highest of the six years the report covers (2015–2020), according to a Chinese news report by Wang Zhuo.',
    );
    expect((await askMessage('/year year:2018')).content).toContain('recovered 3.541 billion yuan, the second-highest amount of the six years');
    expect((await askMessage('/year year:2017')).content).toBe(
      'Sky Net 2017 brought back 1,300 fugitives and recovered 980 million yuan, according to a Chinese news report by Wang Zhuo.',
    );
  });

  it('adds dollars at the year’s average rate, stating the rate and its source', async () => {
    const data = await askMessage('/year year:2019 usd:true');
    expect(data.content).toContain('recovered 5.42 billion yuan (about $785 million)');
    expect(data.content).toContain('($1 = 6.9081 yuan, 2019 average: Federal Reserve G.5A)');
    expect(data.content).toContain('federalreserve.gov/releases/g5a/20210104');
    const embed = data.embeds![0]!;
    expect(field(embed, 'In dollars')).toContain('**5.42 billion yuan (about $785 million)**');
    expect(field(embed, 'Other sources')).toContain('federalreserve.gov/releases/g5a/20210104');
  });

  it('labels 2016’s rate as China’s official one, since the Fed’s table lacks it', async () => {
    const data = await askMessage('/year year:2016 usd:true');
    expect(data.content).toContain("($1 = 6.6423 yuan, 2016 average: China's official rate (2016 is not in the Federal Reserve's G.5A))");
    // The address is the data's: its underscores are escaped, so the message text does not turn them into italics.
    expect(data.content).toContain('wikimili.com/en/List\\_of\\_renminbi\\_exchange\\_rates');
  });

  it("sets other reports' figures for a year beside the report's, with their addresses", async () => {
    const embed = await askEmbed('/year year:2020');
    const others = field(embed, 'Other reports on this year');
    expect(others).toMatch(/• Red-notice persons among those returned: \*\*28\*\* \[\d(, \d)*\]/);
    expect(others).toMatch(/• Fugitives returned: \*\*1,421\*\* \(the same as the report\)/);
    expect(field(embed, 'Other sources')).toContain('xw.zgzx.com.cn/2021-02/22/content_9832991.htm');
    // The report's own figures stay as the report gives them.
    expect(field(embed, 'Fugitives returned')).toContain('**1,421**');
  });

  it('gives Sky Net 2021 from other reports, each figure with its source, unranked', async () => {
    const data = await askMessage('/year year:2021');
    expect(data.content).toBe(
      'Sky Net 2021 brought back 1,273 fugitives and recovered more than 16.74 billion yuan, according to chinadaily.com.cn and english.www.gov.cn.',
    );
    const embed = data.embeds![0]!;
    expect(embed.title).toBe('Sky Net 2021 (from other reports)');
    expect(field(embed, 'Fugitives returned')).toBe('**1,273** [1, 2]');
    expect(field(embed, 'Money recovered')).toBe('**more than 16.74 billion yuan** [1, 2]');
    expect(field(embed, 'Other reports on this year')).toContain('Red-notice persons among those returned: **22**');
    expect(field(embed, 'Other sources')).toContain('[1] chinadaily.com.cn/a/202202/25/WS62183b55a310cdd39bc88e09.html');
    expect(embed.description).toContain('Not ranked');
  });

  it('says 2023 covers January to November only', async () => {
    const data = await askMessage('/year year:2023');
    expect(data.content).toBe(
      'In January–November 2023, Sky Net 2023 brought back 1,278 fugitives and recovered 2.91 billion yuan, according to ecns.cn; no published full-year figure was found.',
    );
    expect(data.embeds![0]!.description).toContain('⚠️ January–November 2023 only');
  });

  it.each([2022, 2024, 2025])('shows %i as "no published figure found", claiming no more than the search found', async (year) => {
    const data = await askMessage(`/year year:${year}`);
    expect(data.flags).toBeUndefined();
    expect(data.content).toBe(`No published full-year figure for Sky Net ${year} was found.`);
    expect(field(data.embeds![0]!, 'Fugitives returned')).toBe('*no published figure found*');
    expect(field(data.embeds![0]!, 'Money recovered')).toBe('*no published figure found*');
    expect(embedText(data.embeds![0]!)).not.toMatch(/ha(s|ve) been published/);
    const zh = await askMessage(`/year year:${year}`, 'zh-CN');
    expect(zh.content).toBe(`未找到天网${year}已公布的全年数据。`);
    expect(field(zh.embeds![0]!, '追回外逃人员')).toBe('*未找到公布的数据*');
  });

  it('gives 2024’s running totals since 2014 with their source', async () => {
    const embed = await askEmbed('/year year:2024');
    expect(field(embed, 'Other reports on this year')).toContain('Returned since 2014, by the end of 2024: **more than 14,000**');
    expect(field(embed, 'Other reports on this year')).toContain('Money recovered since 2014, by the end of 2024: **66.62 billion yuan**');
    expect(field(embed, 'Other sources')).toContain('global.chinadaily.com.cn/a/202503/28/WS67e5f3cba3101d4e4dc2b505.html');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const data = await askMessage('/year year:2019 usd:true', 'zh-CN');
    expect(data.content).toContain(
      '据Wang Zhuo撰写的中国新闻报道，天网2019行动追回外逃人员2,041人，追回赃款54.2亿元（约合7.85亿美元），均为报道所涵盖的6年（2015–2020年）中最高',
    );
    expect(data.content).toContain('按1美元兑6.9081元人民币计算');
    const embed = data.embeds![0]!;
    expect(embed.title).toBe('天网2019');
    expect(field(embed, '追回外逃人员')).toContain('较2018年 ▲ +706（+52.9%）');
    expect(field(embed, '追回赃款')).toContain('2015–2020年6年中第1');
  });

  it("shows both figures where another report's total differs from the report's, keeping the report's", async () => {
    const app = await testApp();
    const data = app.store.current();
    const y2020 = data.yearByNumber.get(2020)!;
    const edited = {
      ...y2020,
      outside: [{ label: 'Fugitives returned', value: 1500, unit: 'people' as const, metric: 'returned' as const, source: ['example.org/a'] }],
    };
    const years = data.years.map((y) => (y.year === 2020 ? edited : y));
    const dataset = { ...data, years, yearByNumber: new Map(years.map((y) => [y.year, y])) };
    const reply = await app.registry
      .get('year')!
      .run(new CommandOptions(new Map([['year', 2020]])), { data: dataset, locale: 'en-US', userId: 'u', commands: [] });
    const embed = reply.embeds![0]!;
    expect(field(embed, 'Other reports on this year')).toBe('• Fugitives returned: **1,500** (⚠️ the report gives 1,421) [1]');
    expect(field(embed, 'Fugitives returned')).toContain('**1,421**');
  });
});
