/** The per-user cooldown: told once, then silence until the budget has room; autocomplete never counted. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { labels } from '../../src/i18n/labels.js';
import { Cooldown } from '../../src/interactions/cooldown.js';
import type { Incoming } from '../../src/interactions/dispatch.js';
import { responseProblems } from '../../src/discord/validate.js';
import { silentLogger } from '../../src/log.js';
import { InteractionType } from '../support/app.js';

describe('the cooldown budget', () => {
  // rate-limiter-flexible's memory store reads Date.now() and expires keys with timers: both are faked here.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_000_000 }));
  afterEach(() => void vi.useRealTimers());
  const take = (cooldown: Cooldown, user: string, times: number) => Promise.all(Array.from({ length: times }, () => cooldown.take(user).then((v) => v.kind)));

  it('allows the budget, warns once, then stays silent until the window is over', async () => {
    const cooldown = await Cooldown.open({ commands: 3, seconds: 10 });
    expect(await take(cooldown, 'ann', 3)).toEqual(['allowed', 'allowed', 'allowed']);
    vi.advanceTimersByTime(4_000);
    expect(await cooldown.take('ann')).toEqual({ kind: 'warn', retryInMs: 6_000 });
    expect(await cooldown.take('ann')).toEqual({ kind: 'silent' });
    expect(await cooldown.take('ann')).toEqual({ kind: 'silent' });
    vi.advanceTimersByTime(5_999);
    expect((await cooldown.take('ann')).kind).toBe('silent');
    vi.advanceTimersByTime(1);
    // The whole budget is back (the window is over, however often the user was refused); told again only after using it up again.
    expect(await take(cooldown, 'ann', 5)).toEqual(['allowed', 'allowed', 'allowed', 'warn', 'silent']);
  });

  it('counts each user separately', async () => {
    const cooldown = await Cooldown.open({ commands: 1, seconds: 10 });
    expect((await cooldown.take('ann')).kind).toBe('allowed');
    expect((await cooldown.take('bob')).kind).toBe('allowed');
    expect((await cooldown.take('ann')).kind).toBe('warn');
  });

  it('is off at 0 commands', async () => {
    const cooldown = await Cooldown.open({ commands: 0, seconds: 10 });
    expect(cooldown.enabled).toBe(false);
    expect((await take(cooldown, 'ann', 100)).every((k) => k === 'allowed')).toBe(true);
  });

  it('says how long to wait, politely', () => {
    expect(labels('en-US').cooldown(6)).toBe("You're sending commands faster than I can keep up with. Please wait 6 seconds and try again.");
    expect(labels('en-US').cooldown(1)).toContain('wait 1 second and');
    expect(labels('zh-CN').cooldown(6)).toBe('您发送命令太快了。请等待6秒后再试。');
  });
});

describe('the cooldown through app.handle', async () => {
  const app = await createApp(loadConfig({ COOLDOWN_COMMANDS: '3', COOLDOWN_SECONDS: '60' }), silentLogger);
  const command = (userId: string): Incoming => ({ type: InteractionType.ApplicationCommand, commandName: 'stats', options: [], userId });
  const typing = (userId: string): Incoming => ({
    type: InteractionType.Autocomplete,
    commandName: 'case',
    options: [{ name: 'name', type: 3, value: 'yang', focused: true }],
    userId,
  });

  it('answers the budget, then the polite message once, then nothing', async () => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await app.handle(command('reporter-1')));
    expect(answers.slice(0, 3).map((a) => a.outcome)).toEqual(['ok', 'ok', 'ok']);
    const warning = answers[3]!;
    expect(warning.outcome).toBe('cooldown');
    expect(warning.response).toMatchObject({
      type: 4,
      data: {
        flags: 64,
        allowed_mentions: { parse: [] },
        content: expect.stringMatching(/^⏳ You're sending commands faster .* Please wait \d+ seconds and try again\.$/),
      },
    });
    expect(responseProblems(warning.response)).toEqual([]);
    // Only one polite message: the rest are "send nothing".
    expect(answers.slice(4).map((a) => [a.response, a.outcome])).toEqual([
      [null, 'silenced'],
      [null, 'silenced'],
      [null, 'silenced'],
    ]);
    expect(answers.filter((a) => a.outcome === 'cooldown')).toHaveLength(1);
  });

  it('does not count autocomplete, nor hold it back', async () => {
    for (let i = 0; i < 20; i++) {
      const { response } = await app.handle(typing('reporter-2'));
      expect(response?.type === 8 && response.data.choices.length).toBeGreaterThan(0);
    }
    expect((await app.handle(command('reporter-2'))).outcome).toBe('ok');
    // Still suggesting names to someone who is over the budget for commands.
    const { response } = await app.handle(typing('reporter-1'));
    expect(response?.type).toBe(8);
  });

  it('leaves other users alone', async () => {
    expect((await app.handle(command('reporter-3'))).outcome).toBe('ok');
  });
});

describe('"send nothing" at the terminal console', async () => {
  const { answerLine } = await import('../../src/transports/terminal/console.js');
  const app = await createApp(loadConfig({ COOLDOWN_COMMANDS: '1', COOLDOWN_SECONDS: '60' }), silentLogger);
  // Not a terminal, so the note is plain text whatever runs the tests.
  const io = { output: { isTTY: false } as NodeJS.WriteStream };

  it('prints the answer, the polite message, then says no reply was sent', async () => {
    expect(await answerLine('/stats', app, io)).toContain('Sky Net in figures');
    expect(await answerLine('/stats', app, io)).toContain("You're sending commands faster");
    expect(await answerLine('/stats', app, io)).toBe('(no reply: the bot chose not to answer)');
  });
});
