/**
 * The double's gateway: the WebSocket side of Discord as discord.js 14
 * (@discordjs/ws 1.2) drives it. HELLO on connect, an ACK for every
 * heartbeat, READY (with `guilds: []`, so the client is ready at once) for an
 * IDENTIFY, and for a RESUME of the current session every dispatch after the
 * client's `seq`, then RESUMED: as Discord does, so nothing sent across a drop
 * is lost. Every dispatch is kept with its sequence number for that replay.
 *
 * Sharding, as Discord does it: an IDENTIFY names its shard (`shard: [id,
 * count]`, [0, 1] when absent) and opens a session for that shard; an
 * interaction from a guild goes to shard `(guild_id >> 22) % count` and to no
 * other (https://discord.com/developers/docs/events/gateway#sharding).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { APPLICATION_ID, BOT_USER_ID } from './interactions.js';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export type GatewayEvent =
  | { kind: 'connect'; at: number }
  | { kind: 'identify'; at: number; intents: number; shard: [number, number] }
  | { kind: 'resume'; at: number; seq: number; replayed: number; accepted: boolean }
  | { kind: 'closed'; at: number; code: number; by: 'double' | 'client' };

interface Dispatch {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  log: Dispatch[];
  /** The connection dispatches go to: set once it has identified or resumed. */
  live: WebSocket | undefined;
}

/** The shard a guild's events go to, by Discord's formula. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

export class DoubleGateway {
  readonly events: GatewayEvent[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  /** One session a shard, by shard id. */
  private readonly sessions = new Map<number, Session>();

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

  /** True while shard `shard` has a session and a connection to receive dispatches on. */
  connected(shard = 0): boolean {
    return this.sessions.get(shard)?.live?.readyState === WebSocket.OPEN;
  }

  /** The shards with a session now, by id: each process of a sharded bot holds one. */
  get shards(): number[] {
    return [...this.sessions.keys()].sort((a, b) => a - b);
  }

  /** Sends a dispatch now if the shard is connected; either way it is kept for a RESUME to replay. */
  dispatch(t: string, d: unknown, shard = 0): number {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`no gateway session for shard ${shard}: the client has not identified`);
    const event = { s: ++session.seq, t, d };
    session.log.push(event);
    this.sendDispatch(session.live, event);
    return event.s;
  }

  /** An interaction goes to the shard of its guild (shard 0 outside a guild). */
  dispatchInteraction(payload: Record<string, unknown>): number {
    const count = this.sessions.get(0)?.shard[1] ?? 1;
    const shard = typeof payload.guild_id === 'string' ? shardOf(payload.guild_id, count) : 0;
    return this.dispatch('INTERACTION_CREATE', payload, shard);
  }

  /** Closes a shard's connection: 1006 drops the TCP connection with no close frame, as a network failure does. */
  drop(code: number, shard = 0): void {
    const session = this.sessions.get(shard);
    const ws = session?.live;
    if (!session || !ws) throw new Error(`no live gateway connection to drop for shard ${shard}`);
    session.live = undefined;
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
      for (const session of this.sessions.values()) {
        if (session.live !== ws) continue;
        session.live = undefined;
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
        this.identify(ws, payload.d as Record<string, unknown>);
        return;
      case Op.Resume:
        this.resume(ws, payload.d as Record<string, unknown>);
        return;
      default:
        ws.close(4001, 'Unknown opcode.');
    }
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (typeof d?.token !== 'string' || d.token.length === 0) return void ws.close(4004, 'Authentication failed.');
    const shard = Array.isArray(d.shard) ? ([Number(d.shard[0]), Number(d.shard[1])] as [number, number]) : ([0, 1] as [number, number]);
    if (!(Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[0] >= 0 && shard[0] < shard[1])) return void ws.close(4010, 'Invalid shard.');
    this.sessions.set(shard[0], { id: randomUUID().replaceAll('-', ''), shard, seq: 0, log: [], live: ws });
    this.record({ kind: 'identify', at: Date.now(), intents: Number(d.intents), shard });
    this.dispatch(
      'READY',
      {
        v: 10,
        user: {
          id: BOT_USER_ID,
          username: 'Sky Net desk',
          discriminator: '0',
          global_name: null,
          avatar: null,
          bot: true,
          flags: 0,
          verified: true,
          mfa_enabled: false,
        },
        guilds: [],
        session_id: this.sessions.get(shard[0])!.id,
        session_type: 'normal',
        resume_gateway_url: this.url(),
        shard,
        application: { id: APPLICATION_ID, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        geo_ordered_rtc_regions: [],
        guild_join_requests: [],
        user_settings: {},
      },
      shard[0],
    );
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const seq = Number(d?.seq);
    const session = [...this.sessions.values()].find((s) => s.id === d?.session_id);
    if (!session || !Number.isInteger(seq) || seq > session.seq) {
      // Discord's answer to a session it cannot resume: identify again.
      this.record({ kind: 'resume', at: Date.now(), seq, replayed: 0, accepted: false });
      this.send(ws, { op: Op.InvalidSession, d: false });
      return;
    }
    session.live = ws;
    const missed = session.log.filter((event) => event.s > seq);
    for (const event of missed) this.sendDispatch(ws, event);
    this.record({ kind: 'resume', at: Date.now(), seq, replayed: missed.length, accepted: true });
    this.dispatch('RESUMED', {}, session.shard[0]);
  }
}
