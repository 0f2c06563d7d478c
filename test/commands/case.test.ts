import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { lineToIncoming, lineToInteraction } from '../../src/transports/terminal/line.js';
import { askEmbed, askMessage, autocomplete, embedText, field, testApp } from '../support/app.js';
import { copyOfData, removeDataCopies } from '../support/running.js';

describe('/case', () => {
  it("finds Yang Xiuzhu's case from a run-together name", async () => {
    const embed = await askEmbed('/case name:yangxiuzhu');
    expect(embed.title).toBe('Yang Xiuzhu 杨秀珠');
    expect(field(embed, 'List of 100')).toMatch(/^Yes, No\. 1; the 37th of the list caught or returned \[\d, \d\]$/);
    expect(field(embed, 'Years at large')).toBe('13 years');
    expect(field(embed, 'What happened')).toContain('16 November 2016: returned and surrendered');
    expect(field(embed, 'Operation')).toBe('Sky Net 2016');
    expect(field(embed, 'From the report')).toContain('the number one suspect of "hundred red-pass personnel"');
    expect(embed.description ?? '').not.toContain('⚠️');
  });

  it('cites every fact from outside the report by its address', async () => {
    const embed = await askEmbed('/case name:Li Huabo');
    expect(field(embed, 'Fled')).toMatch(/^To Singapore, on 29 January 2011 \[\d, \d\]$/);
    const sources = field(embed, 'Other sources');
    // AsiaOne says he "had fled to Singapore"; China Daily gives the day he fled China.
    expect(sources).toContain('asiaone.com/singapore/ex-official-sent-back-china-singapore');
    expect(sources).toContain('usa.chinadaily.com.cn/world/2015-05/11/content_20676153.htm');
    expect(sources).toContain('news.china.com/domesticgd/10000159/20161024/23809425_3.html');
    // The report's own spelling and its nickname for him.
    expect(field(embed, 'Also written')).toContain('one hundred million yuan chief');
  });

  it('keeps characters out where no source gives them', async () => {
    const embed = await askEmbed('/case name:He Jian');
    expect(embed.title).toBe('He Jian');
    // The only characters are the report's own word the card explains (投案), never a name.
    expect(embedText(embed).replace(/投案/g, '')).not.toMatch(/\p{Script=Han}/u);
    expect(embed.description ?? '').not.toContain('Chinese name');
  });

  it('finds a case from its characters', async () => {
    expect((await askEmbed('/case name:许超凡')).title).toBe('Xu Chaofan 许超凡');
  });

  it('says when the match is only the closest', async () => {
    const embed = await askEmbed('/case name:Yang Xiuzu');
    expect(embed.title).toBe('Yang Xiuzhu 杨秀珠');
    expect(embed.description).toContain('Closest match for “Yang Xiuzu”');
  });

  it('says when a name fits more than one case', async () => {
    const embed = await askEmbed('/case name:huang');
    expect(embed.description).toContain('matches 5 cases');
    expect(embed.title).toBe('Huang Haiyong');
    expect(embed.description).toContain('Huang Ping 黄平');
    expect(embed.description).toContain('Huang Yurong 黄玉荣');
  });

  it('offers candidates rather than a guess', async () => {
    const data = await askMessage('/case name:qqqqzzzz');
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('No case in the data matches “qqqqzzzz”');
  });

  it('opens no card on letters split where no name is: candidates instead', async () => {
    // "li uy" holds "liuy", the start of Yan Yongming's alias Liu Yang; but the reporter typed the family name Li.
    const data = await askMessage('/case name:li uy');
    expect(data.flags).toBe(EPHEMERAL);
    const text = embedText(data.embeds![0]!);
    expect(text).toContain('No close match');
    expect(text).toContain('Yan Yongming');
    // Typed as the alias's own words, it is the alias being typed: his card.
    expect((await askEmbed('/case name:liu yang')).title).toBe('Yan Yongming 闫永明');
  });

  it('escapes what the user typed', async () => {
    const data = await askMessage('/case name:**bold** @everyone');
    expect(data.content).toContain('\\*\\*bold\\*\\*');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('autocompletes names while typing', async () => {
    const choices = await autocomplete('/case name:yang x');
    expect(choices[0]).toEqual({ name: 'Yang Xiuzhu 杨秀珠 · No. 1 on list of 100 · surrendered Nov 2016', value: 'Yang Xiuzhu' });
    // Two people are 杨 with characters from a published page: Yang Jinjun (杨进军) and his sister Yang Xiuzhu (杨秀珠).
    expect((await autocomplete('/case name:杨')).map((c) => c.value)).toEqual(expect.arrayContaining(['Yang Xiuzhu', 'Yang Jinjun']));
    const all = await autocomplete('/case name:');
    expect(all.length).toBeGreaterThanOrEqual(19);
    expect(all.length).toBeLessThanOrEqual(25);
  });

  it('shows the clean term for a surrender the translation calls a vote', async () => {
    const embed = await askEmbed('/case name:xiao jianming');
    expect(field(embed, 'What happened')).toContain('29 May 2019: returned and surrendered');
    expect(field(embed, 'From the report')).toContain('returned to China to vote');
  });

  it('carries a copy-ready sentence, attributed to every source of its facts', async () => {
    const yang = await askMessage('/case name:yang xiuzhu');
    expect(yang.content).toBe(
      "Yang Xiuzhu (杨秀珠), former deputy director of the Zhejiang provincial construction bureau, No. 1 on China's list of 100 most-wanted corruption fugitives, returned to China and surrendered on 16 November 2016 after 13 years at large, according to a Chinese news report by Wang Zhuo, chinaplus.cri.cn, bjwb.bjd.com.cn and usa.chinadaily.com.cn.",
    );
    const yao = await askMessage('/case name:Yao Jinqi');
    expect(yao.content).toBe(
      'Yao Jinqi (姚锦旗), former deputy head of Xinchang county, Zhejiang province, was extradited to China from Bulgaria on 30 November 2018, according to a Chinese news report by Wang Zhuo, xinhuanet.com and taipeitimes.com.',
    );
    const pang = await askMessage('/case name:Pang Shunxi');
    expect(pang.content).toBe(
      'Pang Shunxi, former director of the Tianjin State Taxation Bureau, was escorted back to China from Laos on 28 March 2015, according to a Chinese news report by Wang Zhuo and globaltimes.cn.',
    );
  });

  it('speaks Chinese to a zh-CN reader, characters first', async () => {
    const data = await askMessage('/case name:黄玉荣', 'zh-CN');
    expect(data.content).toBe(
      '据Wang Zhuo撰写的中国新闻报道、dw.com及taipeitimes.com，百名红通人员第4号黄玉荣（Huang Yurong）于2015年12月5日自美国回国投案，此前外逃13年。',
    );
    const embed = data.embeds![0]!;
    expect(embed.title).toBe('黄玉荣 Huang Yurong');
    expect(field(embed, '外逃')).toMatch(/^2002年8月外逃至美国 \[\d\]$/);
    expect(field(embed, '经过')).toContain('2015年12月5日：回国投案（自美国）');
    expect(field(embed, '百名红通人员')).toBe('是，第4号');
  });
});

describe('/case, when two people share a name', () => {
  // A second Yang Yurong, as a newsroom's own data may well hold: the same name, another post.
  async function appWithNamesakes() {
    const dir = copyOfData();
    const file = path.join(dir, 'cases.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { cases: { id: string; post?: unknown }[] };
    const first = data.cases.find((c) => c.id === 'yang-yurong')!;
    data.cases.push({ ...first, id: 'yang-yurong-2', post: { value: 'Former accountant of a Hubei county', source: ['report'] } });
    writeFileSync(file, JSON.stringify(data));
    return testApp({ DATA_DIR: dir });
  }
  afterAll(removeDataCopies);

  it('sends the id of the case picked, and opens that case', async () => {
    const app = await appWithNamesakes();
    const { response } = await app.handle(lineToInteraction('/case name:yang yurong', app.registry, 'autocomplete'));
    const choices = response?.type === 8 ? response.data.choices : [];
    expect(choices.map((c) => c.value)).toEqual(['yang-yurong', 'yang-yurong-2']);
    const picked = await app.handle(lineToIncoming('/case name:yang-yurong-2', app.registry, 'run'));
    const embed = picked.response?.type === 4 ? picked.response.data.embeds?.[0] : undefined;
    expect(field(embed!, 'Former post')).toContain('Former accountant of a Hubei county');
    expect(embed?.description ?? '').not.toContain('⚠️');
  });

  it('still sends the name of a case nobody else answers to', async () => {
    expect((await autocomplete('/case name:yang xiuzhu'))[0]?.value).toBe('Yang Xiuzhu');
  });
});
