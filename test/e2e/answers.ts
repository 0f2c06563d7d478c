/** Comparing what the bot sent Discord with what the CLI prints for the same line. */
import { expect } from 'vitest';
import { decodePageId, encodePageId } from '../../commands/cases/pageId.js';

/**
 * The answer with each /cases page button's asker and time set aside (after
 * checking the asker is who asked): a page button carries them in its
 * custom_id (src/cases/pageId.ts), so the CLI's and a Discord user's differ
 * by design, and only there.
 */
export function withAskerSetAside(response: unknown, asker: string): unknown {
  return JSON.parse(JSON.stringify(response), (key, value: unknown) => {
    if (key !== 'custom_id' || typeof value !== 'string') return value;
    const page = decodePageId(value);
    if (!page) return value;
    expect(page.owner).toBe(asker);
    return encodePageId({ ...page, owner: 'the asker', issuedAt: 0 });
  });
}
