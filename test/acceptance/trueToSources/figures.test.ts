/**
 * Issue 9: every sentence the bot writes is true to its sources. The
 * findings about figures (items 2, 3, 4, 5 and 8; the others are in
 * cases.test.ts), each asked the way a reporter asks, in English and in
 * Chinese, in every view that shows it.
 */
import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/data/rounding.js';
import { formats } from '../../../src/i18n/format/index.js';
import { askEmbed, askMessage, embedText, field } from '../../support/app.js';
import { seen, ZH } from './seen.js';

const { dollars: formatDollars, yuan: formatYuan } = formats('en');

describe('2. every superlative names the years it was computed over', () => {
  it('/stats names 2015–2020 beside the highest year, while 2021 (higher, from other reports) sits apart', async () => {
    const embed = await askEmbed('/stats');
    expect(field(embed, 'Money recovered: trend and highest year, 2015–2020')).toContain('Highest of 2015–2020: **2019**, 5.42 billion yuan');
    expect(field(embed, 'Fugitives returned: trend and highest year, 2015–2020')).toContain('Highest of 2015–2020: **2019**, 2,041');
    expect(embedText(embed)).not.toMatch(/\bRecord\b/);
    const zh = await askEmbed('/stats', ZH);
    expect(field(zh, '追回赃款：趋势与最高年份（2015–2020年）')).toContain('2015–2020年中最高：**2019**，54.2亿元');
  });

  it('/year, its sentence and /check rank a year among 2015–2020, in both languages', async () => {
    const y2020 = await askMessage('/year year:2020');
    expect(field(y2020.embeds![0]!, 'Fugitives returned')).toContain('2nd of 6 years (2015–2020)');
    expect(y2020.content).toContain('the second-highest number of fugitives of the six years the report covers (2015–2020)');
    const zh = await askMessage('/year year:2020', ZH);
    expect(field(zh.embeds![0]!, '追回外逃人员')).toContain('2015–2020年6年中第2');
    expect(zh.content).toContain('人数为报道所涵盖的6年（2015–2020年）中第二高');
    expect(field(await askEmbed('/check'), /Second best year/)).toContain('#2 of 6 years, 2015–2020');
  });

  it('never ranks without the span: every line of a ranked reply that ranks names 2015–2020', async () => {
    let checked = 0;
    const ranking = /\bhighest\b|\bsecond-highest\b|\b\d+(st|nd|rd|th) of\b|#\d+ of|最高|第二高|年中第\d/;
    for (const locale of [undefined, ZH]) {
      for (const line of [
        '/stats',
        '/year year:2015',
        '/year year:2018',
        '/year year:2019',
        '/year year:2020',
        '/chart metric:both',
        '/compare a:2019 b:2020',
      ]) {
        const reply = await askMessage(line, locale);
        const embed = reply.embeds![0]!;
        // The report's own claims ("The report says") are its words, not the bot's ranking.
        const shown = [
          reply.content ?? '',
          embed.title ?? '',
          embed.description ?? '',
          ...(embed.fields ?? []).filter((f) => !/^(The report says|报道称)$/.test(f.name)).map((f) => `${f.name}\n${f.value}`),
        ];
        // Block quotes are the report's own words ("the highest level in history"), shown verbatim.
        const ranked = shown
          .join('\n')
          .split('\n')
          .filter((l) => ranking.test(l) && !l.startsWith('> '));
        for (const text of ranked) expect(text, `${line} ${locale ?? ''}`).toContain('2015–2020');
        checked += ranked.length;
      }
    }
    // /stats (2 a language), /year (2 a year, plus its sentence where it ranks first or second).
    expect(checked).toBeGreaterThanOrEqual(24);
  });
});

describe('3. a lower bound is never rounded up', () => {
  it('/year year:2021 usd:true: more than 16.74 billion yuan is more than $2.59 billion, and the Chinese says 超过, not 约', async () => {
    const en = await askMessage('/year year:2021 usd:true');
    expect(en.content).toContain('recovered more than 16.74 billion yuan (more than $2.59 billion)');
    expect(field(en.embeds![0]!, 'In dollars')).toContain('**more than 16.74 billion yuan (more than $2.59 billion)**');
    expect(seen(en)).not.toContain('$2.6 billion');
    const zh = await askMessage('/year year:2021 usd:true', ZH);
    expect(zh.content).toContain('追回赃款超过167.4亿元（超过25.9亿美元）');
    expect(zh.content).not.toContain('约合');
    expect(field(zh.embeds![0]!, '追回赃款')).toBe('**超过167.4亿元** [1, 2]');
  });

  it('rounds a lower bound down and anything else to the nearest, in every format', () => {
    expect(roundTo(2.595, 2, 'lower')).toBe(2.59);
    expect(roundTo(2.591, 2, 'upper')).toBe(2.6);
    expect(roundTo(2.595, 2, 'nearest')).toBe(2.6);
    // Floating point must not push an exact figure down a step: 16.74e9 / 1e9 is 16.740000000000002.
    expect(roundTo(16_740_000_000 / 1e9, 2, 'lower')).toBe(16.74);
    expect(formatYuan(16_745_600_000, 'more than')).toBe('more than 16.745 billion yuan');
    expect(formatYuan(16_745_600_000)).toBe('about 16.746 billion yuan');
    expect(formatDollars(16_740_000_000 / 6.4508, 'more than')).toBe('more than $2.59 billion');
    expect(formatDollars(5_420_000_000 / 6.9081)).toBe('about $785 million');
    expect(formats('zh').yuan(16_745_600_000, 'more than')).toBe('超过167.456亿元');
    expect(formats('zh').yuan(16_745_650_000, 'more than')).toBe('超过167.4565亿元');
    expect(formats('zh').yuan(16_745_656_000, 'more than')).toBe('超过167.4565亿元');
    expect(formats('zh').dollars(16_740_000_000 / 6.4508, 'more than')).toBe('超过25.9亿美元');
    for (let i = 1; i < 400; i++) {
      const value = i * 37_123_457;
      const shown = Number(/more than ([\d.]+) (billion|million)/.exec(formatYuan(value, 'more than'))![1]) * (value >= 1e9 ? 1e9 : 1e6);
      expect(shown).toBeLessThanOrEqual(value);
    }
  });
});

describe('4. a year nobody published is "no published figure found"', () => {
  it('/stats and /compare say found, not published', async () => {
    expect(field(await askEmbed('/stats'), 'Later years (other reports)')).toContain('**2024**: no published figure found');
    expect(field(await askEmbed('/stats', ZH), '后续年份（其他报道）')).toContain('**2024**: 未找到公布的数据');
    expect(embedText(await askEmbed('/compare a:2020 b:2022'))).toContain('No published totals found for 2022.');
  });
});

describe('5. a footer names the sources that reply used', () => {
  it.each([2021, 2022, 2023, 2024, 2025])('/year year:%i, from other reports, does not name the report', async (year) => {
    for (const locale of [undefined, ZH]) {
      const footer = (await askEmbed(`/year year:${year}`, locale)).footer!.text;
      expect(footer).not.toContain('000_5734a7255cf0a847.txt');
    }
  });

  it('names the other reports a year used, and says so when none was', async () => {
    expect((await askEmbed('/year year:2021')).footer!.text).toMatch(/^Sources: chinadaily\.com\.cn and english\.www\.gov\.cn \(listed above\) · data /);
    expect((await askEmbed('/year year:2023')).footer!.text).toMatch(/^Source: ecns\.cn \(listed above\) · data /);
    expect((await askEmbed('/year year:2022')).footer!.text).toMatch(/^No source: no published figure was found · data /);
    expect((await askEmbed('/year year:2022', ZH)).footer!.text).toMatch(/^无来源：未找到已公布的数据 · 数据版本 /);
  });

  it("names the report alone where only the report's figures are shown, and both where both are", async () => {
    expect((await askEmbed('/year year:2019')).footer!.text).toMatch(
      /^Source: news report 000_5734a7255cf0a847\.txt \(machine translation from Chinese\) · data /,
    );
    expect((await askEmbed('/year year:2020')).footer!.text).toMatch(
      /^Sources: news report 000_5734a7255cf0a847\.txt \(machine translation from Chinese\); xw\.zgzx\.com\.cn and jmlz\.jiangmen\.cn \(listed above\)/,
    );
    expect((await askEmbed('/case name:yang xiuzhu')).footer!.text).toContain(
      'news report 000_5734a7255cf0a847.txt (machine translation from Chinese); chinaplus.cri.cn, bjwb.bjd.com.cn',
    );
    // A case only other reports give names no report in its footer.
    expect((await askEmbed('/case name:ba lianxiao')).footer!.text).toMatch(/^Source: lncm\.cn \(listed above\) · data /);
    expect((await askEmbed('/check')).footer!.text).toMatch(/^Source: news report 000_5734a7255cf0a847\.txt/);
  });
});

describe('8. a claim whose span the data cannot cover is partly checked', () => {
  it('/check marks the 2020 claims "since 2014" as partly checked, and says 2014 is missing', async () => {
    const embed = await askEmbed('/check');
    const second = field(embed, /Second best year/);
    expect(second).toContain('**consistent (partly checked)**');
    expect(second).toContain('The claim speaks of 2014–2020; the data has no figure for 2014, so only 2015–2020 was checked.');
    expect(field(embed, /about the same as the yearly average since 2014/)).toContain('(partly checked)');
    expect(field(embed, /highest level in history \(people returned\)/)).toContain('the data has no figure for the years before 2015');
    // Claims the data covers whole stay fully checked.
    expect(field(embed, /rose 261%/)).not.toContain('partly');
    const zh = await askEmbed('/check', ZH);
    expect(zh.description).toContain('其中4项仅部分核对');
    expect(embedText(zh)).toContain('该推论涉及2014–2020年；数据中没有2014的数字，因此只核对了2015–2020年。');
  });
});
