/**
 * The bot as users start it (`npm start`, which runs `node --import tsx src/main.ts`), as a
 * child process with only the environment given, from a folder with no .env
 * so a developer's token is never picked up.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { NODE_TSX_ARGS, ROOT, run } from '../helpers.js';

export interface BotProcess {
  /** Everything the bot wrote to standard error (its logs) so far. */
  readonly logs: () => string;
  /** `promise`, unless the bot exits first: then an error with its logs. */
  until<T>(promise: Promise<T>): Promise<T>;
  /** Resolves with the first log line that matches, parsed. */
  logLine(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
  signal(name: NodeJS.Signals): void;
  /** The exit code, once the process has ended. */
  readonly exited: Promise<number | null>;
}

/** Starts `entry` (src/main.ts, as `npm start` does, unless a test fixture is named) with only `env`. */
export function startBot(env: NodeJS.ProcessEnv, entry = path.join(ROOT, 'src/main.ts')): BotProcess {
  const child = spawn(process.execPath, [...NODE_TSX_ARGS, entry], {
    cwd: os.tmpdir(),
    // Transport tests send many interactions from one user: no cooldown unless a test asks for one.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', COOLDOWN_COMMANDS: '0', ...env },
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
    signal(name) {
      child.kill(name);
    },
    exited,
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
