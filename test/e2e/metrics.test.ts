/**
 * METRICS_PORT as an operator uses it: the bot started as `npm start` starts
 * it, interactions sent through Discord (the double), then GET /metrics read
 * as Prometheus reads it. One process, then two HTTP workers whose metrics the
 * primary sums.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { copyOfData, startBot, type BotProcess } from '../support/running.js';
import { doubleForFile } from './viaDiscord.js';

const signer = newSigner();
const double = doubleForFile();

/** The value of one series in Prometheus's text format (`name{labels} value`), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** The data version the bot says it serves. */
async function served(bot: BotProcess): Promise<string> {
  return String((await bot.logLine((l) => l.msg === 'bot running')).data);
}

async function scrape(port: unknown): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

function endpoint(env: NodeJS.ProcessEnv): BotProcess {
  return startBot({
    INTERACTIONS_PORT: '0',
    METRICS_PORT: '0',
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_BASE: double.discord.apiBase,
    DATA_WATCH: 'false',
    ...env,
  });
}

describe('GET /metrics from one process', () => {
  let bot: BotProcess;
  let url: string;
  let metricsPort: unknown;
  const send = (text: string) => bot.until(double.discord.deliver(url, text, signer.headers(text)));
  const command = (name: string, userId = '1300000000000000601', options?: { name: string; type: number; value: unknown }[]) =>
    JSON.stringify(double.discord.issue({ name, userId, ...(options ? { options } : {}) }));

  beforeAll(async () => {
    bot = endpoint({ COOLDOWN_COMMANDS: '2', COOLDOWN_SECONDS: '600', DATA_DIR: copyOfData() });
    const [listening, metrics] = await Promise.all([
      bot.logLine((l) => l.msg === 'interactions endpoint listening'),
      bot.logLine((l) => l.msg === 'metrics at GET /metrics'),
    ]);
    url = `http://127.0.0.1:${String(listening.port)}/interactions`;
    metricsPort = metrics.port;
    expect(metrics.host).toBe('127.0.0.1');
  });
  afterAll(() => bot?.stop());

  it('counts interactions by command and outcome, cooldown refusals, refused replays, deferrals and the data served', async () => {
    const year = command('year', undefined, [{ name: 'year', type: 4, value: 2019 }]);
    expect((await send(year)).status).toBe(200);
    expect((await send(year)).status).toBe(409);
    expect((await send(command('stats'))).status).toBe(200);
    // Over the budget of 2: the polite message, then nothing.
    expect((await send(command('stats'))).json).toMatchObject({ data: { flags: 64 } });
    expect((await send(command('stats'))).status).toBe(204);
    const typing = JSON.stringify(double.discord.issue({ name: 'case', type: 4, options: [{ name: 'name', type: 3, value: 'yang', focused: true }] }));
    expect((await send(typing)).json).toMatchObject({ type: 8 });
    // A chart is deferred up front and edited in.
    const chart = command('chart', '1300000000000000602', [{ name: 'metric', type: 3, value: 'fugitives' }]);
    expect((await send(chart)).json).toEqual({ type: 5 });
    const id = (JSON.parse(chart) as { id: string }).id;
    await bot.until(double.discord.waitFor(() => double.discord.callsFor(id, 'original.edit').find((c) => c.status === 200), 'the chart'));
    // The edit has gone out; its count lands a moment later, once the REST call has returned.
    let text = '';
    for (let tries = 0; tries < 100 && sample(text, 'skynet_interaction_duration_seconds_count{interaction="command"}') !== 4; tries++)
      text = await scrape(metricsPort);

    expect(sample(text, 'skynet_interactions_total{interaction="command",command="year",outcome="ok"}')).toBe(1);
    expect(sample(text, 'skynet_interactions_total{interaction="command",command="stats",outcome="cooldown"}')).toBe(1);
    expect(sample(text, 'skynet_interactions_total{interaction="command",command="stats",outcome="silenced"}')).toBe(1);
    expect(sample(text, 'skynet_interactions_total{interaction="autocomplete",command="case",outcome="ok"}')).toBe(1);
    expect(sample(text, 'skynet_interactions_total{interaction="command",command="chart",outcome="ok"}')).toBe(1);
    expect(sample(text, 'skynet_cooldown_refusals_total{response="told"}')).toBe(1);
    expect(sample(text, 'skynet_cooldown_refusals_total{response="silenced"}')).toBe(1);
    expect(sample(text, 'skynet_replays_refused_total{transport="http"}')).toBe(1);
    expect(sample(text, 'skynet_deferrals_total{reason="up_front"}')).toBe(1);
    expect(sample(text, 'skynet_late_answers_total')).toBe(0);
    expect(sample(text, 'skynet_handler_duration_seconds_count{interaction="command",command="year"}')).toBe(1);
    expect(sample(text, 'skynet_handler_duration_seconds_bucket{le="+Inf",interaction="command",command="year"}')).toBe(1);
    // year, stats (answer), stats (polite message), chart: answers sent; the silenced one is not.
    expect(sample(text, 'skynet_interaction_duration_seconds_count{interaction="command"}')).toBe(4);
    expect(sample(text, `skynet_data_version_info{version="${await served(bot)}"}`)).toBe(1);
    expect(sample(text, 'skynet_shared_state_up')).toBe(0);
    // Node's own: process and event loop.
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts a forged command name as `other`, so requests cannot add series', async () => {
    expect((await send(JSON.stringify(double.discord.issue({ name: 'no-such-command-x1', userId: '1300000000000000603' })))).status).toBe(200);
    const text = await scrape(metricsPort);
    expect(sample(text, 'skynet_interactions_total{interaction="command",command="other",outcome="invalid"}')).toBe(1);
    expect(text).not.toContain('no-such-command-x1');
  });

  it('counts reloads and says the version now served', async () => {
    bot.signal('SIGHUP');
    await bot.logLine((l) => l.msg === 'data reloaded');
    let text = '';
    for (let tries = 0; tries < 100 && sample(text, 'skynet_data_reloads_total{result="ok"}') !== 1; tries++) text = await scrape(metricsPort);
    expect(sample(text, 'skynet_data_reloads_total{result="ok"}')).toBe(1);
    expect(sample(text, `skynet_data_version_info{version="${await served(bot)}"}`)).toBe(1);
  });

  it('answers nothing but /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${String(metricsPort)}/`)).status).toBe(404);
  });
});

describe('GET /metrics with two HTTP workers', () => {
  it("sums both workers' counts in the primary", async () => {
    const bot = endpoint({ INTERACTIONS_WORKERS: '2' });
    try {
      const [listening, metrics] = await Promise.all([
        bot.logLine((l) => l.msg === 'interactions endpoint listening'),
        bot.logLine((l) => l.msg === 'metrics at GET /metrics'),
      ]);
      const url = `http://127.0.0.1:${String(listening.port)}/interactions`;
      // Sent at once, on as many connections, which the primary hands to the workers in turn.
      const answers = await bot.until(
        Promise.all(
          Array.from({ length: 8 }, () => {
            const text = JSON.stringify(double.discord.issue({ name: 'about' }));
            return double.discord.deliver(url, text, signer.headers(text));
          }),
        ),
      );
      for (const answer of answers) expect(answer.status).toBe(200);
      const workers = new Set(
        bot
          .logs()
          .split('\n')
          .filter((l) => l.includes('"msg":"interaction"') && l.includes('"command":"about"'))
          .map((l) => (JSON.parse(l) as { pid: number }).pid),
      );
      expect(workers.size).toBe(2);
      const text = await scrape(metrics.port);
      expect(sample(text, 'skynet_interactions_total{interaction="command",command="about",outcome="ok"}')).toBe(8);
      // Each worker serves it; the gauge says it once, not once a worker.
      expect(sample(text, `skynet_data_version_info{version="${await served(bot)}"}`)).toBe(1);
    } finally {
      await bot.stop();
    }
  });
});
