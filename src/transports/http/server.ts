/**
 * The HTTP interactions transport: Discord POSTs each interaction to this server
 * (the Interactions Endpoint URL set in the Developer Portal, behind an HTTPS
 * reverse proxy) and takes the response from the HTTP reply. No state is kept
 * between requests, so any number of instances can sit behind a load balancer.
 *
 *   POST / or /interactions   a signed interaction (401 unless the signature verifies)
 *   GET /healthz              200 while the server runs, for the proxy or orchestrator
 *
 * Each interaction is answered by the shared reply plan
 * (src/interactions/respond.ts): the first response goes back in the HTTP
 * reply, and the steps after a deferral (edit, delete, follow-up) through the
 * REST API with the interaction's token. Replies with files are deferred too:
 * Discord does not take multipart/form-data as the HTTP reply to an interaction
 * (https://github.com/discord/discord-api-docs/discussions/6204), only on its
 * REST routes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { finished } from 'node:stream/promises';
import type { Config } from '../../config/env.js';
import { listenOn } from '../../config/listen.js';
import { ResponseType } from '../../discord/limits.js';
import type { InteractionResponse } from '../../discord/payload.js';
import type { Bot } from '../../interactions/bot.js';
import { respond, type Carrier } from '../../interactions/respond.js';
import { runningUntilStopped, type Running } from '../running.js';
import { BODY_DEADLINE_MS, BodyTooLarge, BodyTooSlow, ClientGone, MAX_BODY_BYTES, readBody } from './body.js';
import { parseInteraction } from './interaction.js';
import { checkSignature, publicKeyFromHex } from './signature.js';
import { WebhookClient } from './webhookReplies.js';

export interface EndpointOptions {
  port: number;
  /** 127.0.0.1 when absent. */
  host?: string;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  applicationId: string;
  /** REST base for deferred replies, such as http://127.0.0.1:8080/api; Discord's when absent. */
  apiBase?: string;
  /** One of several workers on one port: the cluster's primary announces the endpoint, not each worker. */
  clusterWorker?: boolean;
  /** ENDPOINT_LIMITS unless a test needs them shorter. */
  limits?: Partial<EndpointLimits>;
}

/**
 * What one client may hold of the endpoint. Discord sends a whole small body
 * at once over connections it reuses, so none of these is near what it
 * needs, and each bounds what a slow or idle client can take: a connection
 * trickling its headers or body is cut at the deadline (408), and past the
 * cap new connections are refused before they cost anything.
 */
export interface EndpointLimits {
  bodyBytes: number;
  /** From the end of the headers to the end of the body. */
  bodyDeadlineMs: number;
  /** From the connection (or the previous request on it) to the end of the headers. */
  headersTimeoutMs: number;
  /** Open connections at once, per process. */
  maxConnections: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Requests on one kept-alive connection before the server asks the client for a new one. */
  maxRequestsPerSocket: number;
}

export const ENDPOINT_LIMITS: EndpointLimits = {
  bodyBytes: MAX_BODY_BYTES,
  bodyDeadlineMs: BODY_DEADLINE_MS,
  headersTimeoutMs: 5000,
  maxConnections: 1000,
  keepAliveTimeoutMs: 5000,
  maxRequestsPerSocket: 10_000,
};

/** The endpoint's options from the configuration, which has already checked that they go together. */
export function endpointOptions(config: Config): EndpointOptions {
  const { INTERACTIONS_PORT: port, DISCORD_PUBLIC_KEY: publicKey, DISCORD_APPLICATION_ID: applicationId } = config;
  if (port === undefined || !publicKey || !applicationId)
    throw new Error('INTERACTIONS_PORT, DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID are all needed for the HTTP endpoint');
  return {
    port,
    publicKey,
    applicationId,
    ...(config.INTERACTIONS_HOST ? { host: config.INTERACTIONS_HOST } : {}),
    ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
  };
}

const INTERACTION_PATHS = new Set(['/', '/interactions']);

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * "Send nothing" (see Dispatched; a user over the cooldown): Discord's request ends at once with no
 * interaction response, which Discord shows as the bot not answering, as over the gateway.
 */
function sendNothing(res: ServerResponse): void {
  res.writeHead(204).end();
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function startInteractionsEndpoint(bot: Bot, options: EndpointOptions): Promise<Running & { port: number; url: string }> {
  const key = publicKeyFromHex(options.publicKey);
  const webhooks = new WebhookClient(options.applicationId, options.apiBase);

  /** The reply plan's steps for one request: the first response in the HTTP reply, the rest over REST. */
  function carrier(res: ServerResponse, id: string, token: string): Carrier {
    return {
      // Discord does not take multipart/form-data as the HTTP reply to an interaction.
      filesInFirstResponse: false,
      async first(response: InteractionResponse) {
        sendJson(res, 200, response);
        // Settled once it has gone out, so a deferral reaches Discord before work that holds the process starts.
        await finished(res);
        if (response.type === ResponseType.DeferredChannelMessageWithSource)
          bot.log.debug({ interaction: id }, 'deferred; the reply follows through the REST API');
      },
      async nothing() {
        sendNothing(res);
        await finished(res);
      },
      ...webhooks.forToken(token),
    };
  }

  const limits = { ...ENDPOINT_LIMITS, ...options.limits };
  /** Requests whose body is still arriving: not interactions yet, so a shutdown drops them rather than waiting. */
  const reading = new Set<IncomingMessage>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = Date.now();
    const path = new URL(req.url ?? '/', 'http://endpoint').pathname;
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
      return sendJson(res, 200, { status: 'ok', mode: 'http', commands: bot.registry.list.length });
    }
    if (!INTERACTION_PATHS.has(path)) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'POST' });

    let body: Buffer;
    reading.add(req);
    try {
      body = await readBody(req, { bytes: limits.bodyBytes, deadlineMs: limits.bodyDeadlineMs });
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, { error: 'body too large' });
      if (error instanceof BodyTooSlow) {
        bot.log.info({ ms: limits.bodyDeadlineMs }, 'request body too slow; connection closed');
        return sendJson(res, 408, { error: 'request body too slow' }, { connection: 'close' });
      }
      // A client hanging up is its own business: nothing to answer, nothing wrong here.
      if (error instanceof ClientGone) return bot.log.debug('client disconnected before its request was complete');
      throw error;
    } finally {
      reading.delete(req);
    }
    const signed = checkSignature(key, { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp') }, body);
    if (!signed.ok) {
      bot.log.info({ reason: signed.reason }, 'refused an unsigned or badly signed request');
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    const parsed = parseInteraction(body);
    if (parsed.kind === 'invalid') {
      bot.log.warn({ problem: parsed.problem }, 'signed request with an unusable body');
      return sendJson(res, 400, { error: parsed.problem });
    }
    if (parsed.kind === 'ping') return sendJson(res, 200, { type: ResponseType.Pong });
    // Tracked from here: a shutdown waits for an interaction, never for a body still arriving.
    await bot.inFlight.track(answer(res, parsed, arrived));
  }

  async function answer(res: ServerResponse, parsed: Extract<ReturnType<typeof parseInteraction>, { kind: 'interaction' }>, arrived: number): Promise<void> {
    if (!(await bot.replays.firstDelivery(parsed.id))) {
      bot.metrics.replayRefused('http');
      bot.log.warn({ interaction: parsed.id }, 'refused a replay: this interaction was already received');
      return sendJson(res, 409, { error: 'interaction already received' });
    }
    try {
      await respond(bot, parsed.incoming, carrier(res, parsed.id, parsed.token), arrived);
    } catch (error) {
      // Once the first response has gone out, a failure is a reply that did not reach Discord (REST), not a failed request.
      if (!res.headersSent) throw error;
      bot.log.warn({ err: error, interaction: parsed.id }, 'could not deliver a reply');
    }
  }

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.headersTimeoutMs + limits.bodyDeadlineMs + 1000,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // One bad request must never take the server down.
        bot.log.error({ err: error }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.on('drop', () => bot.log.debug({ max: limits.maxConnections }, 'connection refused: too many open'));

  const host = options.host ?? '127.0.0.1';
  await listenOn(server, options.port, host, { port: 'INTERACTIONS_PORT', host: 'INTERACTIONS_HOST' });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // In a cluster the primary says it once for all the workers, when every one serves (src/modes/cluster.ts).
  bot.log.info({ port, host, commands: bot.registry.list.length }, options.clusterWorker ? 'worker listening' : 'interactions endpoint listening');

  return runningUntilStopped(
    'http',
    async () => {
      // A body still arriving is not an interaction in flight: drop it, so a slow upload cannot hold the shutdown.
      for (const req of reading) req.socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
    { port, url },
  );
}
