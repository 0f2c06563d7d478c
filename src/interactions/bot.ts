/**
 * What a transport needs of the bot: the one entry that answers an
 * interaction, the commands (a transport asks whether one defers up front, a
 * terminal completes their names), the log, and the work in flight. The app
 * (src/app.ts) is one; tests build others. Transports depend on this, never
 * on the app that composes them.
 */
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import type { CommandRegistry } from '../registry/registry.js';
import type { Dispatched, Incoming } from './dispatch.js';
import type { InFlight } from './inFlight.js';
import type { ReplayGuard } from './replay.js';

export interface Bot {
  readonly registry: CommandRegistry;
  readonly log: Logger;
  /** Interactions being answered; a transport also tracks the delivery of each reply here. */
  readonly inFlight: InFlight;
  /** Each interaction id is answered once: a transport asks before answering (src/interactions/replay.ts). */
  readonly replays: ReplayGuard;
  /** What the transports count for the operators (deferrals, late answers, refused replays, delivery time). */
  readonly metrics: Metrics;
  /** The one entry every transport calls (src/interactions/handle.ts says what wraps dispatch). */
  handle(incoming: Incoming): Promise<Dispatched>;
}
