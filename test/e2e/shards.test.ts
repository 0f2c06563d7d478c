/**
 * Gateway sharding (SHARDS, src/modes/shards.ts) against the Discord double
 * serving two shards: `npm start` with SHARDS=auto asks the double for its
 * recommended count (2) and runs one process a shard; each identifies as its
 * shard, and each interaction, sent to the shard of its server as Discord
 * sends it, is answered exactly once. SIGTERM stops both shards and the manager exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from '../double/discordDouble.js';
import { shardOf } from '../double/gateway.js';
import { snowflake } from '../double/ids.js';
import { logLines, startBot, type BotProcess } from '../support/running.js';

/** A server id whose events Discord sends to `shard` of `count`. */
function guildOnShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake(Date.now() - Math.floor(Math.random() * 1e9));
    if (shardOf(id, count) === shard) return id;
  }
}

describe('SHARDS=auto with two shards', () => {
  let discord: DiscordDouble;
  let bot: BotProcess;

  beforeAll(async () => {
    discord = await DiscordDouble.start({ shards: 2 });
    bot = startBot({
      DISCORD_TOKEN: 'any-token-the-double-accepts',
      DISCORD_API_BASE: discord.apiBase,
      SHARDS: 'auto',
      DATA_WATCH: 'false',
      METRICS_PORT: '0',
    });
    await bot.logLine((l) => l.msg === 'every shard connected');
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  it('runs one process a shard, each identified as its shard', async () => {
    const identified = discord.gateway.events.flatMap((e) => (e.kind === 'identify' ? [e.shard] : []));
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const started = logLines(bot.logs()).filter((l) => l.msg === 'shard starting');
    expect(new Set(started.map((l) => l.pid)).size).toBe(2);
  });

  it("answers each interaction exactly once, from the shard of the interaction's server", async () => {
    const sent = [0, 1, 0, 1].map((shard) => ({
      shard,
      payload: discord.interact({ name: 'year', options: [{ name: 'year', type: 4, value: 2019 }], guildId: guildOnShard(shard, 2) }),
    }));
    for (const { payload } of sent) await bot.until(discord.waitFor(() => discord.callbackFor(payload.id), 'the answer'));
    for (const { payload } of sent) {
      // One callback each: a second answer would be refused as "already acknowledged".
      expect(discord.callsFor(payload.id, 'callback').map((c) => c.status)).toEqual([204]);
    }
    const lines = logLines(bot.logs()).filter((l) => l.msg === 'interaction' && l.command === 'year');
    expect(lines.map((l) => l.shard).sort()).toEqual([0, 0, 1, 1]);
  });

  it('skips a dispatch it has already answered (a duplicate), and says so', async () => {
    const payload = discord.interact({ name: 'about', guildId: guildOnShard(1, 2) });
    await bot.until(discord.waitFor(() => discord.callbackFor(payload.id), 'the answer'));
    discord.gateway.dispatchInteraction(payload);
    const skipped = await bot.logLine((l) => l.msg === 'skipped a duplicate dispatch: this interaction was already received');
    expect(skipped).toMatchObject({ interaction: payload.id, shard: 1 });
    expect(discord.callsFor(payload.id, 'callback')).toHaveLength(1);
  });

  it("serves both shards' metrics, summed, from the manager", async () => {
    const { port } = await bot.logLine((l) => l.msg === 'metrics at GET /metrics');
    const text = await (await fetch(`http://127.0.0.1:${String(port)}/metrics`)).text();
    const count = (series: string) =>
      Number(
        text
          .split('\n')
          .find((l) => l.startsWith(`${series} `))
          ?.split(' ')[1],
      );
    expect(count('skynet_interactions_total{interaction="command",command="year",outcome="ok"}')).toBe(4);
    expect(count('skynet_replays_refused_total{transport="gateway"}')).toBe(1);
  });

  it('stops both shards on SIGTERM and exits 0', async () => {
    bot.signal('SIGTERM');
    expect(await bot.exited).toBe(0);
    const stopped = logLines(bot.logs()).filter((l) => l.msg === 'stopped');
    expect(stopped.map((l) => l.shard).sort()).toEqual([0, 1]);
  });
});
