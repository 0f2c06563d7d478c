/**
 * Per-user cooldown: each user may run a budget of commands in any sliding
 * window (by default 10 in 10 seconds). The first command over the budget is
 * answered once, politely and privately; the ones after it get no answer at
 * all until the budget has room again, so someone holding down Enter is told
 * once rather than flooded. Refused commands do not use the budget, so
 * stopping is enough to be let back in.
 */

export interface CooldownOptions {
  /** Commands allowed per window; 0 switches the cooldown off. */
  commands: number;
  windowMs: number;
  /** Milliseconds on some clock; the tests pass their own. */
  now?: () => number;
}

export type CooldownVerdict =
  | { kind: 'allowed' }
  /** Over the budget for the first time in this streak: tell the user, once. */
  | { kind: 'warn'; retryInMs: number }
  /** Over the budget and already told: say nothing. */
  | { kind: 'silent' };

interface UserState {
  /** When each of the user's allowed commands in the current window ran, oldest first. */
  times: number[];
  /** True once the user has been told about this streak of refusals. */
  warned: boolean;
}

export class Cooldown {
  private readonly users = new Map<string, UserState>();
  private readonly now: () => number;
  private lastSweep: number;

  constructor(private readonly options: CooldownOptions) {
    this.now = options.now ?? (() => performance.now());
    this.lastSweep = this.now();
  }

  get enabled(): boolean {
    return this.options.commands > 0;
  }

  /** Counts one command by `userId` and says whether it may run. */
  take(userId: string): CooldownVerdict {
    if (!this.enabled) return { kind: 'allowed' };
    const now = this.now();
    this.sweep(now);
    const state = this.users.get(userId) ?? { times: [], warned: false };
    this.users.set(userId, state);
    while (state.times.length > 0 && now - state.times[0]! >= this.options.windowMs) state.times.shift();
    if (state.times.length < this.options.commands) {
      state.times.push(now);
      state.warned = false;
      return { kind: 'allowed' };
    }
    if (state.warned) return { kind: 'silent' };
    state.warned = true;
    return { kind: 'warn', retryInMs: state.times[0]! + this.options.windowMs - now };
  }

  /** Users being tracked, for the tests of the memory bound. */
  get tracked(): number {
    return this.users.size;
  }

  /** Forgets users whose window has passed, once per window, so memory stays bounded by recent users. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = now;
    for (const [id, state] of this.users) {
      const newest = state.times[state.times.length - 1];
      if (newest === undefined || now - newest >= this.options.windowMs) this.users.delete(id);
    }
  }
}
