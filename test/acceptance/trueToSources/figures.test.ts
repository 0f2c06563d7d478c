/**
 * Issue 9: every sentence the bot writes is true to its sources. Each audit
 * finding, asked the way a reporter asks, in English and in Chinese, in every
 * view that shows it.
 */
import { parse } from 'csv-parse/sync';
import type { APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { InteractionType } from '../../../src/discord/limits.js';
import { roundTo } from '../../../src/data/rounding.js';
import { formats } from '../../../src/i18n/format/index.js';
import { askEmbed, askMessage, autocomplete, embedText, field, testApp, type MessageData } from '../../support/app.js';

const { dollars: formatDollars, yuan: formatYuan } = formats('en');

const ZH = 'zh-CN';
/** Everything a reader sees in a reply: the message text and every embed. */
const seen = (m: MessageData): string => [m.content ?? '', ...(m.embeds ?? []).map((e: APIEmbed) => embedText(e))].join('\n');
/** Words that say or imply an arrest happened, in either language. */
const SAYS_ARRESTED = /\barrested\b|at China’s request|被抓获|已被抓|落网|被捕|抓获归案/i;
/** Where the sources disagree: a claim there is a named page's, shown beside the report's, never the bot's own. */
const DISAGREE = new Set(['Sources disagree', '来源说法不一']);
/** What a reader sees, less the field where a claim is one source's among others. */
const seenAsOwn = (m: MessageData): string =>
  seen({ ...m, embeds: (m.embeds ?? []).map((e) => ({ ...e, fields: (e.fields ?? []).filter((f) => !DISAGREE.has(f.name)) })) });

async function exportedCases(): Promise<Record<string, string>[]> {
  const app = await testApp();
  const { files } = await app.handle({
    type: InteractionType.ApplicationCommand,
    commandName: 'export',
    options: [{ name: 'what', type: 3, value: 'cases' }],
    userId: 'u',
  });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[0]!.data).slice(1);
  return parse(text, { columns: true }) as Record<string, string>[];
}

describe('1. a request for an arrest is not an arrest', () => {
  it('/case name:yang yurong says China asked foreign police to arrest and repatriate her, and that no source says an arrest followed', async () => {
    const en = await askMessage('/case name:yang yurong');
    expect(en.content).toBe(
      'In 2020, China asked foreign law enforcement to arrest and repatriate Yang Yurong, according to a Chinese news report by Wang Zhuo; the source does not say whether an arrest was made.',
    );
    expect(field(en.embeds![0]!, 'What happened')).toContain('2020: arrest and repatriation requested by China');
    expect(seenAsOwn(en)).not.toMatch(SAYS_ARRESTED);
    // A secondary site's later claim of an arrest is shown as that page's, beside the report's words, and the page marked as what it is.
    expect(field(en.embeds![0]!, 'Sources disagree')).toBe(
      '**What happened**: China asked foreign law enforcement to arrest and repatriate them (the report) · arrested overseas and deported to China, as announced on 1 December 2020 [1]\n  The second is a secondary site relaying a Chinese announcement; no primary report was found',
    );
    expect(field(en.embeds![0]!, 'Other sources')).toBe(
      '[1] https://www.cknnigeria.com/2020/12/three-wanted-chinese-graft-figutives.html (3 December 2020; summary of another report)',
    );

    const zh = await askMessage('/case name:yang yurong', ZH);
    expect(zh.content).toBe('据Wang Zhuo撰写的中国新闻报道，2020年，中方请求外国执法机构缉捕并遣返Yang Yurong；来源未说明是否已实施抓捕。');
    expect(field(zh.embeds![0]!, '经过')).toContain('2020年：中方请求外国执法机构缉捕并遣返');
    expect(seenAsOwn(zh)).not.toMatch(SAYS_ARRESTED);
  });

  it.each(['zang chunwei', 'zhang hengxian'])('says the same of %s', async (name) => {
    for (const locale of [undefined, ZH]) expect(seenAsOwn(await askMessage(`/case name:${name}`, locale))).not.toMatch(SAYS_ARRESTED);
    expect((await askMessage(`/case name:${name}`)).content).toMatch(/^In 2020, China asked foreign law enforcement to arrest and repatriate /);
  });

  it('/cases, /timeline, /search and the autocomplete labels say "requested" too, in both languages', async () => {
    const cases = await askMessage('/cases outcome:arrest-requested');
    expect(cases.embeds![0]!.title).toBe('Cases · outcome: arrest requested');
    expect(cases.embeds![0]!.fields!.filter((f) => /^\d+\./.test(f.name)).map((f) => f.value)).toEqual([
      'arrest and repatriation requested by China, 2020',
      'arrest and repatriation requested by China, 2020',
      'fled (Sep 2015) [1] · arrest and repatriation requested by China, 2020',
    ]);
    const timeline = await askMessage('/timeline year:2020');
    expect(field(timeline.embeds![0]!, '2020')).toContain('Yang Yurong: arrest and repatriation requested by China');
    const search = await askMessage('/search query:Yang Yurong');
    expect(field(search.embeds![0]!, /^Cases/)).toContain('arrest and repatriation requested by China, 2020');
    for (const reply of [cases, timeline, search]) expect(seen(reply)).not.toMatch(SAYS_ARRESTED);
    for (const line of ['/cases outcome:arrest-requested', '/timeline year:2020', '/search query:Yang Yurong']) {
      const zh = await askMessage(line, ZH);
      expect(seen(zh)).toContain('中方请求外国执法机构缉捕并遣返');
      expect(seen(zh)).not.toMatch(SAYS_ARRESTED);
    }
    expect((await autocomplete('/case name:yang yu'))[0]).toEqual({ name: 'Yang Yurong · red notice · arrest requested 2020', value: 'Yang Yurong' });
  });

  it('/cases outcome: offers "arrest requested" with its count, and no longer knows "arrested abroad"', async () => {
    const choices = await autocomplete('/cases outcome:');
    expect(choices).toContainEqual({ name: 'arrest requested (3 cases)', value: 'arrest-requested' });
    expect(choices).toContainEqual({ name: 'surrendered (38 cases)', value: 'surrendered' });
    // "arrested" is an outcome of its own now, for people other reports say were caught (Dai Xuemin, Yao Jinqi in Bulgaria), never for these three.
    expect((await askMessage('/cases outcome:arrested')).embeds![0]!.fields!.map((f) => f.name).join(' ')).not.toMatch(
      /Yang Yurong|Zang Chunwei|Zhang Hengxian/,
    );
    expect((await askMessage('/cases outcome:arrested-abroad')).content).toContain('is not an outcome in the data');
  });

  it('/export what:cases writes the request, never an arrest', async () => {
    const yang = (await exportedCases()).find((r) => r.id === 'yang-yurong')!;
    expect(yang.events).toBe('1. 2020 arrest-requested');
  });
});

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

describe('6. 2015 is named as the report names it', () => {
  it('/year year:2015 says "in 2015, its first year", never "Sky Net 2015"', async () => {
    const en = await askMessage('/year year:2015');
    expect(en.embeds![0]!.title).toBe('Sky Net in 2015 (its first year)');
    expect(en.content).toBe(
      'In 2015, its first year, Sky Net brought back 1,023 fugitives and recovered 3 billion yuan, according to a Chinese news report by Wang Zhuo.',
    );
    const zh = await askMessage('/year year:2015', ZH);
    expect(zh.embeds![0]!.title).toBe('2015年天网行动（首年）');
    expect(zh.content).toBe('据Wang Zhuo撰写的中国新闻报道，2015年天网行动（首年）追回外逃人员1,023人，追回赃款30亿元。');
    for (const reply of [en, zh]) expect(seen(reply)).not.toMatch(/Sky Net 2015|天网2015/);
  });

  it('the cases of 2015 and /search say it the same way', async () => {
    expect(field(await askEmbed('/case name:Pang Shunxi'), 'Operation')).toBe('Sky Net in 2015, its first year (the “Sky Net + year” name began in 2016)');
    expect(field(await askEmbed('/case name:Pang Shunxi', ZH), '行动')).toContain('2015年天网行动，即天网行动首年');
    for (const locale of [undefined, ZH]) {
      for (const line of ['/case name:Li Huabo', '/search query:2015', '/compare a:2015 b:2016'])
        expect(seen(await askMessage(line, locale))).not.toMatch(/Sky Net 2015|天网2015/);
    }
  });
});

describe('7. where the bot reads past a mistranslation, the card says so', () => {
  it.each(['He Jian', 'Xiao Jianming'])('%s: "returned to China to vote" is a surrender', async (name) => {
    const en = field(await askEmbed(`/case name:${name}`), 'What happened');
    expect(en).toMatch(/returned and surrendered[^\n]*\n {2}“returned to China to vote” is a mistranslation of 投案: returned to surrender\./);
    expect(field(await askEmbed(`/case name:${name}`, ZH), '经过')).toContain('译文“returned to China to vote”系误译，原文为“投案”，即回国投案自首。');
  });

  it('Xu Chaofan: "had fled the United States" is read as fled to it', async () => {
    expect(field(await askEmbed('/case name:Xu Chaofan'), 'In the translation')).toContain(
      '“had fled the United States” is read as fled to, and stayed in, the United States.',
    );
    expect(field(await askEmbed('/case name:Xu Chaofan', ZH), '译文说明')).toContain('理解为外逃至美国');
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

describe('9. everyone on the list of 100 is under a red notice', () => {
  it('/export what:cases fills red_notice for the ten list-of-100 people', async () => {
    const rows = await exportedCases();
    const onList = rows.filter((r) => r.list100 === 'yes');
    expect(onList).toHaveLength(42);
    for (const r of onList) expect(r.red_notice, r.id).toBe('yes');
    expect(rows.find((r) => r.id === 'yao-jinqi')!.red_notice).toBe('yes');
  });
});

describe('10. what the sources state, with inferences marked', () => {
  it('Liu Baofeng came back on a flight from Vancouver, Canada, as the SCMP says', async () => {
    const en = await askMessage('/case name:Liu Baofeng');
    expect(field(en.embeds![0]!, 'What happened')).toContain('29 June 2019: returned to China from Vancouver, Canada');
    expect(en.content).toContain('returned to China from Vancouver, Canada on 29 June 2019');
    expect(field((await askMessage('/case name:Liu Baofeng', ZH)).embeds![0]!, '经过')).toContain('2019年6月29日：回国（自加拿大温哥华）');
  });

  it('Li Huabo: where he fled to is cited to the report that says it', async () => {
    const embed = await askEmbed('/case name:Li Huabo');
    const fled = field(embed, 'Fled');
    const asiaone = field(embed, 'Other sources')
      .split('\n')
      .find((l) => l.includes('asiaone.com'))!;
    expect(fled).toContain(asiaone.slice(1, asiaone.indexOf(']')));
  });

  it('Yan Yongming: New Zealand is marked as inferred on the card, and left out of the sentence', async () => {
    const en = await askMessage('/case name:Yan Yongming');
    const happened = field(en.embeds![0]!, 'What happened');
    expect(happened).toContain('returned and surrendered from New Zealand (inferred)');
    expect(happened).toContain('Inferred, not stated: No source found says where he left from');
    expect(en.content).not.toContain('New Zealand');
    expect(field(en.embeds![0]!, 'Fled')).toMatch(/^Destination not stated, in 2001/);
    const zh = await askMessage('/case name:Yan Yongming', ZH);
    expect(field(zh.embeds![0]!, '经过')).toContain('回国投案（自新西兰（推断））');
    expect(zh.content).not.toContain('新西兰');
  });

  it('Mo Peifen and Huang Ping surrendered on the dates the CCTV report gives, cited to it', async () => {
    const mo = await askMessage('/case name:Mo Peifen');
    expect(field(mo.embeds![0]!, 'What happened')).toMatch(/^• 28 May 2019: returned and surrendered \[1\]$/m);
    expect(field(mo.embeds![0]!, 'Other sources')).toContain('[1] news.youth.cn/jsxw/201912/t20191210_12139216.htm');
    expect(mo.content).toContain('returned to China and surrendered on 28 May 2019');
    const huang = await askMessage('/case name:Huang Ping');
    expect(field(huang.embeds![0]!, 'What happened')).toMatch(/^• 11 September 2019: returned and surrendered \[1\]$/m);
  });
});

describe('copy-ready sentences escape Markdown from the data', () => {
  it('a post with ** shows the stars, not bold, in the message text', async () => {
    const app = await testApp();
    const data = app.store.current();
    const { buildDataset } = await import('../../../src/dataset/dataset.js');
    const cases = data.cases.map((c) =>
      c.id === 'pang-shunxi' ? { ...c, post: { ...c.post!, value: 'Former **acting** director of the _Tianjin_ State Taxation Bureau' } } : c,
    );
    const edited = buildDataset(
      { meta: data.meta, years: [...data.years], otherYears: [...data.otherYears], cases, milestones: [...data.milestones] },
      data.dir,
    );
    const { CommandOptions } = await import('../../../src/kit/options.js');
    const reply = await app.registry
      .get('case')!
      .run(new CommandOptions(new Map([['name', 'Pang Shunxi']])), { data: edited, locale: 'en-US', userId: 'u', commands: [] });
    expect(reply.content).toBe(
      'Pang Shunxi, former \\*\\*acting\\*\\* director of the \\_Tianjin\\_ State Taxation Bureau, was escorted back to China from Laos on 28 March 2015, according to a Chinese news report by Wang Zhuo and globaltimes.cn.',
    );
  });
});
