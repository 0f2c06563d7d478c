/**
 * A stand-in for Discord on 127.0.0.1, for the real discord.js client and for
 * the bot's HTTP endpoint: one port serves the REST API under /api/v10 and the
 * gateway (WebSocket) at /. It records every REST call and answers as Discord
 * does: 204 for an accepted interaction callback, 404 "Unknown interaction"
 * for a token it did not issue or one whose 3-second window has passed, 400
 * "already acknowledged" for a second answer, 400 "Invalid Form Body" for a
 * reply or a command definition Discord would refuse (checked here, not by the
 * bot's own checkers), and for a response type the interaction cannot take
 * (UPDATE_MESSAGE to a command, autocomplete results to a button). Faults on
 * demand: a gateway drop with any close code, a 429 with `retry_after`, a 5xx.
 *
 * It keeps the messages the bot's answers made, as a channel does: a user can
 * press a button on one of them (an interaction of type 3 carrying the whole
 * message), and an UPDATE_MESSAGE answer (type 7) changes that message in place.
 *
 *   const discord = await DiscordDouble.start();
 *   // bot with DISCORD_API_BASE=discord.apiBase
 *   const sent = discord.interact({ name: 'year', options: [...] });
 *   const call = await discord.waitFor(() => discord.callbackFor(sent.id), 'the reply');
 *   const press = discord.press({ messageId: discord.originalMessage(sent.id)!.id, customId: '...' });
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callbackTypeProblems } from './callbackRules.js';
import { invalidFormBody, registrationProblems, type DefinitionProblem } from './commandRules.js';
import { DoubleGateway } from './gateway.js';
import { snowflake, snowflakeTime } from './ids.js';
import {
  APPLICATION_ID,
  BOT_USER_ID,
  buttonPayload,
  CHANNEL_ID,
  DEFAULT_USER_ID,
  GUILD_ID,
  interactionPayload,
  messageCommandPayload,
  userObject,
  userOf,
  type ButtonPressSpec,
  type InteractionPayload,
  type InteractionSpec,
  type MessageCommandSpec,
} from './interactions.js';
import { choiceProblems, messageProblems } from './messageRules.js';
import { postInteraction } from './sign.js';

export type RouteName = 'gateway' | 'application' | 'callback' | 'original.get' | 'original.edit' | 'original.delete' | 'followup' | 'commands' | 'unknown';

export interface SentFile {
  field: string;
  name: string;
  type: string;
  data: Buffer;
}

export interface RestCall {
  method: string;
  /** After /api/v10, without the query, percent-decoded. */
  path: string;
  /** The same as sent, still percent-encoded: a token may hold any character, `/` included. */
  rawPath: string;
  query: URLSearchParams;
  route: RouteName;
  /** The interaction this call answers, for callback and webhook routes. */
  interactionId?: string;
  /** Whether an Authorization header came with it (its value is not kept). */
  authorized: boolean;
  contentType: string;
  /** The JSON body; for multipart/form-data, the JSON of `payload_json`. */
  body: unknown;
  files: SentFile[];
  /** What the double answered. */
  status: number;
  /** True when the answer was an injected fault. */
  fault: boolean;
  at: number;
}

export type Fault = { status: 429; retryAfter: number; global?: boolean } | { status: 500 | 502 | 503 | 504 } | { status: 404; unknown: 'webhook' | 'interaction' };

interface PendingFault {
  match: (call: RestCall) => boolean;
  fault: Fault;
  remaining: number;
}

/** A message in the channel, as Discord returns it. */
export type DiscordMessage = Record<string, unknown> & { id: string };

/** The interaction's accepted first response, whichever way it came (callback route or HTTP answer). */
export interface FirstResponse {
  body: { type: number; data?: Record<string, unknown> };
  files: SentFile[];
  at: number;
}

interface InteractionState {
  payload: InteractionPayload;
  createdAt: number;
  response?: FirstResponse;
  /** The message `@original` stands for: the reply it made, or for a button answered with 6 or 7, the message the button is on. */
  originalId?: string;
  /** Set while the interaction's HTTP delivery awaits its answer: the answer is its response, whenever this side reads it. */
  delivery?: Promise<void>;
}

export interface DoubleOptions {
  /** Discord's window for the first answer; a callback later than this gets 404 Unknown interaction. */
  responseWindowMs?: number;
  heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends (SHARDS=auto follows it). */
  shards?: number;
}

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

const discordError = (status: number, code: number, message: string) => new HttpAnswer(status, { message, code });

export class DiscordDouble {
  readonly calls: RestCall[] = [];
  readonly gateway: DoubleGateway;
  private readonly interactions = new Map<string, InteractionState>();
  private readonly messages = new Map<string, DiscordMessage>();
  private readonly faults: PendingFault[] = [];
  private readonly changes = new EventEmitter();
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: Required<DoubleOptions>,
  ) {
    this.changes.setMaxListeners(0);
    this.gateway = new DoubleGateway(() => this.gatewayUrl, options.heartbeatIntervalMs, () => this.changes.emit('change'));
    server.on('request', (req, res) => void this.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
  }

  static async start(options: DoubleOptions = {}): Promise<DiscordDouble> {
    const double = new DiscordDouble(createServer(), { responseWindowMs: 3000, heartbeatIntervalMs: 41250, shards: 1, ...options });
    await new Promise<void>((resolve) => double.server.listen(0, '127.0.0.1', resolve));
    double.port = (double.server.address() as AddressInfo).port;
    return double;
  }

  /** What DISCORD_API_BASE is set to: discord.js and @discordjs/rest add /v10. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Registers an interaction (so its token is known) without sending it: for posting it to an HTTP endpoint. */
  issue(spec: InteractionSpec): InteractionPayload {
    return this.register(interactionPayload(spec));
  }

  /** A user runs a command (or types in an autocompleted option): INTERACTION_CREATE on the gateway. */
  interact(spec: InteractionSpec): InteractionPayload {
    return this.send(this.issue(spec));
  }

  /**
   * Registers a button press without sending it (for an HTTP endpoint). Only a
   * button that is there can be pressed: on a message the double holds, from
   * the bot, enabled (Discord's client does not send a press of a disabled one).
   */
  issuePress(spec: ButtonPressSpec): InteractionPayload {
    const message = this.messages.get(spec.messageId);
    if (!message) throw new Error(`no message ${spec.messageId} in the channel: a user can only press a button they can see`);
    if ((message.author as { id?: string } | undefined)?.id !== BOT_USER_ID) throw new Error(`message ${spec.messageId} is not the bot's`);
    const rows = (message.components ?? []) as { components?: { type: number; custom_id?: string; disabled?: boolean }[] }[];
    const button = rows.flatMap((row) => row.components ?? []).find((c) => c.type === 2 && c.custom_id === spec.customId);
    if (!button) throw new Error(`message ${spec.messageId} has no button ${spec.customId}`);
    if (button.disabled) throw new Error(`button ${spec.customId} is disabled: Discord's client cannot press it`);
    return this.register(buttonPayload(spec, structuredClone(message)));
  }

  /** A reporter's message in the channel (not the bot's), for a message command to be used on. */
  reporterPosts(content: string, userId = DEFAULT_USER_ID): DiscordMessage {
    const at = Date.now();
    const { webhook_id: _webhook, application_id: _application, ...base } = this.messageBase(at);
    return structuredClone(this.store({ ...base, type: 0, author: userObject(userId), content, embeds: [], components: [], attachments: [], flags: 0 }));
  }

  /** Registers a message command used on a message the double holds, without sending it (for an HTTP endpoint). */
  issueOnMessage(spec: MessageCommandSpec): InteractionPayload {
    const message = this.messages.get(spec.messageId);
    if (!message) throw new Error(`no message ${spec.messageId} in the channel: a user can only use a command on a message they can see`);
    return this.register(messageCommandPayload(spec, structuredClone(message)));
  }

  /** A user right-clicks a message and picks one of the bot's message commands (Apps): INTERACTION_CREATE on the gateway. */
  useOnMessage(spec: MessageCommandSpec): InteractionPayload {
    return this.send(this.issueOnMessage(spec));
  }

  /** A user presses a button on one of the bot's messages: INTERACTION_CREATE (type 3) on the gateway. */
  press(spec: ButtonPressSpec): InteractionPayload {
    return this.send(this.issuePress(spec));
  }

  /** From now on the interaction's token is known, so its callback and webhook routes answer. */
  private register(payload: InteractionPayload): InteractionPayload {
    this.interactions.set(payload.token, { payload, createdAt: snowflakeTime(payload.id) });
    return payload;
  }

  private send(payload: InteractionPayload): InteractionPayload {
    this.gateway.dispatchInteraction(payload);
    return payload;
  }

  /**
   * A message the bot sent before the test began, `at` (ms since 1970): for a
   * button that has been in the channel for a while. Discord would have
   * checked it when it was sent, so it is checked as a reply now.
   */
  postedEarlier(data: Record<string, unknown>, at: number): DiscordMessage {
    const problems = messageProblems(data, { hasFiles: false, isEdit: false });
    if (problems.length > 0) throw new Error(`Discord would have refused that message: ${JSON.stringify(problems)}`);
    return structuredClone(this.store({ ...this.messageBase(at), ...this.messageContent(data, []) }));
  }

  /** The message as it stands now (a copy), or undefined once deleted. */
  messageById(id: string): DiscordMessage | undefined {
    const message = this.messages.get(id);
    return message && structuredClone(message);
  }

  /** The message standing as this interaction's response (`@original`), as it is now. */
  originalMessage(interactionId: string): DiscordMessage | undefined {
    const id = this.stateOf(interactionId)?.originalId;
    return id === undefined ? undefined : this.messageById(id);
  }

  /** The accepted first response to this interaction, whether it came to the callback route or as the HTTP answer. */
  responseTo(interactionId: string): FirstResponse | undefined {
    return this.stateOf(interactionId)?.response;
  }

  /**
   * Discord's side of an HTTP Interactions Endpoint: POSTs a (signed) interaction
   * to `url`, and takes a 200 answer as the interaction's response, with the
   * same checks as the callback route. `verdict` is what Discord made of it:
   * 204 accepted, or the status it would have refused it with.
   */
  async deliver(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown; verdict?: number }> {
    const state = this.interactions.get(tokenOf(body) ?? '');
    let delivered = () => {};
    // The bot may call the webhook routes as soon as its answer is written, before this side has read
    // the answer off the socket: Discord has the response by then, so those calls wait for it here.
    if (state) state.delivery = new Promise<void>((resolve) => (delivered = resolve));
    try {
      const answer = await postInteraction(url, body, headers);
      if (answer.status !== 200 || !state) return answer;
      const verdict = this.acknowledge(state, answer.json, [], Date.now()).status;
      this.changes.emit('change');
      return { ...answer, verdict };
    } finally {
      if (state) delete state.delivery;
      delivered();
    }
  }

  /** The next `times` calls that match get `fault` instead of an answer. */
  failNext(match: (call: RestCall) => boolean, fault: Fault, times = 1): void {
    this.faults.push({ match, fault, remaining: times });
  }

  callsFor(interactionId: string, route?: RouteName): RestCall[] {
    return this.calls.filter((c) => c.interactionId === interactionId && (route === undefined || c.route === route));
  }

  /** The accepted interaction callback for this interaction, if it has come. */
  callbackFor(interactionId: string): RestCall | undefined {
    return this.callsFor(interactionId, 'callback').find((c) => c.status < 300);
  }

  /** Resolves with the first value `check` gives that is not undefined or false, re-checking on every call and gateway event. */
  waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined || value === false) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`the Discord double waited ${timeoutMs} ms for ${what}; it has ${this.calls.length} REST calls: ${this.calls.slice(-5).map((c) => `${c.method} ${c.path} → ${c.status}`).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.changes.off('change', attempt);
      };
      if (!attempt()) this.changes.on('change', attempt);
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = String(req.headers['content-type'] ?? '');
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      rawPath: url.pathname.replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      route: 'unknown',
      authorized: req.headers.authorization !== undefined,
      contentType,
      body: undefined,
      files: [],
      status: 0,
      fault: false,
      at: Date.now(),
    };
    this.classify(call);
    let answer: HttpAnswer;
    try {
      await this.readBody(call, raw);
      if (call.route !== 'callback') await this.stateOf(call.interactionId)?.delivery;
      answer = this.injectedFault(call) ?? this.answer(call);
    } catch (error) {
      answer = discordError(400, 50109, `The request body contains invalid JSON. (${(error as Error).message})`);
    }
    call.status = answer.status;
    this.calls.push(call);
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(text ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(text);
    this.changes.emit('change');
  }

  private async readBody(call: RestCall, raw: Buffer): Promise<void> {
    if (raw.length === 0) return;
    if (call.contentType.startsWith('multipart/form-data')) {
      // Parsed by the platform's own multipart reader, not by anything the bot ships.
      const form = await new Response(raw, { headers: { 'content-type': call.contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (field === 'payload_json') call.body = JSON.parse(String(value));
        else if (typeof value !== 'string') call.files.push({ field, name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
      return;
    }
    call.body = JSON.parse(raw.toString('utf8'));
  }

  private injectedFault(call: RestCall): HttpAnswer | undefined {
    const pending = this.faults.find((f) => f.remaining > 0 && f.match(call));
    if (!pending) return undefined;
    pending.remaining -= 1;
    call.fault = true;
    const { fault } = pending;
    if (fault.status === 429) {
      return new HttpAnswer(
        429,
        { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global ?? false },
        // Discord gives seconds in the header too; @discordjs/rest waits by the header.
        { 'retry-after': String(Math.ceil(fault.retryAfter)), 'x-ratelimit-scope': 'user', ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}) },
      );
    }
    if (fault.status === 404) return fault.unknown === 'webhook' ? discordError(404, 10015, 'Unknown Webhook') : discordError(404, 10062, 'Unknown interaction');
    return new HttpAnswer(fault.status, { message: 'Service Unavailable', code: 0 });
  }

  /** Names the route and the interaction a call is about. */
  private classify(call: RestCall): void {
    const { method, path } = call;
    // Token routes are matched segment by segment on the path as sent, each segment percent-decoded
    // on its own: a token may hold any character, `/` included, and stays one segment.
    const segments = call.rawPath.split('/').slice(1).map(decodeURIComponent);
    const byToken = (token: string | undefined) => (token ? this.interactions.get(token)?.payload.id : undefined);
    const [first, id, token, ...rest] = segments;
    if (method === 'GET' && path === '/gateway/bot') call.route = 'gateway';
    else if (method === 'GET' && path === '/applications/@me') call.route = 'application';
    else if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) call.route = 'commands';
    else if (first === 'interactions' && /^\d+$/.test(id ?? '') && rest.length === 1 && rest[0] === 'callback' && method === 'POST') {
      call.route = 'callback';
      call.interactionId = id;
    } else if (first === 'webhooks' && rest.length === 2 && rest[0] === 'messages' && rest[1] === '@original') {
      call.route = method === 'PATCH' ? 'original.edit' : method === 'DELETE' ? 'original.delete' : method === 'GET' ? 'original.get' : 'unknown';
      call.interactionId = byToken(token);
    } else if (first === 'webhooks' && rest.length === 0 && token !== undefined && method === 'POST') {
      call.route = 'followup';
      call.interactionId = byToken(token);
    }
  }

  private answer(call: RestCall): HttpAnswer {
    switch (call.route) {
      case 'gateway':
        if (!call.authorized) return discordError(401, 0, '401: Unauthorized');
        // max_concurrency above 1 (as large bots get): shards may identify close together, so tests are quick.
        return new HttpAnswer(200, { url: this.gatewayUrl, shards: this.options.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 } });
      case 'application':
        if (!call.authorized) return discordError(401, 0, '401: Unauthorized');
        return new HttpAnswer(200, { id: APPLICATION_ID, name: 'Sky Net desk', description: '', bot_public: false, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0 });
      case 'commands':
        return this.registerCommands(call);
      case 'callback':
        return this.interactionCallback(call);
      case 'original.get':
      case 'original.edit':
      case 'original.delete':
      case 'followup':
        return this.webhook(call);
      default:
        return discordError(404, 0, '404: Not Found');
    }
  }

  private registerCommands(call: RestCall): HttpAnswer {
    if (!call.authorized) return discordError(401, 0, '401: Unauthorized');
    const problems = registrationProblems(call.body);
    if (problems.length > 0) return new HttpAnswer(400, invalidFormBody(problems));
    const guild = /\/guilds\/(\d+)\//.exec(call.path)?.[1];
    const registered = (call.body as Record<string, unknown>[]).map((definition) => ({
      id: snowflake(),
      application_id: APPLICATION_ID,
      version: snowflake(),
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      ...(guild ? { guild_id: guild } : {}),
      ...definition,
    }));
    return new HttpAnswer(200, registered);
  }

  private interactionCallback(call: RestCall): HttpAnswer {
    const state = this.interactions.get(decodeURIComponent(call.rawPath.split('/')[3] ?? ''));
    if (!state || state.payload.id !== call.interactionId) return discordError(404, 10062, 'Unknown interaction');
    return this.acknowledge(state, call.body, call.files, call.at);
  }

  /** Discord's checks on the first response to an interaction, whichever way it came (callback route or HTTP answer). */
  private acknowledge(state: InteractionState, response: unknown, files: SentFile[], at: number): HttpAnswer {
    if (state.response !== undefined) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    if (at - state.createdAt > this.options.responseWindowMs) return discordError(404, 10062, 'Unknown interaction');
    const body = (response ?? {}) as FirstResponse['body'];
    const refused = this.refusal(callbackTypeProblems(state.payload.type, body.type)) ?? this.refusal(this.dataProblems(body, files).map((p) => ({ ...p, path: ['data', ...p.path] })));
    if (refused) return refused;
    const buttonOn = state.payload.message?.id as string | undefined;
    if ((body.type === 6 || body.type === 7) && !this.messages.has(buttonOn ?? '')) return discordError(404, 10008, 'Unknown Message');
    state.response = { body, files, at };
    switch (body.type) {
      case 4:
        state.originalId = this.newMessage(state, body.data ?? {}, files).id;
        break;
      case 5:
        // Discord's "thinking…" placeholder (flag 128, LOADING), which the edit replaces.
        state.originalId = this.newMessage(state, { flags: Number(body.data?.flags ?? 0) | 128 }, []).id;
        break;
      case 6:
        state.originalId = buttonOn;
        break;
      case 7:
        state.originalId = buttonOn;
        this.edit(this.messages.get(buttonOn ?? ''), body.data ?? {}, files);
        break;
    }
    return new HttpAnswer(204);
  }

  /** The checks on a response's `data` for its type (the type itself is already known to fit the interaction). */
  private dataProblems(body: FirstResponse['body'], files: SentFile[]): DefinitionProblem[] {
    switch (body.type) {
      case 4:
        return messageProblems(body.data, { hasFiles: files.length > 0, isEdit: false });
      case 7:
        // Checked as an edit of the message the button is on: an update may change only some fields.
        return messageProblems(body.data ?? {}, { hasFiles: files.length > 0, isEdit: true });
      case 8:
        return choiceProblems(body.data);
      default:
        return [];
    }
  }

  private stateOf(interactionId: string | undefined): InteractionState | undefined {
    return [...this.interactions.values()].find((s) => s.payload.id === interactionId);
  }

  private webhook(call: RestCall): HttpAnswer {
    const state = this.stateOf(call.interactionId);
    if (!state || state.response === undefined) return discordError(404, 10015, 'Unknown Webhook');
    if (call.route === 'followup') {
      const refused = this.refusal(messageProblems(call.body, { hasFiles: call.files.length > 0, isEdit: false }));
      return refused ?? new HttpAnswer(200, this.newMessage(state, (call.body ?? {}) as Record<string, unknown>, call.files));
    }
    const original = this.messages.get(state.originalId ?? '');
    if (!original) return discordError(404, 10008, 'Unknown Message');
    if (call.route === 'original.delete') {
      this.messages.delete(original.id);
      delete state.originalId;
      return new HttpAnswer(204);
    }
    if (call.route === 'original.edit') {
      const refused = this.refusal(messageProblems(call.body, { hasFiles: call.files.length > 0, isEdit: true }));
      if (refused) return refused;
      this.edit(original, (call.body ?? {}) as Record<string, unknown>, call.files);
    }
    return new HttpAnswer(200, original);
  }

  /**
   * An edit as Discord applies it: the fields sent replace those of the
   * message, the rest stay. New files become the attachments; without files,
   * an `attachments` list keeps only the attachments it names.
   */
  private edit(message: DiscordMessage | undefined, edit: Record<string, unknown>, files: SentFile[]): void {
    if (!message) throw new Error('the Discord double lost the message being edited');
    const { attachments: kept, ...fields } = edit;
    const current = (message.attachments ?? []) as { id: string }[];
    const attachments = files.length > 0 ? this.attachments(files) : Array.isArray(kept) ? current.filter((a) => kept.some((k: { id?: unknown }) => String(k?.id) === a.id)) : current;
    Object.assign(message, fields, { attachments, flags: Number(message.flags ?? 0) & ~128, edited_timestamp: new Date().toISOString() });
  }

  private refusal(problems: DefinitionProblem[]): HttpAnswer | undefined {
    if (problems.length === 0) return undefined;
    if (problems.some((p) => p.code === 'EMPTY_MESSAGE')) return discordError(400, 50006, 'Cannot send an empty message');
    return new HttpAnswer(400, invalidFormBody(problems));
  }

  private attachments(files: SentFile[]) {
    return files.map((f) => ({ id: snowflake(), filename: f.name, size: f.data.length, content_type: f.type, url: `https://cdn.example.invalid/${f.name}`, proxy_url: `https://media.example.invalid/${f.name}` }));
  }

  private store(message: DiscordMessage): DiscordMessage {
    this.messages.set(message.id, message);
    return message;
  }

  /** A message the bot's answer to this interaction makes (a reply, a placeholder, a follow-up), kept in the channel. */
  private newMessage(state: InteractionState, data: Record<string, unknown>, files: SentFile[]): DiscordMessage {
    const { id, type } = state.payload;
    return this.store({
      ...this.messageBase(Date.now()),
      ...this.messageContent(data, files),
      interaction_metadata: { id, type, user: userOf(state.payload), authorizing_integration_owners: { '0': GUILD_ID } },
    });
  }

  /** What every message of the bot's carries: a message object as Discord returns it, complete enough for discord.js's Message class. */
  private messageBase(at: number) {
    return {
      id: snowflake(at),
      type: 20,
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: { id: BOT_USER_ID, username: 'Sky Net desk', discriminator: '0', global_name: null, avatar: null, bot: true },
      timestamp: new Date(at).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      webhook_id: APPLICATION_ID,
      application_id: APPLICATION_ID,
    };
  }

  private messageContent(data: Record<string, unknown>, files: SentFile[]) {
    return {
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      attachments: this.attachments(files),
      flags: Number(data.flags ?? 0),
    };
  }
}

/** The interaction token in a body the double delivers; tests also deliver bodies that are not interactions, or not JSON. */
function tokenOf(body: string): string | undefined {
  try {
    const token = (JSON.parse(body) as { token?: unknown } | null)?.token;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}
