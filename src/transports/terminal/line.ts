/**
 * Reads a command typed as in Discord's chat bar, `/case name:yang xiuzhu`,
 * into the interaction Discord would send. An option runs from its `name:` to
 * the next known `name:` of the same command, so values may hold spaces (and
 * colons that are not option names); surrounding quotes are dropped.
 */
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { InteractionType } from '../../discord/limits.js';
import { valueFromText, type RawOption } from '../../kit/options.js';
import type { CommandRegistry } from '../../registry/registry.js';
import type { Command } from '../../kit/command.js';
import type { CommandIncoming, ComponentIncoming, Incoming } from '../../interactions/dispatch.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface TypedOption {
  option: APIApplicationCommandBasicOption;
  text: string;
}

export interface TypedLine {
  command: Command;
  options: TypedOption[];
  /** True when the line ends inside an option value (no trailing space after the last one). */
  endsInValue: boolean;
}

function unquote(text: string): string {
  const t = text.trim();
  const m = /^(["'“])(.*)(["'”])$/s.exec(t);
  return m && (m[1] === m[3] || (m[1] === '“' && m[3] === '”')) ? m[2]! : t;
}

export function usage(command: Command): string {
  const parts = (command.definition.options ?? []).map((o) => ('required' in o && o.required ? `${o.name}:<${o.description}>` : `[${o.name}:…]`));
  return `/${command.definition.name} ${parts.join(' ')}`.trim();
}

/** Splits a line into its command and option texts, without converting values. */
export function splitLine(line: string, registry: CommandRegistry): TypedLine {
  const trimmed = line.trim();
  const head = /^\/(\S+)/u.exec(trimmed);
  if (!head) throw new UsageError('a command starts with /, e.g. /year year:2019 (try /help)');
  const name = head[1]!.toLowerCase();
  const command = registry.get(name);
  if (!command) {
    const known = registry.list.map((c) => `/${c.definition.name}`).join(', ');
    throw new UsageError(`unknown command /${name.slice(0, 32)}. Commands: ${known}`);
  }
  const rest = trimmed.slice(head[0].length);
  const declared = command.definition.options ?? [];
  if (declared.length === 0) {
    if (rest.trim()) throw new UsageError(`/${name} takes no options`);
    return { command, options: [], endsInValue: false };
  }
  const names = declared.map((o) => o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const marker = new RegExp(`(^|\\s)(${names}):`, 'giu');
  const found = [...rest.matchAll(marker)];
  const before = (found[0] ? rest.slice(0, found[0].index) : rest).trim();
  if (before) throw new UsageError(`unexpected "${before.slice(0, 40)}": write options as name:value, e.g. ${usage(command)}`);
  const options = found.map((m, i) => {
    const start = m.index + m[0].length;
    const end = found[i + 1]?.index ?? rest.length;
    const option = declared.find((o) => o.name === m[2]!.toLowerCase())!;
    return { option, text: rest.slice(start, end) };
  });
  return { command, options, endsInValue: options.length > 0 && !/\s$/.test(line) };
}

/** Who the terminal and the one-shot CLI ask as: one person, so a page turned with /press is theirs. */
export const TERMINAL_USER = 'terminal';

/**
 * The terminal's stand-in for pressing a button: `/press <custom_id>`, the
 * line a reply prints under each button it has.
 */
export const PRESS = '/press';

/**
 * The terminal's stand-in for a message command (right-click a message, Apps):
 * `/message check-facts <text>` runs "Check facts" on a message whose content
 * is the rest of the line.
 */
export const MESSAGE = '/message';

function messageToInteraction(rest: string, registry: CommandRegistry, locale: string): CommandIncoming {
  const m = /^(\S+)(?:\s+([\s\S]*))?$/u.exec(rest.trim());
  const keys = registry.messageCommands.map((c) => c.key).join(', ');
  const command = m ? registry.message(m[1]!.toLowerCase()) : undefined;
  if (!m || !command) throw new UsageError(`${MESSAGE} needs a message command and the message's text: ${MESSAGE} <${keys}> <text>`);
  return {
    type: InteractionType.ApplicationCommand,
    commandName: command.definition.name,
    target: { id: 'terminal', content: m[2] ?? '' },
    locale,
    userId: TERMINAL_USER,
  };
}

/** A typed line as Discord would send it: a command, `/message <key> <text>` for a message command, or `/press <custom_id>` for a button. */
export function lineToIncoming(line: string, registry: CommandRegistry, mode: 'run' | 'autocomplete' = 'run', locale = 'en-US'): Incoming {
  const onMessage = /^\/message(?:\s+([\s\S]*))?$/u.exec(line.trim());
  if (onMessage && mode === 'run') return messageToInteraction(onMessage[1] ?? '', registry, locale);
  const press = /^\/press(?:\s+(.*))?$/su.exec(line.trim());
  if (!press) return lineToInteraction(line, registry, mode, locale);
  const customId = (press[1] ?? '').trim();
  if (!customId) throw new UsageError("/press needs the button's id, as printed under a reply: /press cases:1:…");
  return { type: InteractionType.MessageComponent, customId, locale, userId: TERMINAL_USER } satisfies ComponentIncoming;
}

/** The interaction Discord would send for the typed command. */
export function lineToInteraction(line: string, registry: CommandRegistry, mode: 'run' | 'autocomplete' = 'run', locale = 'en-US'): CommandIncoming {
  const typed = splitLine(line, registry);
  const { command } = typed;
  const seen = new Set<string>();
  const raw: RawOption[] = typed.options.map(({ option, text }, i) => {
    if (seen.has(option.name)) throw new UsageError(`\`${option.name}\` is given twice`);
    seen.add(option.name);
    const focused = mode === 'autocomplete' && i === typed.options.length - 1;
    if (focused) return { name: option.name, type: option.type, value: text.trimStart(), focused: true };
    const value = unquote(text);
    if (value === '') throw new UsageError(`\`${option.name}\` has no value. Usage: ${usage(command)}`);
    try {
      return { name: option.name, type: option.type, value: valueFromText(option, value) };
    } catch (error) {
      throw new UsageError(`${(error as Error).message}. Usage: ${usage(command)}`);
    }
  });
  if (mode === 'autocomplete' && !raw.some((o) => o.focused)) {
    // Nothing typed yet: the first option that autocompletes is the one being typed.
    const first = (command.definition.options ?? []).find((o) => 'autocomplete' in o && o.autocomplete && !seen.has(o.name));
    if (!first) throw new UsageError(`/${command.definition.name} has no option to autocomplete`);
    raw.push({ name: first.name, type: first.type, value: '', focused: true });
  }
  if (mode === 'run') {
    for (const o of command.definition.options ?? []) {
      if ('required' in o && o.required && !seen.has(o.name)) throw new UsageError(`\`${o.name}\` is required. Usage: ${usage(command)}`);
    }
  }
  return {
    type: mode === 'run' ? InteractionType.ApplicationCommand : InteractionType.Autocomplete,
    commandName: command.definition.name,
    options: raw,
    locale,
    userId: TERMINAL_USER,
  };
}
