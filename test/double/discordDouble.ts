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
 *
 * This class is the face tests use; the parts behind it: restCall.ts (a REST
 * call read, named and answered), channel.ts (the messages),
 * interactionLifecycle.ts (tokens, first responses, webhook routes),
 * applicationRoutes.ts, faults.ts, and gateway.ts (the WebSocket side).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { application, gatewayBot, registerCommands } from './applicationRoutes.js';
import { Channel, type DiscordMessage } from './channel.js';
import { Faults, type Fault } from './faults.js';
import { DoubleGateway } from './gateway.js';
import { Interactions, type FirstResponse } from './interactionLifecycle.js';
import {
  buttonPayload,
  interactionPayload,
  messageCommandPayload,
  type ButtonPressSpec,
  type InteractionPayload,
  type InteractionSpec,
  type MessageCommandSpec,
} from './interactions.js';
import { discordError, readBody, readCall, type HttpAnswer, type RestCall, type RouteName } from './restCall.js';

export type { DiscordMessage, Fault, FirstResponse, RestCall, RouteName };
export type { SentFile } from './restCall.js';

export interface DoubleOptions {
  /** Discord's window for the first answer; a callback later than this gets 404 Unknown interaction. */
  responseWindowMs?: number;
  heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends (SHARDS=auto follows it). */
  shards?: number;
}

export class DiscordDouble {
  readonly calls: RestCall[] = [];
  readonly gateway: DoubleGateway;
  private readonly channel = new Channel();
  private readonly interactions: Interactions;
  private readonly faults = new Faults();
  private readonly changes = new EventEmitter();
  /** Tells every `waitFor` to check again. */
  private readonly changed = (): void => void this.changes.emit('change');
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: Required<DoubleOptions>,
  ) {
    this.changes.setMaxListeners(0);
    this.interactions = new Interactions(this.channel, options.responseWindowMs, this.changed);
    this.gateway = new DoubleGateway(() => this.gatewayUrl, options.heartbeatIntervalMs, this.changed);
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
    return this.interactions.register(interactionPayload(spec));
  }

  /** A user runs a command (or types in an autocompleted option): INTERACTION_CREATE on the gateway. */
  interact(spec: InteractionSpec): InteractionPayload {
    return this.send(this.issue(spec));
  }

  /** Registers a button press without sending it (for an HTTP endpoint): only of a button a user could press (Channel.pressable). */
  issuePress(spec: ButtonPressSpec): InteractionPayload {
    return this.interactions.register(buttonPayload(spec, this.channel.pressable(spec)));
  }

  /** A user presses a button on one of the bot's messages: INTERACTION_CREATE (type 3) on the gateway. */
  press(spec: ButtonPressSpec): InteractionPayload {
    return this.send(this.issuePress(spec));
  }

  /** A reporter's message in the channel (not the bot's), for a message command to be used on. */
  reporterPosts(content: string, userId?: string): DiscordMessage {
    return this.channel.reporterPosts(content, userId);
  }

  /** Registers a message command used on a message the double holds, without sending it (for an HTTP endpoint). */
  issueOnMessage(spec: MessageCommandSpec): InteractionPayload {
    return this.interactions.register(messageCommandPayload(spec, this.channel.usable(spec.messageId)));
  }

  /** A user right-clicks a message and picks one of the bot's message commands (Apps): INTERACTION_CREATE on the gateway. */
  useOnMessage(spec: MessageCommandSpec): InteractionPayload {
    return this.send(this.issueOnMessage(spec));
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
    return this.channel.postedEarlier(data, at);
  }

  /** The message as it stands now (a copy), or undefined once deleted. */
  messageById(id: string): DiscordMessage | undefined {
    return this.channel.messageById(id);
  }

  /** The message standing as this interaction's response (`@original`), as it is now. */
  originalMessage(interactionId: string): DiscordMessage | undefined {
    return this.interactions.originalMessage(interactionId);
  }

  /** The accepted first response to this interaction, whether it came to the callback route or as the HTTP answer. */
  responseTo(interactionId: string): FirstResponse | undefined {
    return this.interactions.responseTo(interactionId);
  }

  /**
   * Discord's side of an HTTP Interactions Endpoint: POSTs a (signed) interaction
   * to `url`, and takes a 200 answer as the interaction's response, with the
   * same checks as the callback route. `verdict` is what Discord made of it:
   * 204 accepted, or the status it would have refused it with.
   */
  deliver(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown; verdict?: number }> {
    return this.interactions.deliver(url, body, headers);
  }

  /** The next `times` calls that match get `fault` instead of an answer. */
  failNext(match: (call: RestCall) => boolean, fault: Fault, times = 1): void {
    this.faults.add(match, fault, times);
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
        const recent = this.calls.slice(-5).map((c) => `${c.method} ${c.path} → ${c.status}`);
        reject(new Error(`the Discord double waited ${timeoutMs} ms for ${what}; it has ${this.calls.length} REST calls: ${recent.join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.changes.off('change', attempt);
      };
      if (!attempt()) this.changes.on('change', attempt);
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { call, raw } = await readCall(req, (token) => this.interactions.idOfToken(token));
    let answer: HttpAnswer;
    try {
      await readBody(call, raw);
      if (call.route !== 'callback') await this.interactions.deliveryOf(call.interactionId);
      answer = this.faults.take(call) ?? this.answer(call);
    } catch (error) {
      answer = discordError(400, 50109, `The request body contains invalid JSON. (${(error as Error).message})`);
    }
    call.status = answer.status;
    this.calls.push(call);
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(text ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(text);
    this.changed();
  }

  private answer(call: RestCall): HttpAnswer {
    switch (call.route) {
      case 'gateway':
        return gatewayBot(call, this.gatewayUrl, this.options.shards);
      case 'application':
        return application(call);
      case 'commands':
        return registerCommands(call);
      case 'callback':
        return this.interactions.callback(call);
      case 'original.get':
      case 'original.edit':
      case 'original.delete':
      case 'followup':
        return this.interactions.webhook(call);
      default:
        return discordError(404, 0, '404: Not Found');
    }
  }
}
