/**
 * The bot's metrics as Prometheus metrics (prom-client). Each app has its own
 * registry, so tests (and several apps in one process) never mix their
 * counts. Label values come from a closed set: a command name nobody
 * registered is counted as `other`, so a forged request cannot grow the
 * number of series.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics, MetricsOptions } from './metrics.js';

/** Handler time: most answers take milliseconds, a first Chinese chart up to a second or two. */
const HANDLER_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Time to the user: Discord's window is 3 s; deferred replies may take longer. */
const DELIVERY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60];

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  const known = new Set(options.commands);
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const interactions = new Counter({
    name: 'skynet_interactions_total',
    help: 'Interactions answered, by kind, command and outcome (ok, invalid, failed, cooldown, silenced, closed).',
    labelNames: ['interaction', 'command', 'outcome'],
    registers,
  });
  const handlerSeconds = new Histogram({
    name: 'skynet_handler_duration_seconds',
    help: "The bot's own work on an interaction, from its arrival in the process to the answer computed.",
    labelNames: ['interaction', 'command'],
    buckets: HANDLER_BUCKETS,
    registers,
  });
  const deliverySeconds = new Histogram({
    name: 'skynet_interaction_duration_seconds',
    help: 'End to end: from Discord creating the interaction to its reply delivered.',
    labelNames: ['interaction'],
    buckets: DELIVERY_BUCKETS,
    registers,
  });
  const cooldown = new Counter({
    name: 'skynet_cooldown_refusals_total',
    help: 'Commands refused by the per-user cooldown: told (the one polite message) or silenced.',
    labelNames: ['response'],
    registers,
  });
  const replays = new Counter({
    name: 'skynet_replays_refused_total',
    help: 'Interactions delivered again within 5 minutes and refused before any handler ran.',
    labelNames: ['transport'],
    registers,
  });
  const deferrals = new Counter({
    name: 'skynet_deferrals_total',
    help: 'Replies deferred ("thinking…") and edited in later: asked up front, at the deadline, or to carry files.',
    labelNames: ['reason'],
    registers,
  });
  const late = new Counter({
    name: 'skynet_late_answers_total',
    help: "First responses sent after Discord's 3-second window (Discord refuses them).",
    registers,
  });
  const reloads = new Counter({
    name: 'skynet_data_reloads_total',
    help: 'Data reloads, by result: ok or refused (invalid files; the old data keeps serving).',
    labelNames: ['result'],
    registers,
  });
  const version = new Gauge({
    name: 'skynet_data_version_info',
    help: 'The data version served (label), always 1.',
    labelNames: ['version'],
    registers,
    aggregator: 'max',
  });
  let readSharing: (() => boolean) | undefined;
  new Gauge({
    name: 'skynet_shared_state_up',
    help: '1 while the cooldown and replay guard are shared through Redis, 0 while each process keeps its own (no REDIS_URL, or Redis unavailable).',
    registers,
    aggregator: 'min',
    collect() {
      this.set(readSharing?.() ? 1 : 0);
    },
  });

  const commandLabel = (name: string) => (known.has(name) ? name : 'other');

  return {
    registry,
    interaction(kind, command, outcome, seconds) {
      const label = commandLabel(command);
      interactions.inc({ interaction: kind, command: label, outcome });
      handlerSeconds.observe({ interaction: kind, command: label }, seconds);
    },
    delivered: (kind, seconds) => deliverySeconds.observe({ interaction: kind }, Math.max(0, seconds)),
    cooldownRefused: (told) => cooldown.inc({ response: told ? 'told' : 'silenced' }),
    replayRefused: (transport) => replays.inc({ transport }),
    deferred: (reason) => deferrals.inc({ reason }),
    late: () => late.inc(),
    reloaded: (ok) => reloads.inc({ result: ok ? 'ok' : 'refused' }),
    serving(v) {
      version.reset();
      version.set({ version: v }, 1);
    },
    sharing(read) {
      readSharing = read;
    },
  };
}
