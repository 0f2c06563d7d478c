import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askMessage, testApp } from '../helpers.js';

describe('/help', () => {
  it('lists every command with an example, privately', async () => {
    const data = await askMessage('/help');
    expect(data.flags).toBe(EPHEMERAL);
    const names = data.embeds?.[0]?.fields?.map((f) => f.name);
    const app = await testApp();
    expect(names).toEqual(app.registry.list.map((c) => `/${c.definition.name}`));
    for (const f of data.embeds?.[0]?.fields ?? []) expect(f.value).toMatch(/`\/\w+/);
  });
});
