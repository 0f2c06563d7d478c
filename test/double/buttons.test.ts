/**
 * The Discord double's side of buttons, checked on its own (no bot): what it
 * accepts and refuses must be what Discord would, or an end-to-end test could
 * pass on an answer Discord drops. Calls go to its REST routes as discord.js
 * sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from './discordDouble.js';
import { APPLICATION_ID, DEFAULT_USER_ID, type InteractionPayload } from './interactions.js';

let discord: DiscordDouble;
beforeAll(async () => {
  discord = await DiscordDouble.start();
});
afterAll(() => discord?.close());

async function callback(interaction: InteractionPayload, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${discord.apiBase}/v10/interactions/${interaction.id}/${interaction.token}/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const row = (...buttons: { custom_id: string; disabled?: boolean }[]) => [
  { type: 1, components: buttons.map((b) => ({ type: 2, style: 2, label: b.custom_id, disabled: false, ...b })) },
];

/** A command answered with a message holding two buttons; returns that message's id. */
async function messageWithButtons(): Promise<string> {
  const command = discord.issue({ name: 'cases' });
  expect(
    (await callback(command, { type: 4, data: { content: 'page 1', components: row({ custom_id: 'next' }, { custom_id: 'previous', disabled: true }) } }))
      .status,
  ).toBe(204);
  return discord.originalMessage(command.id)!.id;
}

describe('the Discord double and buttons', () => {
  it('sends a press as Discord does: type 3, the custom_id, the whole message, who pressed', async () => {
    const messageId = await messageWithButtons();
    const press = discord.issuePress({ messageId, customId: 'next', userId: '1300000000000000999' });
    expect(press).toMatchObject({
      type: 3,
      data: { custom_id: 'next', component_type: 2 },
      message: { id: messageId, content: 'page 1' },
      member: { user: { id: '1300000000000000999' } },
    });
  });

  it('only lets a user press a button that is there and enabled, on a message of the bot', async () => {
    const messageId = await messageWithButtons();
    expect(() => discord.issuePress({ messageId, customId: 'elsewhere' })).toThrow(/has no button/);
    expect(() => discord.issuePress({ messageId, customId: 'previous' })).toThrow(/disabled/);
    expect(() => discord.issuePress({ messageId: '1', customId: 'next' })).toThrow(/no message/);
  });

  it('updates the message the button is on for a type 7, checked as an edit; the press itself makes no message', async () => {
    const messageId = await messageWithButtons();
    const before = discord.messageById(messageId)!;
    const press = discord.issuePress({ messageId, customId: 'next' });
    expect((await callback(press, { type: 7, data: { embeds: [{ title: 'x'.repeat(257) }] } })).status).toBe(400);
    expect(discord.messageById(messageId)).toEqual(before);
    expect((await callback(press, { type: 7, data: { content: 'page 2' } })).status).toBe(204);
    expect(discord.messageById(messageId)).toMatchObject({ content: 'page 2', components: before.components, edited_timestamp: expect.any(String) });
    expect(discord.originalMessage(press.id)!.id).toBe(messageId);
    expect((await callback(press, { type: 7, data: { content: 'page 3' } })).json).toMatchObject({ code: 40060 });
  });

  it('after a type 6, editing @original edits the message the button is on', async () => {
    const messageId = await messageWithButtons();
    const press = discord.issuePress({ messageId, customId: 'next' });
    expect((await callback(press, { type: 6 })).status).toBe(204);
    const res = await fetch(`${discord.apiBase}/v10/webhooks/${APPLICATION_ID}/${press.token}/messages/@original`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'edited later' }),
    });
    expect(res.status).toBe(200);
    expect(discord.messageById(messageId)!.content).toBe('edited later');
  });

  it('refuses UPDATE_MESSAGE (7) and DEFERRED_UPDATE_MESSAGE (6) for a command, autocomplete results (8) for a press, and anything but 8 for autocomplete', async () => {
    const invalidType = { json: { code: 50035, errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID' }] } } } };
    for (const type of [6, 7])
      expect(await callback(discord.issue({ name: 'year' }), { type, data: { content: 'x' } })).toMatchObject({ status: 400, ...invalidType });
    const press = discord.issuePress({ messageId: await messageWithButtons(), customId: 'next' });
    expect(await callback(press, { type: 8, data: { choices: [] } })).toMatchObject({ status: 400, ...invalidType });
    for (const type of [4, 5, 7])
      expect(await callback(discord.issue({ name: 'case', type: 4 }), { type, data: { content: 'x' } })).toMatchObject({ status: 400, ...invalidType });
  });

  it("answers a press with a private message (type 4, flag 64) as a new message, leaving the button's message as it was", async () => {
    const messageId = await messageWithButtons();
    const before = discord.messageById(messageId)!;
    const press = discord.issuePress({ messageId, customId: 'next', userId: '1300000000000000998' });
    expect((await callback(press, { type: 4, data: { content: 'not yours', flags: 64 } })).status).toBe(204);
    expect(discord.messageById(messageId)).toEqual(before);
    expect(discord.originalMessage(press.id)).toMatchObject({
      content: 'not yours',
      flags: 64,
      interaction_metadata: { type: 3, user: { id: '1300000000000000998' } },
    });
    expect(before).toMatchObject({ interaction_metadata: { type: 2, user: { id: DEFAULT_USER_ID } } });
  });
});
