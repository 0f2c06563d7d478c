/**
 * One /metrics for a bot that runs as several processes, summed across them
 * by prom-client's AggregatorRegistry (counters and histograms add up; each
 * gauge says how it combines):
 * - HTTP workers (node:cluster): the primary asks every worker over the
 *   cluster's channel, which AggregatorRegistry does by itself;
 * - gateway shards (discord.js's ShardingManager forks plain child
 *   processes): the manager asks each shard over its IPC channel, with the
 *   message below, and aggregates the answers the same way.
 */
import type { ChildProcess } from 'node:child_process';
import { AggregatorRegistry, type Registry } from 'prom-client';

/** One process's metrics as `registry.getMetricsAsJSON()` gives them. */
type ProcessMetrics = object[];
import type { MetricsSource } from './server.js';

const ASK = 'skynet:metrics?';
const ANSWER = 'skynet:metrics';
/** A process that has not answered by then is left out of this scrape. */
const ANSWER_WITHIN_MS = 3000;

/** In a cluster worker: answer the primary's requests with this registry. */
export function answerClusterPrimary(registry: Registry): void {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one is what makes prom-client listen for the primary's requests in a worker.
  new AggregatorRegistry();
}

/** In the cluster's primary: every worker's metrics, summed. */
export function clusterSource(): MetricsSource {
  const aggregator = new AggregatorRegistry();
  return { contentType: aggregator.contentType, text: () => aggregator.clusterMetrics() };
}

/** In a shard's process: answer the manager's requests with this registry. */
export function answerShardManager(registry: Registry): void {
  process.on('message', (message: unknown) => {
    const ask = message as { cmd?: unknown; id?: unknown } | null;
    if (ask?.cmd !== ASK) return;
    void registry.getMetricsAsJSON().then((metrics) => process.send?.({ cmd: ANSWER, id: ask.id, metrics }));
  });
}

/** In the shard manager: each live shard's metrics, summed. */
export function childProcessesSource(children: () => readonly ChildProcess[]): MetricsSource {
  let next = 0;
  const ask = (child: ChildProcess): Promise<ProcessMetrics | undefined> =>
    new Promise((resolve) => {
      const id = next++;
      const done = (metrics: ProcessMetrics | undefined) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(metrics);
      };
      const onMessage = (message: unknown) => {
        const answer = message as { cmd?: unknown; id?: unknown; metrics?: ProcessMetrics } | null;
        if (answer?.cmd === ANSWER && answer.id === id) done(answer.metrics);
      };
      const timer = setTimeout(() => done(undefined), ANSWER_WITHIN_MS);
      child.on('message', onMessage);
      child.send({ cmd: ASK, id }, (error) => error && done(undefined));
    });
  return {
    contentType: AggregatorRegistry.PROMETHEUS_CONTENT_TYPE,
    async text() {
      const answers = await Promise.all(
        children()
          .filter((c) => c.connected)
          .map(ask),
      );
      return AggregatorRegistry.aggregate(answers.filter((a): a is ProcessMetrics => a !== undefined)).metrics();
    },
  };
}

/** One process's own registry. */
export function registrySource(registry: Registry): MetricsSource {
  return { contentType: registry.contentType, text: () => registry.metrics() };
}
