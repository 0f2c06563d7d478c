/**
 * Picks and starts the transport the configuration asks for: the HTTP
 * interactions endpoint when INTERACTIONS_PORT is set, else the gateway when
 * DISCORD_TOKEN is set, else the terminal. Each is loaded only when chosen:
 * discord.js takes a quarter of a second to import, which the terminal need not pay.
 */
import type { App } from '../app.js';
import type { Config } from '../config/env.js';
import { startConsole } from '../transports/terminal/console.js';
import type { Running } from '../transports/running.js';
import { isClusterWorker } from './cluster.js';

export function isTerminal(config: Config): boolean {
  return config.INTERACTIONS_PORT === undefined && !config.DISCORD_TOKEN;
}

export async function startMode(app: App, config: Config): Promise<Running> {
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
