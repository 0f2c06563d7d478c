/**
 * `npm start` in the terminal and `npm run ask` load only what they use: they
 * answer without prom-client, the cooldown's limiter, Redis or discord.js, a
 * tenth of a second off the first answer (`npm run bench`, start-up). With
 * METRICS_PORT the terminal counts and serves its commands as any other mode does.
 * Node's own module log (NODE_DEBUG=module) names every CommonJS package the
 * process loads, which all of these are.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../support/app.js';
import { copyOfData, removeDataCopies, startBot, waitFor } from '../support/running.js';

afterAll(removeDataCopies);

/** Packages only a server uses; the terminal must not pay for loading them. */
const SERVER_ONLY = /node_modules\/(prom-client|rate-limiter-flexible|ioredis|discord\.js|@discordjs\/[a-z-]+|discord-api-types)\//;

const YEAR_ANSWER = /2019/;

describe('an answer in the terminal (npm start, npm run ask)', () => {
  it('answers without loading what only a server uses', async () => {
    const bot = startBot({ NODE_DEBUG: 'module', DATA_DIR: copyOfData(), DATA_WATCH: 'false' });
    bot.type('/year year:2019');
    await bot.until(waitFor(() => YEAR_ANSWER.test(bot.stdout()) && bot.stdout().includes('fugitives'), 'the answer to /year'));
    await bot.stop();
    // The module log is there to be read: a run without it would pass this test for nothing.
    expect(bot.logs()).toMatch(/node_modules\/pino\//);
    expect(bot.logs().match(SERVER_ONLY)?.[0]).toBeUndefined();
  });

  it('npm run ask answers without loading them either', async () => {
    const result = await run([path.join(ROOT, 'src/cli/ask.ts'), '/year year:2019', '--json'], { env: { NODE_DEBUG: 'module' } });
    expect(result.code).toBe(0);
    expect(JSON.stringify(JSON.parse(result.stdout))).toMatch(YEAR_ANSWER);
    expect(result.stderr).toMatch(/node_modules\/pino\//);
    expect(result.stderr.match(SERVER_ONLY)?.[0]).toBeUndefined();
  });

  it('with METRICS_PORT, counts its commands and serves them', async () => {
    const bot = startBot({ METRICS_PORT: '0', DATA_DIR: copyOfData(), DATA_WATCH: 'false' });
    try {
      const { port } = await bot.logLine((l) => l.msg === 'metrics at GET /metrics');
      bot.type('/year year:2019');
      const series = 'skynet_interactions_total{interaction="command",command="year",outcome="ok"} 1';
      const text = await bot.until(
        waitFor(async () => {
          const body = await (await fetch(`http://127.0.0.1:${String(port)}/metrics`)).text();
          return body.split('\n').includes(series) && body;
        }, 'the command counted'),
      );
      expect(text).toContain('process_cpu_seconds_total');
    } finally {
      await bot.stop();
    }
  });
});
