/**
 * One endpoint under the load, measured: started, driven by keep-alive
 * connections through a warm-up and a timed window, drained, stopped. What
 * counts is what is answered inside the window; the CPU the server's
 * processes and this process (the load) used is reported beside the rate.
 */
import { readFileSync } from 'node:fs';
import type net from 'node:net';
import type { Signer } from '../../test/double/sign.js';
import { startEndpoint, type Endpoint } from './endpointProcess.js';
import { connection, Load } from './loadClient.js';
import { latency, round, type Latency } from './measure.js';
import { signedRequests, type SignedRequest } from './signedRequests.js';

export interface HttpOptions {
  /** Concurrent keep-alive connections: enough that the server is never waiting for the next request. */
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  verifySeconds: number;
}

/** After the window closes, how long requests still in flight may take before they count as unanswered. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface EndpointLoad {
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  /** 200s with a type 8 body, answered inside the window, per second. */
  perSecond: number;
  answered: number;
  latency: Latency;
  /** Anything else, over the whole run (warm-up included), by what went wrong. */
  errors: number;
  errorKinds: Record<string, number>;
  /** Processes answering (the workers; 1 without a cluster). */
  workers: number;
  /** CPU the server's processes (a cluster's primary and workers) used during the window, in cores (null where /proc is not there). */
  serverCpu: number | null;
  /** CPU this process (the load) used during the window, as a fraction of one core. */
  loadCpu: number;
}

/** CPU time some processes have used together, in seconds, from /proc (Linux); null elsewhere. */
function processCpuSeconds(pids: readonly number[]): number | null {
  try {
    let ticks = 0;
    for (const pid of new Set(pids)) {
      // Fields 14 and 15 (user and system time, in clock ticks) follow the command name in parentheses.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux build node ships for. */
const CLOCK_TICKS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests for one run: a reused pool, or fresh ones (`fresh`) for an endpoint that refuses a replay. */
export interface RequestSupply {
  pool: SignedRequest[];
  more?: () => SignedRequest[];
}

async function drive(endpoint: Endpoint, supply: RequestSupply, options: HttpOptions): Promise<EndpointLoad> {
  const load = new Load(supply.pool, supply.more);
  const sockets = new Set<net.Socket>();
  // A connection the server drops is opened again, unless it never answered at all (the server is gone).
  const worker = async (): Promise<void> => {
    while (load.sending && (await connection(endpoint.port, load, sockets)) > 0);
  };
  const workers = Promise.all(Array.from({ length: options.connections }, worker));

  await sleep(options.warmUpSeconds * 1000);
  const serverPids = [endpoint.child.pid!, ...endpoint.workerPids];
  const serverCpuStart = processCpuSeconds(serverPids);
  const loadCpuStart = process.cpuUsage();
  const start = performance.now();
  load.phase = 'window';
  await sleep(options.seconds * 1000);
  load.phase = 'drain';
  const elapsed = (performance.now() - start) / 1000;
  const serverCpuEnd = processCpuSeconds(serverPids);
  const loadCpu = process.cpuUsage(loadCpuStart);

  const drained = await Promise.race([workers.then(() => true), sleep(DRAIN_TIMEOUT_MS).then(() => false)]);
  if (!drained) for (const socket of sockets) socket.destroy();
  await workers;

  const errors = Object.values(load.errorKinds).reduce((a, b) => a + b, 0);
  return {
    connections: options.connections,
    warmUpSeconds: options.warmUpSeconds,
    seconds: round(elapsed, 2),
    perSecond: Math.round(load.answered / elapsed),
    answered: load.answered,
    latency: latency(load.times),
    errors,
    errorKinds: load.errorKinds,
    workers: endpoint.workerPids.length,
    serverCpu: serverCpuStart === null || serverCpuEnd === null ? null : round((serverCpuEnd - serverCpuStart) / elapsed, 2),
    loadCpu: round((loadCpu.user + loadCpu.system) / 1e6 / elapsed, 2),
  };
}

/** Fresh signed requests, enough for `perSecond` over the whole run, and more on demand. */
export function fresh(values: readonly string[], signer: Signer, perSecond: number, options: HttpOptions): RequestSupply {
  let signed = 0;
  const sign = (count: number) => {
    const batch = signedRequests(values, signer, count, signed).map((r) => ({ ...r, signed: EMPTY, signature: EMPTY }));
    signed += count;
    return batch;
  };
  return { pool: sign(Math.ceil(perSecond * (options.warmUpSeconds + options.seconds + 1))), more: () => sign(1000) };
}
const EMPTY = Buffer.alloc(0);

/** One endpoint under the load, stopped afterwards whatever happens. */
export async function underLoad(
  name: string,
  entry: string,
  workers: string,
  signer: Signer,
  supply: RequestSupply,
  options: HttpOptions,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = {},
): Promise<EndpointLoad> {
  const endpoint = await startEndpoint(entry, signer.publicKeyHex, workers, env);
  let measured: EndpointLoad;
  try {
    measured = await drive(endpoint, supply, options);
  } finally {
    await endpoint.stop();
  }
  log(
    `  ${name} (${measured.workers} process${measured.workers === 1 ? '' : 'es'}): ${measured.perSecond.toLocaleString('en')} answers/s, p99 ${measured.latency.p99} ms, ${measured.errors} errors`,
  );
  if (measured.answered === 0) throw new Error(`${name} answered nothing usable (${JSON.stringify(measured.errorKinds)}):\n${endpoint.logs().slice(-2000)}`);
  return measured;
}
