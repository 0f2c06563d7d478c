/**
 * Discord's side of an HTTP Interactions Endpoint: it signs each request with
 * the application's Ed25519 private key (timestamp + raw body) and POSTs it.
 * Tests make a key pair per run; the bot only ever gets the public key.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface Signer {
  /** What DISCORD_PUBLIC_KEY is set to: the raw 32-byte key as 64 hex characters. */
  publicKeyHex: string;
  /** The two headers Discord adds, for this body signed at this time (unix seconds). */
  headers(body: string | Buffer, timestamp?: number): Record<string, string>;
}

export function newSigner(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return signerFor(privateKey, publicKey);
}

function signerFor(privateKey: KeyObject, publicKey: KeyObject): Signer {
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('not an Ed25519 key');
  return {
    publicKeyHex: Buffer.from(x, 'base64url').toString('hex'),
    headers(body, timestamp = Math.floor(Date.now() / 1000)) {
      const signature = sign(null, Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]), privateKey);
      return { 'x-signature-ed25519': signature.toString('hex'), 'x-signature-timestamp': String(timestamp) };
    },
  };
}

/** POSTs an interaction body to an endpoint as Discord does, with the given (signature) headers. */
export async function postInteraction(url: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}
