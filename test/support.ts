/** Helpers for the hardening tests: waiting for a condition (never a fixed sleep), capturing log lines, a command that answers when told. */
import { Writable } from 'node:stream';
import { defineCommand, type Command } from '../src/commands/types.js';
import { createLogger, type Logger } from '../src/log.js';
import { reply } from '../src/render/embed.js';

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
