/** "Check facts" on a message: its claims marked against the data, privately, with a button to post the verdicts. */
import { describe, expect, it } from 'vitest';
import { EPHEMERAL, InteractionType } from '../../src/discord/limits.js';
import { askMessage, testApp } from '../support/app.js';

/** "Check facts" on a message with this content, as the terminal's `/message check-facts <text>` sends it. */
const onMessage = (content: string, locale?: string) => askMessage(`/message check-facts ${content}`, locale);

describe('"Check facts" on a message', () => {
  it('marks each claim and answers privately, with a button to post it', async () => {
    const reply = await onMessage('Sky Net 2019 brought back 2,041 fugitives. Xu Chaofan was extradited from Canada.');
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const text = reply.embeds![0]!.description!;
    expect(text).toContain('✅ “2,041” **consistent**: 2,041 fugitives returned in 2019');
    expect(text).toContain('❌ “extradited from Canada” **contradicted**: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018');
    expect(reply.components).toEqual([{ type: 1, components: [{ type: 2, style: 1, label: 'Post to channel', custom_id: 'check-facts:post' }] }]);
  });

  it('posts the verdicts to the channel when the reporter presses the button', async () => {
    const app = await testApp();
    const checked = await onMessage('Sky Net 2019 brought back 2,041 fugitives.');
    const { response } = await app.handle({
      type: InteractionType.MessageComponent,
      customId: 'check-facts:post',
      message: { embeds: checked.embeds! },
      userId: 'reporter',
    });
    expect(response).toEqual({ type: 4, data: { embeds: checked.embeds, allowed_mentions: { parse: [] } } });
  });

  it('says so, privately, when the press brings no message to post', async () => {
    const app = await testApp();
    const { response } = await app.handle({ type: InteractionType.MessageComponent, customId: 'check-facts:post', userId: 'reporter' });
    expect(response).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: '⚠️ This button no longer works. Run the command again.' } });
  });

  it.each([
    ['an empty message (only images or embeds)', ''],
    ['a message of links, mentions and emoji', 'see https://example.com/x @everyone <@123> 🎉🎉'],
    ['a code block', '```\nconst year = 2019;\n```'],
    ['4,000 characters of other news', 'The weather was fine. '.repeat(182)],
  ])('answers %s with "nothing found", never an error', async (_what, content) => {
    const reply = await onMessage(content);
    expect(reply.content).toMatch(/^No figures or names from the data found in this text\./);
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.components).toBeUndefined();
  });

  it('speaks Chinese to a zh-CN reader, and reads Chinese copy', async () => {
    const reply = await onMessage('天网2019行动共追回外逃人员2041人，追回赃款54.2亿元。', 'zh-CN');
    expect(reply.embeds![0]!.title).toBe('文稿与数据核对');
    expect(reply.embeds![0]!.description).toContain('✅');
    expect(reply.components![0]!.components[0]).toMatchObject({ label: '发布到频道', custom_id: 'check-facts:post' });
  });

  it('is refused, privately, without the message it should check', async () => {
    const app = await testApp();
    const { response } = await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'Check facts' });
    expect(response).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
  });
});
