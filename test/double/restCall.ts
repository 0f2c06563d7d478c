/**
 * One REST call to the Discord double, as it records it: read off the
 * request (a JSON body, or multipart/form-data with `payload_json` and
 * files), named by its route and the interaction it is about, and the answer
 * it got, in Discord's own error shape.
 */
import type { IncomingMessage } from 'node:http';
import { invalidFormBody, type DefinitionProblem } from './commandRules.js';

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

export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const discordError = (status: number, code: number, message: string) => new HttpAnswer(status, { message, code });

/** Discord's refusal of a message or a response that fails its checks, or undefined when nothing failed. */
export function refusal(problems: DefinitionProblem[]): HttpAnswer | undefined {
  if (problems.length === 0) return undefined;
  if (problems.some((p) => p.code === 'EMPTY_MESSAGE')) return discordError(400, 50006, 'Cannot send an empty message');
  return new HttpAnswer(400, invalidFormBody(problems));
}

/**
 * Reads a request whole and names its route; its body is left raw for
 * `readBody`, whose failure is Discord's "invalid JSON" answer.
 * `interactionIdOf` finds the interaction a token was issued for.
 */
export async function readCall(req: IncomingMessage, interactionIdOf: (token: string) => string | undefined): Promise<{ call: RestCall; raw: Buffer }> {
  const url = new URL(req.url ?? '/', 'http://double');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const call: RestCall = {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
    rawPath: url.pathname.replace(/^\/api\/v10/, ''),
    query: url.searchParams,
    route: 'unknown',
    authorized: req.headers.authorization !== undefined,
    contentType: String(req.headers['content-type'] ?? ''),
    body: undefined,
    files: [],
    status: 0,
    fault: false,
    at: Date.now(),
  };
  classify(call, interactionIdOf);
  return { call, raw };
}

export async function readBody(call: RestCall, raw: Buffer): Promise<void> {
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

/** Names the route and the interaction a call is about. */
function classify(call: RestCall, interactionIdOf: (token: string) => string | undefined): void {
  const { method, path } = call;
  // Token routes are matched segment by segment on the path as sent, each segment percent-decoded
  // on its own: a token may hold any character, `/` included, and stays one segment.
  const segments = call.rawPath.split('/').slice(1).map(decodeURIComponent);
  const byToken = (token: string | undefined) => (token ? interactionIdOf(token) : undefined);
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
