/**
 * What every way of running the bot needs: configuration, the data, the
 * command files, a logger, and the dispatcher that ties them together.
 */
import { loadCommands, type CommandRegistry } from './registry/registry.js';
import type { Config } from './config/env.js';
import type { Dataset } from './dataset/dataset.js';
import { DataStore } from './dataset/store.js';
import { Cooldown } from './interactions/cooldown.js';
import { dispatch } from './interactions/dispatch.js';
import { createHandler } from './interactions/handle.js';
import type { Bot } from './interactions/bot.js';
import { InFlight } from './interactions/inFlight.js';
import { createReplayGuard } from './interactions/replay.js';
import { createLogger, type Logger, type LoggerOptions } from './log.js';
import { uncounted, type Metrics, type MetricsOptions } from './metrics/metrics.js';
import { DEFAULT_DATA_DIR } from './paths.js';
import { openSharedState, type SharedState } from './state/shared.js';

export interface App extends Bot {
  config: Config;
  store: DataStore;
  /** Redis when REDIS_URL is set, else memory: where the cooldown and the replay guard keep their counts. */
  shared: SharedState;
  /** Stops running new interactions (shutdown); those in flight carry on. */
  close(): void;
  /** Draws in the background what commands keep ready for the data now served (the charts); settles when done. */
  warm(): Promise<void>;
  /** Lets go of outside connections (Redis) once nothing is in flight. */
  release(): Promise<void>;
}

export interface AppOptions {
  /** Count commands against the per-user budget (default true; the terminal has one user and no need). */
  cooldown?: boolean;
  /** Commands other than those in commands/, for tests that need a command of their own. */
  registry?: CommandRegistry;
  /**
   * Connect to REDIS_URL when it is set (default true). The terminal and `npm run ask` serve one
   * person in one process: nothing to share, and no connection to hold a one-shot run open.
   */
  shared?: boolean;
  /** A bot that keeps serving (`npm start`), not a one-shot answer: see OpenOptions in src/dataset/store.ts. */
  serving?: boolean;
  /**
   * Keep metrics (default true). Off where nobody could read them (the terminal without
   * METRICS_PORT): prom-client is then not even loaded, a tenth of a second off the first answer.
   */
  counted?: boolean;
}

async function metricsFor(options: MetricsOptions, counted: boolean): Promise<Metrics> {
  if (!counted) return uncounted;
  const { createMetrics } = await import('./metrics/prometheus.js');
  return createMetrics(options);
}

/** The logger for a configuration: its level, and the token scrubbed from every line. */
export function loggerFor(config: Config, destination?: LoggerOptions['destination']): Logger {
  return createLogger(config.LOG_LEVEL, { secrets: [config.DISCORD_TOKEN, config.REDIS_URL], ...(destination ? { destination } : {}) });
}

/**
 * For a person at a screen (the interactive console, `npm run ask`), where log
 * lines would land among the replies: warnings and errors only, unless
 * LOG_LEVEL was set (in the environment or .env).
 */
export function screenLoggerFor(config: Config): Logger {
  return loggerFor(process.env.LOG_LEVEL === undefined ? { ...config, LOG_LEVEL: 'warn' } : config);
}

/** Runs each command's `warm` on `data`, one after another so the warming never crowds out the interactions. */
async function warmCommands(registry: CommandRegistry, data: Dataset, log: Logger): Promise<void> {
  const started = performance.now();
  for (const command of registry.list) {
    if (!command.warm) continue;
    try {
      await command.warm(data);
    } catch (error) {
      log.warn({ err: error, command: command.definition.name }, 'could not prepare in the background; it will be drawn when asked');
    }
  }
  // Once per start and reload: says when the charts are drawn, so a load test can wait for a steady state.
  log.info({ data: data.meta.version, ms: Math.round(performance.now() - started) }, 'ready in the background');
}

export async function createApp(config: Config, log: Logger = loggerFor(config), options: AppOptions = {}): Promise<App> {
  const [store, registry, shared] = await Promise.all([
    DataStore.open(config.DATA_DIR ?? DEFAULT_DATA_DIR, { serving: options.serving ?? false }),
    options.registry ?? loadCommands(),
    openSharedState(options.shared === false ? undefined : config.REDIS_URL, log),
  ]);
  const deps = { registry, data: () => store.current(), log };
  const inFlight = new InFlight();
  // Process metrics only when someone will read them: this process, the cluster's primary or the shard manager serves them.
  const metrics = await metricsFor(
    { commands: registry.list.map((c) => c.definition.name), processMetrics: config.METRICS_PORT !== undefined },
    options.counted ?? true,
  );
  metrics.serving(store.current().meta.version);
  metrics.sharing(() => shared.sharing);
  const cooldown = await Cooldown.open({ commands: options.cooldown === false ? 0 : config.COOLDOWN_COMMANDS, seconds: config.COOLDOWN_SECONDS, shared });
  const handler = createHandler({ dispatch: (incoming) => dispatch(incoming, deps), cooldown, inFlight, log, metrics });
  return {
    config,
    store,
    registry,
    log,
    inFlight,
    shared,
    metrics,
    replays: createReplayGuard(shared),
    handle: handler.handle,
    close: handler.close,
    warm: () => warmCommands(registry, store.current(), log),
    release: () => shared.close(),
  };
}
