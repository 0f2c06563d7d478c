/**
 * "Check facts" and "Find cases" through Discord, on the double, for one
 * transport at a time (messageCommandsGateway.test.ts, messageCommandsHttp.test.ts):
 * a reporter's message in the channel, the command used on it from the
 * message's menu, and the buttons on the answer pressed. Each answer must equal
 * what the dispatcher (`app.handle`) gives for the same message or press.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL, InteractionType } from '../../src/discord/limits.js';
import type { Incoming } from '../../src/interactions/dispatch.js';
import { testApp } from '../support/app.js';
import { describeTransport, startVia, type Transport, type Via } from './viaDiscord.js';

const DRAFT = 'Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan. Xu Chaofan was extradited from Canada in 2018.';
const NAMES = 'Met sources on YANG XIUZHU and xuchaofan (许超凡) today.';

type Button = { label: string; custom_id: string };

function buttonsOf(message: Record<string, unknown>): Button[] {
  return ((message.components ?? []) as { components: Button[] }[]).flatMap((row) => row.components);
}

async function dispatcherAnswer(incoming: Incoming) {
  return (await (await testApp()).handle(incoming)).response;
}

export function messageCommandsThroughDiscord(transport: Transport): void {
  let via: Via;

  beforeAll(async () => {
    via = await startVia(transport);
  }, 60_000);

  afterAll(async () => {
    await via?.stop();
  });

  describe(`"Check facts" on a message, over ${describeTransport(transport)}`, () => {
    it('answers privately with the claims marked, as the dispatcher does for the same message', async () => {
      const draft = via.discord.reporterPosts(DRAFT);
      const { sent, response } = await via.onMessage({ name: 'Check facts', messageId: draft.id });
      expect(response.body.type).toBe(4);
      expect(Number(response.body.data!.flags) & EPHEMERAL).toBe(EPHEMERAL);
      expect(response.body).toEqual(
        await dispatcherAnswer({ type: InteractionType.ApplicationCommand, commandName: 'Check facts', target: { id: draft.id, content: DRAFT } }),
      );
      const description = (response.body.data!.embeds as { description: string }[])[0]!.description;
      expect(description).toContain('❌ “extradited from Canada in 2018” **contradicted**');
      expect(buttonsOf(via.discord.originalMessage(sent.id)!)).toEqual([expect.objectContaining({ label: 'Post to channel', custom_id: 'check-facts:post' })]);
    });

    it('posts the verdicts to the channel, for everyone, when the reporter presses "Post to channel"', async () => {
      const draft = via.discord.reporterPosts(DRAFT);
      const checked = await via.onMessage({ name: 'Check facts', messageId: draft.id });
      const privately = via.discord.originalMessage(checked.sent.id)!;
      const posted = await via.press({ messageId: privately.id, customId: 'check-facts:post' });
      expect(posted.response.body.type).toBe(4);
      expect(Number(posted.response.body.data!.flags ?? 0) & EPHEMERAL).toBe(0);
      expect(posted.response.body.data!.embeds).toEqual(privately.embeds);
      expect(posted.response.body.data!.allowed_mentions).toEqual({ parse: [] });
      expect(via.discord.originalMessage(posted.sent.id)).toMatchObject({ flags: 0, embeds: privately.embeds });
    });

    it('answers a message with only an image (no text) with "nothing found", privately', async () => {
      const picture = via.discord.reporterPosts('');
      const { response } = await via.onMessage({ name: 'Check facts', messageId: picture.id });
      expect(response.body.data!.content).toMatch(/^No figures or names from the data found in this text\./);
      expect(Number(response.body.data!.flags) & EPHEMERAL).toBe(EPHEMERAL);
    });
  });

  describe(`"Find cases" on a message, over ${describeTransport(transport)}`, () => {
    it('lists the people named, however written, with a button for each that opens the case card privately', async () => {
      const note = via.discord.reporterPosts(NAMES);
      const found = await via.onMessage({ name: 'Find cases', messageId: note.id, locale: 'zh-CN' });
      expect(found.response.body).toEqual(
        await dispatcherAnswer({
          type: InteractionType.ApplicationCommand,
          commandName: 'Find cases',
          target: { id: note.id, content: NAMES },
          locale: 'zh-CN',
        }),
      );
      const list = via.discord.originalMessage(found.sent.id)!;
      expect(buttonsOf(list).map((b) => b.custom_id)).toEqual(['case:open:yang-xiuzhu', 'case:open:xu-chaofan']);

      const opened = await via.press({ messageId: list.id, customId: 'case:open:xu-chaofan', locale: 'zh-CN' });
      expect(opened.response.body).toEqual(
        await dispatcherAnswer({ type: InteractionType.MessageComponent, customId: 'case:open:xu-chaofan', locale: 'zh-CN' }),
      );
      expect(Number(opened.response.body.data!.flags) & EPHEMERAL).toBe(EPHEMERAL);
      expect((opened.response.body.data!.embeds as { title: string }[])[0]!.title).toBe('许超凡 Xu Chaofan');
    });
  });
}
