import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../../commands/cases/pageId.js';
import { EPHEMERAL, InteractionType, LIMITS, ResponseType } from '../../src/discord/limits.js';
import { responseProblems } from '../../src/discord/validate.js';
import type { Dispatched } from '../../src/interactions/dispatch.js';
import { encodeTime, PAGE_BUTTONS_FOR_MS } from '../../src/render/pageButtons.js';
import { countriesIn } from '../../commands/cases/filter.js';
import { askEmbed, askMessage, autocomplete, field, testApp } from '../support/app.js';

const ASKER = '111111111111111111';
const SOMEONE_ELSE = '222222222222222222';

type Answered = Dispatched & { response: NonNullable<Dispatched['response']> };

/** Every interaction here is answered (the test app has no cooldown); a missing answer fails the test. */
function answered(d: Dispatched): Answered {
  if (d.response === null) throw new Error('the bot sent nothing');
  return d as Answered;
}

async function runAs(userId: string, options: { name: string; type: number; value: unknown }[] = []): Promise<Answered> {
  const app = await testApp();
  return answered(await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'cases', options, userId, locale: 'en-US' }));
}

async function press(customId: string, userId: string): Promise<Answered> {
  const app = await testApp();
  return answered(await app.handle({ type: InteractionType.MessageComponent, customId, userId, locale: 'en-US' }));
}

function buttons(d: Dispatched) {
  const data = (d.response as { data: { components?: { components: { custom_id: string; label: string; disabled?: boolean }[] }[] } }).data;
  return data.components?.[0]?.components ?? [];
}

describe('/cases', () => {
  it('lists who was extradited', async () => {
    const embed = await askEmbed('/cases outcome:extradited');
    expect(embed.title).toBe('Cases · outcome: extradited');
    expect(embed.description).toBe('6 cases · page 1 of 2');
    expect(embed.fields?.[0]?.name).toBe('1. Huang Haiyong');
    const yao = embed.fields?.find((f) => f.name.startsWith('3. Yao Jinqi 姚锦旗 · red notice'));
    // His arrest in Bulgaria, from another report, before the extradition, each with its footnote.
    expect(yao?.value).toMatch(/^fled \(Dec 2005\) \[\d\] · arrested in Bulgaria, 17 Oct 2018 \[\d\] · extradited from Bulgaria, 30 Nov 2018 \[\d\]$/);
    expect(field(embed, 'Other sources')).toContain('xinhuanet.com/english/2018-11/30/c_137642679.htm');
    // Extradited to another country than China says so.
    const last = await askEmbed('/cases outcome:extradited year:2020');
    expect(last.fields?.[0]?.value).toMatch(/extradited from Sweden to the United States, 1 June 2020 \(announced\)/);
  });

  it('finds who came back from the United States, however the country is typed', async () => {
    for (const typed of ['United States', 'us', 'USA', '美国']) {
      const embed = await askEmbed(`/cases country:${typed}`);
      expect(embed.description).toBe('16 cases · page 1 of 4');
      expect(embed.fields?.filter((f) => /^\d+\./.test(f.name)).map((f) => f.name.split(' · ')[0])).toEqual([
        '1. Wang Guoqiang',
        '2. Yang Jinjun 杨进军',
        '3. Kuang Wanfang',
        '4. Huang Yurong 黄玉荣',
        '5. Zhu Haiping 朱海平',
      ]);
    }
  });

  it('takes "repatriated" to include forcible repatriation, and combines filters', async () => {
    const repatriated = await askEmbed('/cases outcome:repatriated');
    // Yang Jinjun was forcibly repatriated; Kuang Wanfang repatriated.
    expect(repatriated.fields?.slice(0, 2).map((f) => f.name.split(' · ')[0])).toEqual(['1. Yang Jinjun 杨进军', '2. Kuang Wanfang']);
    const embed = await askEmbed('/cases list100:true year:2019');
    expect(embed.fields?.filter((f) => /^\d+\./.test(f.name)).map((f) => f.name.split(' · ')[0])).toEqual([
      '1. Mo Peifen 莫佩芬',
      '2. Xiao Jianming 肖建明',
      '3. Liu Baofeng 刘宝凤',
      '4. Huang Ping 黄平',
      // Granted asylum in the United States in 2019: on the list, and not returned.
      '5. Liu Xu',
    ]);
  });

  it("shows the list of 100's make-up with its source when asked for the list", async () => {
    const embed = await askEmbed('/cases list100:true');
    const makeUp = field(embed, 'The list of 100 (22 April 2015)');
    expect(makeUp).toContain('Men: **77**');
    expect(makeUp).toContain('Women: **23**');
    expect(makeUp).toContain('Believed to be in the United States: **40**');
    expect(makeUp).toContain('Believed to be in Canada: **26**');
    expect(field(embed, 'Other sources')).toContain('[1] en.chinagate.cn/2015-04/22/content_35393429.htm');
  });

  it('says which values exist when a filter matches nothing in the data', async () => {
    const country = await askMessage('/cases country:Atlantis');
    expect(country.flags).toBe(EPHEMERAL);
    expect(country.content).toContain('No case in the data is tied to “Atlantis”');
    expect(country.content).toContain('United States');
    expect((await askMessage('/cases outcome:abducted')).content).toContain('extradited');
    expect((await askMessage('/cases outcome:extradited year:2015')).content).toContain('No case in the data matches these filters');
  });

  it('autocompletes only values present in the data, with counts', async () => {
    expect(await autocomplete('/cases country:')).toContainEqual({ name: 'United States (16 cases)', value: 'United States' });
    expect((await autocomplete('/cases country:')).map((c) => c.value)).toEqual(expect.arrayContaining(['Canada', 'Singapore', 'Bulgaria', 'New Zealand']));
    expect(await autocomplete('/cases outcome:extr')).toEqual([{ name: 'extradited (6 cases)', value: 'extradited' }]);
    expect((await autocomplete('/cases year:201')).map((c) => c.value)).toEqual([2011, 2014, 2015, 2016, 2017, 2018, 2019]);
    // An arrest in China ties no country to the case.
    expect((await autocomplete('/cases country:chin')).map((c) => c.value)).toEqual([]);
  });
});

describe('/cases paging', () => {
  it('pages through every case with Previous and Next, updating the message in place', async () => {
    const first = await runAs(ASKER);
    expect(first.response.type).toBe(ResponseType.ChannelMessageWithSource);
    const [previous, next] = buttons(first);
    expect(previous).toMatchObject({ label: '◀ Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next ▶', disabled: false });

    const seen: string[] = [];
    let page = first;
    for (let i = 0; i < 40; i++) {
      const data = (page.response as { data: { embeds: { fields: { name: string }[] }[] } }).data;
      seen.push(...data.embeds[0]!.fields.filter((f) => /^\d+\./.test(f.name)).map((f) => f.name));
      const forward = buttons(page)[1];
      if (!forward || forward.disabled) break;
      page = await press(forward.custom_id, ASKER);
      expect(page.response.type).toBe(ResponseType.UpdateMessage);
      expect(responseProblems(page.response)).toEqual([]);
    }
    const app = await testApp();
    expect(seen).toHaveLength(app.store.current().cases.length);
    expect(seen[0]).toMatch(/^1\. /);
    expect(seen.at(-1)).toMatch(new RegExp(`^${app.store.current().cases.length}\\. `));
    const cases = app.store.current().cases.length;
    const pages = Math.ceil(cases / 5);
    expect((page.response as { data: { embeds: { description: string }[] } }).data.embeds[0]!.description).toBe(`${cases} cases · page ${pages} of ${pages}`);
    // Back again.
    const back = await press(buttons(page)[0]!.custom_id, ASKER);
    expect((back.response as { data: { embeds: { description: string }[] } }).data.embeds[0]!.description).toBe(
      `${cases} cases · page ${pages - 1} of ${pages}`,
    );
  });

  it('refuses another user privately, and leaves the message alone', async () => {
    const next = buttons(await runAs(ASKER))[1]!;
    const refused = await press(next.custom_id, SOMEONE_ELSE);
    expect(refused.response).toMatchObject({ type: ResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL } });
    expect((refused.response as { data: { content: string } }).data.content).toContain('Only the person who ran this /cases can turn its pages');
  });

  it('stops the buttons after their time', async () => {
    const old = encodePageId({ filter: {}, page: 1, owner: ASKER, issuedAt: Date.now() - PAGE_BUTTONS_FOR_MS - 60_000 });
    const refused = await press(old, ASKER);
    expect(refused.response).toMatchObject({ type: ResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL } });
    expect((refused.response as { data: { content: string } }).data.content).toContain('stopped working');
    const fresh = await press(encodePageId({ filter: {}, page: 1, owner: ASKER, issuedAt: Date.now() - 60_000 }), ASKER);
    expect(fresh.response.type).toBe(ResponseType.UpdateMessage);
  });

  it('needs no memory: a page id made by hand (as after a restart) draws the same page', async () => {
    const id = `cases:0:${ASKER}:${encodeTime(Date.now())}:1::surrendered:United States`;
    const page = await press(id, ASKER);
    const embed = (page.response as { data: { embeds: { title: string; fields: { name: string }[] }[] } }).data.embeds[0]!;
    expect(embed.title).toBe('Cases · country: United States · outcome: surrendered · list of 100: Yes');
    expect(embed.fields.filter((f) => /^\d+\./.test(f.name)).map((f) => f.name.split(' · ')[0])).toEqual([
      '1. Huang Yurong 黄玉荣',
      '2. Zhu Haiping 朱海平',
      '3. Wang Jiazhe',
      '4. Huang Hong',
      '5. Xu Xuewei',
    ]);
  });

  it('answers privately, leaving the message alone, when the data no longer has a match', async () => {
    const { response } = await press(`cases:1:${ASKER}:${encodeTime(Date.now())}::1999::`, ASKER);
    expect(response).toMatchObject({ type: ResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL } });
  });

  it('answers a button it never issued with a private message', async () => {
    for (const id of ['cases:x', 'cases:1:u:!!:::', 'nothing:1', '']) {
      const { response } = await press(id, ASKER);
      expect(response).toMatchObject({ type: ResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL } });
    }
  });

  it('keeps every custom_id within 100 characters, for the longest filter values', async () => {
    const app = await testApp();
    const longestOutcome = 'forcibly-repatriated';
    const longCountry = 'Democratic Republic of the Congo and more words';
    const id = encodePageId({
      filter: { country: longCountry, outcome: longestOutcome, year: 2018, list100: false },
      page: 9999,
      owner: '12345678901234567890',
      issuedAt: Date.now(),
    });
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(decodePageId(id)).toMatchObject({ filter: { country: longCountry.slice(0, 30), outcome: longestOutcome, year: 2018, list100: false }, page: 9999 });
    // Every country in the data survives the trip whole, or is found again from its start.
    for (const [country] of countriesIn(app.store.current())) {
      const back = decodePageId(encodePageId({ filter: { country }, page: 0, owner: ASKER, issuedAt: Date.now() }))!;
      const page = await press(encodePageId({ filter: back.filter, page: 0, owner: ASKER, issuedAt: Date.now() }), ASKER);
      expect(page.response.type).toBe(ResponseType.UpdateMessage);
    }
  });
});
