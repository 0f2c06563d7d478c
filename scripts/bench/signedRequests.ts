/**
 * The requests the HTTP bench sends: autocompletes of `/case name:` as a
 * reporter types them, with the payload Discord sends, signed beforehand (so
 * signing does not compete for the CPU during a run), each as the whole
 * HTTP/1.1 request written to the socket.
 */
import { loadDataset } from '../../src/dataset/dataset.js';
import { InteractionType } from '../../src/discord/limits.js';
import { interactionPayload } from '../../test/double/interactions.js';
import type { Signer } from '../../test/double/sign.js';
import { prefixes } from './queries.js';

/**
 * Distinct signed requests for the bare verify loop and the verify-only
 * ceiling, reused in turn. The bot answers each interaction id once (its
 * replay guard refuses a second delivery with 409), so every request sent to
 * the bot is a fresh one: signed before its run, as many as the run can send
 * at the verify rate (an upper bound on what it answers), topped up during
 * the run only if that was not enough.
 */
const SIGNED_REQUESTS = 2000;

export interface SignedRequest {
  /** The whole HTTP/1.1 request, as written to the socket. */
  wire: Buffer;
  /** What the signature covers (timestamp + body), and the signature, for the bare verify loop. */
  signed: Buffer;
  signature: Buffer;
  bodyBytes: number;
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
