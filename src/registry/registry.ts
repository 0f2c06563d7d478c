/**
 * Finds the commands in `commands/` and checks each one as it loads: a
 * module that does not export a proper command, or whose definition Discord
 * would refuse, stops the bot with the file's name in the error. A command is
 * a file (`commands/year.ts`) or, when it has helpers of its own, a folder
 * whose `index.ts` is the command (`commands/cases/index.ts`, beside
 * `filter.ts` and `pageId.ts`). Adding a command means adding a file or a
 * folder there; nothing else needs to know.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { definitionProblems, messageDefinitionProblems } from '../discord/definitionRules.js';
import { localizeDefinition, localizeMessageDefinition } from '../i18n/commands.js';
import { componentKey, isMessageCommand, type AnyCommand, type Command, type MessageCommand } from '../kit/command.js';

/** `commands/` beside `src/`, whether running from source or from `dist/`. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export class CommandRegistry {
  private readonly byName: ReadonlyMap<string, Command>;
  private readonly messageByName: ReadonlyMap<string, MessageCommand>;
  private readonly byComponentKey: ReadonlyMap<string, AnyCommand>;

  constructor(
    /** The slash commands. */
    readonly list: readonly Command[],
    /** The commands on a message's context menu. */
    readonly messageCommands: readonly MessageCommand[] = [],
  ) {
    this.byName = new Map(list.map((c) => [c.definition.name, c]));
    // Found by Discord's name ("Check facts") or by key (`check-facts`, as the terminal types it).
    this.messageByName = new Map(messageCommands.flatMap((c) => [[c.definition.name, c] as const, [c.key, c] as const]));
    this.byComponentKey = new Map([...list, ...messageCommands].map((c) => [componentKey(c), c]));
  }

  get(name: string): Command | undefined {
    return this.byName.get(name);
  }

  message(nameOrKey: string): MessageCommand | undefined {
    return this.messageByName.get(nameOrKey);
  }

  /** The command whose buttons a `custom_id` belongs to, by its prefix (`cases:…`, `check-facts:…`). */
  forComponent(customId: string): AnyCommand | undefined {
    return this.byComponentKey.get(customId.split(':', 1)[0] ?? '');
  }

  /** Every definition, as registered with Discord. */
  definitions() {
    return [...this.list, ...this.messageCommands].map((c) => c.definition);
  }
}

function isCommandFile(file: string): boolean {
  return /\.(ts|js|mjs)$/.test(file) && !/\.(d|test|spec)\.[mc]?[tj]s$/.test(file);
}

/** The command modules in `dir`, as paths relative to it: its command files, and each folder's index. */
async function commandModules(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const modules: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() && isCommandFile(entry.name)) modules.push(entry.name);
    if (entry.isDirectory()) {
      // From source the index is TypeScript; compiled (dist/), JavaScript.
      const index = ['index.ts', 'index.js'].find((name) => existsSync(path.join(dir, entry.name, name)));
      if (index) modules.push(`${entry.name}/${index}`);
    }
  }
  return modules.sort();
}

/** Problems with a module's default export, or none. */
export function commandProblems(file: string, mod: unknown): string[] {
  const command = (mod as { default?: unknown } | undefined)?.default as Partial<AnyCommand> | undefined;
  if (!command || typeof command !== 'object') return [`${file}: has no default export (export default defineCommand({...}))`];
  if (!command.definition || typeof command.definition.name !== 'string') return [`${file}: the command has no definition with a name`];
  if ('type' in command.definition && command.definition.type === 3) return messageCommandProblems(file, command as Partial<MessageCommand>);
  return slashCommandProblems(file, command as Partial<Command> & Pick<Command, 'definition'>);
}

/** A message command's file is named by its key: `commands/check-facts.ts` is `check-facts`. */
function messageCommandProblems(file: string, command: Partial<MessageCommand>): string[] {
  const out = messageDefinitionProblems(command.definition!).map((p) => `${file}: ${p}`);
  if (typeof command.run !== 'function') out.push(`${file}: run must be a function`);
  if (
    command.key !==
    path
      .basename(file)
      .replace(/\.[mc]?[tj]s$/, '')
      .replace(/^index$/, path.basename(path.dirname(file)))
  )
    out.push(`${file}: key must be the file's name`);
  if (!Array.isArray(command.examples) || command.examples.length === 0 || !command.examples.every((e) => e.startsWith(`/message ${command.key} `))) {
    out.push(`${file}: give at least one example, as the terminal runs it: /message ${command.key ?? '<key>'} <text>`);
  }
  return out;
}

function slashCommandProblems(file: string, command: Partial<Command> & Pick<Command, 'definition'>): string[] {
  const out = definitionProblems(command.definition).map((p) => `${file}: ${p}`);
  if (typeof command.run !== 'function') out.push(`${file}: run must be a function`);
  if (!Array.isArray(command.examples) || command.examples.length === 0) out.push(`${file}: give at least one example`);
  const wantsAutocomplete = (command.definition.options ?? []).some((o) => 'autocomplete' in o && o.autocomplete);
  if (wantsAutocomplete && typeof command.autocomplete !== 'function')
    out.push(`${file}: an option asks for autocomplete but there is no autocomplete handler`);
  return out;
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<CommandRegistry> {
  const files = await commandModules(dir);
  const problems: string[] = [];
  const commands: Command[] = [];
  const messageCommands: MessageCommand[] = [];
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    const found = commandProblems(file, mod);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const command = (mod as { default: AnyCommand }).default;
    // Chinese names and descriptions come from one table (src/i18n/commands.ts), checked like the rest.
    const where = `${file} (zh-CN, src/i18n/commands.ts)`;
    if (isMessageCommand(command)) {
      const localized = { ...command, definition: localizeMessageDefinition(command.definition) };
      const again = messageDefinitionProblems(localized.definition).map((p) => `${where}: ${p}`);
      if (again.length > 0) problems.push(...again);
      else messageCommands.push(localized);
    } else {
      const localized = { ...command, definition: localizeDefinition(command.definition) };
      const again = definitionProblems(localized.definition).map((p) => `${where}: ${p}`);
      if (again.length > 0) problems.push(...again);
      else commands.push(localized);
    }
  }
  const keys = new Set<string>();
  for (const c of [...commands, ...messageCommands]) {
    for (const key of new Set([c.definition.name, componentKey(c)])) {
      if (keys.has(key)) problems.push(`two command files are both called ${key}`);
      keys.add(key);
    }
  }
  if (problems.length > 0) throw new Error(`invalid command files in ${dir}:\n${problems.join('\n')}`);
  return new CommandRegistry(commands, messageCommands);
}
