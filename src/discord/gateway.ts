/**
 * The Discord gateway mode: discord.js logs in (Guilds intent only: slash
 * commands need nothing more) and carries each interaction to the
 * dispatcher and its reply back. Work still running as Discord's 3-second
 * window closes is deferred and the reply edited in when it is ready.
 */
import { Client, Events, GatewayIntentBits, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { App } from '../app.js';
import type { Dispatched } from '../interactions/dispatch.js';
import { runningUntilStopped, type Running } from '../modes/running.js';
import { DEFER_AFTER_MS, LATE, withinDeadline } from '../interactions/deadline.js';
import { EPHEMERAL, ResponseType } from './limits.js';
import { componentIncomingFrom, incomingFrom, replyPayload } from './toDiscordJs.js';

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

async function answerAutocomplete(interaction: AutocompleteInteraction, app: App): Promise<void> {
  const { response } = await app.handle(incomingFrom(interaction));
  await interaction.respond(response?.type === ResponseType.AutocompleteResult ? response.data.choices : []);
}

async function answerCommand(interaction: ChatInputCommandInteraction, app: App): Promise<void> {
  if (app.registry.get(interaction.commandName)?.defer) {
    // The command says up front that it may be slow: no race with the clock. Deferred before the work
    // starts, because work that computes synchronously (a chart render) would hold the deferral back.
    await interaction.deferReply();
    await send(interaction, await app.handle(incomingFrom(interaction)), 'edit');
    return;
  }
  const work = app.handle(incomingFrom(interaction));
  const first = await withinDeadline(work, DEFER_AFTER_MS - (Date.now() - interaction.createdTimestamp));
  if (first !== LATE) {
    await send(interaction, first, 'reply');
    return;
  }
  await interaction.deferReply();
  await send(interaction, await work, 'edit');
}

async function send(interaction: ChatInputCommandInteraction, { response, files }: Dispatched, how: 'reply' | 'edit'): Promise<void> {
  // "Send nothing" (see Dispatched): no callback at all; a reply already deferred is taken back.
  if (response === null) {
    if (how === 'edit') await interaction.deleteReply();
    return;
  }
  if (response.type !== ResponseType.ChannelMessageWithSource) throw new Error(`unexpected response type ${response.type}`);
  if (how === 'reply') {
    await interaction.reply(replyPayload(interaction, response.data, files));
    return;
  }
  const { flags, ...edit } = response.data;
  if (((flags ?? 0) & EPHEMERAL) === 0) {
    await interaction.editReply(replyPayload(interaction, edit, files));
    return;
  }
  // A deferred reply is public; an error meant for one person goes to them alone.
  await interaction.deleteReply();
  await interaction.followUp(replyPayload(interaction, response.data, files));
}

/** A button: the message it is on is updated in place (type 7), or the presser gets a private reply. */
async function answerButton(interaction: ButtonInteraction, app: App): Promise<void> {
  const { response, files } = await app.handle(componentIncomingFrom(interaction));
  if (response?.type === ResponseType.UpdateMessage) await interaction.update(replyPayload(interaction, response.data, files));
  else if (response?.type === ResponseType.ChannelMessageWithSource) await interaction.reply(replyPayload(interaction, response.data, files));
}

export async function handleInteraction(interaction: Interaction, app: App): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, app);
    else if (interaction.isChatInputCommand()) await answerCommand(interaction, app);
    else if (interaction.isButton()) await answerButton(interaction, app);
  } catch (error) {
    // The bot stays up: one interaction failing to reach Discord must not stop the others.
    app.log.warn({ err: error, interaction: interaction.id }, 'could not answer interaction');
  }
}

export async function startGateway(app: App, options: GatewayOptions): Promise<Running & { client: Client }> {
  const client = createClient(options.apiBase);
  // Tracked as in flight until the reply has reached Discord, so a graceful shutdown waits for the delivery too.
  client.on(Events.InteractionCreate, (interaction) => void app.inFlight.track(handleInteraction(interaction, app)));
  client.once(Events.ClientReady, (ready) => app.log.info({ user: ready.user.tag, commands: app.registry.list.length }, 'connected to Discord'));
  client.on(Events.Error, (error) => app.log.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (message) => app.log.warn({ message }, 'discord.js warning'));
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
