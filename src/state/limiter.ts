/**
 * A points-per-window counter (rate-limiter-flexible), kept in Redis when the
 * bot shares state and in memory otherwise, with one API either way. The
 * Redis limiter's `insuranceLimiter` answers from memory whenever Redis does
 * not (down, not ready yet, or slower than REDIS_TIMEOUT_MS): the library's
 * own answer to "Redis is down, keep serving".
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { SharedState } from './shared.js';

export { RateLimiterRes };
export type Limiter = RateLimiterAbstract;

export interface LimiterSpec {
  /** What is counted, e.g. `cooldown`: the keys are `skynet:<name>:<key>` in Redis. */
  name: string;
  points: number;
  /** The window, in whole seconds (Redis expires keys in seconds). */
  seconds: number;
}

export function createLimiter(shared: SharedState, spec: LimiterSpec): Limiter {
  const options = { keyPrefix: spec.name, points: spec.points, duration: spec.seconds };
  if (!shared.redis) return new RateLimiterMemory(options);

  /** The memory limiter Redis's limiter falls back on, which tells the shared state when it is used. */
  class Insurance extends RateLimiterMemory {
    override consume(key: string | number, points?: number, opts?: { [key: string]: unknown }): Promise<RateLimiterRes> {
      shared.fellBack(`${spec.name}: Redis did not answer`);
      return super.consume(key, points, opts);
    }
  }
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `skynet:${spec.name}`,
    storeClient: shared.redis,
    // Not connected: straight to memory, without waiting for a command to fail.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new Insurance(options),
  });
}
