/**
 * Discord signs every request to an Interactions Endpoint with the
 * application's Ed25519 key: `X-Signature-Ed25519` (hex) over
 * `X-Signature-Timestamp` + the raw body. Discord also sends deliberately bad
 * signatures and removes an endpoint that accepts one, so anything that does
 * not verify is refused before the body is even parsed.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { SIGNATURE_WINDOW_MS } from '../../discord/limits.js';

/** A request signed longer ago (or further ahead) than this is refused: a captured request cannot be replayed later (and within it, the replay guard refuses it). */
export const MAX_CLOCK_SKEW_MS = SIGNATURE_WINDOW_MS;

const SIGNATURE = /^[0-9a-f]{128}$/i;
const TIMESTAMP = /^\d{1,12}$/;

/** The public key from the Developer Portal (64 hex characters), as a key node:crypto can verify with. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('the public key must be 64 hex characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export interface SignedHeaders {
  signature: string | undefined;
  timestamp: string | undefined;
}

/** Whether the request really comes from Discord, and recently; the reason is for the log, never for the caller. */
export function checkSignature(key: KeyObject, { signature, timestamp }: SignedHeaders, body: Buffer, now: number = Date.now()): SignatureCheck {
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!SIGNATURE.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(now - Number(timestamp) * 1000) > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'timestamp too far from now' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? { ok: true } : { ok: false, reason: 'signature does not verify' };
}
