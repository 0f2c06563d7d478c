/**
 * What the bot counts for its operators: Prometheus metrics (prometheus.ts),
 * served at GET /metrics when METRICS_PORT is set (src/metrics/server.ts), or
 * nothing at all (`uncounted`) where nobody could read them: the terminal
 * without METRICS_PORT, which then starts without loading prom-client.
 */
import type { Registry } from 'prom-client';

export type InteractionKind = 'command' | 'autocomplete' | 'button';
export type DeferralReason = 'up_front' | 'deadline' | 'files';

export interface Metrics {
  /** Where the counts are kept; undefined when nothing is counted (`uncounted`). */
  readonly registry: Registry | undefined;
  /** One interaction answered by the bot: what it was, how it ended, and how long the bot's own work took. */
  interaction(kind: InteractionKind, command: string, outcome: string, seconds: number): void;
  /** From Discord creating the interaction to its reply delivered (the last REST call, or the HTTP answer). */
  delivered(kind: InteractionKind, seconds: number): void;
  cooldownRefused(told: boolean): void;
  replayRefused(transport: 'http' | 'gateway'): void;
  deferred(reason: DeferralReason): void;
  /** A first response that went out after Discord's 3-second window: Discord refuses it, the user sees "did not respond". */
  late(): void;
  reloaded(ok: boolean): void;
  serving(version: string): void;
  /** Whether shared state (Redis) is in use, read at each scrape. */
  sharing(read: () => boolean): void;
}

export interface MetricsOptions {
  /** The registered command names: any other is counted as `other`. */
  commands: readonly string[];
  /** Node's default process metrics (CPU, memory, event-loop lag, GC); on when the metrics are served. */
  processMetrics?: boolean;
}

/** Counts nothing: for a bot whose metrics nobody can read (createApp's `counted: false`). */
export const uncounted: Metrics = {
  registry: undefined,
  interaction: () => undefined,
  delivered: () => undefined,
  cooldownRefused: () => undefined,
  replayRefused: () => undefined,
  deferred: () => undefined,
  late: () => undefined,
  reloaded: () => undefined,
  serving: () => undefined,
  sharing: () => undefined,
};
