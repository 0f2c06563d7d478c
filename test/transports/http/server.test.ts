/**
 * The HTTP interactions endpoint as Discord uses it: requests signed with a
 * key pair made for this run, posted to the real server on 127.0.0.1, with
 * the Discord double taking the deferred replies. Forged, stale and oversized
 * requests are refused before any handler runs.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { defineCommand } from '../../../src/kit/command.js';
import { EPHEMERAL } from '../../../src/discord/limits.js';
import { MAX_BODY_BYTES } from '../../../src/transports/http/body.js';
import { startInteractionsEndpoint } from '../../../src/transports/http/server.js';
import { reply } from '../../../src/render/embed.js';
import { DiscordDouble } from '../../double/discordDouble.js';
import { APPLICATION_ID, pingPayload } from '../../double/interactions.js';
import { newSigner, postInteraction } from '../../double/sign.js';
import { ask } from '../../support/app.js';
import { appWith, brokenCommand, fileCommand, gate, PNG_1PX, slowCommand } from '../../e2e/testCommands.js';

/** Counts its runs: a refused request must not reach any handler. */
let runs = 0;
const counted = defineCommand({
  definition: { name: 'counted', description: 'Counts how often it runs' },
  examples: ['/counted'],
  run: () => reply({ content: `run ${++runs}` }),
});

describe('the HTTP interactions endpoint', () => {
  const signer = newSigner();
  const slow = gate();
  const slowFailing = gate();
  let discord: DiscordDouble;
  let app: App;
  let endpoint: Awaited<ReturnType<typeof startInteractionsEndpoint>>;
  let url: string;

  beforeAll(async () => {
    discord = await DiscordDouble.start();
    app = await appWith([
      counted,
      brokenCommand,
      slowCommand('slow', () => slow.opened),
      slowCommand('slowfail', () => slowFailing.opened, true),
      fileCommand('chart'),
      fileCommand('privatechart', true),
    ]);
    endpoint = await startInteractionsEndpoint(app, { port: 0, publicKey: signer.publicKeyHex, applicationId: APPLICATION_ID, apiBase: discord.apiBase });
    url = `${endpoint.url}/interactions`;
  });

  afterAll(async () => {
    await endpoint?.stop();
    await discord?.close();
  });

  const command = (name: string, options?: { name: string; type: number; value: unknown }[]) =>
    JSON.stringify(discord.issue({ name, ...(options ? { options } : {}) }));
  /** Signed and sent as Discord does; `verdict` 204 means Discord would have taken the answer. */
  const signed = (body: string) => discord.deliver(url, body, signer.headers(body));

  it('answers PING with PONG', async () => {
    const ping = JSON.stringify(pingPayload());
    expect(await postInteraction(url, ping, signer.headers(ping))).toEqual({ status: 200, json: { type: 1 } });
  });

  it('answers a command inline with the same payload as the one-shot CLI', async () => {
    const answer = await signed(command('year', [{ name: 'year', type: 4, value: 2019 }]));
    expect(answer).toEqual({ status: 200, json: await ask('/year year:2019'), verdict: 204 });
  });

  it('answers autocomplete inline', async () => {
    const body = JSON.stringify(discord.issue({ name: 'case', type: 4, options: [{ name: 'name', type: 3, value: 'yang', focused: true }] }));
    const { status, json } = await signed(body);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      type: 8,
      data: { choices: expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/Yang Xiuzhu/) })]) },
    });
  });

  describe('refuses with 401, and runs nothing, a request that is', () => {
    const body = () => command('counted');
    // Well outside the 5-minute window: the timestamp is whole seconds and the request takes time to
    // arrive, so 301 s ahead could be 300 s ahead by the time the server reads it on a loaded
    // machine. The exact boundary is tested on the pure check with a fixed clock (signature.test.ts).
    const OUTSIDE_WINDOW_S = 330;
    const refusals: [string, () => Promise<{ status: number }>][] = [
      [
        'tampered with after signing',
        () => {
          const original = body();
          return postInteraction(url, original.replace('"counted"', '"counted" '), signer.headers(original));
        },
      ],
      [
        'signed with another key',
        () => {
          const b = body();
          return postInteraction(url, b, newSigner().headers(b));
        },
      ],
      [
        'missing its signature',
        () => {
          const b = body();
          const { 'x-signature-timestamp': timestamp } = signer.headers(b);
          return postInteraction(url, b, { 'x-signature-timestamp': timestamp! });
        },
      ],
      [
        'missing its timestamp',
        () => {
          const b = body();
          const { 'x-signature-ed25519': signature } = signer.headers(b);
          return postInteraction(url, b, { 'x-signature-ed25519': signature! });
        },
      ],
      ['signed with a malformed signature', () => postInteraction(url, body(), { ...signer.headers(body()), 'x-signature-ed25519': 'not-hex' })],
      [
        'signed with a timestamp that is not a number',
        () => {
          const b = body();
          return postInteraction(url, b, { ...signer.headers(b), 'x-signature-timestamp': 'yesterday' });
        },
      ],
      [
        'signed more than 5 minutes ago (a replay)',
        () => {
          const b = body();
          return postInteraction(url, b, signer.headers(b, Math.floor(Date.now() / 1000) - OUTSIDE_WINDOW_S));
        },
      ],
      [
        'signed more than 5 minutes ahead',
        () => {
          const b = body();
          return postInteraction(url, b, signer.headers(b, Math.floor(Date.now() / 1000) + OUTSIDE_WINDOW_S));
        },
      ],
    ];

    it.each(refusals)('%s', async (_what, send) => {
      const callsBefore = discord.calls.length;
      const runsBefore = runs;
      expect((await send()).status).toBe(401);
      expect(runs).toBe(runsBefore);
      expect(discord.calls.length).toBe(callsBefore);
    });

    it('(and the same request, properly signed, runs once)', async () => {
      const before = runs;
      expect((await signed(body())).status).toBe(200);
      expect(runs).toBe(before + 1);
    });
  });

  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413, whether declared or streamed`, async () => {
    const big = JSON.stringify({ ...JSON.parse(command('counted')), padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await signed(big)).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked', ...signer.headers(big) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 16_384) req.write(big.slice(i, i + 16_384));
      req.end();
    });
    expect(streamed).toBe(413);
  });

  it('answers 400 to a signed body that is not an interaction, and stays up for the next one', async () => {
    expect((await signed('{"type": 2, "data"')).status).toBe(400);
    expect((await signed(JSON.stringify({ type: 2, id: 'x' }))).status).toBe(400);
    expect((await signed(command('year', [{ name: 'year', type: 4, value: 2015 }]))).json).toEqual(await ask('/year year:2015'));
  });

  it('reads the upload limit Discord states for the interaction, and refuses a malformed one with 400', async () => {
    const exportCases = discord.issue({ name: 'export', options: [{ name: 'what', type: 3, value: 'cases' }] });
    const { status, json } = await signed(JSON.stringify({ ...exportCases, attachment_size_limit: 8 * 1024 }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(json)).toMatch(/larger as CSV than the 8 KB this server lets the bot attach/);
    const malformed = { ...discord.issue({ name: 'year', options: [{ name: 'year', type: 4, value: 2019 }] }), attachment_size_limit: -1 };
    expect((await signed(JSON.stringify(malformed))).status).toBe(400);
  });

  it('answers GET /healthz, and refuses other methods and paths', async () => {
    const health = await fetch(`${endpoint.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(`${endpoint.url}/admin`, { method: 'POST' })).status).toBe(404);
  });

  it('answers a handler that throws with a short ephemeral error, and the next request normally', async () => {
    const { json } = await signed(command('broken'));
    const { type, data } = json as { type: number; data: { content: string; flags: number } };
    expect(type).toBe(4);
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).not.toContain('a bug in a handler');
    expect((await signed(command('year', [{ name: 'year', type: 4, value: 2019 }]))).json).toEqual(await ask('/year year:2019'));
  });

  it('defers slow work (type 5) and edits the reply in through the REST API', async () => {
    const body = command('slow');
    const { json } = await signed(body);
    expect(json).toEqual({ type: 5 });
    slow.open();
    const id = (JSON.parse(body) as { id: string }).id;
    const edit = await discord.waitFor(() => discord.callsFor(id, 'original.edit').find((c) => c.status === 200), 'the edit');
    expect(edit.path).toBe(`/webhooks/${APPLICATION_ID}/${(JSON.parse(body) as { token: string }).token}/messages/@original`);
    expect(edit.body).toEqual({ content: '/slow finished after the deferral', allowed_mentions: { parse: [] } });
  });

  it('sends a late failure to the asker alone: the public placeholder is deleted, an ephemeral follow-up sent', async () => {
    const body = command('slowfail');
    expect((await signed(body)).json).toEqual({ type: 5 });
    slowFailing.open();
    const id = (JSON.parse(body) as { id: string }).id;
    const followUp = await discord.waitFor(() => discord.callsFor(id, 'followup').find((c) => c.status === 200), 'the follow-up');
    expect(discord.callsFor(id).map((c) => c.route)).toEqual(['original.delete', 'followup']);
    expect((followUp.body as { flags: number }).flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it.each([
    ['chart', false],
    ['privatechart', true],
  ])('/%s: a reply with a file is deferred, then sent as multipart/form-data (payload_json and files[0])', async (name, ephemeral) => {
    const body = command(name as string);
    expect((await signed(body)).json).toEqual(ephemeral ? { type: 5, data: { flags: EPHEMERAL } } : { type: 5 });
    const id = (JSON.parse(body) as { id: string }).id;
    const edit = await discord.waitFor(() => discord.callsFor(id, 'original.edit').find((c) => c.status === 200), 'the edit with the file');
    expect(edit.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const { response } = await app.handle({ type: 2, commandName: name as string });
    const { flags: _flags, ...data } = (response as { data: { flags?: number } }).data;
    expect(edit.body).toEqual(data);
    expect(edit.files).toEqual([{ field: 'files[0]', name: 'chart.png', type: 'image/png', data: PNG_1PX }]);
  });

  it('retries an edit that meets a 503, and the reply still arrives', async () => {
    const body = command('chart');
    const id = (JSON.parse(body) as { id: string }).id;
    discord.failNext((c) => c.route === 'original.edit' && c.interactionId === id, { status: 503 });
    await signed(body);
    await discord.waitFor(() => discord.callsFor(id, 'original.edit').find((c) => c.status === 200), 'the retried edit');
    expect(discord.callsFor(id, 'original.edit').map((c) => c.status)).toEqual([503, 200]);
  });
});
