/**
 * The hostile test's findings against the HTTP endpoint, each as the attacker
 * tried it: a failed deferred reply must not put the interaction token or the
 * file into the log; slow headers, slow bodies and idle connections are cut
 * at their deadlines and capped in number; a client hanging up is a debug
 * line, not an error; a signed request replayed gets 409; and any token
 * Discord might send (up to 500 characters) is accepted and percent-encoded
 * into the REST path. The endpoint runs in this process with short limits.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { CommandRegistry } from '../../../src/registry/registry.js';
import { startInteractionsEndpoint } from '../../../src/transports/http/server.js';
import { DiscordDouble } from '../../double/discordDouble.js';
import { APPLICATION_ID } from '../../double/interactions.js';
import { newSigner } from '../../double/sign.js';
import { fileCommand } from '../../e2e/testCommands.js';
import { testApp } from '../../support/app.js';
import { captureLog, waitFor } from '../../support/running.js';

const LIMITS = { bodyDeadlineMs: 1500, headersTimeoutMs: 1500, maxConnections: 6, keepAliveTimeoutMs: 1000 };

describe('the HTTP endpoint under attack', () => {
  const signer = newSigner();
  const logs = captureLog('debug');
  let discord: DiscordDouble;
  let app: App;
  let endpoint: Awaited<ReturnType<typeof startInteractionsEndpoint>>;
  let url: string;
  let port: number;

  beforeAll(async () => {
    discord = await DiscordDouble.start();
    const base = await testApp();
    app = await createApp(base.config, logs.log, { cooldown: false, registry: new CommandRegistry([...base.registry.list, fileCommand('chart2')]) });
    endpoint = await startInteractionsEndpoint(app, {
      port: 0,
      publicKey: signer.publicKeyHex,
      applicationId: APPLICATION_ID,
      apiBase: discord.apiBase,
      limits: LIMITS,
    });
    url = `${endpoint.url}/interactions`;
    port = endpoint.port;
  });

  afterAll(async () => {
    await endpoint?.stop();
    await discord?.close();
  });

  const signed = (body: string) => discord.deliver(url, body, signer.headers(body));
  const levelAtLeast = (level: number) => logs.lines.filter((l) => Number(l.level) >= level);

  /** A raw connection, for what no well-behaved client sends: it resolves with what the server said once it closed the connection. */
  function raw(send: (socket: net.Socket) => void): { closed: Promise<string>; socket: net.Socket; heard(): string } {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let heard = '';
    socket.on('data', (d: Buffer) => (heard += d.toString()));
    socket.on('error', () => undefined);
    socket.on('connect', () => send(socket));
    return { socket, heard: () => heard, closed: new Promise((resolve) => socket.on('close', () => resolve(heard))) };
  }
  const head = (length: number) => `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('logs a failed deferred reply without the interaction token, the request body or the file', async () => {
    const body = JSON.stringify(discord.issue({ name: 'chart2' }));
    const { id, token } = JSON.parse(body) as { id: string; token: string };
    discord.failNext((c) => c.route === 'original.edit' && c.interactionId === id, { status: 404, unknown: 'webhook' });
    expect((await signed(body)).json).toEqual({ type: 5 });
    const line = await waitFor(() => logs.lines.find((l) => l.msg === 'could not deliver a reply' && l.interaction === id), 'the failure in the log');
    expect(JSON.stringify(line)).toContain('/webhooks/1300000000000000001/[redacted]/messages/@original');
    for (const text of logs.raw) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(encodeURIComponent(token));
      // The attachment was a PNG: neither its bytes as a list of numbers nor the request body are written.
      expect(text).not.toMatch(/"data":\[|requestBody|payload_json|iVBOR/);
      expect(text.length).toBeLessThan(4000);
    }
  });

  it("redacts an interaction token in any URL an error carries (the gateway's callback route too), and never logs a request body", () => {
    const { log, raw } = captureLog('debug');
    const error = Object.assign(new Error('Unknown interaction'), {
      url: 'https://discord.com/api/v10/interactions/1300000000000000999/aW50ZXJhY3Rpb24.secret-token_x/callback?with_response=false',
      method: 'POST',
      status: 404,
      requestBody: { files: [{ name: 'chart.png', data: Buffer.alloc(64, 7) }], json: { type: 4, data: { content: 'private words' } } },
    });
    log.warn({ err: error, interaction: '1300000000000000999' }, 'could not answer interaction');
    expect(raw.join('\n')).toContain('/interactions/1300000000000000999/[redacted]/callback');
    expect(raw.join('\n')).not.toMatch(/secret-token|private words|requestBody|chart\.png/);
  });

  it('cuts a body sent a byte at a time at its deadline, with 408', async () => {
    const { socket, closed } = raw((s) => s.write(`${head(100)}{`));
    // Another byte now and then, as the attacker did, never the whole body.
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    const heard = await closed;
    clearInterval(drip);
    expect(heard).toMatch(/^HTTP\/1\.1 408 /);
    expect(levelAtLeast(50)).toEqual([]);
  });

  it('cuts a connection whose headers never end', async () => {
    const { socket, closed } = raw((s) => s.write('POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
    await closed;
    clearInterval(drip);
  });

  it('refuses connections past the cap, and serves again once the slow ones are cut', async () => {
    // Each asks to continue: the server's "100 Continue" says it has taken the connection.
    const held = Array.from({ length: LIMITS.maxConnections }, () => raw((s) => s.write(head(100).replace('\r\n\r\n', '\r\nExpect: 100-continue\r\n\r\n'))));
    await waitFor(() => held.every((h) => h.heard().includes('100 Continue')), 'the server to hold every connection');
    const extra = raw(() => undefined);
    // Past the cap the server closes a new connection at once, having read nothing from it.
    expect(await extra.closed).toBe('');
    for (const h of held) await h.closed;
    expect((await signed(JSON.stringify(discord.issue({ name: 'about' })))).status).toBe(200);
  });

  it('logs a client hanging up mid-body at debug, never as an error', async () => {
    const before = logs.lines.filter((l) => l.msg === 'client disconnected before its request was complete').length;
    for (let i = 0; i < 20; i++) {
      const { socket, closed } = raw((s) => s.write(`${head(1000)}{"type":`, () => setImmediate(() => s.destroy())));
      await closed;
      void socket;
    }
    await waitFor(
      () => logs.lines.filter((l) => l.msg === 'client disconnected before its request was complete').length >= before + 20,
      'the disconnects logged',
    );
    expect(logs.lines.filter((l) => l.msg === 'client disconnected before its request was complete').every((l) => l.level === 20)).toBe(true);
    expect(levelAtLeast(50)).toEqual([]);
  });

  it('refuses a replayed request with 409, and runs nothing for it', async () => {
    const body = JSON.stringify(discord.issue({ name: 'about' }));
    expect((await signed(body)).status).toBe(200);
    const before = logs.lines.filter((l) => l.msg === 'interaction').length;
    expect(await signed(body)).toMatchObject({ status: 409, json: { error: 'interaction already received' } });
    expect(logs.lines.filter((l) => l.msg === 'interaction').length).toBe(before);
  });

  it('accepts any token up to 500 characters and percent-encodes it into the REST path', async () => {
    const token = `tök/en?#%20 ${'🙂'.repeat(4)}\\"&=`.padEnd(500, 'x');
    const body = JSON.stringify(discord.issue({ name: 'chart2', token }));
    const { id } = JSON.parse(body) as { id: string };
    expect((await signed(body)).json).toEqual({ type: 5 });
    const edit = await discord.waitFor(() => discord.callsFor(id, 'original.edit').find((c) => c.status === 200), 'the edit at the encoded path');
    expect(edit.rawPath).toBe(`/webhooks/${APPLICATION_ID}/${encodeURIComponent(token)}/messages/@original`);
    const tooLong = JSON.stringify(discord.issue({ name: 'about', token: 'x'.repeat(501) }));
    expect((await signed(tooLong)).status).toBe(400);
  });
});
