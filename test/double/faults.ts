/**
 * Faults the Discord double injects on demand: the next calls that match get
 * a 429 with `retry_after`, a 5xx, or a 404 for an unknown webhook or
 * interaction, instead of their answer.
 */
import { discordError, HttpAnswer, type RestCall } from './restCall.js';

export type Fault =
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 500 | 502 | 503 | 504 }
  | { status: 404; unknown: 'webhook' | 'interaction' };

interface PendingFault {
  match: (call: RestCall) => boolean;
  fault: Fault;
  remaining: number;
}

export class Faults {
  private readonly pending: PendingFault[] = [];

  /** The next `times` calls that match get `fault` instead of an answer. */
  add(match: (call: RestCall) => boolean, fault: Fault, times: number): void {
    this.pending.push({ match, fault, remaining: times });
  }

  /** The fault this call gets, if one is waiting for it (the call is then marked as faulted). */
  take(call: RestCall): HttpAnswer | undefined {
    const pending = this.pending.find((f) => f.remaining > 0 && f.match(call));
    if (!pending) return undefined;
    pending.remaining -= 1;
    call.fault = true;
    const { fault } = pending;
    if (fault.status === 429) {
      return new HttpAnswer(
        429,
        { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global ?? false },
        // Discord gives seconds in the header too; @discordjs/rest waits by the header.
        { 'retry-after': String(Math.ceil(fault.retryAfter)), 'x-ratelimit-scope': 'user', ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}) },
      );
    }
    if (fault.status === 404)
      return fault.unknown === 'webhook' ? discordError(404, 10015, 'Unknown Webhook') : discordError(404, 10062, 'Unknown interaction');
    return new HttpAnswer(fault.status, { message: 'Service Unavailable', code: 0 });
  }
}
