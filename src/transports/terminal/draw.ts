/**
 * Draws a reply in a terminal the way Discord would show it: the embed as a
 * coloured bar with its title, text, fields and footer; bold as bold; code
 * blocks as they are. Without colour (piped output, NO_COLOR) it is plain text.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { Choice, InteractionResponse, ReplyFile } from '../../discord/payload.js';
import { EPHEMERAL, ResponseType } from '../../discord/limits.js';
import { withoutControls } from '../../discord/controls.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  bar(color: number | undefined): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, bar: () => '│ ' };

const ansi: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bar: (color) => {
    if (color === undefined) return '│ ';
    return `\x1b[38;2;${(color >> 16) & 255};${(color >> 8) & 255};${color & 255}m│\x1b[39m `;
  },
};

export function terminalStyle(stream: NodeJS.WriteStream = process.stdout): Style {
  return stream.isTTY && !process.env.NO_COLOR ? ansi : plain;
}

/** Discord markdown to terminal text: bold marked, backslash escapes removed, fences dropped. */
function markdownToText(text: string, style: Style): string {
  return text
    .split('\n')
    .filter((line) => !/^```\w*$/.test(line.trim()))
    .map((line) => (line.startsWith('-# ') ? style.dim(line.slice(3)) : line))
    .join('\n')
    .replace(/\*\*(.+?)\*\*/g, (_, inner: string) => style.bold(inner))
    .replace(/\\([\\*_~`|[\]<>#\-.])/g, '$1');
}

function drawEmbed(embed: APIEmbed, style: Style): string {
  const lines: string[] = [];
  if (embed.title) lines.push(style.bold(markdownToText(embed.title, style)));
  if (embed.description) lines.push(markdownToText(embed.description, style));
  for (const field of embed.fields ?? []) {
    lines.push('', style.bold(markdownToText(field.name, style)), markdownToText(field.value, style));
  }
  if (embed.footer) lines.push('', style.dim(embed.footer.text));
  const bar = style.bar(embed.color);
  return lines
    .flatMap((l) => l.split('\n'))
    .map((l) => `${bar}${l}`.trimEnd())
    .join('\n');
}

function drawChoices(choices: readonly Choice[]): string {
  if (choices.length === 0) return '(no suggestions)';
  return choices.map((c) => `${c.name}  →  ${String(c.value)}`).join('\n');
}

type Rows = NonNullable<Extract<InteractionResponse, { type: 4 }>['data']['components']>;

/**
 * Buttons as the terminal shows them: the label, and the line that presses it
 * (`/press <custom_id>`), since a terminal has nothing to click.
 */
function drawComponents(rows: Rows, style: Style): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    for (const c of row.components) {
      if (c.type !== 2 || !('custom_id' in c)) continue;
      const label = `[${c.label ?? c.custom_id}]`;
      lines.push(c.disabled ? style.dim(`${label} (not available)`) : `${label}  →  /press ${c.custom_id}`);
    }
  }
  return lines;
}

/**
 * The reply as text for the terminal. `savedAt` holds where each file was
 * written, since a terminal cannot show an attachment.
 */
export function drawResponse(shown: InteractionResponse, files: readonly ReplyFile[] = [], style: Style = plain, savedAt: readonly string[] = []): string {
  // Nothing from a user or the data may drive the terminal (a raw escape sequence): only the style's own codes are written.
  const response = withoutControls(shown);
  switch (response.type) {
    case ResponseType.AutocompleteResult:
      return drawChoices(response.data.choices);
    case ResponseType.ChannelMessageWithSource:
    case ResponseType.UpdateMessage: {
      const { data } = response;
      const parts: string[] = [];
      if (data.flags !== undefined && (data.flags & EPHEMERAL) !== 0) parts.push(style.dim('(only you can see this)'));
      if (data.content) parts.push(markdownToText(data.content, style));
      for (const embed of data.embeds ?? []) parts.push(drawEmbed(embed, style));
      files.forEach((file, i) => {
        const where = savedAt[i] ? ` saved as ${savedAt[i]}` : '';
        parts.push(style.dim(`[attachment: ${file.name}, ${Math.ceil(file.data.byteLength / 1024)} KB]${where}`));
      });
      if (data.components) parts.push(...drawComponents(data.components, style));
      return parts.join('\n');
    }
    default:
      return style.dim(`(response type ${response.type})`);
  }
}
