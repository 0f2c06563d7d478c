/**
 * `npm run fuzz [-- --runs N] [--seed S] [--only /case]`: property-based
 * fuzzing of every command and autocomplete handler through `app.handle`,
 * 10,000 interactions each by default. Prints what was tried and what failed
 * per handler; a new failure is added to test/fuzz/regressions.ts (shrunk)
 * so `npm test` keeps checking it. Exits 1 when anything failed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { reportStartupError } from '../src/cli/startupError.js';
import { silentLogger } from '../src/log.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { fuzzTarget, fuzzTargets, type FuzzFailure } from '../test/fuzz/engine.js';
import { fuzzConfig } from '../test/fuzz/app.js';

const REGRESSIONS_FILE = path.join(PROJECT_ROOT, 'test/fuzz/regressions.ts');
const MARKER = '  // npm run fuzz adds new cases above this line';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function record(failures: FuzzFailure[]): void {
  const text = readFileSync(REGRESSIONS_FILE, 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  const fresh = failures.filter((f) => !text.includes(f.incoming));
  if (fresh.length === 0) return;
  const entries = fresh.map(
    (f) =>
      `  { target: ${JSON.stringify(f.target)}, found: '${today}', problems: ${JSON.stringify(f.problems.map((p) => p.split('\n')[0]))}, incoming: ${f.incoming} },\n`,
  );
  writeFileSync(REGRESSIONS_FILE, text.replace(MARKER, `${entries.join('')}${MARKER}`));
  process.stdout.write(`added ${fresh.length} case(s) to ${path.relative(process.cwd(), REGRESSIONS_FILE)}\n`);
}

async function main(args: string[]): Promise<number> {
  const runs = Number(flag(args, '--runs') ?? 10_000);
  const seed = Number(flag(args, '--seed') ?? Math.floor(Math.random() * 2 ** 31));
  const only = flag(args, '--only');
  if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
    process.stderr.write('usage: npm run fuzz [-- --runs 10000] [--seed 42] [--only /case]\n');
    return 2;
  }
  const app = await createApp(fuzzConfig(), silentLogger);
  const targets = (await fuzzTargets(app)).filter((t) => only === undefined || t.name === only || t.name.startsWith(`${only} `));
  process.stdout.write(`fuzzing ${targets.length} handlers, ${runs} interactions each, seed ${seed}\n`);
  const failures: FuzzFailure[] = [];
  let totalTried = 0;
  let totalFailed = 0;
  for (const target of targets) {
    const started = performance.now();
    const report = await fuzzTarget(app, target, runs, seed);
    totalTried += report.tried;
    totalFailed += report.failed;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${target.name.padEnd(24)} tried ${String(report.tried).padStart(6)}  failed ${String(report.failed).padStart(5)}  (${seconds} s, slowest ${report.slowestMs} ms; ${Object.entries(
        report.outcomes,
      )
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')})\n`,
    );
    if (report.failure) {
      failures.push(report.failure);
      process.stdout.write(`  smallest failing case: ${report.failure.incoming}\n${report.failure.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    }
  }
  process.stdout.write(`total: tried ${totalTried}, failed ${totalFailed}\n`);
  if (failures.length > 0) record(failures);
  return totalFailed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportStartupError(error);
  },
);
