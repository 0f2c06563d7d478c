/**
 * INTERACTIONS_WORKERS > 1: the HTTP endpoint served by that many processes
 * sharing its one port, so it uses every core. A Node process runs its
 * JavaScript on one core, and the endpoint is bound by CPU (about half of
 * each request is the Ed25519 signature check, most of the rest node:http:
 * README, "Speed at any size"), so more processes is the only way to more
 * answers a second on one machine. The endpoint keeps no state between
 * requests (page buttons carry theirs in the custom_id), so each worker runs
 * the ordinary HTTP mode unchanged (src/main.ts, src/modes/start.ts, serve.ts).
 *
 * node:cluster does the sharing. The primary holds the listening socket and
 * hands each new connection to a worker in turn (round-robin, Node's default
 * except on Windows). A worker's `listen()` asks the primary for the socket,
 * which keeps one per address and port, so every worker gets the same one, and
 * with INTERACTIONS_PORT=0 the same port that the first listen picked ("each
 * worker will receive the same 'random' port each time they do listen(0)":
 * https://nodejs.org/docs/latest-v20.x/api/cluster.html#how-it-works; the
 * key is address:port:type:fd:index in lib/internal/cluster/primary.js
 * `queryServer`, where index counts listens in the worker, so 0 for each
 * worker's first). Were every worker gone at once, a port 0 would be chosen
 * afresh; a fixed port stays.
 *
 * The primary loads no data and answers nothing. It:
 * - says `interactions endpoint listening` with the port once, when every worker serves;
 * - forwards SIGTERM and SIGINT: each worker shuts down gracefully (src/modes/shutdown.ts),
 *   answering what is in flight, and the primary exits 0 only if every serving worker exited 0
 *   within SHUTDOWN_TIMEOUT_SECONDS (and a moment to exit); a second signal kills them at once;
 * - forwards SIGHUP (reload the data) to every worker;
 * - starts a new worker when one dies while the bot is not shutting down, waiting longer after
 *   each worker that dies soon after its start, so one that cannot start does not spin. A worker
 *   dying before the endpoint is first up means the bot cannot start (invalid data, port taken;
 *   the worker has said why): everything stops with exit code 1, as a single process would.
 *
 * Signals sent to every process (Ctrl-C at a terminal, to the process group; systemd, by default)
 * reach every worker directly as well as through the primary. So a worker takes a repeated
 * SIGTERM/SIGINT as the same request (src/modes/serve.ts), and only the primary turns a second
 * signal into "stop now".
 *
 * Memory is per process: each worker holds its own copy of the data. The per-user cooldown
 * and the replay guard are per process too unless REDIS_URL is set (src/state/): without it,
 * with N workers a user's budget is up to N times COOLDOWN_COMMANDS (the same holds for several
 * instances). With METRICS_PORT the primary serves every worker's metrics, summed.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import { serveMetrics } from '../metrics/server.js';

/** What a worker sends once its signal handlers are in place: from then on a signal cannot kill it half-started. */
const SERVING = 'skynet:serving';

/** Time for the workers to exit once their own shutdown bound has passed. */
const EXIT_GRACE_MS = 1000;

export interface Backoff {
  /** Wait before starting a worker in place of one that ran a long time. */
  firstMs: number;
  /** The longest wait, however many workers died young in a row. */
  maxMs: number;
  /** A worker that ran less than this died young: the next wait doubles. */
  youngMs: number;
}

export const RESTART_BACKOFF: Backoff = { firstMs: 500, maxMs: 30_000, youngMs: 30_000 };

/** The wait before the next start, after `diedYoung` workers in a row died soon after starting. */
export function restartDelay(diedYoung: number, backoff: Backoff = RESTART_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** diedYoung);
}

/** This process should run the workers rather than the bot. */
export function isClusterPrimary(config: Config): boolean {
  return cluster.isPrimary && config.INTERACTIONS_PORT !== undefined && config.INTERACTIONS_WORKERS > 1;
}

export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** Called by serve() once it handles signals, so the primary may send them. */
export function tellPrimaryServing(): void {
  if (cluster.isWorker) process.send?.({ cmd: SERVING });
}

/** Runs the workers until they are stopped, and with METRICS_PORT serves their metrics summed; resolves with the exit code. */
export async function runClusterPrimary(config: Config, log: Logger, backoff: Backoff = RESTART_BACKOFF): Promise<number> {
  // prom-client is loaded only for METRICS_PORT: every `npm start` imports this module, the terminal included.
  const metrics =
    config.METRICS_PORT === undefined
      ? undefined
      : await serveMetrics((await import('../metrics/aggregate.js')).clusterSource(), config.METRICS_PORT, config.METRICS_HOST, log);
  try {
    return await runWorkers(config, log, backoff);
  } finally {
    await metrics?.close();
  }
}

function runWorkers(config: Config, log: Logger, backoff: Backoff): Promise<number> {
  const size = config.INTERACTIONS_WORKERS;
  const shutdownMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  const startedAt = new Map<Worker, number>();
  const ports = new Map<Worker, number>();
  /** Workers whose signal handlers are in place. Signals go to these only: a worker still starting would die of one. */
  const serving = new Set<Worker>();
  const restarts = new Set<NodeJS.Timeout>();
  let announcedPort: number | undefined;
  let diedYoung = 0;
  let lastHangup = -Infinity;
  let stopping: { signal: NodeJS.Signals; failed: boolean; bound: NodeJS.Timeout } | undefined;
  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const alive = (): Worker[] => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
  const about = (worker: Worker) => ({ worker: worker.id, pid: worker.process.pid });

  function fork(): void {
    const worker = cluster.fork();
    startedAt.set(worker, performance.now());
    // A signal to a process that has just died, or a message it can no longer take, must not take the primary down.
    worker.on('error', (error: Error) => log.warn({ err: error, ...about(worker) }, 'worker error'));
    log.debug(about(worker), 'worker starting');
  }

  function onListening(worker: Worker, address: { port: number }): void {
    ports.set(worker, address.port);
  }

  function onMessage(worker: Worker, message: unknown): void {
    if ((message as { cmd?: unknown } | null)?.cmd !== SERVING) return;
    serving.add(worker);
    if (stopping) {
      worker.process.kill(stopping.signal);
      return;
    }
    // A reload asked for while it was starting: it may have read the files before they changed.
    if (startedAt.get(worker)! < lastHangup) worker.process.kill('SIGHUP');
    const port = ports.get(worker);
    if (announcedPort === undefined) {
      if (serving.size < size) return;
      announcedPort = port;
      log.info(
        { port, host: config.INTERACTIONS_HOST ?? '127.0.0.1', workers: size, pids: [...serving].map((w) => w.process.pid) },
        'interactions endpoint listening',
      );
      return;
    }
    log.info({ ...about(worker), port }, 'worker serving in place of one that stopped');
    if (port !== announcedPort) log.warn({ port, previous: announcedPort }, 'every worker had stopped, and the endpoint now listens on another port');
  }

  function onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    const wasServing = serving.delete(worker);
    const ranMs = performance.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    ports.delete(worker);
    if (stopping) {
      // A worker still starting had nothing in flight: however it ended, nothing was cut short.
      if (wasServing && code !== 0) stopping.failed = true;
      log.info({ ...about(worker), code, signal }, 'worker stopped');
      if (alive().length === 0) end(stopping.failed ? 1 : 0);
      return;
    }
    if (announcedPort === undefined) {
      // It has written why (invalid data, the port taken); another would fail the same way.
      log.error({ ...about(worker), code, signal }, 'a worker stopped before the endpoint was up; stopping');
      shutdown('SIGTERM', 'a worker failed to start', true);
      return;
    }
    diedYoung = ranMs < backoff.youngMs ? diedYoung + 1 : 0;
    const delayMs = restartDelay(diedYoung, backoff);
    log.error({ ...about(worker), code, signal, ranMs: Math.round(ranMs), delayMs }, 'worker stopped unexpectedly; starting another');
    const timer = setTimeout(() => {
      restarts.delete(timer);
      fork();
    }, delayMs);
    restarts.add(timer);
  }

  function shutdown(signal: NodeJS.Signals, reason: string, failed = false): void {
    for (const timer of restarts) clearTimeout(timer);
    restarts.clear();
    const bound = setTimeout(() => {
      log.warn({ workers: alive().map(about) }, 'workers still running past the shutdown bound; killing them');
      kill();
      end(1);
    }, shutdownMs + EXIT_GRACE_MS);
    stopping = { signal, failed, bound };
    log.info({ reason, workers: alive().length, timeoutMs: shutdownMs }, 'shutting down the workers');
    // A worker still starting has no handler yet and simply ends (its exit is not counted against the
    // shutdown: it had nothing in flight); one that has just begun serving shuts down gracefully.
    for (const worker of alive()) worker.process.kill(signal);
    if (alive().length === 0) end(failed ? 1 : 0);
  }

  function kill(): void {
    for (const worker of alive()) worker.process.kill('SIGKILL');
  }

  const onSignal = (signal: NodeJS.Signals): void => {
    if (!stopping) {
      shutdown(signal, signal);
      return;
    }
    log.warn({ signal }, 'second signal while shutting down: stopping now');
    kill();
    end(1);
  };
  const onHangup = (): void => {
    lastHangup = performance.now();
    log.info({ workers: serving.size }, 'SIGHUP: every worker reloads the data');
    for (const worker of serving) worker.process.kill('SIGHUP');
  };

  // Every listener this primary adds, so that it removes them all when it ends (Node's listener type: each takes what its event gives).
  // biome-ignore lint/suspicious/noExplicitAny: Node's own type for an event listener, which these are handed to
  const listeners: [NodeJS.EventEmitter, string, (...args: any[]) => void][] = [
    [process, 'SIGTERM', onSignal],
    [process, 'SIGINT', onSignal],
    [process, 'SIGHUP', onHangup],
    [cluster, 'listening', onListening],
    [cluster, 'message', onMessage],
    [cluster, 'exit', onExit],
  ];

  function end(code: number): void {
    if (stopping) clearTimeout(stopping.bound);
    for (const [emitter, event, listener] of listeners) emitter.off(event, listener);
    finish(code);
  }

  for (const [emitter, event, listener] of listeners) emitter.on(event, listener);
  log.info({ workers: size, port: config.INTERACTIONS_PORT }, "starting the HTTP endpoint's workers");
  for (let i = 0; i < size; i++) fork();
  return finished;
}
