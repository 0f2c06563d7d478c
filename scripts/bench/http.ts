/**
 * The HTTP interactions endpoint under load, next to the bare cost of the
 * one thing it cannot skip: Discord's Ed25519 signature on every request.
 *
 * - Bare verify: `crypto.verify` over timestamp + body, in a tight loop on
 *   one core, for the same signed autocomplete bodies the endpoint gets.
 *   Measured before and after the load, and the higher rate is the one the
 *   endpoints are compared with, so a noisy neighbour cannot flatter a ratio.
 * - The bot: started as users start it (`node scripts/run.mjs src/main.ts`, what
 *   `npm start` runs) with INTERACTIONS_PORT=0, twice: as one process (the
 *   default), which has a core to itself while the load comes from this
 *   process on the other; and with INTERACTIONS_WORKERS=auto, one worker
 *   process a core (src/modes/cluster.ts), as a production deployment runs
 *   it, the workers then sharing the cores with the load.
 *   Every request is an autocomplete of `/case name:` (a real name typed key
 *   by key, run together, in characters), with the payload Discord sends,
 *   signed beforehand so signing does not compete for the CPU. Sent over
 *   keep-alive connections on 127.0.0.1 by a minimal HTTP/1.1 client on raw
 *   sockets, so the load costs little CPU (its share is reported) and is not
 *   what limits the rate. Only a 200 whose body is a type 8 response counts.
 * - The ceiling: the same load on a node:http server that only reads the body
 *   and checks the signature (scripts/bench/verifyOnlyEndpoint.ts). No
 *   endpoint on node:http can beat it on this machine; the bot's distance to
 *   it is the bot's own work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os, { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../src/dataset/dataset.js';
import { InteractionType, ResponseType } from '../../src/discord/limits.js';
import { publicKeyFromHex } from '../../src/transports/http/signature.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { interactionPayload } from '../../test/double/interactions.js';
import { newSigner, type Signer } from '../../test/double/sign.js';
import { latency, round, type Latency } from './measure.js';

export interface HttpOptions {
  /** Concurrent keep-alive connections: enough that the server is never waiting for the next request. */
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  verifySeconds: number;
}

export const HTTP_DEFAULTS: HttpOptions = { connections: 32, warmUpSeconds: 3, seconds: 10, verifySeconds: 3 };

/**
 * Distinct signed requests for the bare verify loop and the verify-only
 * ceiling, reused in turn. The bot answers each interaction id once (its
 * replay guard refuses a second delivery with 409), so every request sent to
 * the bot is a fresh one: signed before its run, as many as the run can send
 * at the verify rate (an upper bound on what it answers), topped up during
 * the run only if that was not enough.
 */
const SIGNED_REQUESTS = 2000;
const START_TIMEOUT_MS = 120_000;
/** After the window closes, how long requests still in flight may take before they count as unanswered. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface VerifyRate {
  perSecond: number;
  verified: number;
  seconds: number;
}

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

export interface HttpResult {
  typedValues: number;
  bodyBytes: { min: number; max: number };
  /** Bare `crypto.verify` on one core, before and after the load; `perSecond` is the higher of the two. */
  verify: { before: VerifyRate; after: VerifyRate; perSecond: number };
  /** The bot, started as users start it, as one process (INTERACTIONS_WORKERS=1, the default). */
  endpoint: EndpointLoad;
  /** The bot with INTERACTIONS_WORKERS=auto, one worker a core: the production setting, on which the target is judged. */
  allCores: { endpoint: EndpointLoad; ratio: number };
  /** The ceiling: node:http reading the body and checking the signature, nothing else (scripts/bench/verifyOnlyEndpoint.ts). */
  verifyOnly: EndpointLoad;
  /** The bot's answers per second (one process) ÷ bare verifications per second. */
  ratio: number;
  /** The same for the ceiling. */
  verifyOnlyRatio: number;
}

interface SignedRequest {
  /** The whole HTTP/1.1 request, as written to the socket. */
  wire: Buffer;
  /** What the signature covers (timestamp + body), and the signature, for the bare verify loop. */
  signed: Buffer;
  signature: Buffer;
  bodyBytes: number;
}

function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
}

/** What a reporter types into /case's name option, key by key: each real name as written, run together, and in characters. */
export async function typedValues(): Promise<string[]> {
  const data = await loadDataset();
  const typed = new Set<string>(['']);
  for (const c of data.cases) {
    const name = c.name.toLowerCase();
    for (const text of [name, name.replace(/\s+/g, ''), c.chinese?.simplified ?? '']) for (const p of prefixes(text)) typed.add(p);
  }
  return [...typed];
}

export function signedRequests(values: readonly string[], signer: Signer, count: number = SIGNED_REQUESTS, from = 0): SignedRequest[] {
  return Array.from({ length: count }, (_, n) => {
    const i = from + n;
    const payload = interactionPayload({
      name: 'case',
      type: InteractionType.Autocomplete,
      options: [{ type: 3, name: 'name', value: values[i % values.length]!, focused: true }],
    });
    const body = Buffer.from(JSON.stringify(payload));
    const headers = signer.headers(body);
    const timestamp = headers['x-signature-timestamp']!;
    const head = [
      'POST /interactions HTTP/1.1',
      'Host: 127.0.0.1',
      'User-Agent: Discord-Interactions/1.0 (+https://discord.com)',
      'Content-Type: application/json',
      `Content-Length: ${body.length}`,
      `X-Signature-Ed25519: ${headers['x-signature-ed25519']}`,
      `X-Signature-Timestamp: ${timestamp}`,
      '',
      '',
    ].join('\r\n');
    return {
      wire: Buffer.concat([Buffer.from(head), body]),
      signed: Buffer.concat([Buffer.from(timestamp), body]),
      signature: Buffer.from(headers['x-signature-ed25519']!, 'hex'),
      bodyBytes: body.length,
    };
  });
}

/** Bare verifications per second, on this process's one thread. */
export function verifyRate(key: KeyObject, requests: readonly SignedRequest[], seconds: number): VerifyRate {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let verified = 0;
  let now = start;
  // The clock is read every 64 verifications, so reading it costs nothing measurable.
  while (now < deadline) {
    for (let i = 0; i < 64; i++) {
      const r = requests[(verified + i) % requests.length]!;
      if (!verify(null, r.signed, key, r.signature)) throw new Error('a pre-signed request did not verify');
    }
    verified += 64;
    now = process.hrtime.bigint();
  }
  const elapsed = Number(now - start) / 1e9;
  return { perSecond: Math.round(verified / elapsed), verified, seconds: round(elapsed, 2) };
}

interface Endpoint {
  port: number;
  child: ChildProcess;
  /** The processes that answer: the workers of a cluster (whose primary is `child`), else `child` alone. */
  workerPids: number[];
  logs(): string;
  stop(): Promise<void>;
}

/** The bot's entry as `npm start` runs it, and the node:http ceiling beside it. */
export const BOT_ENTRY = path.join(PROJECT_ROOT, 'src/main.ts');
const VERIFY_ONLY_ENTRY = path.join(PROJECT_ROOT, 'scripts/bench/verifyOnlyEndpoint.ts');

/** `node scripts/run.mjs <entry>` (what `npm start` runs) serving the endpoint on a free port, from a folder with no .env. */
function startEndpoint(entry: string, publicKeyHex: string, workers: string, env: NodeJS.ProcessEnv = {}): Promise<Endpoint> {
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

/** Whether an answer is what Discord expects for autocomplete: a type 8 response with its list of choices. */
function isAutocompleteResult(body: Buffer): boolean {
  try {
    const json = JSON.parse(body.toString('utf8')) as { type?: unknown; data?: { choices?: unknown } };
    return json.type === ResponseType.AutocompleteResult && Array.isArray(json.data?.choices);
  } catch {
    return false;
  }
}

/** Counts what the connections see; only what is answered inside the window counts towards the rate. */
class Load {
  phase: 'warm-up' | 'window' | 'drain' = 'warm-up';
  answered = 0;
  readonly times: number[] = [];
  readonly errorKinds: Record<string, number> = {};
  private sent = 0;

  /** `more` signs fresh requests when the pool runs out; without it the pool is reused in turn. */
  constructor(
    private readonly requests: SignedRequest[],
    private readonly more?: () => SignedRequest[],
  ) {}

  get sending(): boolean {
    return this.phase !== 'drain';
  }

  next(): SignedRequest {
    if (this.more && this.sent >= this.requests.length) this.requests.push(...this.more());
    return this.requests[this.sent++ % this.requests.length]!;
  }

  answer(status: number, body: Buffer, ms: number): void {
    if (status !== 200) return this.error(`HTTP ${status}`);
    if (!isAutocompleteResult(body)) return this.error('200 without a type 8 body');
    if (this.phase !== 'window') return;
    this.answered++;
    this.times.push(ms);
  }

  error(kind: string): void {
    this.errorKinds[kind] = (this.errorKinds[kind] ?? 0) + 1;
  }
}

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * One keep-alive connection: a request, its whole answer, the next request,
 * until the load stops sending. Resolves with how many answers it read.
 */
function connection(port: number, load: Load, sockets: Set<net.Socket>): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', noDelay: true });
    sockets.add(socket);
    let buffered: Buffer = Buffer.alloc(0);
    let sentAt = 0;
    let waiting = false;
    let answers = 0;
    const send = (): void => {
      if (!load.sending) {
        socket.end();
        return;
      }
      waiting = true;
      sentAt = performance.now();
      socket.write(load.next().wire);
    };
    socket.on('connect', send);
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const headEnd = buffered.indexOf(HEAD_END);
      if (headEnd < 0) return;
      const head = buffered.toString('latin1', 0, headEnd);
      const status = Number(head.slice(9, 12));
      const declared = /\r\ncontent-length: *(\d+)/i.exec(head);
      const length = declared ? Number(declared[1]) : status === 204 ? 0 : -1;
      if (length < 0) {
        load.error('answer without content-length');
        socket.destroy();
        return;
      }
      const end = headEnd + HEAD_END.length + length;
      if (buffered.length < end) return;
      // One request at a time on a connection: nothing can follow the answer.
      const body = buffered.subarray(headEnd + HEAD_END.length, end);
      buffered = Buffer.alloc(0);
      waiting = false;
      answers++;
      load.answer(status, body, performance.now() - sentAt);
      send();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => load.error(`socket: ${error.code ?? error.message}`));
    socket.on('close', () => {
      sockets.delete(socket);
      if (waiting) load.error('connection closed before the answer');
      resolve(answers);
    });
  });
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
export async function underLoad(name: string, entry: string, workers: string, signer: Signer, supply: RequestSupply, options: HttpOptions, log: (line: string) => void, env: NodeJS.ProcessEnv = {}): Promise<EndpointLoad> {
  const endpoint = await startEndpoint(entry, signer.publicKeyHex, workers, env);
  let measured: EndpointLoad;
  try {
    measured = await drive(endpoint, supply, options);
  } finally {
    await endpoint.stop();
  }
  log(`  ${name} (${measured.workers} process${measured.workers === 1 ? '' : 'es'}): ${measured.perSecond.toLocaleString('en')} answers/s, p99 ${measured.latency.p99} ms, ${measured.errors} errors`);
  if (measured.answered === 0) throw new Error(`${name} answered nothing usable (${JSON.stringify(measured.errorKinds)}):\n${endpoint.logs().slice(-2000)}`);
  return measured;
}

export async function measureHttp(options: HttpOptions, log: (line: string) => void): Promise<HttpResult> {
  const values = await typedValues();
  const signer = newSigner();
  const requests = signedRequests(values, signer);
  // The key as the endpoint holds it (src/transports/http/signature.ts).
  const key = publicKeyFromHex(signer.publicKeyHex);
  const before = verifyRate(key, requests, options.verifySeconds);
  log(`  bare Ed25519 verify: ${before.perSecond.toLocaleString('en')}/s`);
  const endpoint = await underLoad('the bot\'s endpoint', BOT_ENTRY, '1', signer, fresh(values, signer, before.perSecond, options), options, log);
  // One worker a core, as INTERACTIONS_WORKERS=auto gives; on one core that is the run above.
  const cores = availableParallelism();
  const allCores = cores > 1 ? await underLoad('the bot\'s endpoint, INTERACTIONS_WORKERS=auto', BOT_ENTRY, 'auto', signer, fresh(values, signer, before.perSecond * cores, options), options, log) : endpoint;
  const verifyOnly = await underLoad('node:http + signature check only', VERIFY_ONLY_ENTRY, '1', signer, { pool: requests }, options, log);
  const after = verifyRate(key, requests, options.verifySeconds);
  log(`  bare Ed25519 verify again: ${after.perSecond.toLocaleString('en')}/s`);

  const perSecond = Math.max(before.perSecond, after.perSecond);
  const sizes = requests.map((r) => r.bodyBytes);
  return {
    typedValues: values.length,
    bodyBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    verify: { before, after, perSecond },
    endpoint,
    allCores: { endpoint: allCores, ratio: round(allCores.perSecond / perSecond, 3) },
    verifyOnly,
    ratio: round(endpoint.perSecond / perSecond, 3),
    verifyOnlyRatio: round(verifyOnly.perSecond / perSecond, 3),
  };
}
