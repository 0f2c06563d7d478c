/**
 * What every way of running the bot needs: configuration, the data, the
 * command files, a logger, and the dispatcher that ties them together.
 */
import { loadCommands, type CommandRegistry } from './commands/registry.js';
import type { Config } from './config/env.js';
import { DataStore } from './data/store.js';
import { dispatch, type Dispatched, type Incoming } from './interactions/dispatch.js';
import { createLogger, type Logger } from './log.js';
import { DEFAULT_DATA_DIR } from './paths.js';

export interface App {
  config: Config;
  store: DataStore;
  registry: CommandRegistry;
  log: Logger;
  handle(incoming: Incoming): Promise<Dispatched>;
}

export async function createApp(config: Config, log: Logger = createLogger(config.LOG_LEVEL)): Promise<App> {
  const [store, registry] = await Promise.all([DataStore.open(config.DATA_DIR ?? DEFAULT_DATA_DIR), loadCommands()]);
  const deps = { registry, data: () => store.current(), log };
  return { config, store, registry, log, handle: (incoming) => dispatch(incoming, deps) };
}
