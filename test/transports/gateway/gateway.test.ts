/**
 * The gateway's side of buttons and deferral, with the real discord.js
 * classes: an interaction built from the JSON Discord sends, answered through
 * discord.js's REST client, which is pointed at a recorder on 127.0.0.1
 * (nothing leaves the machine). Issue 3's Discord double covers the whole
 * gateway; this checks only what the button and `defer` code paths send.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButtonInteraction, ChatInputCommandInteraction, type Client } from 'discord.js';
import { createClient, handleInteraction } from '../../../src/transports/gateway/gateway.js';
import { encodePageId } from '../../../commands/cases/pageId.js';
import { testApp } from '../../support/app.js';

interface Call {
  method: string;
  url: string;
  body: string;
  raw: Buffer;
}

// discord.js keeps these constructors to itself; the tests build interactions from Discord's JSON as it does.
const Button = ButtonInteraction as unknown as new (client: Client, data: unknown) => ButtonInteraction;
const Command = ChatInputCommandInteraction as unknown as new (client: Client, data: unknown) => ChatInputCommandInteraction;

let server: http.Server;
let client: Client;
const calls: Call[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      calls.push({ method: req.method ?? '', url: req.url ?? '', body: raw.toString('utf8'), raw });
      // As Discord does: a callback answers 204 with no body; a message edit answers with the message.
      if (req.url?.includes('/callback')) res.writeHead(204).end();
      else
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1', channel_id: '2', content: '', embeds: [], attachments: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = createClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`);
});

afterAll(async () => {
  await client.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const base = (id: string, userId: string) => ({
  id,
  application_id: '900',
  token: `token-${id}`,
  version: 1,
  channel_id: '2',
  user: { id: userId, username: 'reporter', discriminator: '0', avatar: null, global_name: null },
  locale: 'en-US',
  app_permissions: '0',
  entitlements: [],
  authorizing_integration_owners: {},
  context: 0,
});

function button(id: string, customId: string, userId: string): ButtonInteraction {
  const message = {
    id: '55',
    channel_id: '2',
    author: { id: '900', username: 'bot', discriminator: '0', avatar: null },
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    components: [],
  };
  return new Button(client, { ...base(id, userId), type: 3, message, data: { custom_id: customId, component_type: 2 } });
}

function command(id: string, name: string, options: { name: string; type: number; value: unknown }[]): ChatInputCommandInteraction {
  return new Command(client, { ...base(id, '111'), type: 2, data: { id: '77', name, type: 1, options } });
}

const callsFor = (id: string) => calls.filter((c) => c.url.includes(`/interactions/${id}/`) || c.url.includes(`/token-${id}/`));

describe('buttons and deferral through discord.js', () => {
  it('answers a page button with UPDATE_MESSAGE (type 7) carrying the next page', async () => {
    const app = await testApp();
    await handleInteraction(button('501', encodePageId({ filter: {}, page: 1, owner: '111', issuedAt: Date.now() }), '111'), app);
    const [callback] = callsFor('501');
    expect(callback?.url).toBe('/api/v10/interactions/501/token-501/callback?with_response=false');
    const body = JSON.parse(callback!.body);
    expect(body.type).toBe(7);
    expect(body.data.embeds[0].description).toBe('73 cases · page 2 of 15');
    expect(body.data.components[0].components.map((c: { label: string }) => c.label)).toEqual(['◀ Previous', 'Next ▶']);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers someone else's press with a private message (type 4, flag 64)", async () => {
    const app = await testApp();
    await handleInteraction(button('502', encodePageId({ filter: {}, page: 1, owner: '111', issuedAt: Date.now() }), '222'), app);
    const body = JSON.parse(callsFor('502')[0]!.body);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('Only the person who ran this /cases');
  });

  it('defers /chart at once (type 5), then sends the PNG by editing the reply', async () => {
    const app = await testApp();
    await handleInteraction(command('503', 'chart', [{ name: 'metric', type: 3, value: 'fugitives' }]), app);
    const [defer, edit] = callsFor('503');
    expect(JSON.parse(defer!.body)).toMatchObject({ type: 5 });
    expect(edit?.method).toBe('PATCH');
    expect(decodeURIComponent(edit!.url)).toBe('/api/v10/webhooks/900/token-503/messages/@original');
    expect(edit?.body).toContain('filename="skynet-fugitives-bar.png"');
    expect(edit!.raw.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(true);
  });
});
