/** Helpers for tests that run the bot: the bot as a process, waiting for a condition (never a fixed sleep), capturing log lines, a command that answers when told. */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { defineCommand, type Command } from '../../src/kit/command.js';
import { createLogger, type Logger } from '../../src/log.js';
import { reply } from '../../src/render/embed.js';
import { NODE_START_ARGS, ROOT, run } from './app.js';

/** Polls `condition` until it holds; fails with `what` after `timeoutMs` (generous: the machine is shared). */
export async function waitFor<T>(condition: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface LogLines {
  /** Every line written, parsed. */
  lines: Record<string, unknown>[];
  /** Every line as written, for "never appears" checks. */
  raw: string[];
}

/** A log destination that keeps the lines in memory. */
export function memoryDestination(): LogLines & { destination: Writable } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { destination, lines, raw };
}

export interface CapturedLog extends LogLines {
  log: Logger;
}

export function captureLog(level = 'debug', secrets: string[] = []): CapturedLog {
  const { destination, lines, raw } = memoryDestination();
  return { log: createLogger(level, { secrets, destination }), lines, raw };
}

/** A promise with its resolve exposed. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** `/slow`: a command that answers only when `release` resolves, to have an interaction in flight for as long as a test needs. */
export function slowCommand(release: () => Promise<void>): Command {
  return defineCommand({
    definition: { name: 'slow', description: 'Answers when the test lets it' },
    examples: ['/slow'],
    async run() {
      await release();
      return reply({ content: 'slow answer' });
    },
  });
}

export interface BotProcess {
  /** Everything the bot wrote to standard output (its replies, in terminal mode) so far. */
  readonly stdout: () => string;
  /** Everything the bot wrote to standard error (its logs) so far. */
  readonly logs: () => string;
  /** Types a line into the bot's standard input (left open, as a person at a terminal would). */
  type(line: string): void;
  /** `promise`, unless the bot exits first: then an error with its logs. */
  until<T>(promise: Promise<T>): Promise<T>;
  /** Resolves with the first log line that matches, parsed; fails if the bot exits first. */
  logLine(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  signal(name: NodeJS.Signals): void;
  /** SIGTERM unless it has already exited; resolves once it has. */
  stop(): Promise<void>;
  /** The exit code, once the process has ended (null when a signal ended it). */
  readonly exited: Promise<number | null>;
}

/**
 * The bot as users start it (`npm start`: `node scripts/run.mjs src/main.ts`,
 * one process, so signals reach the bot itself), from a folder with no .env, with
 * only `env` beyond PATH and HOME (a developer's token is never picked up), and
 * standard input kept open. `entry` names a test fixture instead of src/main.ts.
 * Tests send many interactions from one user, so the cooldown is off unless
 * `env` sets COOLDOWN_COMMANDS.
 */
export function startBot(env: NodeJS.ProcessEnv = {}, entry: string = path.join(ROOT, 'src/main.ts'), args: readonly string[] = []): BotProcess {
  const child = spawn(process.execPath, [...NODE_START_ARGS, entry, ...args], {
    cwd: os.tmpdir(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', COOLDOWN_COMMANDS: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const listener of listeners) listener();
  });
  // A bot that has exited no longer reads its input: writing to it must not fail the test.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const died = exited.then((code) => {
    throw new Error(`the bot exited (code ${code}) before the test was done:\n${stderr}`);
  });
  died.catch(() => undefined);

  return {
    stdout: () => stdout,
    logs: () => stderr,
    type: (line) => void child.stdin.write(`${line}\n`),
    until: (promise) => Promise.race([promise, died]),
    logLine(match) {
      const found = new Promise<Record<string, unknown>>((resolve) => {
        const check = () => {
          const line = logLines(stderr).find(match);
          if (!line) return;
          listeners.delete(check);
          resolve(line);
        };
        listeners.add(check);
        check();
      });
      return Promise.race([found, died]);
    },
    signal: (name) => void child.kill(name),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
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

/** The JSON log lines a process wrote to standard error (lines that are not JSON, such as a startup error's, are passed over). */
export function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const dataCopies: string[] = [];

/** A copy of the real data in a temporary folder, for a test to break; `afterAll(removeDataCopies)` clears them. */
export function copyOfData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skynet-data-'));
  dataCopies.push(dir);
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  return dir;
}

export function removeDataCopies(): void {
  for (const dir of dataCopies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
