/**
 * The replay guard. Discord signs each request to the HTTP endpoint with a
 * timestamp, and the endpoint refuses one more than 5 minutes old, but within
 * those 5 minutes a captured request verifies as often as it is sent, on any
 * instance. So each interaction id is accepted once: a second delivery within
 * the window is refused before any handler runs (the endpoint answers 409;
 * the gateway logs and skips a dispatch it has already seen). Shared through
 * Redis when REDIS_URL is set, so a replay to another instance is refused too.
 */
import { SIGNATURE_WINDOW_MS } from '../discord/limits.js';
import { createFirstClaim, type FirstClaim } from '../state/firstClaim.js';
import { memoryOnly, type SharedState } from '../state/shared.js';

export interface ReplayGuard {
  /** True the first time this interaction id is seen within the window; false for a replay. */
  firstDelivery(interactionId: string): Promise<boolean>;
}

export function createReplayGuard(shared: SharedState = memoryOnly): ReplayGuard {
  const claims: FirstClaim = createFirstClaim(shared, { name: 'replay', seconds: SIGNATURE_WINDOW_MS / 1000 });
  return { firstDelivery: (id) => claims.claim(id) };
}
