/**
 * SHARDS=auto or SHARDS=N (gateway mode): discord.js's ShardingManager runs
 * the bot as one process per shard, each holding one gateway connection and
 * answering the interactions of its share of servers (Discord sends a guild's
 * events to shard `(guild_id >> 22) % count`). Discord requires sharding from
 * 2,500 servers on; a process a shard also spreads the work over the cores.
 *
 * This process, the manager, answers nothing. It:
 * - asks Discord (GET /gateway/bot, through DISCORD_API_BASE when set) for the
 *   recommended shard count (`auto`) and how many shards may identify at once,
 *   and starts the shards that far apart (Discord allows max_concurrency
 *   identifies per 5 seconds);
 * - runs each shard as `npm start` runs the bot, the same entry and Node
 *   arguments (`--import tsx`), so each shard is the ordinary gateway mode;
 *   discord.js tells each its id and the count (SHARDS, SHARD_COUNT);
 * - restarts a shard that dies (discord.js's `respawn`);
 * - passes SIGHUP on (every shard reloads the data), and SIGTERM/SIGINT: each
 *   shard shuts down gracefully (src/modes/serve.ts), answering what it has in
 *   flight; the manager exits 0 when every shard did, within
 *   SHUTDOWN_TIMEOUT_SECONDS and a second to exit, else kills them and exits 1;
 * - with METRICS_PORT, serves every shard's metrics summed (src/metrics/aggregate.ts).
 */
import { ChildProcess } from 'node:child_process';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Shard } from 'discord.js';
import { isShardProcess, type Config } from '../config/env.js';
import type { Logger } from '../log.js';
import { serveMetrics, type MetricsSource } from '../metrics/server.js';

/** Discord's identify window: max_concurrency identifies per this many milliseconds. */
const IDENTIFY_WINDOW_MS = 5000;
/** A shard must be connected within this after it starts, or the start has failed. */
const SHARD_READY_TIMEOUT_MS = 60_000;
const EXIT_GRACE_MS = 1000;

/** This process should run the shards rather than the bot. */
export function isShardManager(config: Config): boolean {
  return config.SHARDS !== undefined && Boolean(config.DISCORD_TOKEN) && config.INTERACTIONS_PORT === undefined && !isShardProcess();
}

interface GatewayAdvice {
  shards: number;
  maxConcurrency: number;
}

async function gatewayAdvice(token: string, apiBase: string | undefined): Promise<GatewayAdvice> {
  // Loaded here, not at start: discord.js takes a few hundred milliseconds to load, and Discord's API
  // types (51 modules) tens, which every `npm start` imports this module for (the terminal included).
  const [{ REST }, { Routes }] = await Promise.all([import('@discordjs/rest'), import('discord-api-types/v10')]);
  const rest = new REST({ version: '10', ...(apiBase ? { api: apiBase } : {}) }).setToken(token);
  const answer = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: answer.shards, maxConcurrency: Math.max(1, answer.session_start_limit.max_concurrency) };
}

/** The shards' metrics summed, for METRICS_PORT: prom-client is loaded only then (every `npm start` imports this module). */
async function summedOver(children: () => readonly ChildProcess[]): Promise<MetricsSource> {
  const { childProcessesSource } = await import('../metrics/aggregate.js');
  return childProcessesSource(children);
}

/** Starts the shards and runs them until they are stopped; resolves with the exit code. */
export async function runShardManager(config: Config, log: Logger, entry: string = process.argv[1] ?? ''): Promise<number> {
  const token = config.DISCORD_TOKEN ?? '';
  const advice = await gatewayAdvice(token, config.DISCORD_API_BASE);
  const count = config.SHARDS === 'auto' ? advice.shards : (config.SHARDS ?? 1);
  const { ShardingManager } = await import('discord.js');
  const manager = new ShardingManager(entry, { totalShards: count, token, mode: 'process', respawn: true, execArgv: process.execArgv });
  const children = (): ChildProcess[] => [...manager.shards.values()].flatMap((s: Shard) => (s.process ? [s.process] : []));
  const exits: (number | null)[] = [];
  let stopping: NodeJS.Signals | undefined;

  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) => {
      if (!(child instanceof ChildProcess)) return;
      log.info({ shard: shard.id, pid: child.pid }, 'shard starting');
      child.once('exit', (code, signal) => {
        if (stopping) exits.push(code);
        else log.error({ shard: shard.id, pid: child.pid, code, signal }, 'shard stopped unexpectedly; starting another');
      });
    });
  });

  const metrics = config.METRICS_PORT === undefined ? undefined : await serveMetrics(await summedOver(children), config.METRICS_PORT, config.METRICS_HOST, log);
  log.info({ shards: count, recommended: advice.shards }, 'starting the gateway shards');
  try {
    await manager.spawn({ amount: count, delay: Math.ceil(IDENTIFY_WINDOW_MS / advice.maxConcurrency), timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    // A shard that cannot connect (bad data, a refused token) would fail again: stop them all.
    log.error({ err: error }, 'a shard failed to start; stopping');
    manager.respawn = false;
    for (const child of children()) child.kill('SIGKILL');
    await metrics?.close();
    return 1;
  }
  log.info({ shards: count, pids: children().map((c) => c.pid) }, 'every shard connected');

  const code = await new Promise<number>((resolve) => {
    let bound: NodeJS.Timeout | undefined;
    const end = (code: number) => {
      clearTimeout(bound);
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.off('SIGHUP', onHangup);
      resolve(code);
    };
    const killAll = () => {
      for (const child of children()) child.kill('SIGKILL');
    };
    function onSignal(signal: NodeJS.Signals) {
      if (stopping) {
        log.warn({ signal }, 'second signal while shutting down: stopping now');
        killAll();
        return end(1);
      }
      stopping = signal;
      manager.respawn = false;
      const live = children();
      log.info({ reason: signal, shards: live.length }, 'shutting down the shards');
      if (live.length === 0) return end(0);
      let left = live.length;
      for (const child of live) {
        child.once('exit', () => {
          if (--left === 0) end(exits.every((c) => c === 0) ? 0 : 1);
        });
        child.kill(signal);
      }
      bound = setTimeout(
        () => {
          log.warn({ shards: children().map((c) => c.pid) }, 'shards still running past the shutdown bound; killing them');
          killAll();
          end(1);
        },
        config.SHUTDOWN_TIMEOUT_SECONDS * 1000 + EXIT_GRACE_MS,
      );
    }
    function onHangup() {
      log.info({ shards: children().length }, 'SIGHUP: every shard reloads the data');
      for (const child of children()) child.kill('SIGHUP');
    }
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    process.on('SIGHUP', onHangup);
  });
  await metrics?.close();
  return code;
}
