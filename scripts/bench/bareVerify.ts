/**
 * The bare cost of the one thing an interactions endpoint cannot skip:
 * `crypto.verify` of Discord's Ed25519 signature over timestamp + body, in a
 * tight loop on one core, for the same signed bodies the endpoint gets.
 */
import { verify, type KeyObject } from 'node:crypto';
import { round } from './measure.js';
import type { SignedRequest } from './signedRequests.js';

export interface VerifyRate {
  perSecond: number;
  verified: number;
  seconds: number;
}

/** Bare verifications per second, on this process's one thread. */
export function verifyRate(key: KeyObject, requests: readonly SignedRequest[], seconds: number): VerifyRate {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let verified = 0;
  let now = start;
  // The clock is read every 64 verifications, so reading it costs nothing measurable.
  while (now < deadline) {
    for (let i = 0; i < 64; i++) {
      const r = requests[(verified + i) % requests.length]!;
      if (!verify(null, r.signed, key, r.signature)) throw new Error('a pre-signed request did not verify');
    }
    verified += 64;
    now = process.hrtime.bigint();
  }
  const elapsed = Number(now - start) / 1e9;
  return { perSecond: Math.round(verified / elapsed), verified, seconds: round(elapsed, 2) };
}
