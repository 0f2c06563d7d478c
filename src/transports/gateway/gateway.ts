/**
 * The Discord gateway transport: discord.js logs in (Guilds intent only:
 * slash commands and buttons need nothing more) and each interaction is
 * answered by the shared plan (src/interactions/respond.ts), carried out
 * with discord.js's interaction methods.
 */
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Bot } from '../../interactions/bot.js';
import { respond } from '../../interactions/respond.js';
import { runningUntilStopped, type Running } from '../running.js';
import { discordJsCarrier, incomingFrom, isAnswerable } from './toDiscordJs.js';

export interface GatewayOptions {
  token: string;
  /** REST base such as http://127.0.0.1:8080/api; discord.js's default when absent. */
  apiBase?: string;
}

export function createClient(apiBase?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Defence in depth: every reply sets this too.
    allowedMentions: { parse: [] },
    // `api: undefined` would break every REST call, so the key is only there when set.
    ...(apiBase ? { rest: { api: apiBase } } : {}),
  });
}

export async function handleInteraction(interaction: Interaction, bot: Bot): Promise<void> {
  if (!isAnswerable(interaction)) return;
  // A dispatch this bot (or, with REDIS_URL, another process of it) already took: answered once, never twice.
  if (!(await bot.replays.firstDelivery(interaction.id))) {
    bot.metrics.replayRefused('gateway');
    bot.log.warn({ interaction: interaction.id }, 'skipped a duplicate dispatch: this interaction was already received');
    return;
  }
  try {
    await respond(bot, incomingFrom(interaction), discordJsCarrier(interaction), interaction.createdTimestamp);
  } catch (error) {
    // The bot stays up: one interaction failing to reach Discord must not stop the others.
    bot.log.warn({ err: error, interaction: interaction.id }, 'could not answer interaction');
  }
}

export async function startGateway(bot: Bot, options: GatewayOptions): Promise<Running & { client: Client }> {
  const client = createClient(options.apiBase);
  // Tracked as in flight until the reply has reached Discord, so a graceful shutdown waits for the delivery too.
  client.on(Events.InteractionCreate, (interaction) => void bot.inFlight.track(handleInteraction(interaction, bot)));
  client.once(Events.ClientReady, (ready) => bot.log.info({ user: ready.user.tag, commands: bot.registry.list.length }, 'connected to Discord'));
  client.on(Events.Error, (error) => bot.log.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (message) => bot.log.warn({ message }, 'discord.js warning'));
  await client.login(options.token);
  return runningUntilStopped(
    'gateway',
    async () => {
      client.removeAllListeners(Events.InteractionCreate);
      await client.destroy();
    },
    { client },
  );
}
