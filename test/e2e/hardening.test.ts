/**
 * Issue 5's hardening through the real transports, on the Discord double: the
 * per-user cooldown and a graceful shutdown with a reply in flight, for the
 * gateway (the real discord.js client) and the HTTP interactions endpoint.
 * The bot runs as a process, with test-only commands (test/fixtures/botWithTestCommands.ts):
 * `/slow` answers only once the process has received SIGTERM.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { labels } from '../../src/i18n/labels.js';

const RESTARTING = labels('en-US').restarting;
import { DiscordDouble } from '../double/discordDouble.js';
import { APPLICATION_ID } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { ROOT } from '../support/app.js';
import { startBot, type BotProcess } from '../support/running.js';
import { slowReplyAcrossSigterm } from './slowShutdown.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/botWithTestCommands.ts');
const YEAR = { name: 'year', options: [{ name: 'year', type: 4, value: 2019 }] };
const TOKEN = 'any-token-the-double-accepts';

let discord: DiscordDouble;
beforeAll(async () => {
  discord = await DiscordDouble.start();
});
afterAll(async () => {
  await discord?.close();
});

function connected(bot: BotProcess): Promise<unknown> {
  return bot.logLine((l) => l.msg === 'connected to Discord');
}

describe('the per-user cooldown over the gateway', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: discord.apiBase, COOLDOWN_COMMANDS: '2', COOLDOWN_SECONDS: '600' });
    await connected(bot);
  });
  afterAll(() => bot?.stop());

  it('answers the budget, then one polite private message, then nothing, while autocomplete and other users carry on', async () => {
    const user = '1300000000000000201';
    const answered = [];
    for (let i = 0; i < 3; i++) {
      const sent = discord.interact({ ...YEAR, userId: user });
      answered.push(await bot.until(discord.waitFor(() => discord.callbackFor(sent.id), `answer ${i + 1}`)));
    }
    expect(answered.slice(0, 2).map((c) => (c.body as { type: number }).type)).toEqual([4, 4]);
    const polite = answered[2]!.body as { data: { content: string; flags: number } };
    expect(polite.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(polite.data.content).toMatch(/wait/i);

    const ignored = discord.interact({ ...YEAR, userId: user });
    const typing = discord.interact({ name: 'case', type: 4, options: [{ name: 'name', type: 3, value: 'yang', focused: true }], userId: user });
    const someoneElse = discord.interact({ ...YEAR, userId: '1300000000000000202' });
    // Interactions are handled in order: once the later ones are answered, the ignored one has had its chance.
    await bot.until(discord.waitFor(() => discord.callbackFor(someoneElse.id) && discord.callbackFor(typing.id), 'the later interactions'));
    expect((discord.callbackFor(typing.id)!.body as { type: number }).type).toBe(8);
    expect(discord.callsFor(ignored.id)).toEqual([]);
  });
});

describe('a graceful shutdown with a reply in flight', () => {
  it('over the gateway: SIGTERM answers /slow, refuses what comes next, exits 0', async () => {
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: discord.apiBase }, FIXTURE);
    await connected(bot);
    const slow = discord.interact({ name: 'slow' });
    await bot.logLine((l) => l.test === 'slow started');
    bot.signal('SIGTERM');
    await bot.logLine((l) => l.msg === 'shutting down: no new interactions; finishing those in flight');
    const late = discord.interact(YEAR);
    expect(await bot.exited).toBe(0);
    // /slow was due to be deferred after ~2 s; either way its answer went out before the exit.
    const delivered = discord
      .callsFor(slow.id)
      .filter((c) => c.status < 300)
      .map((c) => JSON.stringify(c.body));
    expect(delivered.join('\n')).toContain('slow answer, sent during the shutdown');
    const refusal = discord.callbackFor(late.id);
    if (refusal) expect(JSON.stringify(refusal.body)).toContain(RESTARTING);
  });

  it('over the HTTP endpoint: SIGTERM delivers the deferred /slow reply, then exits 0', async () => {
    const signer = newSigner();
    const bot = startBot(
      { INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_BASE: discord.apiBase },
      FIXTURE,
    );
    const port = (await bot.logLine((l) => l.msg === 'interactions endpoint listening')).port;
    const { code, edit } = await slowReplyAcrossSigterm(bot, discord, `http://127.0.0.1:${String(port)}/interactions`, signer);
    expect(code).toBe(0);
    expect(edit?.status).toBe(200);
    expect(JSON.stringify(edit?.body)).toContain('slow answer, sent during the shutdown');
  });
});

describe('the per-user cooldown over the HTTP endpoint', () => {
  it('ends the request with no interaction response once the polite message has gone', async () => {
    const signer = newSigner();
    const bot = startBot({
      INTERACTIONS_PORT: '0',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: discord.apiBase,
      COOLDOWN_COMMANDS: '1',
      COOLDOWN_SECONDS: '600',
    });
    try {
      const url = `http://127.0.0.1:${String((await bot.logLine((l) => l.msg === 'interactions endpoint listening')).port)}/interactions`;
      const send = () => {
        const body = JSON.stringify(discord.issue({ ...YEAR, userId: '1300000000000000301' }));
        return bot.until(discord.deliver(url, body, signer.headers(body)));
      };
      expect((await send()).json).toMatchObject({ type: 4 });
      expect((await send()).json).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
      expect(await send()).toEqual({ status: 204, json: undefined });
    } finally {
      await bot.stop();
    }
  });
});
