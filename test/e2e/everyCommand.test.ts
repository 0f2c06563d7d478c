/**
 * Every command's examples, as a reporter would use them in Discord, against
 * the bot started as users start it (`npm start`): once connected to the
 * gateway with the real discord.js client, once serving the HTTP interactions
 * endpoint. Both must send Discord exactly what `npm run ask -- "<line>"
 * --json` prints for the same line. New command files are covered as soon as
 * they exist: the lines come from each command's `examples`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/interactions/dispatch.js';
import { lineToInteraction } from '../../src/terminal/line.js';
import { DiscordDouble } from '../double/discordDouble.js';
import { APPLICATION_ID, type RawOption } from '../double/interactions.js';
import { newSigner, postInteraction } from '../double/sign.js';
import { testApp } from '../helpers.js';
import { cliAnswers, startBot, type BotProcess } from './bot.js';

const app = await testApp();
const examples = app.registry.list.flatMap((c) => c.examples);

/** Half-typed values for each autocompleted option: nothing yet, a letter, a name with a typo, Chinese, the longest Discord sends, noise. */
const TYPED = ['', 'y', 'yang xiu', 'xu chao fan', '杨', 'a'.repeat(100), '%$#@!'];
const autocompleteLines = app.registry.list.flatMap((c) =>
  (c.definition.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete).flatMap((o) => TYPED.map((typed) => `/${c.definition.name} ${o.name}:${typed}`)),
);

function asInteraction(incoming: Incoming) {
  return { name: incoming.commandName, options: incoming.options as RawOption[], type: incoming.type };
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
    httpBot = startBot({ INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_BASE: discord.apiBase });
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
      expect(call.body).toEqual(cli.get(line));
      // Interaction callbacks are authorised by the token in the path: the bot token stays home.
      expect(call.authorized).toBe(false);
      expect(discord.callsFor(sent.id)).toHaveLength(1);
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
      const body = JSON.stringify(discord.issue(asInteraction(lineToInteraction(line, app.registry))));
      const answer = await httpBot.until(discord.deliver(endpoint, body, signer.headers(body)));
      expect(answer).toEqual({ status: 200, json: cli.get(line), verdict: 204 });
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
