/** The signature check on its own: Discord's Ed25519 scheme, and the clock window that stops replays. */
import { describe, expect, it } from 'vitest';
import { checkSignature, MAX_CLOCK_SKEW_MS, publicKeyFromHex } from '../../../src/transports/http/signature.js';
import { newSigner } from '../../double/sign.js';

describe('checkSignature', () => {
  const signer = newSigner();
  const key = publicKeyFromHex(signer.publicKeyHex);
  const body = Buffer.from('{"type":1}');
  const now = 1_700_000_000_000;
  const at = (ms: number) => Math.floor(ms / 1000);
  const headersAt = (ms: number) => {
    const h = signer.headers(body, at(ms));
    return { signature: h['x-signature-ed25519'], timestamp: h['x-signature-timestamp'] };
  };

  it('accepts what the key signed, within five minutes either way', () => {
    expect(checkSignature(key, headersAt(now), body, now)).toEqual({ ok: true });
    expect(checkSignature(key, headersAt(now - MAX_CLOCK_SKEW_MS + 1000), body, now)).toEqual({ ok: true });
    expect(checkSignature(key, headersAt(now + MAX_CLOCK_SKEW_MS - 1000), body, now)).toEqual({ ok: true });
  });

  it('verifies the raw bytes: the same JSON with other spacing does not verify', () => {
    expect(checkSignature(key, headersAt(now), Buffer.from('{"type": 1}'), now)).toEqual({ ok: false, reason: 'signature does not verify' });
  });

  it('binds the timestamp: a signature moved to another timestamp does not verify', () => {
    const { signature } = headersAt(now);
    expect(checkSignature(key, { signature, timestamp: String(at(now) + 1) }, body, now)).toEqual({ ok: false, reason: 'signature does not verify' });
  });

  it('refuses old and future timestamps, missing and malformed headers', () => {
    expect(checkSignature(key, headersAt(now - MAX_CLOCK_SKEW_MS - 2000), body, now).ok).toBe(false);
    expect(checkSignature(key, headersAt(now + MAX_CLOCK_SKEW_MS + 2000), body, now).ok).toBe(false);
    expect(checkSignature(key, { signature: undefined, timestamp: String(at(now)) }, body, now)).toEqual({ ok: false, reason: 'missing signature headers' });
    expect(checkSignature(key, { ...headersAt(now), signature: 'ab'.repeat(63) }, body, now)).toEqual({ ok: false, reason: 'malformed signature' });
    expect(checkSignature(key, { ...headersAt(now), timestamp: '-1' }, body, now)).toEqual({ ok: false, reason: 'malformed timestamp' });
  });

  it('refuses a public key that is not 64 hex characters', () => {
    expect(() => publicKeyFromHex('abc')).toThrow('64 hex characters');
  });
});
