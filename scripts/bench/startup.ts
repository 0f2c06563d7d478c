/**
 * Start-up, as a script or a person pays for it: the wall time from starting
 * the command to the first byte of its answer, measured from outside the
 * process (the npm scripts as users run them), several runs, the median.
 *
 * - `npm run ask -- "/year year:2019" --json`: a command-line answer;
 * - `npm start` with a command piped in: terminal mode, first answer;
 * - `npm run factcheck` (draft on standard input), when the script exists;
 * - the same without npm (`node scripts/run.mjs ...`), to show what npm adds;
 * - what the first start after a source edit adds (the compile);
 * - `npm start` on the benchmark's 100,000 cases: data already checked (the
 *   cache), a first /year and a first /case; and once on data not yet checked.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_CACHE_DIR } from '../../src/data/cache.js';
import { NAMES_CACHE_DIR } from '../../src/dataset/nameSnapshot.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { round } from './measure.js';

const TIMEOUT_MS = 180_000;
const RUNS = 5;
const BIG_RUNS = 3;

export interface StartupRun {
  how: string;
  /** Milliseconds to the first byte of the answer, one per run. */
  runs: number[];
  median: number;
  /** The bound, where there is one (ms). */
  target?: number;
}

interface Launch {
  command: string;
  args: readonly string[];
  /** Written to standard input, which is then closed. */
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Milliseconds from the start to the first byte of the answer. Resolved once
 * the process has exited, not at that byte: a run still finishing (a bot
 * ending at the end of its input, writing the name index it built) must not
 * share the machine with the next run, nor be cut short before it.
 */
function timeToFirstAnswer({ command, args, input = '', env = {} }: Launch): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // An empty DISCORD_TOKEN keeps a developer's .env token from starting the gateway instead.
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', NO_COLOR: '1', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    let answeredMs: number | undefined;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${command} ${args.join(' ')}: ${answeredMs === undefined ? 'no answer' : 'not ended'} within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.stdout.once('data', () => {
      answeredMs = Number(process.hrtime.bigint() - start) / 1e6;
    });
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (answeredMs !== undefined) resolve(answeredMs);
      else reject(new Error(`${command} ${args.join(' ')} exited (${code}) before answering: ${stderr.slice(0, 500)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

async function repeat(how: string, times: number, once: () => Promise<number>, target?: number): Promise<StartupRun> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(round(await once(), 0));
  const sorted = [...runs].sort((a, b) => a - b);
  return { how, runs, median: sorted[Math.floor(sorted.length / 2)]!, ...(target !== undefined ? { target } : {}) };
}

/** A sentence a reporter might file, for the copy desk. */
const DRAFT = 'Sky Net 2019 brought back 2,041 fugitives, the most of any year.\n';

function hasScript(name: string): boolean {
  const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  return name in scripts;
}

/** The compile the first start after an edit adds: tsc, emit only, into a fresh folder. */
function timeCompile(): number {
  const out = mkdtempSync(path.join(os.tmpdir(), 'skynet-build-'));
  try {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--noCheck'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Every start-up figure. `bigData` is the 100,000-case folder (when the run
 * made it); `someName` a name in it, for a first /case.
 */
export async function measureStartup(bigData: string | undefined, someName: string | undefined, log: (line: string) => void): Promise<StartupRun[]> {
  const results: StartupRun[] = [];
  const add = (run: StartupRun): void => {
    results.push(run);
    log(`  ${run.how}: ${run.median} ms (${run.runs.join(', ')})`);
  };
  const year = '/year year:2019';
  // Once, unmeasured: builds if the sources changed, and checks and caches the data.
  await timeToFirstAnswer({ command: 'npm', args: ['run', '--silent', 'ask', '--', year, '--json'] });
  add(
    await repeat(
      `npm run ask -- "${year}" --json`,
      RUNS,
      () => timeToFirstAnswer({ command: 'npm', args: ['run', '--silent', 'ask', '--', year, '--json'] }),
      1000,
    ),
  );
  add(
    await repeat(`npm start, first answer (${year})`, RUNS, () => timeToFirstAnswer({ command: 'npm', args: ['start', '--silent'], input: `${year}\n` }), 1000),
  );
  if (hasScript('factcheck')) {
    add(
      await repeat(
        'npm run factcheck -- --json (a sentence on standard input)',
        RUNS,
        () => timeToFirstAnswer({ command: 'npm', args: ['run', '--silent', 'factcheck', '--', '--json'], input: DRAFT }),
        1000,
      ),
    );
  }
  add(
    await repeat(`node scripts/run.mjs src/cli/ask.ts "${year}" --json (no npm)`, RUNS, () =>
      timeToFirstAnswer({ command: process.execPath, args: ['scripts/run.mjs', 'src/cli/ask.ts', year, '--json'] }),
    ),
  );
  add(await repeat('compile after a source edit (tsc --noCheck, added once)', 3, async () => timeCompile()));
  if (bigData && existsSync(bigData)) {
    const env = { DATA_DIR: bigData };
    const where = path.relative(PROJECT_ROOT, bigData);
    const firstAnswer = (line: string) => timeToFirstAnswer({ command: 'npm', args: ['start', '--silent'], input: `${line}\n`, env });
    await firstAnswer(year);
    add(await repeat(`DATA_DIR=${where} npm start, first answer (${year})`, BIG_RUNS, () => firstAnswer(year), 4000));
    if (someName) {
      const line = `/case name:${someName}`;
      // As the /year rows read data checked before, these read the name index kept before
      // (nameSnapshot.ts: this first run builds it and keeps it as it ends)...
      await firstAnswer(line);
      add(await repeat(`DATA_DIR=${where} npm start, first answer (${line})`, BIG_RUNS, () => firstAnswer(line), 4000));
      // ...and this one builds it, as the first start on new data does.
      add(
        await repeat(`DATA_DIR=${where} npm start, name index not kept before (${line})`, 1, async () => {
          rmSync(NAMES_CACHE_DIR, { recursive: true, force: true });
          return timeToFirstAnswer({ command: 'npm', args: ['start', '--silent'], input: `${line}\n`, env });
        }),
      );
    }
    add(
      await repeat(`DATA_DIR=${where} npm start, data not checked before (${year})`, 1, async () => {
        // Every checked folder forgotten: this start checks the 100,000 cases, then caches them again.
        rmSync(DATA_CACHE_DIR, { recursive: true, force: true });
        return timeToFirstAnswer({ command: 'npm', args: ['start', '--silent'], input: `${year}\n`, env });
      }),
    );
  }
  return results;
}
