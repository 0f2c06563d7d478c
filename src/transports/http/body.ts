/**
 * Reads a request body into memory with a ceiling, so a client that sends
 * (or claims to send) too much gets 413 instead of the process's memory.
 */
import type { IncomingMessage } from 'node:http';

/**
 * Far above any interaction Discord sends a chat-input bot (a few kilobytes;
 * a component interaction carries its message, embeds included, still well
 * under this), far below anything that could hurt the process.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Read and dropped, never kept: the client then gets the 413 instead of a broken pipe mid-upload.
    req.resume();
    return Promise.reject(new BodyTooLarge(`declared ${declared} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; whatever else arrives is read and thrown away so the 413 can still be sent.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge(`more than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
