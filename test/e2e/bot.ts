/**
 * The bot as users start it (`npm start`, which runs `tsx src/main.ts`), as a
 * child process with only the environment given, from a folder with no .env
 * so a developer's token is never picked up.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from '../helpers.js';

export interface BotProcess {
  /** Everything the bot wrote to standard error (its logs) so far. */
  readonly logs: () => string;
  /** `promise`, unless the bot exits first: then an error with its logs. */
  until<T>(promise: Promise<T>): Promise<T>;
  /** Resolves with the first log line that matches, parsed. */
  logLine(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export function startBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/main.ts')], {
    cwd: os.tmpdir(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const died = exited.then((code) => {
    throw new Error(`the bot exited (code ${code}) before the test was done:\n${stderr}`);
  });
  died.catch(() => undefined);

  const parsedLines = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  return {
    logs: () => stderr,
    until: (promise) => Promise.race([promise, died]),
    logLine(match) {
      const found = new Promise<Record<string, unknown>>((resolve) => {
        const check = () => {
          const line = parsedLines().find(match);
          if (!line) return;
          listeners.delete(check);
          resolve(line);
        };
        listeners.add(check);
        check();
      });
      return Promise.race([found, died]);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What `npm run ask -- "<line>" --json` prints for each line (a few at a time: each is a Node process). */
export async function cliAnswers(lines: readonly string[], flags: readonly string[] = ['--json'], concurrency = 3): Promise<Map<string, unknown>> {
  const answers = new Map<string, unknown>();
  const queue = [...lines];
  const worker = async () => {
    for (let line = queue.shift(); line !== undefined; line = queue.shift()) {
      const result = await run([path.join(ROOT, 'src/cli/ask.ts'), line, ...flags]);
      if (result.code !== 0) throw new Error(`npm run ask -- "${line}" failed (${result.code}): ${result.stderr}`);
      answers.set(line, JSON.parse(result.stdout));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}
