/**
 * Buttons and up-front deferral through Discord, on the double, for one
 * transport at a time (test/e2e/buttonsGateway.test.ts, buttonsHttp.test.ts):
 * one double and one bot process per file. The bot is started as `npm start`
 * starts it, from test/fixtures/botWithTestCommands.ts, which adds `/busy`
 * (deferred, then computing synchronously) to the real commands.
 *
 * What a user sees is read from the double: the message in the channel, and
 * the response Discord accepted for each interaction. Each answer must equal
 * what the dispatcher (`app.handle`) gives for the same interaction.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../../commands/cases/pageId.js';
import { EPHEMERAL, InteractionType } from '../../src/discord/limits.js';
import { PAGE_BUTTONS_FOR_MS } from '../../src/render/pageButtons.js';
import { lineToInteraction, TERMINAL_USER } from '../../src/transports/terminal/line.js';
import type { DiscordDouble, DiscordMessage } from '../double/discordDouble.js';
import { DEFAULT_USER_ID as ASKER, type InteractionSpec, type RawOption } from '../double/interactions.js';
import { ROOT, testApp } from '../support/app.js';
import type { BotProcess } from '../support/running.js';
import { withAskerSetAside } from './answers.js';
import { describeTransport, startVia, type Answered, type Transport, type Via } from './viaDiscord.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/botWithTestCommands.ts');
const SOMEONE_ELSE = '1300000000000000777';
/** Six cases in the data, so two pages of five. */
const CASES_LINE = '/cases outcome:repatriated';
const CHART_LINE = '/chart metric:fugitives';

type Button = { label: string; custom_id: string; disabled: boolean };

function buttonsOf(message: Record<string, unknown>): Button[] {
  return ((message.components ?? []) as { components: Button[] }[]).flatMap((row) => row.components);
}

function button(message: Record<string, unknown>, label: RegExp): Button {
  const found = buttonsOf(message).find((b) => label.test(b.label));
  if (!found) throw new Error(`no ${String(label)} button in ${JSON.stringify(message.components)}`);
  return found;
}

/** The message as it would have been sent at `issuedAt`: each page button's custom_id carries the time it was made. */
function buttonsIssuedAt(data: Record<string, unknown>, issuedAt: number): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data), (key, value: unknown) => {
    const page = key === 'custom_id' && typeof value === 'string' ? decodePageId(value) : undefined;
    return page ? encodePageId({ ...page, issuedAt }) : value;
  });
}

/** A PNG's size from its header, after checking the whole file decodes (signature, chunks, checksums). */
function pngSize(data: Buffer): { width: number; height: number } {
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  const header = { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  const decoded = PNG.sync.read(data);
  expect({ width: decoded.width, height: decoded.height }).toEqual(header);
  return header;
}

function commandSpec(line: string, registry: Parameters<typeof lineToInteraction>[1]): InteractionSpec {
  const incoming = lineToInteraction(line, registry);
  return { name: incoming.commandName, options: incoming.options as RawOption[] };
}

export function buttonsThroughDiscord(transport: Transport): void {
  const busyDir = mkdtempSync(path.join(os.tmpdir(), 'skynet-busy-'));
  const busyUntil = path.join(busyDir, 'done');
  let discord: DiscordDouble;
  let bot: BotProcess;
  let via: Via;

  beforeAll(async () => {
    via = await startVia(transport, { entry: FIXTURE, env: { TEST_BUSY_UNTIL: busyUntil } });
    ({ discord, bot } = via);
  }, 60_000);

  afterAll(async () => {
    await via?.stop();
    rmSync(busyDir, { recursive: true, force: true });
  });

  /** What the dispatcher answers the same press with, from the same user. */
  async function dispatcherAnswer(customId: string, userId: string) {
    const app = await testApp();
    return (await app.handle({ type: InteractionType.MessageComponent, customId, userId, locale: 'en-US' })).response;
  }

  /** The asker runs /cases; resolves with the message the answer put in the channel. */
  async function askCases(): Promise<{ answered: Answered; message: DiscordMessage }> {
    const app = await testApp();
    const answered = await via.run(commandSpec(CASES_LINE, app.registry));
    const { body } = answered.response;
    expect(body.type).toBe(4);
    // What `npm run ask -- --json` prints (the same dispatcher, asked as the terminal's user), asker and time aside.
    expect(withAskerSetAside(body, ASKER)).toEqual(withAskerSetAside((await app.handle(lineToInteraction(CASES_LINE, app.registry))).response, TERMINAL_USER));
    const message = discord.originalMessage(answered.sent.id)!;
    expect(message).toMatchObject({ embeds: body.data!.embeds, components: body.data!.components, flags: 0 });
    return { answered, message };
  }

  describe(`/cases page buttons, over ${describeTransport(transport)}`, () => {
    it('the asker presses Next: the message is updated in place (type 7) with page 2; Previous brings page 1 back', async () => {
      const { message: first } = await askCases();
      const firstEmbed = (first.embeds as { description: string; title: string }[])[0]!;
      expect(firstEmbed.title).toBe('Cases · outcome: repatriated / forcibly repatriated');
      expect(firstEmbed.description).toBe('10 cases · page 1 of 2');
      expect(button(first, /Previous/).disabled).toBe(true);

      const next = button(first, /Next/);
      const turned = await via.press({ messageId: first.id, customId: next.custom_id });
      expect(turned.response.body.type).toBe(7);
      expect(turned.response.body).toEqual(await dispatcherAnswer(next.custom_id, ASKER));
      const second = discord.messageById(first.id)!;
      expect(second).toMatchObject({ embeds: turned.response.body.data!.embeds, components: turned.response.body.data!.components, flags: 0 });
      expect(second.edited_timestamp).not.toBeNull();
      expect((second.embeds as { description: string }[])[0]!.description).toBe('10 cases · page 2 of 2');
      expect(button(second, /Next/).disabled).toBe(true);

      // The two pages hold the ten cases the data has with a repatriation (forcible or not), each once, numbered 1 to 10.
      const app = await testApp();
      const repatriated = app.store
        .current()
        .cases.filter((c) => c.events.some((e) => e.type === 'repatriated' || e.type === 'forcibly-repatriated'))
        .map((c) => c.name);
      const listed = [first, second]
        .flatMap((m) => (m.embeds as { fields: { name: string }[] }[])[0]!.fields.map((f) => f.name))
        .filter((name) => /^\d+\. /.test(name));
      expect(listed.map((name) => Number(name.split('.')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(repatriated).toHaveLength(10);
      for (const name of repatriated) expect(listed.filter((shown) => shown.includes(name))).toHaveLength(1);

      const previous = button(second, /Previous/);
      const back = await via.press({ messageId: first.id, customId: previous.custom_id });
      expect(back.response.body).toEqual(await dispatcherAnswer(previous.custom_id, ASKER));
      const again = discord.messageById(first.id)!;
      expect({ embeds: again.embeds, components: again.components }).toEqual({ embeds: first.embeds, components: first.components });
    });

    it('someone else pressing Next gets a private refusal (type 4, flag 64), and the message is not changed', async () => {
      const { message } = await askCases();
      const next = button(message, /Next/);
      const refused = await via.press({ messageId: message.id, customId: next.custom_id, userId: SOMEONE_ELSE });
      const { body } = refused.response;
      expect(body.type).toBe(4);
      expect(Number(body.data!.flags) & EPHEMERAL).toBe(EPHEMERAL);
      expect(body.data!.content).toMatch(/Only the person who ran this \/cases/);
      expect(body).toEqual(await dispatcherAnswer(next.custom_id, SOMEONE_ELSE));
      expect(discord.messageById(message.id)).toEqual(message);
      // The refusal is a message of its own, which only the presser sees.
      expect(discord.originalMessage(refused.sent.id)).toMatchObject({ content: body.data!.content, flags: EPHEMERAL });
    });

    it('a button issued longer ago than the paging lifetime is refused privately, and its message is not changed', async () => {
      const { answered } = await askCases();
      const issuedAt = Date.now() - PAGE_BUTTONS_FOR_MS - 60_000;
      const old = discord.postedEarlier(buttonsIssuedAt(answered.response.body.data!, issuedAt), issuedAt);
      const next = button(old, /Next/);
      expect(decodePageId(next.custom_id)).toMatchObject({ owner: ASKER, issuedAt: Math.floor(issuedAt / 1000) * 1000 });
      const refused = await via.press({ messageId: old.id, customId: next.custom_id });
      const { body } = refused.response;
      expect(body.type).toBe(4);
      expect(Number(body.data!.flags) & EPHEMERAL).toBe(EPHEMERAL);
      expect(body.data!.content).toMatch(/page buttons have stopped working/);
      expect(body).toEqual(await dispatcherAnswer(next.custom_id, ASKER));
      expect(discord.messageById(old.id)).toEqual(old);
    });
  });

  describe(`commands that ask to be deferred, over ${describeTransport(transport)}`, () => {
    it('/chart is deferred (type 5), then edited in with the PNG as files[0] beside payload_json', async () => {
      const app = await testApp();
      const { sent, response } = await via.run(commandSpec(CHART_LINE, app.registry));
      expect(response.body.type).toBe(5);
      expect(Number(response.body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
      const edit = await bot.until(discord.waitFor(() => discord.callsFor(sent.id, 'original.edit').find((c) => c.status === 200), 'the edit with the chart'));
      expect(edit.contentType).toMatch(/^multipart\/form-data; boundary=/);

      const expected = await app.handle(lineToInteraction(CHART_LINE, app.registry));
      const { flags: _flags, ...data } = (expected.response as { data: Record<string, unknown> }).data;
      expect(edit.body).toEqual(data);
      expect(edit.files.map((f) => ({ field: f.field, name: f.name, type: f.type }))).toEqual([
        { field: 'files[0]', name: 'skynet-fugitives-bar.png', type: 'image/png' },
      ]);
      expect(edit.files[0]!.data.equals(Buffer.from(expected.files[0]!.data))).toBe(true);

      // The reply names the file and states its size; the file is a PNG of that size.
      const embed = (edit.body as { embeds: { description: string; image: { url: string } }[] }).embeds[0]!;
      const stated = /\((skynet-fugitives-bar\.png), (\d+)×(\d+)\)/.exec(embed.description);
      expect(stated).not.toBeNull();
      expect(embed.image.url).toBe(`attachment://${stated![1]}`);
      expect(pngSize(edit.files[0]!.data)).toEqual({ width: Number(stated![2]), height: Number(stated![3]) });

      // In the channel: the placeholder became the chart, with the file attached.
      const message = discord.originalMessage(sent.id)!;
      expect(message.flags).toBe(0);
      expect(message.attachments).toMatchObject([{ filename: 'skynet-fugitives-bar.png', size: edit.files[0]!.data.length, content_type: 'image/png' }]);
    });

    it('a deferred command is acknowledged before its work starts, even work that holds the process (/busy)', async () => {
      const app = await testApp();
      expect(app.registry.get('chart')?.defer).toBe(true);
      // /busy blocks the bot's process until the file exists: the deferral can only reach Discord if it was sent first.
      const { sent, response } = await via.run({ name: 'busy' });
      expect(response.body.type).toBe(5);
      expect(discord.callsFor(sent.id, 'original.edit')).toEqual([]);
      writeFileSync(busyUntil, 'go');
      const edit = await bot.until(discord.waitFor(() => discord.callsFor(sent.id, 'original.edit').find((c) => c.status === 200), 'the edit after /busy'));
      expect(edit.body).toEqual({ content: '/busy finished its synchronous work', allowed_mentions: { parse: [] } });
    });
  });
}
