/**
 * Reads a request body into memory with a ceiling and a deadline, so a client
 * that sends (or claims to send) too much gets 413 instead of the process's
 * memory, and one that sends too slowly (a byte every few seconds, to hold a
 * connection open) gets 408 instead of the connection for minutes.
 */
import type { IncomingMessage } from 'node:http';

/**
 * Far above any interaction Discord sends a chat-input bot (a few kilobytes;
 * a component interaction carries its message, embeds included, still well
 * under this), far below anything that could hurt the process.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Discord sends a whole interaction at once: a body still arriving after this is not Discord. */
export const BODY_DEADLINE_MS = 5000;

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

export class BodyTooSlow extends Error {
  override name = 'BodyTooSlow';
}

/** The client went away before sending the whole body: nobody is left to answer, and nothing is wrong with the bot. */
export class ClientGone extends Error {
  override name = 'ClientGone';
}

export interface BodyLimits {
  bytes: number;
  deadlineMs: number;
}

export function readBody(req: IncomingMessage, limits: BodyLimits = { bytes: MAX_BODY_BYTES, deadlineMs: BODY_DEADLINE_MS }): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.bytes) {
    // Read and dropped, never kept: the client then gets the 413 instead of a broken pipe mid-upload.
    req.resume();
    return Promise.reject(new BodyTooLarge(`declared ${declared} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error) => {
      clearTimeout(timer);
      // Stop buffering; whatever else arrives is read and thrown away so an answer can still be sent.
      req.removeAllListeners('data');
      req.resume();
      reject(error);
    };
    const timer = setTimeout(() => stop(new BodyTooSlow(`body not complete after ${limits.deadlineMs} ms`)), limits.deadlineMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.bytes) return stop(new BodyTooLarge(`more than ${limits.bytes} bytes`));
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    // A client that hangs up mid-body: Node says 'aborted' (ECONNRESET) on the request, or the request simply closes unfinished.
    req.on('error', () => stop(new ClientGone('the client disconnected mid-body')));
    req.on('close', () => {
      if (!req.complete) stop(new ClientGone('the client disconnected mid-body'));
    });
  });
}
