/**
 * Graceful shutdown (SIGTERM, SIGINT): stop taking new interactions, let
 * those in flight finish and be answered, then stop the transport (close the
 * gateway, the HTTP listener, the console), all within a bound. Past the
 * bound the transport is stopped anyway, so a stuck handler cannot keep a
 * deploy waiting, and the exit code says that something was cut short.
 */
import type { App } from '../app.js';
import type { Logger } from '../log.js';
import type { Running } from '../transports/running.js';

export interface ShutdownOptions {
  /** The whole shutdown, waiting and stopping, takes at most this long. */
  timeoutMs: number;
  log: Logger;
}

/** Resolves true when `work` settles before `deadline` (performance.now() time), false otherwise. */
async function before(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - performance.now()));
  });
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Returns the exit code: 0 when every interaction in flight was answered and the transport stopped in time, 1 otherwise. */
export async function shutdown(app: Pick<App, 'close' | 'inFlight'>, running: Running, reason: string, options: ShutdownOptions): Promise<number> {
  const { log } = options;
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  app.close();
  const inFlight = app.inFlight.size;
  log.info({ reason, mode: running.mode, inFlight, timeoutMs: options.timeoutMs }, 'shutting down: no new interactions; finishing those in flight');
  const drained = await before(app.inFlight.idle(), deadline);
  if (!drained) log.warn({ abandoned: app.inFlight.size }, 'shutdown bound reached with interactions still in flight; stopping anyway');
  const stopped = await before(
    running.stop().catch((error: unknown) => {
      log.error({ err: error, mode: running.mode }, 'error while stopping');
      throw error;
    }),
    deadline,
  ).catch(() => false);
  if (!stopped) log.warn({ mode: running.mode }, 'the transport did not stop cleanly within the bound');
  const ms = Math.round(performance.now() - started);
  log.info({ reason, answered: inFlight - (drained ? 0 : app.inFlight.size), ms }, 'stopped');
  return drained && stopped ? 0 : 1;
}
