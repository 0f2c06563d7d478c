/**
 * Picks and starts the transport the configuration asks for: the HTTP
 * interactions endpoint when INTERACTIONS_PORT is set, else the gateway when
 * DISCORD_TOKEN is set, else the terminal. Each is loaded only when chosen:
 * discord.js takes a quarter of a second to import, which the terminal need not pay.
 */
import type { App } from '../app.js';
import { isShardProcess, type Config } from '../config/env.js';
import { serveMetrics, type MetricsServer } from '../metrics/server.js';
import { startConsole } from '../transports/terminal/console.js';
import type { Running } from '../transports/running.js';
import { isClusterWorker } from './cluster.js';

export function isTerminal(config: Config): boolean {
  return config.INTERACTIONS_PORT === undefined && !config.DISCORD_TOKEN;
}

/**
 * Starts the transport, and first, with METRICS_PORT, the metrics (so a port
 * that cannot be had stops the bot before it announces anything); stopping
 * the transport closes them too.
 */
export async function startMode(app: App, config: Config): Promise<Running> {
  const metrics = await startMetrics(app);
  try {
    const running = await startTransport(app, config);
    if (!metrics) return running;
    return {
      mode: running.mode,
      done: running.done,
      async stop() {
        await running.stop();
        await metrics.close();
      },
    };
  } catch (error) {
    await metrics?.close();
    throw error;
  }
}

/**
 * METRICS_PORT: this process serves its own metrics, unless it is one of
 * several (an HTTP worker, a shard), whose primary or manager serves them
 * all, summed: then it answers that process's requests instead.
 */
async function startMetrics(app: App): Promise<MetricsServer | undefined> {
  const { METRICS_PORT: port, METRICS_HOST: host } = app.config;
  const { registry } = app.metrics;
  // No registry: nothing is counted (createApp's `counted: false`, never with METRICS_PORT).
  if (port === undefined || !registry) return undefined;
  const { answerClusterPrimary, answerShardManager, registrySource } = await import('../metrics/aggregate.js');
  if (isClusterWorker()) return void answerClusterPrimary(registry);
  if (isShardProcess()) return void answerShardManager(registry);
  return serveMetrics(registrySource(registry), port, host, app.log);
}

async function startTransport(app: App, config: Config): Promise<Running> {
  if (config.INTERACTIONS_PORT !== undefined) {
    const { endpointOptions, startInteractionsEndpoint } = await import('../transports/http/server.js');
    return startInteractionsEndpoint(app, { ...endpointOptions(config), clusterWorker: isClusterWorker() });
  }
  if (config.DISCORD_TOKEN) {
    const { startGateway } = await import('../transports/gateway/gateway.js');
    return startGateway(app, { token: config.DISCORD_TOKEN, ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}) });
  }
  return startConsole(app);
}
