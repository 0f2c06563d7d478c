/**
 * `npm run deploy-commands`: registers every command file's definition (slash
 * commands and the commands on a message's menu, type 3) with
 * Discord, for one guild when DISCORD_GUILD_ID is set (instant, for testing)
 * or globally. `--print` shows the JSON instead of sending it.
 */
import { REST, Routes } from 'discord.js';
import { loadConfig } from '../config/env.js';
import { loadCommands } from '../registry/registry.js';
import { runCli } from './startupError.js';

async function main(argv: string[]): Promise<number> {
  const registry = await loadCommands();
  const body = registry.definitions();
  if (argv.includes('--print')) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('DISCORD_TOKEN is not set: put the bot token in .env (see .env.example), or use --print to see the definitions.\n');
    return 1;
  }
  const rest = new REST({ version: '10', ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}) }).setToken(config.DISCORD_TOKEN);
  const applicationId = config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as unknown[];
  const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID} (available now)` : 'every guild (global; may take up to an hour to show)';
  const names = body.map((c) => ('type' in c && c.type === 3 ? `"${c.name}" (on messages)` : `/${c.name}`));
  process.stdout.write(`Registered ${registered.length} commands for ${where}: ${names.join(', ')}\n`);
  return 0;
}

runCli(main);
