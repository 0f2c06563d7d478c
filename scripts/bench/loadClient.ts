/**
 * A minimal HTTP/1.1 load client on raw sockets: keep-alive connections on
 * 127.0.0.1, each sending a pre-signed request, reading its whole answer and
 * sending the next, so the load costs little CPU and is not what limits the
 * rate. Only a 200 whose body is a type 8 response counts as answered.
 */
import net from 'node:net';
import { ResponseType } from '../../src/discord/limits.js';
import type { SignedRequest } from './signedRequests.js';

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
export class Load {
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
    if (status !== 200) this.error(`HTTP ${status}`);
    else if (!isAutocompleteResult(body)) this.error('200 without a type 8 body');
    else if (this.phase === 'window') {
      this.answered++;
      this.times.push(ms);
    }
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
export function connection(port: number, load: Load, sockets: Set<net.Socket>): Promise<number> {
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
