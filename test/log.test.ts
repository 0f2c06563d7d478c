/** Logs: one structured line per interaction, user text cut short, secrets never written, stray errors logged and survived where safe. */
import { describe, expect, it } from 'vitest';
import { createApp, loggerFor } from '../src/app.js';
import { CommandRegistry, loadCommands } from '../src/registry/registry.js';
import { defineCommand } from '../src/kit/command.js';
import { loadConfig } from '../src/config/env.js';
import { LOGGED_TEXT } from '../src/interactions/handle.js';
import { isSafeToSurvive, onUncaughtException, onUnhandledRejection } from '../src/modes/guards.js';
import { captureLog, memoryDestination } from './support/running.js';
import { InteractionType } from './support/app.js';

const TOKEN = 'MTE5NzQ4.GhX2ab.fake-token-for-tests_0123456789abcdefghijklmnop';

describe('one log line per interaction', async () => {
  const commands = await loadCommands();
  const throwing = defineCommand({
    definition: { name: 'boom', description: 'Always fails' },
    examples: ['/boom'],
    run: () => {
      throw new Error('handler bug');
    },
  });
  const captured = captureLog('debug');
  const app = await createApp(loadConfig({ COOLDOWN_COMMANDS: '2' }), captured.log, { registry: new CommandRegistry([...commands.list, throwing]) });
  const interactionLines = () => captured.lines.filter((l) => l.msg === 'interaction');

  it('gives command, outcome, latency and user, and cuts user text short', async () => {
    const paste = `@everyone ${'杨秀珠'.repeat(500)}`;
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'search', options: [{ name: 'query', type: 3, value: paste }], userId: '111' });
    const line = interactionLines().at(-1)!;
    expect(line).toMatchObject({ level: 30, interaction: 'command', command: 'search', outcome: 'invalid', user: '111' });
    expect(typeof line.ms).toBe('number');
    expect(line.ms as number).toBeGreaterThanOrEqual(0);
    const [option] = line.options as { name: string; value: string }[];
    expect(option!.name).toBe('query');
    expect(option!.value).toHaveLength(LOGGED_TEXT);
    expect(option!.value.endsWith('…')).toBe(true);
    expect(captured.raw.at(-1)!.length).toBeLessThan(1000);
  });

  it('logs every kind of ending, one line each', async () => {
    const before = interactionLines().length;
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'year', options: [{ name: 'year', type: 4, value: 2019 }], userId: '222' });
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'boom', options: [], userId: '222' });
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'stats', options: [], userId: '222' });
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'stats', options: [], userId: '222' });
    await app.handle({
      type: InteractionType.Autocomplete,
      commandName: 'case',
      options: [{ name: 'name', type: 3, value: 'yang', focused: true }],
      userId: '222',
    });
    const lines = interactionLines().slice(before);
    expect(lines.map((l) => [l.command, l.outcome, l.level])).toEqual([
      ['year', 'ok', 30],
      ['boom', 'failed', 40],
      ['stats', 'cooldown', 30],
      ['stats', 'silenced', 30],
      // Autocomplete comes at every keystroke: its lines are at debug level.
      ['case', 'ok', 20],
    ]);
    // The handler's error is logged with its stack, on its own line.
    expect(captured.lines.find((l) => l.msg === 'command failed')).toMatchObject({ command: 'boom', err: { message: 'handler bug' } });
  });

  it('copes with an interaction with no user and options that are not a list', async () => {
    await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'nope', options: { weird: true } } as never);
    expect(interactionLines().at(-1)).toMatchObject({ command: 'nope', outcome: 'invalid', user: 'unknown', options: '(not a list)' });
  });
});

describe('secrets never reach the log', () => {
  it('scrubs the token from every line, whatever carried it there', () => {
    const { destination, raw } = memoryDestination();
    const log = loggerFor(loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'trace' }), destination);
    log.info({ token: TOKEN, config: { DISCORD_TOKEN: TOKEN } }, 'by field name');
    log.error({ err: new Error(`request to /webhooks/1/${TOKEN}/messages failed`) }, `message quoting it: ${TOKEN}`);
    log.warn({ deep: { inside: [{ url: `https://discord.com/api/v10/interactions/1/${TOKEN}/callback` }] } }, 'nested');
    log.debug({ headers: { authorization: `Bot ${TOKEN}` } }, 'header');
    expect(raw).toHaveLength(4);
    for (const line of raw) expect(line).not.toContain(TOKEN);
    expect(raw.join('\n')).toContain('[redacted]');
    expect(raw[1]).toContain('request to /webhooks/1/[redacted]/messages failed');
  });

  it('redacts signatures and authorization headers by name', () => {
    const { destination, raw } = memoryDestination();
    const log = loggerFor(loadConfig({}), destination);
    const signature = 'a'.repeat(128);
    log.info({ headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': '1700000000', authorization: 'Bot secret-value' } }, 'request');
    log.info({ req: { headers: { 'x-signature-ed25519': signature } }, signature }, 'nested request');
    expect(raw.join('\n')).not.toContain(signature);
    expect(raw.join('\n')).not.toContain('secret-value');
    expect(raw[0]).toContain('1700000000');
  });

  it('never writes the token in an interaction line', async () => {
    const { destination, raw } = memoryDestination();
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'debug' });
    const app = await createApp(config, loggerFor(config, destination), { cooldown: false });
    await app.handle({
      type: InteractionType.ApplicationCommand,
      commandName: 'search',
      options: [{ name: 'query', type: 3, value: `leaked ${TOKEN}` }],
      userId: '1',
    });
    expect(raw.length).toBeGreaterThan(0);
    for (const line of raw) expect(line).not.toContain(TOKEN);
  });
});

describe('errors nobody caught', () => {
  it('logs an unhandled rejection and carries on', () => {
    const captured = captureLog();
    onUnhandledRejection(captured.log)(new Error('nobody awaited me'));
    expect(captured.lines).toMatchObject([{ level: 50, msg: 'unhandled promise rejection; the bot carries on', err: { message: 'nobody awaited me' } }]);
  });

  it('survives a connection that failed, and shuts down gracefully after anything else', () => {
    const captured = captureLog();
    let fatal = 0;
    const handler = onUncaughtException(captured.log, () => (fatal += 1));
    handler(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    expect(fatal).toBe(0);
    handler(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(fatal).toBe(1);
    expect(captured.lines.map((l) => [l.level, l.msg])).toEqual([
      [50, 'uncaught connection error; the bot carries on'],
      [60, 'uncaught exception; answering what is in flight, then stopping'],
    ]);
    expect([isSafeToSurvive(null), isSafeToSurvive({ code: 'EPIPE' }), isSafeToSurvive(new RangeError('x'))]).toEqual([false, true, false]);
  });
});
