/**
 * `npm run bench`: how fast the bot answers, at the report's twenty cases
 * and at 1,000, 10,000 and 100,000 synthetic ones, next to a naive fuse.js
 * baseline measured in the same run and the oracle (every name ranked by OSA
 * distance: the accuracy ceiling). Deterministic from the seed; a table on
 * screen and, as the last line, one JSON object with every figure.
 *
 *   npm run bench                            everything (a few minutes)
 *   npm run bench -- --sizes 1000,10000      fewer sizes
 *   npm run bench -- --sizes 1000000 --no-startup --no-http --no-real
 *                                            a million cases (about half an hour; a token baseline sample)
 *   npm run bench -- --seed other            other data and queries
 *   npm run bench -- --no-startup            skip the process start timings
 *   npm run bench -- --no-http               skip the HTTP endpoint under load
 *   npm run bench -- --no-service            skip shared state's cost and /year during chart renders
 *
 * The data folders stay in .bench/ (data-100000 and so on): `DATA_DIR=.bench/data-100000 npm start`
 * runs the bot on one of them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCommands } from '../../src/registry/registry.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { HTTP_DEFAULTS, measureHttp } from './http.js';
import { measureRealData } from './realData.js';
import { render, type BenchResult } from './report.js';
import { targetsOf } from './targets.js';
import { measureStartup } from './startup.js';
import { runSize } from './synthetic.js';
import { measureService, renderService, SERVICE_DEFAULTS, type ServiceResult } from './service.js';

const BENCH_DIR = path.join(PROJECT_ROOT, '.bench');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      seed: { type: 'string', default: 'skynet' },
      'no-startup': { type: 'boolean', default: false },
      'no-real': { type: 'boolean', default: false },
      'no-http': { type: 'boolean', default: false },
      'no-service': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes
    .split(',')
    .filter(Boolean)
    .map((s) => Number(s.replace(/[_,]/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error(`--sizes: expected whole numbers of cases (20 or more), got ${values.sizes}`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const registry = await loadCommands();

  const result: BenchResult & { service: ServiceResult | null } = {
    seed: values.seed,
    node: process.version,
    cpus: os.cpus().length,
    sizes: [],
    realData: null,
    startup: [],
    http: null,
    service: null,
    targets: [],
    notes: ['times are wall-clock on a shared machine: compare the bot and the baseline within one run, not across runs.'],
  };
  for (const cases of sizes) {
    log(`synthetic data, ${cases.toLocaleString('en')} cases...`);
    result.sizes.push(await runSize(cases, values.seed, BENCH_DIR, registry, log));
  }
  if (!values['no-real']) {
    log('real data...');
    result.realData = await measureRealData(registry);
  }
  if (!values['no-startup']) {
    log('start-up...');
    const big = result.sizes.find((s) => s.cases === 100_000);
    result.startup = await measureStartup(big?.dataDir, big?.someName, log);
    result.notes.push('start-up is timed from outside the process, to the first byte of the answer; the median of the runs.');
  }
  if (!values['no-http']) {
    log('HTTP endpoint...');
    result.http = await measureHttp(HTTP_DEFAULTS, log);
    result.notes.push(
      "the HTTP endpoint runs in processes of its own, the load and the bare verify loop in this one: as one process it has a core to itself; with one worker a core the workers share the cores with the load. The target is judged on the latter, as deployed, against one core's verify rate.",
    );
  }
  if (!values['no-service']) {
    log('service: shared state, charts...');
    result.service = await measureService(SERVICE_DEFAULTS, log);
  }
  result.targets = targetsOf(result.sizes, result.realData, result.http, result.startup);

  const json = JSON.stringify(result);
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${render(result)}${result.service ? renderService(result.service) : ''}\n${json}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
