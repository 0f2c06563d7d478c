/**
 * The double's gateway: the WebSocket side of Discord as discord.js 14
 * (@discordjs/ws 1.2) drives it. HELLO on connect, an ACK for every
 * heartbeat, READY (with `guilds: []`, so the client is ready at once) for an
 * IDENTIFY, and for a RESUME of the current session every dispatch after the
 * client's `seq`, then RESUMED: as Discord does, so nothing sent across a drop
 * is lost. Every dispatch is kept with its sequence number for that replay.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { APPLICATION_ID, BOT_USER_ID } from './interactions.js';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export type GatewayEvent =
  | { kind: 'connect'; at: number }
  | { kind: 'identify'; at: number; intents: number }
  | { kind: 'resume'; at: number; seq: number; replayed: number; accepted: boolean }
  | { kind: 'closed'; at: number; code: number; by: 'double' | 'client' };

interface Dispatch {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  log: Dispatch[];
}

export class DoubleGateway {
  readonly events: GatewayEvent[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private session: Session | undefined;
  /** The connection dispatches go to: set once it has identified or resumed. */
  private live: WebSocket | undefined;

  constructor(
    private readonly url: () => string,
    private readonly heartbeatIntervalMs: number,
    private readonly changed: () => void,
  ) {
    this.server.on('connection', (ws) => this.onConnection(ws));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(req, socket, head, (ws) => this.server.emit('connection', ws, req));
  }

  /** True while a client has a session and a connection to receive dispatches on. */
  get connected(): boolean {
    return this.live?.readyState === WebSocket.OPEN;
  }

  /** Sends a dispatch now if the client is connected; either way it is kept for a RESUME to replay. */
  dispatch(t: string, d: unknown): number {
    if (!this.session) throw new Error('no gateway session: the client has not identified');
    const event = { s: ++this.session.seq, t, d };
    this.session.log.push(event);
    this.sendDispatch(this.live, event);
    return event.s;
  }

  /** Closes the client's connection: 1006 drops the TCP connection with no close frame, as a network failure does. */
  drop(code: number): void {
    const ws = this.live;
    if (!ws) throw new Error('no live gateway connection to drop');
    this.live = undefined;
    this.record({ kind: 'closed', at: Date.now(), code, by: 'double' });
    if (code === 1006) ws.terminate();
    else ws.close(code, 'closed by the Discord double');
  }

  close(): void {
    for (const ws of this.server.clients) ws.terminate();
    this.server.close();
  }

  private record(event: GatewayEvent): void {
    this.events.push(event);
    this.changed();
  }

  private send(ws: WebSocket | undefined, payload: unknown): void {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  private sendDispatch(ws: WebSocket | undefined, { s, t, d }: Dispatch): void {
    this.send(ws, { op: Op.Dispatch, s, t, d });
  }

  private onConnection(ws: WebSocket): void {
    this.record({ kind: 'connect', at: Date.now() });
    ws.on('message', (raw) => this.onMessage(ws, raw.toString()));
    ws.on('close', (code) => {
      if (this.live === ws) {
        this.live = undefined;
        this.record({ kind: 'closed', at: Date.now(), code, by: 'client' });
      }
    });
    ws.on('error', () => undefined);
    this.send(ws, { op: Op.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private onMessage(ws: WebSocket, raw: string): void {
    let payload: { op?: number; d?: Record<string, unknown> | number | null };
    try {
      payload = JSON.parse(raw);
    } catch {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case Op.Heartbeat:
        this.send(ws, { op: Op.HeartbeatAck });
        return;
      case Op.Identify:
        return this.identify(ws, payload.d as Record<string, unknown>);
      case Op.Resume:
        return this.resume(ws, payload.d as Record<string, unknown>);
      default:
        ws.close(4001, 'Unknown opcode.');
    }
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (typeof d?.token !== 'string' || d.token.length === 0) return void ws.close(4004, 'Authentication failed.');
    this.session = { id: randomUUID().replaceAll('-', ''), seq: 0, log: [] };
    this.live = ws;
    this.record({ kind: 'identify', at: Date.now(), intents: Number(d.intents) });
    this.dispatch('READY', {
      v: 10,
      user: { id: BOT_USER_ID, username: 'Sky Net desk', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0, verified: true, mfa_enabled: false },
      guilds: [],
      session_id: this.session.id,
      session_type: 'normal',
      resume_gateway_url: this.url(),
      shard: [0, 1],
      application: { id: APPLICATION_ID, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      geo_ordered_rtc_regions: [],
      guild_join_requests: [],
      user_settings: {},
    });
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const seq = Number(d?.seq);
    const session = this.session;
    if (!session || d?.session_id !== session.id || !Number.isInteger(seq) || seq > session.seq) {
      // Discord's answer to a session it cannot resume: identify again.
      this.record({ kind: 'resume', at: Date.now(), seq, replayed: 0, accepted: false });
      this.send(ws, { op: Op.InvalidSession, d: false });
      return;
    }
    this.live = ws;
    const missed = session.log.filter((event) => event.s > seq);
    for (const event of missed) this.sendDispatch(ws, event);
    this.record({ kind: 'resume', at: Date.now(), seq, replayed: missed.length, accepted: true });
    this.dispatch('RESUMED', {});
  }
}
