/** Chinese for zh-CN readers: command names Discord accepts, and replies whose labels and charts read right. */
import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../src/discord/definitionRules.js';
import { NAME_PATTERN } from '../../src/discord/limits.js';
import { COMMANDS_ZH } from '../../src/i18n/commands.js';
import { formats } from '../../src/i18n/format/index.js';
import { langOf, ZH_LOCALE } from '../../src/i18n/lang.js';
import { barChart } from '../../src/render/chart.js';
import { displayWidth } from '../../src/render/width.js';
import { askEmbed, askMessage, testApp } from '../support/app.js';

describe('command names and descriptions in Chinese', async () => {
  const app = await testApp();
  const commands = app.registry.list;

  it.each(commands.map((c) => [c.definition.name, c]))('/%s has zh-CN names for itself and every option, and Discord would accept them', (_name, command) => {
    const def = command.definition;
    const names = [def.name_localizations?.[ZH_LOCALE], ...(def.options ?? []).map((o) => o.name_localizations?.[ZH_LOCALE])];
    const descriptions = [def.description_localizations?.[ZH_LOCALE], ...(def.options ?? []).map((o) => o.description_localizations?.[ZH_LOCALE])];
    for (const name of names) {
      expect(name).toBeTruthy();
      expect(name).toMatch(NAME_PATTERN);
      expect(name).toMatch(/\p{Script=Han}/u);
    }
    for (const d of descriptions) expect(d).toBeTruthy();
    for (const o of def.options ?? []) {
      for (const c of ('choices' in o ? o.choices : undefined) ?? []) expect(c.name_localizations?.[ZH_LOCALE]).toBeTruthy();
    }
    expect(definitionProblems(def)).toEqual([]);
  });

  it('has no entry for a command that does not exist (a renamed command would lose its Chinese silently)', () => {
    expect(Object.keys(COMMANDS_ZH).sort()).toEqual(commands.map((c) => c.definition.name).sort());
    for (const c of commands)
      expect(Object.keys(COMMANDS_ZH[c.definition.name]!.options ?? {}).sort()).toEqual((c.definition.options ?? []).map((o) => o.name).sort());
  });

  it('catches a localized name Discord would refuse, or one used twice', () => {
    expect(
      definitionProblems({
        name: 'x',
        description: 'd',
        name_localizations: { 'zh-CN': '年 度' },
        options: [
          { name: 'a', description: 'd', type: 3, name_localizations: { 'zh-CN': '年份' } },
          { name: 'b', description: 'd', type: 3, name_localizations: { 'zh-CN': '年份' }, description_localizations: { 'zh-CN': '长'.repeat(101) } },
        ],
      }),
    ).toEqual([
      '/x (zh-CN): name "年 度" must be 1-32 letters, digits, - _ or \'',
      '/x b (zh-CN): description must be 1-100 characters (has 101)',
      '/x b (zh-CN): option name "年份" used twice',
    ]);
  });
});

describe('replies in Chinese', () => {
  it('answers zh-CN with Chinese labels and everyone else in English', async () => {
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('zh-TW')).toBe('en');
    expect((await askEmbed('/cases outcome:extradited', 'zh-CN')).title).toBe('案件列表 · 结果：被引渡回国');
    expect((await askEmbed('/cases outcome:extradited', 'en-GB')).title).toBe('Cases · outcome: extradited');
  });

  it('shows names with their characters first, and Chinese country names', async () => {
    const embed = await askEmbed('/cases country:美国', 'zh-CN');
    expect(embed.fields?.map((f) => f.name)).toContain('4. 黄玉荣 Huang Yurong · 百名红通第4号');
    expect(embed.fields?.find((f) => f.name.includes('黄玉荣'))?.value).toContain('外逃至美国 (2002年8月)');
  });

  it('labels /search, /timeline and /about in Chinese too', async () => {
    expect((await askEmbed('/search query:extradition', 'zh-CN')).title).toBe('搜索：“extradition”');
    const timeline = await askEmbed('/timeline year:2018', 'zh-CN');
    expect(timeline.title).toBe('天网行动时间线：2018年');
    expect(timeline.fields?.[0]?.value).toContain('姚锦旗 Yao Jinqi：自保加利亚被引渡回国');
    expect((await askEmbed('/about', 'zh-CN')).title).toBe('关于天网资料机器人');
  });

  it('lists every command in /help with its Chinese name', async () => {
    const data = await askMessage('/help', 'zh-CN');
    const names = data.embeds?.[0]?.fields?.map((f) => f.name) ?? [];
    expect(names).toContain('/year（/年度）');
    expect(names).toContain('/cases（/案件列表）');
  });

  it('writes money the Chinese way, in 亿 and 万', () => {
    const f = formats('zh');
    expect(f.yuan(5_420_000_000)).toBe('54.2亿元');
    expect(f.yuan(94_000_000)).toBe('9400万元');
    expect(f.yuan(3_049_000_001)).toBe('约30.49亿元');
    expect(f.date('2016-11-16')).toBe('2016年11月16日');
  });

  it('keeps text charts aligned when labels are Chinese', () => {
    const chart = barChart([
      { label: '杨秀珠', value: 13, shown: '13年' },
      { label: 'He Jian', value: 3, shown: '3年' },
      { label: '李华波', value: 4, shown: '超过4年' },
    ]);
    const lines = chart.split('\n');
    // Every bar starts in the same column and every value ends in the same one.
    const barStart = lines.map((l) => displayWidth(l.slice(0, l.search(/[█▏▎▍▌▋▊▉]/))));
    expect(new Set(barStart).size).toBe(1);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });
});
