/**
 * `npm start`. With INTERACTIONS_PORT set the bot serves Discord's HTTP
 * Interactions Endpoint; else with DISCORD_TOKEN set it connects to Discord's
 * gateway; without either, it runs in the terminal, so a fresh clone works
 * with no setup. `serve` (src/modes/serve.ts) then runs it: graceful shutdown
 * on SIGTERM and SIGINT, data reload on SIGHUP and on edits, stray errors logged.
 * With INTERACTIONS_WORKERS above 1 the HTTP endpoint runs in that many
 * processes on one port (src/modes/cluster.ts); with SHARDS the gateway runs
 * one process a shard (src/modes/shards.ts).
 */
import { createApp, loggerFor, screenLoggerFor } from './app.js';
import { loadConfig } from './config/env.js';
import { nameIndexesWritten } from './dataset/nameSnapshot.js';
import { reportStartupError } from './cli/startupError.js';
import { isClusterPrimary, runClusterPrimary } from './modes/cluster.js';
import { serve } from './modes/serve.js';
import { isShardManager, runShardManager } from './modes/shards.js';
import { isTerminal, startMode } from './modes/start.js';

async function main(): Promise<number> {
  const config = loadConfig();
  // INTERACTIONS_WORKERS > 1: this process runs the workers, and each of them runs the lines below.
  if (isClusterPrimary(config)) return runClusterPrimary(config, loggerFor(config));
  // SHARDS in gateway mode: this process runs one process a shard, and each of them runs the lines below.
  if (isShardManager(config)) return runShardManager(config, loggerFor(config));
  const terminal = isTerminal(config);
  // The terminal has one user, the person running the bot: no cooldown there, so a piped script of many lines runs in full.
  const app = await createApp(config, terminal && process.stdin.isTTY ? screenLoggerFor(config) : loggerFor(config), {
    cooldown: !terminal,
    shared: !terminal,
    serving: true,
    // Nobody reads a terminal's metrics unless it serves them: it then starts without prom-client.
    counted: !terminal || config.METRICS_PORT !== undefined,
  });
  const code = await serve(app, await startMode(app, config));
  // A name index built in this run is kept for the next (a write of moments): piped input can end right after the answer that built it.
  await nameIndexesWritten();
  return code;
}

main().then(
  // Exit explicitly: an open standard input or a socket left behind must not keep a stopped bot alive.
  (code) => process.exit(code),
  // Exit explicitly here too: a cluster worker's channel to the primary would keep it alive.
  (error: unknown) => process.exit(reportStartupError(error)),
);
