/**
 * What every way of running the bot needs: configuration, the data, the
 * command files, a logger, and the dispatcher that ties them together.
 */
import { loadCommands, type CommandRegistry } from './registry/registry.js';
import type { Config } from './config/env.js';
import { DataStore } from './dataset/store.js';
import { Cooldown } from './interactions/cooldown.js';
import { dispatch, type Dispatched, type Incoming } from './interactions/dispatch.js';
import { createHandler } from './interactions/handle.js';
import type { Bot } from './interactions/bot.js';
import { InFlight } from './interactions/inFlight.js';
import { createLogger, type Logger, type LoggerOptions } from './log.js';
import { DEFAULT_DATA_DIR } from './paths.js';

export interface App extends Bot {
  config: Config;
  store: DataStore;
  /** Stops running new interactions (shutdown); those in flight carry on. */
  close(): void;
}

export interface AppOptions {
  /** Count commands against the per-user budget (default true; the terminal has one user and no need). */
  cooldown?: boolean;
  /** Commands other than those in commands/, for tests that need a command of their own. */
  registry?: CommandRegistry;
}

/** The logger for a configuration: its level, and the token scrubbed from every line. */
export function loggerFor(config: Config, destination?: LoggerOptions['destination']): Logger {
  return createLogger(config.LOG_LEVEL, { secrets: [config.DISCORD_TOKEN], ...(destination ? { destination } : {}) });
}

/**
 * For a person at a screen (the interactive console, `npm run ask`), where log
 * lines would land among the replies: warnings and errors only, unless
 * LOG_LEVEL was set (in the environment or .env).
 */
export function screenLoggerFor(config: Config): Logger {
  return loggerFor(process.env.LOG_LEVEL === undefined ? { ...config, LOG_LEVEL: 'warn' } : config);
}

export async function createApp(config: Config, log: Logger = loggerFor(config), options: AppOptions = {}): Promise<App> {
  const [store, registry] = await Promise.all([DataStore.open(config.DATA_DIR ?? DEFAULT_DATA_DIR), options.registry ?? loadCommands()]);
  const deps = { registry, data: () => store.current(), log };
  const inFlight = new InFlight();
  const cooldown = new Cooldown({ commands: options.cooldown === false ? 0 : config.COOLDOWN_COMMANDS, windowMs: config.COOLDOWN_SECONDS * 1000 });
  const handler = createHandler({ dispatch: (incoming) => dispatch(incoming, deps), cooldown, inFlight, log });
  return { config, store, registry, log, inFlight, handle: handler.handle, close: handler.close };
}
