/**
 * Runs a started mode until it ends, with everything a long-running bot
 * needs around it: SIGTERM and SIGINT shut it down gracefully (a second one
 * stops at once), SIGHUP and edits in the data folder reload the data,
 * and stray errors are logged instead of taking the bot down where that is
 * safe. Returns the exit code for `main`.
 */
import type { App } from '../app.js';
import { isShardProcess } from '../config/env.js';
import { createReloader } from '../dataset/reloader.js';
import { watchDataFolder } from '../dataset/watch.js';
import { isClusterWorker, tellPrimaryServing } from './cluster.js';
import { guardProcess } from './guards.js';
import type { Running } from '../transports/running.js';
import { shutdown } from './shutdown.js';

export interface ServeOptions {
  /** Called on a second SIGTERM/SIGINT while shutting down; process.exit by default. */
  exit?: (code: number) => void;
}

export async function serve(app: App, running: Running, options: ServeOptions = {}): Promise<number> {
  const { log, config } = app;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const reloader = createReloader(app.store, log);
  // Charts and the like are drawn in the background for the data now served, so the first to ask does not wait.
  const warm = () => void (running.mode === 'terminal' ? undefined : app.warm());
  const reload = async (reason: string) => {
    const result = await reloader.reload(reason);
    app.metrics.reloaded(result.ok);
    if (result.ok) {
      app.metrics.serving(result.version);
      warm();
    }
  };
  const watcher = config.DATA_WATCH ? watchDataFolder(app.store.current().dir, (files) => void reload(`changed: ${files.join(', ')}`), { log }) : undefined;

  let stopping: Promise<number> | undefined;
  let wake!: () => void;
  const woken = new Promise<void>((resolve) => (wake = resolve));
  const stop = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = shutdown(app, running, reason, { timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000, log }).then((c) => Math.max(c, code));
    wake();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A cluster worker or a shard hears a signal to the process group twice (directly and through
      // the primary or manager): only that one decides a second one means now (cluster.ts, shards.ts).
      if (isClusterWorker() || isShardProcess()) return;
      log.warn({ signal }, 'second signal while shutting down: stopping now');
      exit(1);
      return;
    }
    stop(signal);
  };
  const onHangup = () => void reload('SIGHUP');
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', onHangup);
  const unguard = guardProcess(log, () => stop('uncaught exception', 1));
  tellPrimaryServing();
  log.info({ mode: running.mode, data: app.store.current().meta.version, watching: Boolean(watcher) }, 'bot running');
  warm();

  try {
    await Promise.race([running.done, woken]);
    // Ended on its own (end of piped input): nothing left in flight to wait for.
    return stopping ? await stopping : 0;
  } finally {
    watcher?.close();
    await app.release();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('SIGHUP', onHangup);
    unguard();
  }
}
