import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/discord/limits.js';
import { askMessage, testApp } from '../support/app.js';

describe('/help', () => {
  it('lists every command with an example, privately, and the commands on a message with how to reach them', async () => {
    const data = await askMessage('/help');
    expect(data.flags).toBe(EPHEMERAL);
    const names = data.embeds?.[0]?.fields?.map((f) => f.name);
    const app = await testApp();
    expect(names).toEqual([...app.registry.list.map((c) => `/${c.definition.name}`), 'Apps › Check facts (on a message)', 'Apps › Find cases (on a message)']);
    for (const f of data.embeds?.[0]?.fields ?? []) expect(f.value).toMatch(/`\/\w+/);
    expect(data.embeds?.[0]?.description).toContain('right-click (or long-press), then Apps');
  });

  it('speaks Chinese to a zh-CN reader, message commands by their Chinese names', async () => {
    const fields = (await askMessage('/help', 'zh-CN')).embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toContain('应用 › 核查事实（作用于消息）');
    expect(fields.find((f) => f.name.includes('查找案件'))?.value).toContain('/message find-cases');
  });
});
