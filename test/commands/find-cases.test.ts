/** "Find cases" on a message: the fugitives it names, however written, each with a button that opens the case card. */
import { describe, expect, it } from 'vitest';
import { EPHEMERAL, InteractionType } from '../../src/discord/limits.js';
import { askMessage, testApp } from '../support/app.js';

/** "Find cases" on a message with this content, as the terminal's `/message find-cases <text>` sends it. */
const onMessage = (content: string, locale?: string) => askMessage(`/message find-cases ${content}`, locale);

describe('"Find cases" on a message', () => {
  it('lists each person the message names, in any spelling or script, with a button to open the case', async () => {
    const reply = await onMessage('YANG XIUZHU came back; so did xuchaofan (许超凡) and Jia-Siyu. 杨秀珠 again.');
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const text = reply.embeds![0]!.description!;
    expect(text).toMatch(/^3 people from the data\./);
    expect(text).toContain('**Yang Xiuzhu 杨秀珠** · No. 1 on the list of 100');
    expect(text).toContain('**Xu Chaofan 许超凡**');
    expect(text).toContain('**Jia Siyu 贾斯语**');
    const buttons = reply.components!.flatMap((row) => row.components) as { label: string; custom_id: string }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(['case:open:yang-xiuzhu', 'case:open:xu-chaofan', 'case:open:jia-siyu']);
    expect(buttons[0]!.label).toBe('Yang Xiuzhu 杨秀珠: case card');
  });

  it('opens the full case card, privately, when its button is pressed', async () => {
    const app = await testApp();
    const { response } = await app.handle({ type: InteractionType.MessageComponent, customId: 'case:open:xu-chaofan', userId: 'reporter' });
    expect(response).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const card = response?.type === 4 ? response.data : undefined;
    expect(card?.content).toContain('Xu Chaofan (许超凡)');
    expect(card?.embeds?.[0]?.title).toBe('Xu Chaofan 许超凡');
  });

  it('says a case is gone when its button outlives it', async () => {
    const app = await testApp();
    const { response } = await app.handle({ type: InteractionType.MessageComponent, customId: 'case:open:nobody-here', userId: 'reporter' });
    expect(response).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: '⚠️ That case is no longer in the data. Try /case with the name.' } });
  });

  it('says when no one from the data is named', async () => {
    const reply = await onMessage('The minister spoke about trade with Canada.');
    expect(reply.content).toMatch(/^No fugitive from the data is named in this text\./);
    expect(reply.components).toBeUndefined();
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const reply = await onMessage('杨秀珠于2016年回国投案。', 'zh-CN');
    expect(reply.embeds![0]!.title).toBe('文中提到的外逃人员');
    expect((reply.components![0]!.components[0] as { label: string }).label).toBe('杨秀珠 Yang Xiuzhu：案件详情');
  });
});
