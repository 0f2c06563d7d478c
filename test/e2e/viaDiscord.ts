/**
 * The bot started as `npm start` starts it, against the Discord double, with
 * interactions reaching it the way a transport takes them: on the gateway
 * (the real discord.js client), or POSTed, signed, to its HTTP endpoint.
 * Shared by the end-to-end tests that run the same story over each transport.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { DiscordDouble, type FirstResponse } from '../double/discordDouble.js';
import { APPLICATION_ID, type ButtonPressSpec, type InteractionPayload, type InteractionSpec, type MessageCommandSpec } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { removeDataCopies, startBot, type BotProcess } from '../support/running.js';

export type Transport = 'gateway' | 'http';

export interface Answered {
  sent: InteractionPayload;
  response: FirstResponse;
}

/** How an interaction reaches the bot: on the gateway, or POSTed (signed) to its endpoint. */
export interface Via {
  discord: DiscordDouble;
  bot: BotProcess;
  /** A slash command, answered. */
  run(spec: InteractionSpec): Promise<Answered>;
  /** A button press on a message the double holds, answered. */
  press(spec: ButtonPressSpec): Promise<Answered>;
  /** A message command used on a message the double holds, answered. */
  onMessage(spec: MessageCommandSpec): Promise<Answered>;
  stop(): Promise<void>;
}

export function describeTransport(transport: Transport): string {
  return transport === 'gateway' ? 'the gateway (discord.js)' : 'the HTTP interactions endpoint';
}

/** Starts a double and the bot (`entry`: src/main.ts, or a fixture that adds test commands) on `transport`. */
export async function startVia(transport: Transport, options: { entry?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Via> {
  const discord = await DiscordDouble.start();
  const env = { DISCORD_API_BASE: discord.apiBase, ...options.env };
  if (transport === 'gateway') {
    const bot = startBot({ ...env, DISCORD_TOKEN: 'any-token-the-double-accepts' }, options.entry);
    await bot.logLine((l) => l.msg === 'connected to Discord');
    const answered = async (sent: InteractionPayload) => ({
      sent,
      response: await bot.until(discord.waitFor(() => discord.responseTo(sent.id), `the answer to interaction ${sent.id}`)),
    });
    return {
      discord,
      bot,
      run: (spec) => answered(discord.interact(spec)),
      press: (spec) => answered(discord.press(spec)),
      onMessage: (spec) => answered(discord.useOnMessage(spec)),
      stop: () => stopBoth(bot, discord),
    };
  }
  const signer = newSigner();
  const bot = startBot({ ...env, INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_APPLICATION_ID: APPLICATION_ID }, options.entry);
  const endpoint = `http://127.0.0.1:${String((await bot.logLine((l) => l.msg === 'interactions endpoint listening')).port)}/interactions`;
  const answered = async (sent: InteractionPayload) => {
    const body = JSON.stringify(sent);
    const answer = await bot.until(discord.deliver(endpoint, body, signer.headers(body)));
    expect(answer).toMatchObject({ status: 200, verdict: 204 });
    return { sent, response: discord.responseTo(sent.id)! };
  };
  return {
    discord,
    bot,
    run: (spec) => answered(discord.issue(spec)),
    press: (spec) => answered(discord.issuePress(spec)),
    onMessage: (spec) => answered(discord.issueOnMessage(spec)),
    stop: () => stopBoth(bot, discord),
  };
}

async function stopBoth(bot: BotProcess, discord: DiscordDouble): Promise<void> {
  await bot.stop();
  await discord.close();
}

/**
 * A Discord double for the whole test file: started before its tests, closed
 * after them, with any copies of the data the file made removed. Read
 * `double.discord` inside a test or hook.
 */
export function doubleForFile(): { readonly discord: DiscordDouble } {
  let discord: DiscordDouble | undefined;
  beforeAll(async () => {
    discord = await DiscordDouble.start();
  });
  afterAll(async () => {
    await discord?.close();
    removeDataCopies();
  });
  return {
    get discord() {
      if (!discord) throw new Error('the Discord double is not started yet: read it inside a test or a hook');
      return discord;
    },
  };
}
