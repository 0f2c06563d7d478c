/**
 * Structured logs (pino), always on standard error: standard output belongs
 * to the replies in the terminal and the one-shot CLI. Secrets never reach a
 * log line: the token and signatures are redacted wherever they appear.
 */
import cluster from 'node:cluster';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Fields that hold a secret under their usual names, wherever they sit in a logged object. */
const REDACT_PATHS = [
  'token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN',
  'headers.authorization', '*.headers.authorization',
  'signature', '*.signature',
  'headers["x-signature-ed25519"]', '*.headers["x-signature-ed25519"]',
];

export interface LoggerOptions {
  /**
   * Values that must never be written, however they got into a line (an
   * error message quoting a URL, a field with an unusual name): each is
   * replaced by `[redacted]` in the finished line. Short values are ignored,
   * so an empty or one-letter setting cannot blank out ordinary text.
   */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; standard error when absent. */
  destination?: DestinationStream;
}

/** Shortest value treated as a secret to scrub; Discord tokens are about 70 characters. */
const MIN_SECRET_LENGTH = 8;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions = {}): Logger {
  const secrets = [...new Set((options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))];
  // Lines are JSON, so a secret holding quotes or backslashes appears escaped: scrub both forms.
  const forms = secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]);
  return pino(
    {
      level,
      // One process needs no name; in a cluster of HTTP workers each line says which one wrote it (src/modes/cluster.ts).
      base: cluster.isWorker ? { pid: process.pid } : undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      ...(forms.length > 0 ? { hooks: { streamWrite: (line: string) => forms.reduce((out, secret) => out.split(secret).join('[redacted]'), line) } } : {}),
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** For tests and quiet one-shot runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
