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
import { definitionProblems } from '../discord/definitionRules.js';
import { localizeDefinition } from '../i18n/commands.js';
import type { Command } from '../kit/command.js';

/** `commands/` beside `src/`, whether running from source or from `dist/`. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export class CommandRegistry {
  private readonly byName: ReadonlyMap<string, Command>;

  constructor(readonly list: readonly Command[]) {
    this.byName = new Map(list.map((c) => [c.definition.name, c]));
  }

  get(name: string): Command | undefined {
    return this.byName.get(name);
  }

  definitions() {
    return this.list.map((c) => c.definition);
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
  const command = (mod as { default?: unknown } | undefined)?.default as Partial<Command> | undefined;
  if (!command || typeof command !== 'object') return [`${file}: has no default export (export default defineCommand({...}))`];
  if (!command.definition || typeof command.definition.name !== 'string') return [`${file}: the command has no definition with a name`];
  const out = definitionProblems(command.definition).map((p) => `${file}: ${p}`);
  if (typeof command.run !== 'function') out.push(`${file}: run must be a function`);
  if (!Array.isArray(command.examples) || command.examples.length === 0) out.push(`${file}: give at least one example`);
  const wantsAutocomplete = (command.definition.options ?? []).some((o) => 'autocomplete' in o && o.autocomplete);
  if (wantsAutocomplete && typeof command.autocomplete !== 'function') out.push(`${file}: an option asks for autocomplete but there is no autocomplete handler`);
  return out;
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<CommandRegistry> {
  const files = await commandModules(dir);
  const problems: string[] = [];
  const commands: Command[] = [];
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    const found = commandProblems(file, mod);
    if (found.length > 0) problems.push(...found);
    else {
      const command = (mod as { default: Command }).default;
      // Chinese names and descriptions come from one table (src/i18n/commands.ts), checked like the rest.
      const localized = { ...command, definition: localizeDefinition(command.definition) };
      const again = definitionProblems(localized.definition).map((p) => `${file} (zh-CN, src/i18n/commands.ts): ${p}`);
      if (again.length > 0) problems.push(...again);
      else commands.push(localized);
    }
  }
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(c.definition.name)) problems.push(`two command files define /${c.definition.name}`);
    names.add(c.definition.name);
  }
  if (problems.length > 0) throw new Error(`invalid command files in ${dir}:\n${problems.join('\n')}`);
  return new CommandRegistry(commands);
}
