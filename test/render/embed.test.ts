/** Every reply of every command stays inside Discord's limits and pings no one. */
import { describe, expect, it } from 'vitest';
import { responseProblems } from '../../src/discord/validate.js';
import { buildEmbed, fitTotal, reply, truncate } from '../../src/render/embed.js';
import { escapeMarkdown } from '../../src/discord/markdown.js';
import { LIMITS } from '../../src/discord/limits.js';
import { dispatch } from '../../src/interactions/dispatch.js';
import { silentLogger } from '../../src/log.js';
import { ask, InteractionType, testApp } from '../support/app.js';

const NASTY = [
  '@everyone',
  '<@&123456789012345678>',
  '<@!1>',
  '**bold** __u__ ~~s~~ ||spoiler||',
  '```js\nboom\n```',
  '> quote',
  '# heading',
  '‮right-to-left‬',
  'zero\u200bwidth',
  '😀👩‍👩‍👧',
  '杨秀珠'.repeat(30),
  'x'.repeat(200),
];

describe('Discord limits and mentions', async () => {
  const app = await testApp();
  const lines = [
    ...app.registry.list.flatMap((c) => c.examples),
    ...[2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2100].map((y) => `/year year:${y}`),
    ...app.store.current().cases.map((c) => `/case name:${c.name}`),
    ...NASTY.flatMap((text) => [`/case name:${text}`, `/search query:${text}`]),
    ...['fugitives', 'money', 'both'].map((m) => `/stats metric:${m}`),
    ...[2014, 2015, 2018, 2019, 2020, 2021, 1999].map((y) => `/timeline year:${y}`),
    ...[2015, 2016, 2019, 2021, 2022, 2023, 2024, 2025, 2030].map((y) => `/year year:${y} usd:true`),
    ...NASTY.flatMap((text) => [`/cases country:${text.slice(0, 40)}`, `/cases outcome:${text.slice(0, 40)}`]),
    ...['/cases', '/cases list100:true', '/cases list100:false year:2019', '/compare a:2015 b:2023', '/compare a:2022 b:2024'],
  ];

  it.each(lines)('%s', async (line) => {
    const response = await ask(line);
    expect(responseProblems(response)).toEqual([]);
    expect(response.type === 4 && response.data.allowed_mentions).toEqual({ parse: [] });
  });

  // Chinese labels are longer in characters for some fields and shorter for others: the same limits hold.
  it.each(app.registry.list.flatMap((c) => c.examples))('%s (zh-CN)', async (line) => {
    expect(responseProblems(await ask(line, 'zh-CN'))).toEqual([]);
  });

  it('keeps autocomplete to 25 choices of 1–100 characters', async () => {
    for (const command of app.registry.list.filter((c) => c.autocomplete)) {
      const option = command.definition.options!.find((o) => 'autocomplete' in o && o.autocomplete)!;
      for (const typed of ['', 'a', 'yang', '20', ...NASTY]) {
        const { response } = await app.handle({
          type: InteractionType.Autocomplete,
          commandName: command.definition.name,
          options: [{ name: option.name, type: option.type, value: typed, focused: true }],
        });
        expect(responseProblems(response), `${command.definition.name} "${typed}"`).toEqual([]);
      }
    }
  });
});

describe('building replies within the limits', () => {
  it('cuts every part of an embed to its limit', () => {
    const long = 'a'.repeat(10_000);
    const embed = buildEmbed({ title: long, description: long, footer: long, fields: Array.from({ length: 30 }, () => ({ name: long, value: long })) });
    expect(embed.title).toHaveLength(LIMITS.embedTitle);
    expect(embed.description).toHaveLength(LIMITS.embedDescription);
    expect(embed.fields).toHaveLength(LIMITS.embedFields);
    expect(embed.fields![0]!.value).toHaveLength(LIMITS.fieldValue);
  });

  it('keeps all embeds of a message within 6000 characters together', () => {
    const r = reply({
      embeds: [{ title: 't', description: 'd'.repeat(4000), fields: Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) })) }],
    });
    expect(responseProblems({ type: 4, data: r })).toEqual([]);
    const embeds = fitTotal(r.embeds!);
    expect(embeds).toEqual(r.embeds);
  });

  it('closes a code block it cuts', () => {
    const cut = truncate(`\`\`\`\n${'line\n'.repeat(400)}\`\`\``, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect((cut.match(/```/g) ?? []).length).toBe(2);
  });

  it('escapes markdown so text shows as typed', () => {
    expect(escapeMarkdown('**x** _y_ `z` [a](b) <@1>')).toBe('\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\[a\\](b) \\<@1\\>');
  });

  it('turns a failing command into a short private message and keeps going', async () => {
    const app = await testApp();
    const broken = {
      ...app.registry.list[0]!,
      run: () => {
        throw new Error('boom');
      },
    };
    const registry = { get: (name: string) => (name === 'boom' ? broken : app.registry.get(name)), list: app.registry.list } as typeof app.registry;
    const deps = { registry, data: () => app.store.current(), log: silentLogger };
    const failed = await dispatch({ type: InteractionType.ApplicationCommand, commandName: 'boom' }, deps);
    expect(failed.response).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('failed') } });
    expect(JSON.stringify(failed.response)).not.toContain('boom\n');
    const next = await dispatch({ type: InteractionType.ApplicationCommand, commandName: 'stats' }, deps);
    expect(next.response?.type === 4 && next.response.data.embeds?.[0]?.title).toContain('Sky Net in figures');
  });

  it('answers an unknown command or malformed options with a private message', async () => {
    const app = await testApp();
    for (const incoming of [
      { type: InteractionType.ApplicationCommand, commandName: 'nope' },
      { type: InteractionType.ApplicationCommand, commandName: 'year', options: 'not a list' },
      { type: InteractionType.ApplicationCommand, commandName: 'year', options: [{ name: 'year', type: 4, value: 'abc' }] },
      { type: InteractionType.ApplicationCommand, commandName: 'year', options: [{ name: 'bogus', type: 4, value: 1 }] },
      { type: InteractionType.ApplicationCommand, commandName: 'year', options: [] },
      { type: InteractionType.ApplicationCommand, commandName: 'case', options: [{ name: 'name', type: 3, value: 'x'.repeat(101) }] },
    ] as const) {
      const { response } = await app.handle(incoming);
      expect(response).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
      expect(responseProblems(response)).toEqual([]);
    }
  });
});
