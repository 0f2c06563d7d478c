/**
 * The gateway bot (started as users start it) when Discord misbehaves: the
 * connection drops mid-stream, with a resumable close code (4000) and as a
 * network failure (1006, no close frame); the callback route answers 429 with
 * `retry_after`, or 503. Every interaction still gets exactly one answer.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionResponse } from '../../src/discord/payload.js';
import { lineToInteraction, TERMINAL_USER } from '../../src/transports/terminal/line.js';
import { DiscordDouble } from '../double/discordDouble.js';
import { DEFAULT_USER_ID, type InteractionPayload, type RawOption } from '../double/interactions.js';
import { testApp } from '../support/app.js';
import { withAskerSetAside } from './answers.js';
import { startBot, type BotProcess } from '../support/running.js';

const app = await testApp();
const lines = app.registry.list.flatMap((c) => c.examples);
/** What each line must be answered with (the CLI's answer, as everyCommand.test.ts shows). */
const expected = new Map<string, InteractionResponse>();
for (const line of lines) {
  const { response } = await app.handle(lineToInteraction(line, app.registry));
  if (response) expected.set(line, response);
}

const BURST = 200;

function withoutFlags(data: unknown): unknown {
  const { flags: _flags, ...rest } = (data ?? {}) as { flags?: number };
  return rest;
}

describe('the gateway bot when Discord misbehaves', () => {
  let discord: DiscordDouble;
  let bot: BotProcess;

  beforeAll(async () => {
    // These tests are about resuming, replaying and retrying, not about Discord's 3-second window (the
    // deferral tests hold the bot to that). On a machine loaded by other work, 200 answers can take longer
    // than 3 seconds to go out; with Discord's window they would be refused as late and counted as lost,
    // which is the machine's speed, not a lost interaction. So the window here is a minute.
    discord = await DiscordDouble.start({ responseWindowMs: 60_000 });
    bot = startBot({ DISCORD_TOKEN: 'any-token-the-double-accepts', DISCORD_API_BASE: discord.apiBase });
    await bot.until(discord.waitFor(() => discord.gateway.events.some((e) => e.kind === 'identify'), 'the bot to identify'));
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  function send(line: string): InteractionPayload {
    const incoming = lineToInteraction(line, app.registry);
    return discord.interact({ name: incoming.commandName, options: incoming.options as RawOption[] });
  }

  /**
   * The message the user finally sees, flags aside: the callback's, or for a
   * deferred one, the edit (or ephemeral follow-up) that replaced it.
   */
  function messageOf(id: string): unknown {
    const callback = discord.callbackFor(id);
    if (!callback) return undefined;
    const body = callback.body as { type: number; data?: object };
    if (body.type !== 5) return withoutFlags(body.data);
    const late = discord.callsFor(id).find((c) => (c.route === 'original.edit' || c.route === 'followup') && c.status < 300);
    return late && withoutFlags(late.body);
  }

  /** How many of `sent` were answered with the right message, lost, or answered more than once. */
  async function tally(sent: { payload: InteractionPayload; line: string }[]) {
    // Waiting has a limit; the tally below then says how many were lost.
    await bot
      .until(discord.waitFor(() => sent.every(({ payload }) => messageOf(payload.id) !== undefined), `${sent.length} answers`, 40_000))
      .catch(() => undefined);
    // One more interaction, answered after all the others: anything doubled would have come by then.
    const marker = send(lines[0]!);
    await bot.until(discord.waitFor(() => discord.callbackFor(marker.id), 'the marker interaction'));
    let answered = 0;
    let doubled = 0;
    for (const { payload, line } of sent) {
      const calls = discord.callsFor(payload.id);
      if (calls.filter((c) => c.route === 'callback').length > 1 || calls.filter((c) => c.route === 'original.edit' || c.route === 'followup').length > 1)
        doubled += 1;
      const want = expected.get(line)!;
      const got = messageOf(payload.id);
      if (
        want.type === 4 &&
        got !== undefined &&
        isDeepStrictEqual(withAskerSetAside(got, DEFAULT_USER_ID), withAskerSetAside(withoutFlags(want.data), TERMINAL_USER))
      )
        answered += 1;
    }
    return { answered, lost: sent.length - answered, doubled };
  }

  it.each([
    [4000, 'a resumable close (4000 Unknown error)'],
    [1006, 'a network drop (1006, no close frame)'],
  ])(
    'after %i, %s: reconnects, resumes, and answers 200 interactions sent across the drop exactly once',
    async (code) => {
      const identifiesBefore = discord.gateway.events.filter((e) => e.kind === 'identify').length;
      const eventsBefore = discord.gateway.events.length;
      const sent: { payload: InteractionPayload; line: string }[] = [];
      const burst = (from: number, to: number) => {
        for (let i = from; i < to; i++) {
          const line = lines[i % lines.length]!;
          sent.push({ payload: send(line), line });
        }
      };
      burst(0, BURST / 2); // on the live connection, the connection dropped right behind them while they are being answered
      discord.gateway.drop(code);
      burst(BURST / 2, (BURST * 3) / 4); // while the bot is away: Discord keeps them for the resume
      const resumed = await bot.until(
        discord.waitFor(() => discord.gateway.events.slice(eventsBefore).find((e) => e.kind === 'resume' && e.accepted), 'the bot to resume'),
      );
      burst((BURST * 3) / 4, BURST); // on the resumed connection

      expect(await tally(sent)).toEqual({ answered: BURST, lost: 0, doubled: 0 });
      expect(resumed.kind === 'resume' && resumed.replayed).toBeGreaterThanOrEqual(BURST / 4);
      // It resumed the session rather than starting a new one (which would have lost what was sent meanwhile).
      expect(discord.gateway.events.filter((e) => e.kind === 'identify')).toHaveLength(identifiesBefore);
    },
    90_000,
  );

  it('waits out a 429 on the callback route for its retry_after, then the reply arrives', async () => {
    const line = '/year year:2019';
    const payload = send(line);
    discord.failNext((c) => c.route === 'callback' && c.interactionId === payload.id, { status: 429, retryAfter: 1 });
    const answered = await bot.until(discord.waitFor(() => discord.callbackFor(payload.id), 'the reply after the 429'));
    const [limited, retried, ...more] = discord.callsFor(payload.id, 'callback');
    expect(limited?.status).toBe(429);
    expect(retried).toBe(answered);
    expect(more).toEqual([]);
    // Not sooner than Discord asked (a floor, not a speed measurement).
    expect(answered.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(answered.body).toEqual(expected.get(line));
  });

  it('retries a 503 on the callback route, and the reply arrives once', async () => {
    const line = '/stats';
    const payload = send(line);
    discord.failNext((c) => c.route === 'callback' && c.interactionId === payload.id, { status: 503 });
    const answered = await bot.until(discord.waitFor(() => discord.callbackFor(payload.id), 'the reply after the 503'));
    expect(discord.callsFor(payload.id, 'callback').map((c) => c.status)).toEqual([503, 204]);
    expect(answered.body).toEqual(expected.get(line));
  });
});
