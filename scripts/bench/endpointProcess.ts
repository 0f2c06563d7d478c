/**
 * An endpoint under test as its own process: the bot started as users start
 * it (`node scripts/run.mjs src/main.ts`, what `npm start` runs), or the
 * node:http ceiling (verifyOnlyEndpoint.ts), on a free port, from a folder
 * with no .env. Ready once it logs that it listens and, for the bot, once
 * every process has finished its background start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const START_TIMEOUT_MS = 120_000;

export interface Endpoint {
  port: number;
  child: ChildProcess;
  /** The processes that answer: the workers of a cluster (whose primary is `child`), else `child` alone. */
  workerPids: number[];
  logs(): string;
  stop(): Promise<void>;
}

/** The bot's entry as `npm start` runs it, and the node:http ceiling beside it. */
export const BOT_ENTRY = path.join(PROJECT_ROOT, 'src/main.ts');
export const VERIFY_ONLY_ENTRY = path.join(PROJECT_ROOT, 'scripts/bench/verifyOnlyEndpoint.ts');

/** `node scripts/run.mjs <entry>` (what `npm start` runs) serving the endpoint on a free port, from a folder with no .env. */
export function startEndpoint(entry: string, publicKeyHex: string, workers: string, env: NodeJS.ProcessEnv = {}): Promise<Endpoint> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/run.mjs'), entry], {
    cwd: os.tmpdir(),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NO_COLOR: '1',
      INTERACTIONS_PORT: '0',
      INTERACTIONS_WORKERS: workers,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: '1300000000000000001',
      // The default level: it announces the port, and autocomplete logs nothing at it (its lines are debug).
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the endpoint did not start within ${START_TIMEOUT_MS / 1000} s:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const listening = stderr
        .split('\n')
        .filter((line) => line.startsWith('{') && line.includes('interactions endpoint listening'))
        .map((line) => JSON.parse(line) as { msg?: string; port?: number; pids?: number[] })
        .find((entry) => entry.msg === 'interactions endpoint listening' && typeof entry.port === 'number');
      // The bot draws its charts in the background after start (each worker its own): measured once that is done, the steady state.
      const processes = listening?.pids?.length ?? 1;
      const warmed = entry !== BOT_ENTRY || stderr.split('"msg":"ready in the background"').length > processes;
      if (listening && warmed) {
        clearTimeout(timer);
        resolve({ port: listening.port!, child, workerPids: listening.pids ?? [child.pid!], logs: () => stderr, stop });
      }
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`the endpoint exited (${code}) before listening:\n${stderr}`));
    });
  });
}
