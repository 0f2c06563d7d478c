/**
 * "Has this been seen in the last N seconds?", answered once for every
 * process: the first claim of a key wins and every later one within the
 * window loses. In Redis it is one `SET key 1 NX EX seconds` (atomic, so two
 * instances claiming the same key at once cannot both win); in memory, two
 * generations of keys.
 *
 * Not a rate limiter's memory store: that keeps a timer for every key, and
 * the replay guard claims every interaction id, thousands a second under
 * load. A generation is dropped whole once it is older than the window, so
 * memory holds at most two windows of keys and no timers.
 */
import type { SharedState } from './shared.js';

export interface FirstClaim {
  /** True the first time `key` is claimed within the window; false for every claim after it. */
  claim(key: string): Promise<boolean>;
}

export interface FirstClaimSpec {
  /** The keys are `skynet:<name>:<key>` in Redis. */
  name: string;
  seconds: number;
  /** Milliseconds on some clock; the tests pass their own. */
  now?: () => number;
}

/** Keys claimed in this process: the current generation and the one before it. */
export class MemoryClaims implements FirstClaim {
  private current = new Set<string>();
  private previous = new Set<string>();
  private startedAt: number;
  private readonly now: () => number;

  constructor(
    private readonly windowMs: number,
    now: () => number = () => performance.now(),
  ) {
    this.now = now;
    this.startedAt = now();
  }

  async claim(key: string): Promise<boolean> {
    return this.claimNow(key);
  }

  claimNow(key: string): boolean {
    const now = this.now();
    // A key in the dropped generation was claimed at least one window ago: it may be claimed again.
    if (now - this.startedAt >= this.windowMs) {
      this.previous = now - this.startedAt >= 2 * this.windowMs ? new Set() : this.current;
      this.current = new Set();
      this.startedAt = now;
    }
    if (this.current.has(key) || this.previous.has(key)) return false;
    this.current.add(key);
    return true;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

export function createFirstClaim(shared: SharedState, spec: FirstClaimSpec): FirstClaim {
  const memory = new MemoryClaims(spec.seconds * 1000, spec.now);
  const { redis } = shared;
  if (!redis) return memory;
  return {
    async claim(key) {
      // Also remembered here, so a claim made during an outage still counts in this process afterwards.
      const local = memory.claimNow(key);
      if (redis.status !== 'ready') return local;
      try {
        return (await redis.set(`skynet:${spec.name}:${key}`, '1', 'EX', spec.seconds, 'NX')) === 'OK';
      } catch {
        shared.fellBack(`${spec.name}: Redis did not answer`);
        return local;
      }
    },
  };
}
