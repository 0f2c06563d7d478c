/** Helpers for the hardening tests: waiting for a condition (never a fixed sleep), capturing log lines, a command that answers when told. */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { defineCommand, type Command } from '../src/commands/types.js';
import { createLogger, type Logger } from '../src/log.js';
import { reply } from '../src/render/embed.js';
import { NODE_TSX_ARGS, ROOT } from './helpers.js';

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
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Types a line into the bot's standard input (left open, as a person at a terminal would). */
  type(line: string): void;
  signal(signal: NodeJS.Signals): void;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts an entry point as `npm start` does (`node --import tsx`: one process,
 * so signals reach the bot itself), with only the environment given and
 * standard input kept open.
 */
export function startProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): BotProcess {
  const child = spawn(process.execPath, [...NODE_TSX_ARGS, ...args], {
    cwd: os.tmpdir(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    type: (line) => child.stdin.write(`${line}\n`),
    signal: (signal) => child.kill(signal),
    exited,
  };
}

/** The JSON log lines a process wrote to standard error. */
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
