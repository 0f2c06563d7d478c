/**
 * The HTTP interactions mode: Discord POSTs each interaction to this server
 * (the Interactions Endpoint URL set in the Developer Portal, behind an HTTPS
 * reverse proxy) and takes the response from the HTTP reply. No state is kept
 * between requests, so any number of instances can sit behind a load balancer.
 *
 *   POST / or /interactions   a signed interaction (401 unless the signature verifies)
 *   GET /healthz              200 while the server runs, for the proxy or orchestrator
 *
 * Commands are answered inline from the same dispatcher as every other mode.
 * Work still running as Discord's 3-second window closes, and replies with
 * files, are deferred (type 5) and the reply edited in through the REST API:
 * Discord does not take multipart/form-data as the HTTP reply to an interaction
 * (https://github.com/discord/discord-api-docs/discussions/6204), only on its
 * REST routes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { finished } from 'node:stream/promises';
import type { App } from '../app.js';
import type { Config } from '../config/env.js';
import { EPHEMERAL, InteractionType, ResponseType } from '../discord/limits.js';
import { DEFER_AFTER_MS, LATE, withinDeadline } from '../interactions/deadline.js';
import type { Dispatched, Incoming } from '../interactions/dispatch.js';
import { isClusterWorker } from '../modes/cluster.js';
import { runningUntilStopped, type Running } from '../modes/running.js';
import { BodyTooLarge, readBody } from './body.js';
import { DeferredReplies, isEphemeral } from './followUp.js';
import { parseInteraction } from './interaction.js';
import { checkSignature, publicKeyFromHex } from './signature.js';

export interface EndpointOptions {
  port: number;
  /** 127.0.0.1 when absent. */
  host?: string;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  applicationId: string;
  /** REST base for deferred replies, such as http://127.0.0.1:8080/api; Discord's when absent. */
  apiBase?: string;
}

/** The endpoint's options from the configuration, which has already checked that they go together. */
export function endpointOptions(config: Config): EndpointOptions {
  const { INTERACTIONS_PORT: port, DISCORD_PUBLIC_KEY: publicKey, DISCORD_APPLICATION_ID: applicationId } = config;
  if (port === undefined || !publicKey || !applicationId) throw new Error('INTERACTIONS_PORT, DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID are all needed for the HTTP endpoint');
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

export async function startInteractionsEndpoint(app: App, options: EndpointOptions): Promise<Running & { port: number; url: string }> {
  const key = publicKeyFromHex(options.publicKey);
  const deferred = new DeferredReplies(options.applicationId, options.apiBase);
  /** Deferred replies still being finished, so stopping waits for them. */
  const pending = new Set<Promise<void>>();

  function finishLater(token: string, work: Promise<Dispatched>, deferredEphemeral: boolean): void {
    const job = work
      .then((dispatched) => deferred.complete(token, dispatched, deferredEphemeral))
      .catch((error: unknown) => app.log.warn({ err: error }, 'could not deliver a deferred reply'))
      .finally(() => pending.delete(job));
    pending.add(job);
    // An answer computed but not yet delivered is still in flight for a graceful shutdown.
    void app.inFlight.track(job);
  }

  async function answer(res: ServerResponse, id: string, token: string, incoming: Incoming, arrived: number): Promise<void> {
    // Autocomplete cannot be deferred, and a button press is quick (no rendering): both answer inline,
    // a button with UPDATE_MESSAGE (type 7) or a private message (type 4), as the gateway does.
    if (incoming.type === InteractionType.Autocomplete || incoming.type === InteractionType.MessageComponent) {
      const { response } = await app.handle(incoming);
      return response === null ? sendNothing(res) : sendJson(res, 200, response);
    }
    if (app.registry.get(incoming.commandName)?.defer) {
      // A command that says up front it may be slow (such as a chart) is deferred at once, as over the
      // gateway: the answer goes out before the work starts, since work that computes synchronously (a
      // chart render) would otherwise hold it back. Whether the reply is private is not known yet: a
      // private one replaces the public placeholder (src/http/followUp.ts).
      sendJson(res, 200, { type: ResponseType.DeferredChannelMessageWithSource });
      await finished(res);
      app.log.debug({ interaction: id, ready: false }, 'deferred; the reply follows through the REST API');
      finishLater(token, app.handle(incoming), false);
      return;
    }
    const work = app.handle(incoming);
    const first = await withinDeadline(work, DEFER_AFTER_MS - (Date.now() - arrived));
    if (first !== LATE && first.response === null) return sendNothing(res);
    if (first !== LATE && first.files.length === 0) return sendJson(res, 200, first.response);
    // Known ephemeral (a reply with files that was ready in time): the defer says so, and the edit keeps it private.
    const ephemeral = first !== LATE && isEphemeral(first);
    sendJson(res, 200, { type: ResponseType.DeferredChannelMessageWithSource, ...(ephemeral ? { data: { flags: EPHEMERAL } } : {}) });
    app.log.debug({ interaction: id, ready: first !== LATE }, 'deferred; the reply follows through the REST API');
    finishLater(token, work, ephemeral);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = Date.now();
    const path = new URL(req.url ?? '/', 'http://endpoint').pathname;
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
      return sendJson(res, 200, { status: 'ok', mode: 'http', commands: app.registry.list.length });
    }
    if (!INTERACTION_PATHS.has(path)) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'POST' });

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, { error: 'body too large' });
      throw error;
    }
    const signed = checkSignature(key, { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp') }, body);
    if (!signed.ok) {
      app.log.info({ reason: signed.reason }, 'refused an unsigned or badly signed request');
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    const parsed = parseInteraction(body);
    if (parsed.kind === 'invalid') {
      app.log.warn({ problem: parsed.problem }, 'signed request with an unusable body');
      return sendJson(res, 400, { error: parsed.problem });
    }
    if (parsed.kind === 'ping') return sendJson(res, 200, { type: ResponseType.Pong });
    return answer(res, parsed.id, parsed.token, parsed.incoming, arrived);
  }

  const server = createServer((req, res) => {
    // Tracked so a graceful shutdown waits for the HTTP answer to go out (src/modes/shutdown.ts).
    app.inFlight.track(handle(req, res)).catch((error: unknown) => {
      // One bad request must never take the server down.
      app.log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // In a cluster the primary says it once for all the workers, when every one serves (src/modes/cluster.ts).
  app.log.info({ port, host, commands: app.registry.list.length }, isClusterWorker() ? 'worker listening' : 'interactions endpoint listening');

  return runningUntilStopped(
    'http',
    async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await Promise.allSettled(pending);
    },
    { port, url },
  );
}
