/**
 * Every command's examples, as a reporter would use them in Discord, against
 * the bot started as users start it (`npm start`): once connected to the
 * gateway with the real discord.js client, once serving the HTTP interactions
 * endpoint. Both must send Discord exactly what `npm run ask -- "<line>"
 * --json` prints for the same line. New command files are covered as soon as
 * they exist: the lines come from each command's `examples`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIncoming } from '../../src/interactions/dispatch.js';
import { lineToInteraction } from '../../src/transports/terminal/line.js';
import { TERMINAL_USER } from '../../src/transports/terminal/line.js';
import { DiscordDouble } from '../double/discordDouble.js';
import { APPLICATION_ID, DEFAULT_USER_ID as USER, type RawOption } from '../double/interactions.js';
import { newSigner, postInteraction } from '../double/sign.js';
import { testApp } from '../support/app.js';
import { withAskerSetAside } from './answers.js';
import { cliAnswers, startBot, type BotProcess } from '../support/running.js';

const app = await testApp();
const examples = app.registry.list.flatMap((c) => c.examples);

/** Half-typed values for each autocompleted option: nothing yet, a letter, a name with a typo, Chinese, the longest Discord sends, noise. */
const TYPED = ['', 'y', 'yang xiu', 'xu chao fan', '杨', 'a'.repeat(100), '%$#@!'];
const autocompleteLines = app.registry.list.flatMap((c) =>
  (c.definition.options ?? [])
    .filter((o) => 'autocomplete' in o && o.autocomplete)
    .flatMap((o) => TYPED.map((typed) => `/${c.definition.name} ${o.name}:${typed}`)),
);

function asInteraction(incoming: CommandIncoming) {
  return { name: incoming.commandName, options: incoming.options as RawOption[], type: incoming.type };
}

/**
 * What the user ends up with: the interaction response, or for a reply that
 * was deferred (type 5: a chart, a file over HTTP) the edit that follows it,
 * put back into the shape `npm run ask -- --json` prints. The edit must carry
 * as many files as the CLI's reply has attachments.
 */
async function finalAnswer(discord: DiscordDouble, bot: BotProcess, interactionId: string, response: unknown): Promise<unknown> {
  const { type, data } = response as { type: number; data?: { flags?: number } };
  if (type !== 5) return response;
  const edit = await bot.until(
    discord.waitFor(() => discord.callsFor(interactionId, 'original.edit').find((c) => c.status === 200), 'the edit after the deferral'),
  );
  const body = edit.body as { attachments?: unknown[] };
  expect(edit.files).toHaveLength(body.attachments?.length ?? 0);
  return { type: 4, data: { ...body, ...(data?.flags ? { flags: data.flags } : {}) } };
}

function expectChoicesWithinLimits(response: unknown): void {
  const { type, data } = response as { type: number; data: { choices: { name: string; value: unknown }[] } };
  expect(type).toBe(8);
  expect(data.choices.length).toBeLessThanOrEqual(25);
  for (const { name, value } of data.choices) {
    expect(name.length).toBeGreaterThanOrEqual(1);
    expect(name.length).toBeLessThanOrEqual(100);
    if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(100);
  }
}

describe('every command, through Discord', () => {
  const signer = newSigner();
  let discord: DiscordDouble;
  let gatewayBot: BotProcess;
  let httpBot: BotProcess;
  let endpoint: string;
  let cli: Map<string, unknown>;

  beforeAll(async () => {
    discord = await DiscordDouble.start();
    gatewayBot = startBot({ DISCORD_TOKEN: 'any-token-the-double-accepts', DISCORD_API_BASE: discord.apiBase });
    httpBot = startBot({
      INTERACTIONS_PORT: '0',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: discord.apiBase,
    });
    // The one-shot CLI runs while the bots start.
    [cli] = await Promise.all([
      cliAnswers(examples),
      gatewayBot.until(discord.waitFor(() => discord.gateway.events.some((e) => e.kind === 'identify'), 'the bot to identify')),
      httpBot.logLine((l) => l.msg === 'interactions endpoint listening').then((l) => (endpoint = `http://127.0.0.1:${String(l.port)}/interactions`)),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([gatewayBot?.stop(), httpBot?.stop()]);
    await discord?.close();
  });

  describe('over the gateway (discord.js)', () => {
    it.each(examples)('%s: the callback body is what `npm run ask -- --json` prints', async (line) => {
      const sent = discord.interact(asInteraction(lineToInteraction(line, app.registry)));
      const call = await gatewayBot.until(discord.waitFor(() => discord.callbackFor(sent.id), `the answer to ${line}`));
      const answer = await finalAnswer(discord, gatewayBot, sent.id, call.body);
      expect(withAskerSetAside(answer, USER)).toEqual(withAskerSetAside(cli.get(line), TERMINAL_USER));
      // Interaction callbacks are authorised by the token in the path: the bot token stays home.
      expect(call.authorized).toBe(false);
      expect(discord.callsFor(sent.id)).toHaveLength(answer === call.body ? 1 : 2);
    });

    it.each(autocompleteLines)('%s: at most 25 suggestions, each 1-100 characters', async (line) => {
      const incoming = lineToInteraction(line, app.registry, 'autocomplete');
      const sent = discord.interact(asInteraction(incoming));
      const call = await gatewayBot.until(discord.waitFor(() => discord.callbackFor(sent.id), `suggestions for ${line}`));
      expectChoicesWithinLimits(call.body);
      expect(call.body).toEqual((await app.handle(incoming)).response);
    });
  });

  describe('over the HTTP interactions endpoint', () => {
    it.each(examples)('%s: the signed request is answered with what `npm run ask -- --json` prints', async (line) => {
      const payload = discord.issue(asInteraction(lineToInteraction(line, app.registry)));
      const body = JSON.stringify(payload);
      const answer = await httpBot.until(discord.deliver(endpoint, body, signer.headers(body)));
      expect(answer).toMatchObject({ status: 200, verdict: 204 });
      const final = await finalAnswer(discord, httpBot, payload.id, answer.json);
      expect(withAskerSetAside(final, USER)).toEqual(withAskerSetAside(cli.get(line), TERMINAL_USER));
    });

    it.each(autocompleteLines)('%s: at most 25 suggestions, each 1-100 characters', async (line) => {
      const incoming = lineToInteraction(line, app.registry, 'autocomplete');
      const body = JSON.stringify(discord.issue(asInteraction(incoming)));
      const answer = await httpBot.until(discord.deliver(endpoint, body, signer.headers(body)));
      expect(answer.verdict).toBe(204);
      expectChoicesWithinLimits(answer.json);
      expect(answer.json).toEqual((await app.handle(incoming)).response);
    });

    it('refuses the same request signed with another key, and answers nothing else', async () => {
      const body = JSON.stringify(discord.issue(asInteraction(lineToInteraction(examples[0]!, app.registry))));
      const before = discord.calls.length;
      const answer = await postInteraction(endpoint, body, newSigner().headers(body));
      expect(answer.status).toBe(401);
      expect(discord.calls.length).toBe(before);
    });
  });
});
