/**
 * The real discord.js client (startGateway, in this process so the app can
 * hold test-only commands) against the Discord double: work slower than
 * Discord's 3-second window is deferred and then edited in; a handler that
 * throws answers with a short ephemeral error and the bot goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startGateway } from '../../src/transports/gateway/gateway.js';
import { EPHEMERAL } from '../../src/discord/limits.js';
import type { Running } from '../../src/transports/running.js';
import { DiscordDouble } from '../double/discordDouble.js';
import { ask } from '../support/app.js';
import { appWith, brokenCommand, fileCommand, gate, PNG_1PX, slowCommand } from './testCommands.js';

describe('the gateway with slow and failing handlers', () => {
  const slow = gate();
  const slowFailing = gate();
  let discord: DiscordDouble;
  let app: App;
  let gateway: Running;

  beforeAll(async () => {
    discord = await DiscordDouble.start();
    app = await appWith([slowCommand('slow', () => slow.opened), slowCommand('slowfail', () => slowFailing.opened, true), brokenCommand, fileCommand('chart')]);
    gateway = await startGateway(app, { token: 'any-token-the-double-accepts', apiBase: discord.apiBase });
  });

  afterAll(async () => {
    await gateway?.stop();
    await discord?.close();
  });

  it('defers work still running near the 3-second mark (type 5), then edits the reply in', async () => {
    const sent = discord.interact({ name: 'slow' });
    const deferral = await discord.waitFor(() => discord.callbackFor(sent.id), 'the deferral');
    expect(deferral.body).toEqual({ type: 5, data: { flags: 0 } });
    // Only now does the work finish: the deferral cannot have waited for it.
    slow.open();
    const edit = await discord.waitFor(() => discord.callsFor(sent.id, 'original.edit').find((c) => c.status === 200), 'the edit');
    expect(edit.body).toEqual({ content: '/slow finished after the deferral', allowed_mentions: { parse: [] } });
    expect(discord.callsFor(sent.id).map((c) => `${c.route} ${c.status}`)).toEqual(['callback 204', 'original.edit 200']);
  });

  it('turns a late failure into an ephemeral message for the asker alone (the public placeholder is removed)', async () => {
    const sent = discord.interact({ name: 'slowfail' });
    await discord.waitFor(() => discord.callbackFor(sent.id), 'the deferral');
    slowFailing.open();
    const followUp = await discord.waitFor(() => discord.callsFor(sent.id, 'followup').find((c) => c.status === 200), 'the follow-up');
    expect(discord.callsFor(sent.id).map((c) => `${c.route} ${c.status}`)).toEqual(['callback 204', 'original.delete 204', 'followup 200']);
    const body = followUp.body as { content: string; flags: number };
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.content).toMatch(/^⚠️ Sorry, \/slowfail failed/);
  });

  it('answers a handler that throws with a short ephemeral error, then answers the next interaction normally', async () => {
    const broken = discord.interact({ name: 'broken' });
    const error = await discord.waitFor(() => discord.callbackFor(broken.id), 'the error reply');
    const { type, data } = error.body as { type: number; data: { content: string; flags: number; allowed_mentions: unknown } };
    expect(type).toBe(4);
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content.length).toBeLessThanOrEqual(200);
    expect(data.content).not.toContain('a bug in a handler');
    expect(data.allowed_mentions).toEqual({ parse: [] });

    const next = discord.interact({ name: 'year', options: [{ name: 'year', type: 4, value: 2019 }] });
    const answer = await discord.waitFor(() => discord.callbackFor(next.id), 'the next reply');
    expect(answer.body).toEqual(await ask('/year year:2019'));
  });

  it('sends a reply with a file as multipart/form-data: payload_json beside files[0]', async () => {
    const sent = discord.interact({ name: 'chart' });
    const call = await discord.waitFor(() => discord.callbackFor(sent.id), 'the reply with a file');
    expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(call.body).toEqual((await app.handle({ type: 2, commandName: 'chart' })).response);
    expect(call.files).toEqual([{ field: 'files[0]', name: 'chart.png', type: 'image/png', data: PNG_1PX }]);
  });
});
