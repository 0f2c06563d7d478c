/**
 * Where state shared between processes and instances lives: the per-user
 * cooldown and the replay guard. With REDIS_URL set it is that Redis, so two
 * instances behind a load balancer count one budget and refuse one replay;
 * without it (the default) each process keeps its own, in memory.
 *
 * Redis is never allowed to hold an interaction up. The client queues
 * nothing while disconnected (`enableOfflineQueue: false`), a command that
 * has not answered within REDIS_TIMEOUT_MS fails, and every caller then
 * answers from memory (rate-limiter-flexible's insurance limiter, the replay
 * guard's own memory). The client reconnects in the background for as long as
 * the bot runs; sharing resumes when it is back. Each outage is logged once
 * when it starts (a warning) and once when it ends.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../log.js';

/** The longest an interaction waits on one Redis command before the bot answers from memory. */
export const REDIS_TIMEOUT_MS = 300;
/** How long start-up waits for the first connection before serving from memory (and connecting on in the background). */
export const REDIS_START_WAIT_MS = 2000;
/** Reconnection attempts back off to this, and keep going at this pace. */
const MAX_RECONNECT_DELAY_MS = 2000;

export interface SharedState {
  /** The Redis client when REDIS_URL is set; undefined when state is kept in memory. */
  readonly redis: Redis | undefined;
  /** True while Redis answers (always false without one). */
  readonly sharing: boolean;
  /** Told by a caller that answered from memory because Redis did not answer in time. */
  fellBack(reason: string): void;
  close(): Promise<void>;
}

/** State in this process's memory only: no REDIS_URL. */
export const memoryOnly: SharedState = {
  redis: undefined,
  sharing: false,
  fellBack: () => undefined,
  close: async () => undefined,
};

/**
 * Connects to `url` and waits up to REDIS_START_WAIT_MS for it; a Redis that
 * is down at start is an outage like any other: the bot serves from memory
 * and keeps trying.
 */
export async function openSharedState(url: string | undefined, log: Logger): Promise<SharedState> {
  if (!url) return memoryOnly;
  // Loaded only when there is a Redis to talk to: ioredis takes some 80 ms to load, which a bot
  // without REDIS_URL (and every `npm run ask`) need not pay.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: REDIS_TIMEOUT_MS,
    connectTimeout: 1000,
    // A command caught by a dropped connection fails at once rather than waiting for the next one.
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), MAX_RECONNECT_DELAY_MS),
    // Commands issued in the same tick go out as one write: the cheapest way to Redis under load.
    enableAutoPipelining: true,
  });
  let down = false;
  let closing = false;
  const outage = (reason: string) => {
    if (down || closing) return;
    down = true;
    log.warn({ reason }, 'Redis unavailable: the cooldown and the replay guard are per process until it is back');
  };
  redis.on('ready', () => {
    if (!down) return log.info('Redis connected: the cooldown and the replay guard are shared');
    down = false;
    log.info('Redis back: the cooldown and the replay guard are shared again');
  });
  // ioredis reports every failed reconnection here; only the first of an outage is worth a line.
  redis.on('error', (error: Error & { code?: string }) => outage(error.code ?? error.message));
  redis.on('close', () => outage('connection closed'));

  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, REDIS_START_WAIT_MS);
    redis.once('ready', done);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
  });
  if (redis.status !== 'ready') outage('not reachable at start');

  return {
    redis,
    get sharing() {
      return redis.status === 'ready';
    },
    fellBack(reason) {
      outage(reason);
      // Connected but not answering (a stalled server): reconnect, so the next interactions skip it
      // at once (a limiter does not wait on a Redis that is not ready) until it answers again.
      if (redis.status === 'ready') redis.disconnect(true);
    },
    async close() {
      closing = true;
      redis.disconnect();
    },
  };
}
