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
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'signature',
  '*.signature',
  'headers["x-signature-ed25519"]',
  '*.headers["x-signature-ed25519"]',
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

/**
 * Interaction tokens are a new secret with every interaction, so they cannot
 * be listed: they are found by where they stand, in the REST paths that carry
 * them (`/interactions/{id}/{token}/callback`, `/webhooks/{application}/{token}`),
 * whatever quotes the URL (an error message, a field).
 */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"'?#\\]+/g;

export function redactInteractionTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}

/** What longest string an error's fields keep: an error is for reading, never a place for a request body or a file. */
const ERROR_FIELD_CHARS = 500;

/**
 * Errors as logged: their type, message, stack and the few fields that say
 * what failed (code, status, method, URL), each cut short. Nothing else an
 * error carries is written: @discordjs/rest's errors hold the whole request
 * body, files included (a 300 KB chart as an array of numbers).
 */
export function errorForLog(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown; cause?: unknown };
  const cut = (v: unknown) => (typeof v === 'string' ? v.slice(0, ERROR_FIELD_CHARS) : typeof v === 'number' ? v : undefined);
  const fields: Record<string, unknown> = { type: e.name, message: cut(e.message) ?? '', stack: e.stack };
  for (const key of ['code', 'status', 'method', 'url'] as const) if (cut(e[key]) !== undefined) fields[key] = cut(e[key]);
  if (e.cause !== undefined) fields.cause = errorForLog(e.cause);
  return fields;
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions = {}): Logger {
  const secrets = [...new Set((options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))];
  // Lines are JSON, so a secret holding quotes or backslashes appears escaped: scrub both forms.
  const forms = secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]);
  return pino(
    {
      level,
      // One process needs no name; in a cluster of HTTP workers, or shards, each line says which one wrote it.
      base: cluster.isWorker ? { pid: process.pid } : shardBase(),
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: errorForLog },
      hooks: { streamWrite: (line: string) => redactInteractionTokens(forms.reduce((out, secret) => out.split(secret).join('[redacted]'), line)) },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** Inside a shard's process (discord.js's ShardingManager sets SHARDS to its id there): which shard wrote the line. */
function shardBase(): { pid: number; shard: number } | undefined {
  const id = process.env.SHARDS;
  return process.env.SHARDING_MANAGER === 'true' && typeof process.send === 'function' && id !== undefined && /^\d+$/.test(id)
    ? { pid: process.pid, shard: Number(id) }
    : undefined;
}

/** For tests and quiet one-shot runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
