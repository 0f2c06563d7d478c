/**
 * `npm start`. With DISCORD_TOKEN set the bot connects to Discord's gateway;
 * without it, it runs in the terminal, so a fresh clone works with no setup.
 * `serve` (src/modes/serve.ts) then runs it: graceful shutdown on SIGTERM and
 * SIGINT, data reload on SIGHUP and on edits, stray errors logged.
 */
import { createApp, loggerFor, screenLoggerFor } from './app.js';
import { loadConfig } from './config/env.js';
import { reportStartupError } from './cli/startupError.js';
import type { Running } from './modes/running.js';
import { serve } from './modes/serve.js';
import { startConsole } from './terminal/console.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const terminal = !config.DISCORD_TOKEN;
  // The terminal has one user, the person running the bot: no cooldown there, so a piped script of many lines runs in full.
  const app = await createApp(config, terminal && process.stdin.isTTY ? screenLoggerFor(config) : loggerFor(config), { cooldown: !terminal });
  let running: Running;
  if (config.DISCORD_TOKEN) {
    // Loaded only here: discord.js takes a quarter of a second to import, which the terminal need not pay.
    const { startGateway } = await import('./discord/gateway.js');
    running = await startGateway(app, { token: config.DISCORD_TOKEN, ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}) });
  } else {
    running = startConsole(app);
  }
  return serve(app, running);
}

main().then(
  // Exit explicitly: an open standard input or a socket left behind must not keep a stopped bot alive.
  (code) => process.exit(code),
  (error: unknown) => {
    process.exitCode = reportStartupError(error);
  },
);
