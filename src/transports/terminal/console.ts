/**
 * The terminal mode, used when no Discord token is set: type a command as in
 * Discord and the reply is drawn below it. Tab completes. Piped input works
 * too, one command a line, ending at end of input.
 */
import readline from 'node:readline';
import { InteractionType, ResponseType } from '../../discord/limits.js';
import type { InteractionResponse } from '../../discord/payload.js';
import type { Bot } from '../../interactions/bot.js';
import type { Incoming } from '../../interactions/dispatch.js';
import type { PressedMessage } from '../../kit/command.js';
import type { Running } from '../running.js';
import { drawResponse, terminalStyle } from './draw.js';
import { complete } from './complete.js';
import { saveFiles } from './files.js';
import { lineToIncoming, UsageError } from './line.js';
import { stripControls } from '../../discord/controls.js';

/** The language replies are drawn in, changed with `/locale zh-CN` (as a Discord user's client setting would). */
const session = { locale: 'en-US' };

function switchLocale(line: string): string | undefined {
  const m = /^\/locale(?:\s+(\S+))?$/u.exec(line.trim());
  if (!m) return undefined;
  if (m[1]) session.locale = m[1];
  return `Locale: ${session.locale}. Replies use Chinese labels with /locale zh-CN, English with /locale en-US.`;
}

export interface ConsoleIO {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WriteStream;
}

/**
 * The messages the console has shown, by the buttons on them: a press carries
 * the message its button is on, as Discord's does (a "post to channel" button
 * re-posts it). The newest message for a button wins.
 */
const shown = new Map<string, PressedMessage>();

function remember(response: InteractionResponse): void {
  if (response.type !== ResponseType.ChannelMessageWithSource && response.type !== ResponseType.UpdateMessage) return;
  const { content, embeds, components } = response.data;
  for (const row of components ?? []) {
    for (const c of row.components)
      if ('custom_id' in c && c.custom_id) shown.set(c.custom_id, { ...(content ? { content } : {}), ...(embeds ? { embeds } : {}) });
  }
}

/** Answers one typed line; returns the text to print. */
export async function answerLine(line: string, bot: Bot, io: Pick<ConsoleIO, 'output'>): Promise<string> {
  const switched = switchLocale(line);
  if (switched) return switched;
  try {
    const typed = lineToIncoming(line, bot.registry, 'run', session.locale);
    const message = typed.type === InteractionType.MessageComponent ? shown.get(typed.customId) : undefined;
    const incoming: Incoming = typed.type === InteractionType.MessageComponent && message ? { ...typed, message } : typed;
    const { response, files } = await bot.handle(incoming);
    if (response) remember(response);
    // `null` is "send nothing" (see Dispatched): say so, so the person at the console is not left guessing.
    if (response === null) return terminalStyle(io.output).dim('(no reply: the bot chose not to answer)');
    return drawResponse(response, files, terminalStyle(io.output), await saveFiles(files));
  } catch (error) {
    if (error instanceof UsageError) return `⚠️ ${stripControls(error.message)}`;
    bot.log.error({ err: error }, 'terminal command failed');
    return '⚠️ Something went wrong; see the log.';
  }
}

export function startConsole(bot: Bot, io: ConsoleIO = { input: process.stdin, output: process.stdout }): Running {
  const interactive = Boolean(io.input.isTTY);
  const rl = readline.createInterface({
    input: io.input,
    output: io.output,
    terminal: interactive,
    completer: (line: string, callback: (err: Error | null, result: [string[], string]) => void) => {
      complete(line, bot).then(
        (result) => callback(null, result),
        () => callback(null, [[], line]),
      );
    },
  });
  if (interactive) {
    io.output.write(
      'Sky Net desk bot, terminal mode (no DISCORD_TOKEN set).\nType a command as in Discord, e.g. /year year:2019. Tab completes; /help lists commands; Ctrl+D quits.\n',
    );
    rl.setPrompt('skynet> ');
    rl.prompt();
  }
  let stopping = false;
  const done = (async () => {
    // One line at a time, in order, even when input is piped faster than replies come.
    for await (const raw of rl) {
      // Once stopped, lines already read but not yet started are not taken (the one being answered is finished).
      if (stopping) break;
      const line = raw.trim();
      if (line === 'exit' || line === 'quit') break;
      if (line) io.output.write(`${await answerLine(line, bot, io)}\n${interactive ? '\n' : ''}`);
      if (interactive) rl.prompt();
    }
    rl.close();
  })();
  return {
    mode: 'terminal',
    done,
    async stop() {
      stopping = true;
      rl.close();
      await done;
    },
  };
}
