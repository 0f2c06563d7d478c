/**
 * `npm run deploy-commands` against the Discord double: the definitions it
 * sends are the command files', and the double (checking Discord's rules on
 * its own, not with the bot's checker) accepts them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from '../double/discordDouble.js';
import { APPLICATION_ID, GUILD_ID } from '../double/interactions.js';
import { ROOT, run, testApp } from '../support/app.js';

const app = await testApp();

let discord: DiscordDouble;

beforeAll(async () => {
  discord = await DiscordDouble.start();
});

afterAll(async () => {
  await discord?.close();
});

describe('npm run deploy-commands against the double', () => {
  const deploy = (env: NodeJS.ProcessEnv) =>
    run([path.join(ROOT, 'src/cli/deployCommands.ts')], { env: { DISCORD_TOKEN: 'any-token-the-double-accepts', DISCORD_API_BASE: discord.apiBase, ...env } });

  it('registers every command for one guild, and Discord accepts every definition', async () => {
    const result = await deploy({ DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const put = discord.calls.find((c) => c.method === 'PUT' && c.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.status).toBe(200);
    expect(put?.authorized).toBe(true);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(app.registry.definitions())));
    expect(result.stdout).toContain(`Registered ${app.registry.definitions().length} commands for guild ${GUILD_ID}`);
    expect(result.stdout).toContain('"Check facts" (on messages), "Find cases" (on messages)');
    // The commands on a message's menu go as Discord requires them: type 3, no description, no options.
    const onMessages = ((put?.body ?? []) as { type?: number; name: string; description?: unknown; options?: unknown }[]).filter((c) => c.type === 3);
    expect(onMessages.map((c) => c.name)).toEqual(['Check facts', 'Find cases']);
    for (const c of onMessages) {
      expect(c.description).toBeUndefined();
      expect(c.options).toBeUndefined();
    }
  });

  it('registers globally, looking the application up from the token when its id is not set', async () => {
    const result = await deploy({});
    expect(result.code).toBe(0);
    const routes = discord.calls.slice(-2).map((c) => `${c.method} ${c.path} ${c.status}`);
    expect(routes).toEqual(['GET /applications/@me 200', `PUT /applications/${APPLICATION_ID}/commands 200`]);
  });
});

describe("the double's own check of Discord's rules for definitions", () => {
  const register = async (body: unknown) => {
    const res = await fetch(`${discord.apiBase}/v10/applications/${APPLICATION_ID}/commands`, {
      method: 'PUT',
      headers: { authorization: 'Bot x', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as { code?: number; errors?: unknown } };
  };

  it.each([
    ['an upper-case name', { name: 'Year', description: 'd' }, { '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } }],
    ['a name with a space', { name: 'sky net', description: 'd' }, { '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } }],
    [
      'a description over 100 characters',
      { name: 'year', description: 'd'.repeat(101) },
      { '0': { description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } },
    ],
    ['an empty description', { name: 'year', description: '' }, { '0': { description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } }],
    [
      '26 options',
      { name: 'year', description: 'd', options: Array.from({ length: 26 }, (_, i) => ({ name: `o${i}`, description: 'd', type: 3 })) },
      { '0': { options: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
    ],
    [
      '26 choices',
      {
        name: 'year',
        description: 'd',
        options: [{ name: 'y', description: 'd', type: 4, choices: Array.from({ length: 26 }, (_, i) => ({ name: `${i}`, value: i })) }],
      },
      { '0': { options: { '0': { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    ],
    [
      'choices with autocomplete',
      { name: 'case', description: 'd', options: [{ name: 'name', description: 'd', type: 3, autocomplete: true, choices: [{ name: 'a', value: 'a' }] }] },
      { '0': { options: { '0': { autocomplete: { _errors: [{ code: 'APPLICATION_COMMAND_AUTOCOMPLETE_INCOMPATIBLE_WITH_CHOICES' }] } } } } },
    ],
    [
      'a required option after an optional one',
      {
        name: 'year',
        description: 'd',
        options: [
          { name: 'a', description: 'd', type: 3 },
          { name: 'b', description: 'd', type: 3, required: true },
        ],
      },
      { '0': { options: { '1': { _errors: [{ code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID' }] } } } },
    ],
    [
      'more than 4000 characters in all',
      {
        name: 'big',
        description: 'd',
        options: Array.from({ length: 25 }, (_, i) => ({
          name: `option-${i}`.padEnd(32, 'x'),
          description: 'd'.repeat(100),
          type: 3,
          choices: Array.from({ length: 5 }, (_, c) => ({ name: `choice ${c}`, value: `v${c}`.padEnd(10, 'v') })),
        })),
      },
      { '0': { _errors: [{ code: 'APPLICATION_COMMAND_TOO_LARGE' }] } },
    ],
    [
      'a message command with a description',
      { type: 3, name: 'Check facts', description: 'd' },
      { '0': { description: { _errors: [{ code: 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION' }] } } },
    ],
    [
      'a message command with options',
      { type: 3, name: 'Check facts', options: [{ name: 'a', description: 'd', type: 3 }] },
      { '0': { options: { _errors: [{ code: 'APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS' }] } } },
    ],
    [
      'a message command named with 33 characters',
      { type: 3, name: 'C'.repeat(33) },
      { '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } },
    ],
  ])('refuses %s with 400 Invalid Form Body, naming the field', async (_what, definition, errors) => {
    const { status, json } = await register([definition]);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 50035, errors });
  });

  it('refuses a sixth message command, and takes a message command named like a slash command', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ type: 3, name: `Check ${i}` }));
    expect(await register(six)).toMatchObject({ status: 400, json: { code: 50035 } });
    expect(
      (
        await register([
          { name: 'check', description: 'd' },
          { type: 3, name: 'check' },
        ])
      ).status,
    ).toBe(200);
  });

  it("accepts the bot's own definitions", async () => {
    expect((await register(app.registry.definitions())).status).toBe(200);
  });
});
