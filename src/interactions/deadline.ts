/**
 * Discord's 3-second window, shared by every transport that must answer
 * inside it (the gateway and the HTTP endpoint): the work races a timer, and
 * work still running when the timer fires is deferred, then edited in.
 */
import { INITIAL_RESPONSE_MS } from '../discord/limits.js';

/** Defer this long after the interaction arrived, leaving room for the defer itself to reach Discord. */
export const DEFER_AFTER_MS = INITIAL_RESPONSE_MS - 1000;

export const LATE = Symbol('late');

/** What `work` gives if it settles within `ms`; otherwise LATE, and the work goes on. */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
