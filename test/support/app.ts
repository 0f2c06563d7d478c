/** Shared set-up for the tests: the real app on the real data, with logs silenced. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIEmbed } from 'discord-api-types/v10';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { InteractionType, ResponseType } from '../../src/discord/limits.js';
import type { Choice, InteractionResponse } from '../../src/discord/payload.js';
import { silentLogger } from '../../src/log.js';
import { lineToIncoming, lineToInteraction } from '../../src/transports/terminal/line.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shipped data's version (data/meta.json), which every data edit bumps. */
export const DATA_VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'data', 'meta.json'), 'utf8')) as { version: string }).version;

/** Node's arguments to run TypeScript through tsx (`node --import tsx`). */
export const NODE_TSX_ARGS = ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href];

/**
 * Node's arguments to start an entry point as the npm scripts do
 * (`npm start` is `node scripts/run.mjs src/main.ts`): the bot's own entry
 * points compiled, anything else (a test fixture) through tsx. One process,
 * so signals reach the bot itself.
 */
export const NODE_START_ARGS = [path.join(ROOT, 'scripts/run.mjs')];

let shared: Promise<App> | undefined;

/**
 * One app for the whole test file: loading data and commands once keeps the
 * suite quick. No cooldown: the tests ask one question after another as one
 * user (test/interactions/cooldown.test.ts tests it on an app of its own).
 */
export function testApp(env: NodeJS.ProcessEnv = {}): Promise<App> {
  if (Object.keys(env).length > 0) return createApp(loadConfig(env), silentLogger, { cooldown: false });
  shared ??= createApp(loadConfig({}), silentLogger, { cooldown: false });
  return shared;
}

/** The response Discord would receive for a line typed in the chat bar (or `/message <key> <text>`), by a reader whose client is in `locale`. */
export async function ask(line: string, locale?: string): Promise<InteractionResponse> {
  const app = await testApp();
  const { response } = await app.handle(lineToIncoming(line, app.registry, 'run', locale));
  if (response === null) throw new Error(`no reply to ${line}`);
  return response;
}

export type MessageData = Extract<InteractionResponse, { type: 4 }>['data'];

export async function askMessage(line: string, locale?: string): Promise<MessageData> {
  const response = await ask(line, locale);
  if (response.type !== ResponseType.ChannelMessageWithSource) throw new Error(`expected a message, got type ${response.type}`);
  return response.data;
}

export async function askEmbed(line: string, locale?: string): Promise<APIEmbed> {
  const data = await askMessage(line, locale);
  const embed = data.embeds?.[0];
  if (!embed) throw new Error(`no embed in reply to ${line}: ${JSON.stringify(data)}`);
  return embed;
}

/** Everything a reader sees in an embed, as one string, for "does it say X" checks. */
export function embedText(embed: APIEmbed): string {
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].filter(Boolean).join('\n');
}

export function field(embed: APIEmbed, name: string | RegExp): string {
  const found = embed.fields?.find((f) => (typeof name === 'string' ? f.name === name : name.test(f.name)));
  if (!found) throw new Error(`no field ${String(name)} in ${embed.fields?.map((f) => f.name).join(', ')}`);
  return found.value;
}

export async function autocomplete(line: string): Promise<Choice[]> {
  const app = await testApp();
  const { response } = await app.handle(lineToInteraction(line, app.registry, 'autocomplete'));
  if (response?.type !== ResponseType.AutocompleteResult) throw new Error('expected autocomplete');
  return response.data.choices;
}

export { InteractionType };

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an entry point as the npm scripts do (NODE_START_ARGS), with only the environment given
 * (and from a folder with no .env, so a developer's token is never picked up).
 */
export function run(args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_START_ARGS, ...args], {
      cwd: options.cwd ?? os.tmpdir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
