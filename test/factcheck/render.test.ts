/**
 * What a reporter sees: the reply to /check text: and to "Check facts", the
 * "Find cases" reply, and the marked draft the terminal prints, all drawn
 * from one result. Within Discord's limits, Markdown escaped, no mentions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { embedLength, LIMITS } from '../../src/discord/limits.js';
import { checkDraft } from '../../src/factcheck/check.js';
import { CLAIMS_SHOWN, FULL_LIST_FILE, markDraft, namedCases, renderCheck, renderFindCases } from '../../src/factcheck/render.js';

let data: Dataset;
beforeAll(async () => {
  data = await loadDataset();
});

const DRAFT =
  'Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan, a record. Xu Chaofan was extradited from Canada. In 2022 it returned 1,500 fugitives.';

describe('the reply to a draft', () => {
  it('marks each claim with what the data says and its source, names the people, and mentions no one', () => {
    const reply = renderCheck(checkDraft(DRAFT, data), data, 'en-US');
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('Draft checked against the data');
    const lines = embed.description!.split('\n');
    expect(lines[0]).toBe('5 claims: ✅ 3 consistent · ❌ 1 contradicted · ➖ 1 not in the data');
    expect(lines).toContain('✅ “2,041” **consistent**: 2,041 fugitives returned in 2019 · the report');
    expect(lines).toContain(
      '❌ “extradited from Canada” **contradicted**: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018 · the report [1]',
    );
    expect(lines).toContain('➖ “1,500” **not in the data**: 2022: No figure has been published for that year.');
    expect(embed.fields).toEqual([
      { name: 'Named in the draft', value: 'Xu Chaofan 许超凡' },
      { name: 'Other sources', value: '[1] xinhuanet.com/english/2018-07/11/c_137317296.htm' },
    ]);
    expect(reply.files).toBeUndefined();
  });

  it('speaks Chinese to a zh-CN reader', () => {
    const embed = renderCheck(checkDraft('天网2019追回外逃人员2041人，追回赃款45.2亿元。', data), data, 'zh-CN').embeds![0]!;
    expect(embed.title).toBe('文稿与数据核对');
    expect(embed.description).toContain('✅ “2041人” **相符**：'.replace('：', ':'));
    expect(embed.description).toContain('2019年追回外逃人员2,041人');
    expect(embed.description).toContain('❌ “45.2亿元” **不符**: 2019年追回赃款54.2亿元 · 报道原文');
  });

  it('says plainly when there is nothing to check', () => {
    expect(renderCheck(checkDraft('', data), data, 'en-US')).toEqual({
      allowed_mentions: { parse: [] },
      content: expect.stringContaining('No figures or names from the data found in this text.'),
    });
    expect(renderCheck(checkDraft('🎉', data), data, 'zh-CN').content).toContain('没有找到数据中的数字或人名');
  });

  it('escapes Markdown and strips control characters in what it quotes', () => {
    const reply = renderCheck(checkDraft('**Sky Net 2019** brought back __2,041__ fugitives\u202e.', data), data, 'en-US');
    const text = reply.embeds![0]!.description!;
    expect(text).toContain('“2,041”');
    const withMarkdown = renderCheck(checkDraft('Xu Chaofan was *extradited* from Canada.', data), data, 'en-US').embeds![0]!.description!;
    expect(withMarkdown).toContain('“extradited\\* from Canada”');
    expect(withMarkdown).not.toMatch(/[\u202a-\u202e\u200b]/);
  });

  it('shows the first 25 claims of a long draft, counts the rest and attaches the full list', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sky Net ${2015 + (i % 6)} brought back ${1000 + i} fugitives.`).join(' ');
    const result = checkDraft(long, data);
    expect(result.claims).toHaveLength(40);
    const reply = renderCheck(result, data, 'en-US');
    const embed = reply.embeds![0]!;
    const shown = embed.description!.split('\n').filter((l) => /^[✅❌➖]/u.test(l));
    expect(shown.length).toBeLessThanOrEqual(CLAIMS_SHOWN);
    expect(embed.description).toContain(`…and ${40 - shown.length} more claims: the full list is in the attached file.`);
    expect(reply.files![0]!.name).toBe(FULL_LIST_FILE);
    const file = new TextDecoder().decode(reply.files![0]!.data);
    expect(file.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(40);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  });

  it('keeps a long case claim readable: its end, where the verb is', () => {
    const draft =
      'On July 11, 2018, Xu Chaofan, the principal culprit in the Kaiping branch of Bank of China who had fled the United States for 17 years, was forcibly repatriated to the country.';
    const line = renderCheck(checkDraft(draft, data), data, 'en-US')
      .embeds![0]!.description!.split('\n')
      .find((l) => l.includes('forcibly repatriated”'));
    expect(line).toMatch(/^✅ “….*was forcibly repatriated” \*\*consistent\*\*/);
  });
});

describe('Find cases', () => {
  it('lists each person named, once, with a one-line summary', () => {
    const result = checkDraft('Yang Xiuzhu and yang xiuzhu again, then 许超凡 and Hunag Ping.', data);
    expect(namedCases(result, data).map((c) => c.id)).toEqual(['yang-xiuzhu', 'xu-chaofan', 'huang-ping']);
    const embed = renderFindCases(result, data, 'en-US').embeds![0]!;
    expect(embed.title).toBe('Fugitives named in this text');
    expect(embed.description!.split('\n')).toEqual([
      '3 people from the data.',
      '',
      '**Yang Xiuzhu 杨秀珠** · No. 1 on the list of 100 · returned and surrendered, 16 Nov 2016',
      '**Xu Chaofan 许超凡** · on the list of 100 · forcibly repatriated from the United States, 11 July 2018 [1]',
      '**Huang Ping 黄平** · on the list of 100 · returned and surrendered, 11 Sep 2019 [2]',
    ]);
    expect(embed.fields?.[0]?.name).toBe('Other sources');
    expect(embed.footer?.text).toMatch(/^Sources: news report 000_5734a7255cf0a847\.txt .*xinhuanet\.com/);
  });

  it('in Chinese, and plainly when no one is named', () => {
    expect(renderFindCases(checkDraft('Xu Chaofan', data), data, 'zh-CN').embeds![0]!.description).toContain('**许超凡 Xu Chaofan**');
    expect(renderFindCases(checkDraft('Sky Net 2019 brought back 2,041 fugitives.', data), data, 'en-US').content).toContain(
      'No fugitive from the data is named in this text.',
    );
  });
});

describe('the marked draft (terminal)', () => {
  it('prints the draft with each claim marked and numbered, then what the data says', () => {
    const out = markDraft(
      'Sky Net 2019 brought back 2,041 fugitives. Xu Chaofan was extradited from Canada.',
      checkDraft('Sky Net 2019 brought back 2,041 fugitives. Xu Chaofan was extradited from Canada.', data),
      'en',
    );
    expect(out.split('\n')).toEqual([
      'Sky Net 2019 brought back 2,041 [✅1] fugitives. Xu Chaofan was extradited from Canada [❌2].',
      '',
      '2 claims: ✅ 1 consistent · ❌ 1 contradicted · ➖ 0 not in the data',
      '[1] ✅ “2,041” consistent: 2,041 fugitives returned in 2019 (the report)',
      '[2] ❌ “extradited from Canada” contradicted: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018 (the report; xinhuanet.com/english/2018-07/11/c_137317296.htm)',
      '',
      'Named in the draft: Xu Chaofan (xu-chaofan)',
    ]);
  });
});
