/**
 * Time from process start to the first answer in terminal mode: the bot is
 * started with one command piped in, as a person would
 * (`printf '/about\n' | npm start`), and the clock stops at the first byte
 * of the reply.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import { round } from './measure.js';

const TIMEOUT_MS = 120_000;

export interface StartupRun {
  how: string;
  /** Milliseconds to the first byte of the answer, one per run. */
  runs: number[];
  median: number;
}

function timeToFirstAnswer(command: string, args: readonly string[], line: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // An empty DISCORD_TOKEN keeps a developer's .env token from starting the gateway instead.
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, DISCORD_TOKEN: '', NO_COLOR: '1', LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${command} ${args.join(' ')}: no answer within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.stdout.once('data', () => {
      clearTimeout(timer);
      resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before answering: ${stderr.slice(0, 500)}`));
    });
    child.stdin.end(`${line}\n`);
  });
}

async function repeat(how: string, times: number, once: () => Promise<number>): Promise<StartupRun> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(round(await once(), 0));
  const sorted = [...runs].sort((a, b) => a - b);
  return { how, runs, median: sorted[Math.floor(sorted.length / 2)]! };
}

/** `npm start` (tsx), and the compiled build (built into `benchDir/dist`); with `bigData`, tsx on that folder too. */
export async function measureStartup(line: string, benchDir: string, bigData: string | undefined, log: (line: string) => void): Promise<StartupRun[]> {
  const results: StartupRun[] = [];
  results.push(await repeat('npm start', 3, () => timeToFirstAnswer('npm', ['start', '--silent'], line, {})));
  log(`  npm start: ${results[results.length - 1]!.median} ms`);
  const dist = path.join(benchDir, 'dist');
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dist], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  results.push(await repeat('node dist/src/main.js', 3, () => timeToFirstAnswer(process.execPath, [path.join(dist, 'src/main.js')], line, {})));
  log(`  compiled: ${results[results.length - 1]!.median} ms`);
  if (bigData) {
    results.push(await repeat(`npm start, DATA_DIR=${path.relative(PROJECT_ROOT, bigData)}`, 1, () => timeToFirstAnswer('npm', ['start', '--silent'], line, { DATA_DIR: bigData })));
    log(`  npm start on ${path.basename(bigData)}: ${results[results.length - 1]!.median} ms`);
  }
  return results;
}
