/**
 * Between discord.js and the bot: a discord.js interaction becomes the
 * dispatcher's Incoming, and each step of the reply plan becomes the
 * discord.js call that sends it.
 */
import {
  MessagePayload,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { DEFAULT_ATTACHMENT_BYTES, EPHEMERAL, InteractionType, ResponseType } from '../../discord/limits.js';
import type { InteractionResponse, MessageData, ReplyFile } from '../../discord/payload.js';
import type { Incoming } from '../../interactions/dispatch.js';
import type { Carrier } from '../../interactions/respond.js';

export type Answerable = ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

/** What can carry a message reply (all but autocomplete). */
type Replyable = Exclude<Answerable, AutocompleteInteraction>;

function rawOptions(options: readonly CommandInteractionOption[]) {
  return options.map((o) => ({ name: o.name, type: o.type, value: o.value, ...(o.focused ? { focused: true } : {}) }));
}

/** The kinds of interaction the bot answers: slash commands, their autocomplete, its buttons, and its commands on a message's menu. */
export function isAnswerable(interaction: Interaction): interaction is Answerable {
  return interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isButton() || interaction.isMessageContextMenuCommand();
}

/** The interaction as the dispatcher takes it. */
export function incomingFrom(interaction: Answerable): Incoming {
  const who = { locale: interaction.locale, userId: interaction.user.id };
  const attachmentLimit = interaction.attachmentSizeLimit ?? DEFAULT_ATTACHMENT_BYTES;
  if (interaction.isButton()) {
    const { content, embeds } = interaction.message;
    return { type: InteractionType.MessageComponent, customId: interaction.customId, message: { content, embeds: embeds.map((e) => e.toJSON()) }, ...who };
  }
  if (interaction.isMessageContextMenuCommand()) {
    // Discord sends the message's content with the command, so no privileged intent is needed to read it.
    return {
      type: InteractionType.ApplicationCommand,
      commandName: interaction.commandName,
      target: { id: interaction.targetId, content: interaction.targetMessage.content },
      ...who,
      attachmentLimit,
    };
  }
  return {
    type: interaction.isAutocomplete() ? InteractionType.Autocomplete : InteractionType.ApplicationCommand,
    commandName: interaction.commandName,
    options: rawOptions(interaction.options.data),
    ...who,
    attachmentLimit,
  };
}

/**
 * The reply as discord.js sends it, byte for byte the JSON the dispatcher
 * made (and the HTTP endpoint and `npm run ask -- --json` give). Built from
 * reply options, discord.js would rewrite it on the way out: `tts: false` and
 * `enforce_nonce: false` added, embeds and components passed through its JSON
 * transformer. A MessagePayload whose body is already resolved goes out as it
 * is (discord.js's resolveBody() and resolveFiles() keep a body and files that
 * are set); files become `files[i]` parts beside `payload_json`.
 */
export function replyPayload(target: Replyable, data: MessageData, files: readonly ReplyFile[] = []): MessagePayload {
  const payload = new MessagePayload(target, {});
  payload.body = data as NonNullable<MessagePayload['body']>;
  payload.files = files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: f.contentType }));
  return payload;
}

function mismatch(response: InteractionResponse, interaction: Interaction): Error {
  return new Error(`cannot answer a ${interaction.type} interaction with response type ${response.type}`);
}

async function first(interaction: Answerable, response: InteractionResponse, files: readonly ReplyFile[]): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (response.type !== ResponseType.AutocompleteResult) throw mismatch(response, interaction);
    await interaction.respond(response.data.choices);
    return;
  }
  switch (response.type) {
    case ResponseType.ChannelMessageWithSource:
      await interaction.reply(replyPayload(interaction, response.data, files));
      return;
    case ResponseType.DeferredChannelMessageWithSource:
      await interaction.deferReply(((response.data?.flags ?? 0) & EPHEMERAL) !== 0 ? { flags: EPHEMERAL } : {});
      return;
    case ResponseType.UpdateMessage:
      if (!interaction.isButton()) throw mismatch(response, interaction);
      await interaction.update(replyPayload(interaction, response.data, files));
      return;
    default:
      throw mismatch(response, interaction);
  }
}

export function discordJsCarrier(interaction: Answerable): Carrier {
  const message = () => {
    if (interaction.isAutocomplete()) throw new Error('autocomplete has no message to edit');
    return interaction;
  };
  return {
    // discord.js sends a first response with files as multipart/form-data.
    filesInFirstResponse: true,
    first: (response, files) => first(interaction, response, files),
    nothing: async () => {},
    editOriginal: async (data, files) => {
      const target = message();
      await target.editReply(replyPayload(target, data, files));
    },
    deleteOriginal: async () => {
      await message().deleteReply();
    },
    followUp: async (data, files) => {
      const target = message();
      await target.followUp(replyPayload(target, data, files));
    },
  };
}
