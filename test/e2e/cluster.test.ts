/**
 * The HTTP endpoint on every core (INTERACTIONS_WORKERS, src/modes/cluster.ts),
 * started as users start it, against the Discord double: one port answered by
 * more than one worker process, SIGHUP reaching every worker, a worker that
 * dies replaced, and SIGTERM answering a reply in flight before exiting 0.
 * The bot runs with the test-only commands (test/fixtures/botWithTestCommands.ts,
 * which starts as src/main.ts does): `/slow` answers only once its process got SIGTERM.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { DATA_VERSION, ROOT } from '../support/app.js';
import { RESTART_BACKOFF, restartDelay } from '../../src/modes/cluster.js';
import { copyOfData } from '../support/running.js';
import { doubleForFile } from './viaDiscord.js';
import { startBot, type BotProcess } from '../support/running.js';
import { slowReplyAcrossSigterm } from './slowShutdown.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/botWithTestCommands.ts');
const signer = newSigner();
const LISTENING = 'interactions endpoint listening';

const double = doubleForFile();

function startCluster(env: NodeJS.ProcessEnv, entry = FIXTURE): BotProcess {
  return startBot(
    {
      INTERACTIONS_PORT: '0',
      INTERACTIONS_WORKERS: '2',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: double.discord.apiBase,
      DATA_WATCH: 'false',
      ...env,
    },
    entry,
  );
}

function logLines(bot: BotProcess): Record<string, unknown>[] {
  return bot
    .logs()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('the HTTP endpoint with two worker processes', () => {
  const data = copyOfData();
  let bot: BotProcess;
  let url: string;
  let pids: number[];

  /** `count` /about commands at once, so they arrive on as many connections, which the primary hands out in turn. */
  async function askAbout(count: number): Promise<string[]> {
    const answers = await bot.until(
      Promise.all(
        Array.from({ length: count }, () => {
          const body = JSON.stringify(double.discord.issue({ name: 'about' }));
          return double.discord.deliver(url, body, signer.headers(body));
        }),
      ),
    );
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, json: { type: 4 }, verdict: 204 });
    return answers.map((a) => JSON.stringify(a.json));
  }

  const answeredBy = (): Set<unknown> =>
    new Set(
      logLines(bot)
        .filter((l) => l.msg === 'interaction' && l.command === 'about')
        .map((l) => l.pid),
    );

  beforeAll(async () => {
    bot = startCluster({ DATA_DIR: data });
    const listening = await bot.logLine((l) => l.msg === LISTENING);
    url = `http://127.0.0.1:${String(listening.port)}/interactions`;
    pids = listening.pids as number[];
  });
  afterAll(() => bot?.stop());

  it('serves one port from more than one process, announced once', async () => {
    expect(pids).toHaveLength(2);
    expect(new Set(pids).size).toBe(2);
    await askAbout(8);
    expect(answeredBy()).toEqual(new Set(pids));
    // Each worker listened on that same port; only the primary says the endpoint is listening.
    const workers = logLines(bot).filter((l) => l.msg === 'worker listening');
    expect(workers.map((l) => l.pid).sort()).toEqual([...pids].sort());
    expect(new Set(workers.map((l) => l.port))).toEqual(new Set([new URL(url).port].map(Number)));
    expect(logLines(bot).filter((l) => l.msg === LISTENING)).toHaveLength(1);
  });

  it('sends SIGHUP on to every worker, and each serves the edited data', async () => {
    const meta = path.join(data, 'meta.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(`"version": "${DATA_VERSION}"`, '"version": "2026-12-24.1"'));
    bot.signal('SIGHUP');
    for (const pid of pids) await bot.logLine((l) => l.msg === 'data reloaded' && l.pid === pid && l.version === '2026-12-24.1' && l.reason === 'SIGHUP');
    for (const answer of await askAbout(6)) expect(answer).toContain('2026-12-24.1');
  });

  it('starts another worker when one dies, and keeps answering on the same port', async () => {
    const [victim, survivor] = pids;
    process.kill(victim!, 'SIGKILL');
    expect(await bot.logLine((l) => l.msg === 'worker stopped unexpectedly; starting another')).toMatchObject({ pid: victim, signal: 'SIGKILL' });
    const replacement = await bot.logLine((l) => l.msg === 'worker serving in place of one that stopped');
    expect(replacement.port).toBe(Number(new URL(url).port));
    pids = [survivor!, replacement.pid as number];
    // The new worker read the data folder as it now is.
    for (const answer of await askAbout(8)) expect(answer).toContain('2026-12-24.1');
    expect(answeredBy()).toContain(replacement.pid);
  });

  it('on SIGTERM answers the reply in flight, stops every worker and exits 0', async () => {
    const { code, edit } = await slowReplyAcrossSigterm(bot, double.discord, url, signer);
    expect(code).toBe(0);
    expect(edit?.status).toBe(200);
    expect(JSON.stringify(edit?.body)).toContain('slow answer, sent during the shutdown');
    const stopped = logLines(bot).filter((l) => l.msg === 'worker stopped');
    expect(stopped.map((l) => l.pid).sort()).toEqual([...pids].sort());
    expect(stopped.every((l) => l.code === 0)).toBe(true);
  });
});

describe('starting a worker in place of one that died', () => {
  it('waits longer after each that died soon after its start, up to a ceiling, so a broken start does not spin', () => {
    const waits = Array.from({ length: 9 }, (_, diedYoung) => restartDelay(diedYoung));
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(Math.max(...waits)).toBe(RESTART_BACKOFF.maxMs);
  });
});

describe('two worker processes that cannot start', () => {
  it('stop the bot with exit code 1 and the reason, rather than starting again and again', async () => {
    const data = copyOfData();
    writeFileSync(path.join(data, 'years.json'), '{');
    const bot = startCluster({ DATA_DIR: data }, path.join(ROOT, 'src/main.ts'));
    expect(await bot.exited).toBe(1);
    expect(bot.logs()).toContain('The data is invalid, so the bot will not serve it');
    expect(bot.logs()).not.toContain(LISTENING);
    expect(logLines(bot).filter((l) => l.msg === 'worker stopped unexpectedly; starting another')).toEqual([]);
  });
});
