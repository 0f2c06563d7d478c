/**
 * Per-user cooldown: each user may run a budget of commands in a window (by
 * default 10 in 10 seconds, the window starting at their first command). The
 * first command over the budget is answered once, politely and privately; the
 * ones after it get no answer at all until the window is over, so someone
 * holding down Enter is told once rather than flooded. Stopping is enough to be
 * let back in: the window does not grow with the refusals.
 *
 * The counting is rate-limiter-flexible's (src/state/limiter.ts): in Redis
 * when REDIS_URL is set, so every process and instance counts one budget per
 * user (its atomic increment also means exactly one of them gives the polite
 * message), in memory otherwise, and in memory again while Redis is away.
 */
import type { Limiter, RateLimiterRes } from '../state/limiter.js';
import { memoryOnly, type SharedState } from '../state/shared.js';

export interface CooldownOptions {
  /** Commands allowed per window; 0 switches the cooldown off. */
  commands: number;
  /** The window, in whole seconds. */
  seconds: number;
  /** Memory unless given a Redis to share. */
  shared?: SharedState;
}

export type CooldownVerdict =
  | { kind: 'allowed' }
  /** Over the budget for the first time in this window: tell the user, once. */
  | { kind: 'warn'; retryInMs: number }
  /** Over the budget and already told: say nothing. */
  | { kind: 'silent' };

/** The counter, and the class of its refusals: a refusal is told from a failure by it. */
interface Counting {
  limiter: Limiter;
  Refusal: typeof RateLimiterRes;
}

export class Cooldown {
  private constructor(
    private readonly options: CooldownOptions,
    private readonly counting: Counting | undefined,
  ) {}

  /** A cooldown for `options`; the limiter library is loaded only when it is on (the terminal has it off). */
  static async open(options: CooldownOptions): Promise<Cooldown> {
    if (options.commands <= 0) return new Cooldown(options, undefined);
    const { createLimiter, RateLimiterRes } = await import('../state/limiter.js');
    const limiter = createLimiter(options.shared ?? memoryOnly, { name: 'cooldown', points: options.commands, seconds: options.seconds });
    return new Cooldown(options, { limiter, Refusal: RateLimiterRes });
  }

  get enabled(): boolean {
    return this.counting !== undefined;
  }

  /** Counts one command by `userId` and says whether it may run. */
  async take(userId: string): Promise<CooldownVerdict> {
    if (!this.counting) return { kind: 'allowed' };
    try {
      await this.counting.limiter.consume(userId);
      return { kind: 'allowed' };
    } catch (refusal) {
      if (!(refusal instanceof this.counting.Refusal)) throw refusal;
      // The count goes on past the budget: the first over it is the one that gets the message.
      if (refusal.consumedPoints === this.options.commands + 1) return { kind: 'warn', retryInMs: refusal.msBeforeNext };
      return { kind: 'silent' };
    }
  }
}
