/**
 * `npm start`. With INTERACTIONS_PORT set the bot serves Discord's HTTP
 * Interactions Endpoint; else with DISCORD_TOKEN set it connects to Discord's
 * gateway; without either, it runs in the terminal, so a fresh clone works
 * with no setup.
 */
import { createApp } from './app.js';
import { loadConfig } from './config/env.js';
import { reportStartupError } from './cli/startupError.js';
import type { Running } from './modes/running.js';
import { startConsole } from './terminal/console.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection'));
  let running: Running;
  if (config.INTERACTIONS_PORT !== undefined) {
    const { endpointOptions, startInteractionsEndpoint } = await import('./http/server.js');
    running = await startInteractionsEndpoint(app, endpointOptions(config));
  } else if (config.DISCORD_TOKEN) {
    // Loaded only here: discord.js takes a quarter of a second to import, which the terminal need not pay.
    const { startGateway } = await import('./discord/gateway.js');
    running = await startGateway(app, { token: config.DISCORD_TOKEN, ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}) });
  } else {
    running = startConsole(app);
  }
  await running.done;
}

main().catch((error: unknown) => {
  process.exitCode = reportStartupError(error);
});
