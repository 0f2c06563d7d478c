/**
 * Tab completion for the terminal, from the same autocomplete handlers that
 * answer Discord: `/ca⇥` completes the command, `/case n⇥` the option name,
 * `/case name:yan⇥` asks /case's autocomplete for names.
 */
import type { Bot } from '../../interactions/bot.js';
import { ResponseType } from '../../discord/limits.js';
import { lineToInteraction, splitLine, type TypedLine } from './line.js';

export type Completion = [hits: string[], substring: string];

export async function complete(line: string, bot: Bot): Promise<Completion> {
  const commandOnly = /^\/(\S*)$/.exec(line);
  if (commandOnly) {
    const typed = commandOnly[1]!.toLowerCase();
    return [bot.registry.list.map((c) => `/${c.definition.name} `).filter((c) => c.startsWith(`/${typed}`)), line];
  }
  let typed: TypedLine | undefined;
  try {
    typed = splitLine(line, bot.registry);
  } catch {
    typed = undefined;
  }
  const last = typed?.options[typed.options.length - 1];
  if (typed && last && typed.endsInValue) {
    if (!('autocomplete' in last.option && last.option.autocomplete)) return [[], line];
    const { response } = await bot.handle(lineToInteraction(line, bot.registry, 'autocomplete'));
    if (response?.type !== ResponseType.AutocompleteResult) return [[], line];
    return [response.data.choices.map((c) => String(c.value)), last.text.trimStart()];
  }
  // Completing an option name: the word after the last space, on top of what comes before it.
  const word = /(\S*)$/.exec(line)![1]!;
  let before: TypedLine;
  try {
    before = splitLine(line.slice(0, line.length - word.length), bot.registry);
  } catch {
    return [[], line];
  }
  const used = new Set(before.options.map((o) => o.option.name));
  const names = (before.command.definition.options ?? []).filter((o) => !used.has(o.name)).map((o) => `${o.name}:`);
  return [names.filter((n) => n.startsWith(word.toLowerCase())), word];
}
