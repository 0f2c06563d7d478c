/**
 * Two instances of the HTTP endpoint behind one load balancer, sharing a real
 * Redis (REDIS_URL): one cooldown budget per user between them, a replay to
 * the other instance refused with 409 before any handler runs, answers that
 * carry on while Redis is down (from memory, one warning for the outage), and
 * sharing again once Redis is back. Each instance is the real app and the real
 * endpoint, as `npm start` builds them, in this process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { CommandRegistry, loadCommands } from '../../src/registry/registry.js';
import { defineCommand } from '../../src/kit/command.js';
import { loadConfig } from '../../src/config/env.js';
import { reply } from '../../src/render/embed.js';
import { startInteractionsEndpoint } from '../../src/transports/http/server.js';
import { DiscordDouble } from '../double/discordDouble.js';
import { APPLICATION_ID } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { startRedis, type RedisServer } from '../support/redisServer.js';
import { captureLog, waitFor, type CapturedLog } from '../support/running.js';

/** Counts its runs across both instances: a refused replay must not run it. */
let runs = 0;
const counted = defineCommand({
  definition: { name: 'counted', description: 'Counts how often it runs' },
  examples: ['/counted'],
  run: () => reply({ content: `run ${++runs}` }),
});

interface Instance {
  app: App;
  url: string;
  logs: CapturedLog;
  stop(): Promise<void>;
}

describe('two instances sharing one Redis', () => {
  const signer = newSigner();
  let redis: RedisServer;
  let discord: DiscordDouble;
  let instances: [Instance, Instance];

  async function instance(): Promise<Instance> {
    const logs = captureLog('info');
    const registry = new CommandRegistry([...(await loadCommands()).list, counted]);
    const config = loadConfig({ REDIS_URL: redis.url, COOLDOWN_COMMANDS: '3', COOLDOWN_SECONDS: '600' });
    const app = await createApp(config, logs.log, { registry });
    const endpoint = await startInteractionsEndpoint(app, { port: 0, publicKey: signer.publicKeyHex, applicationId: APPLICATION_ID, apiBase: discord.apiBase });
    return {
      app,
      url: `${endpoint.url}/interactions`,
      logs,
      async stop() {
        await endpoint.stop();
        await app.release();
      },
    };
  }

  beforeAll(async () => {
    redis = await startRedis();
    discord = await DiscordDouble.start();
    instances = [await instance(), await instance()];
  });

  afterAll(async () => {
    for (const i of instances ?? []) await i.stop();
    await discord?.close();
    await redis?.close();
  });

  const body = (userId: string, name = 'counted') => JSON.stringify(discord.issue({ name, userId }));
  const deliver = (to: Instance, text: string) => discord.deliver(to.url, text, signer.headers(text));
  /** What a reporter sees for each of `count` commands sent in turn to one instance and the other. */
  async function alternate(userId: string, count: number): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      const answer = await deliver(instances[i % 2]!, body(userId));
      const json = answer.json as { type?: number; data?: { content?: string; flags?: number } } | undefined;
      seen.push(answer.status === 204 ? 'nothing' : json?.data?.flags === 64 ? 'please wait' : 'answer');
    }
    return seen;
  }

  it('counts one budget for a user whose commands alternate between them', async () => {
    expect(await alternate('1300000000000000401', 6)).toEqual(['answer', 'answer', 'answer', 'please wait', 'nothing', 'nothing']);
    // Each instance gave an answer of its own: the budget was shared, not the work.
    for (const i of instances) expect(i.logs.lines.filter((l) => l.msg === 'interaction' && l.outcome === 'ok').length).toBeGreaterThan(0);
  });

  it('refuses with 409 a replay sent to the other instance, and runs nothing', async () => {
    const text = body('1300000000000000402');
    expect(await deliver(instances[0], text)).toMatchObject({ status: 200, verdict: 204 });
    const before = runs;
    const replay = await deliver(instances[1], text);
    expect(replay.status).toBe(409);
    expect(runs).toBe(before);
    // And to the same instance.
    expect((await deliver(instances[0], text)).status).toBe(409);
    expect(instances[1].logs.lines.some((l) => l.msg === 'refused a replay: this interaction was already received')).toBe(true);
  });

  it('keeps answering while Redis is down, with one warning for the outage, and shares again once it is back', async () => {
    const warnings = (i: Instance) => i.logs.lines.filter((l) => String(l.msg).startsWith('Redis unavailable')).length;
    const before = instances.map(warnings);
    await redis.stop();
    // Every request answered, from memory, while Redis is away.
    for (let i = 0; i < 6; i++)
      expect((await deliver(instances[i % 2]!, body(`13000000000000005${String(i).padStart(2, '0')}`))).json).toMatchObject({ type: 4 });
    expect(instances.map(warnings)).toEqual(before.map((n) => n + 1));

    await redis.start();
    for (const i of instances)
      await waitFor(() => i.logs.lines.some((l) => l.msg === 'Redis back: the cooldown and the replay guard are shared again'), 'the instance to reconnect');
    expect(await alternate('1300000000000000403', 5)).toEqual(['answer', 'answer', 'answer', 'please wait', 'nothing']);
    // One warning for the one outage, however many reconnection attempts failed meanwhile.
    expect(instances.map(warnings)).toEqual(before.map((n) => n + 1));
  });
});
