/**
 * Configuration from the environment (and `.env`, through dotenv), checked
 * once at start. A missing or malformed value stops the bot with one clear
 * line naming the variable; no value is ever echoed, so a token pasted into
 * the wrong variable does not end up in a log.
 */
import { availableParallelism } from 'node:os';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a Discord id (digits only)');

/** More processes than this on one port is a mistake, not a deployment: run more machines instead. */
const MAX_WORKERS = 64;
const PORT_MESSAGE = 'must be a port number, 0-65535 (0 picks a free one)';
/** A count or duration from the environment, where `10` and ` 10 ` are fine and `ten` or `-1` stop the bot. */
const wholeNumber = (min: number) => z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be ${min} or more`);
/** Whole seconds: the shared cooldown's keys expire in Redis, which counts in whole seconds. */
const wholeSeconds = z.coerce
  .number({ error: 'must be a whole number of seconds' })
  .int('must be a whole number of seconds')
  .min(1, 'must be 1 second or more')
  .max(3600, 'must be at most 3600 seconds');
const seconds = z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0 seconds').max(3600, 'must be at most 3600 seconds');
const port = z
  .string()
  .regex(/^\d{1,5}$/, PORT_MESSAGE)
  .transform(Number)
  .refine((n) => n <= 65535, PORT_MESSAGE);
const host = z.string().regex(/^[\w.:-]+$/, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0');
/** A shard a process; Discord asks for one per 1,000 to 2,500 servers, so this is far beyond any newsroom. */
const MAX_SHARDS = 1024;
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }).transform((v) => ['true', '1', 'yes'].includes(v));

const EnvSchema = z
  .object({
    DISCORD_TOKEN: z.string().regex(/^\S+$/, 'must be the bot token with no spaces').optional(),
    DISCORD_APPLICATION_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    DISCORD_API_BASE: z
      .string()
      .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http(s) URL such as http://127.0.0.1:8080/api')
      .optional(),
    // The HTTP interactions endpoint (src/http/): set INTERACTIONS_PORT to serve it instead of the gateway.
    INTERACTIONS_PORT: port.optional(),
    /** 127.0.0.1 when unset (src/http/server.ts): a reverse proxy on the same machine reaches it, nothing else does. */
    INTERACTIONS_HOST: host.optional(),
    /** Processes serving the HTTP endpoint on its one port (src/modes/cluster.ts); `auto` is one a core. */
    INTERACTIONS_WORKERS: z
      .string()
      .trim()
      .regex(/^(auto|\d{1,3})$/, `must be auto or a number of processes, 1-${MAX_WORKERS}`)
      .transform((v) => (v === 'auto' ? Math.min(availableParallelism(), MAX_WORKERS) : Number(v)))
      .refine((n) => n >= 1 && n <= MAX_WORKERS, `must be auto or a number of processes, 1-${MAX_WORKERS}`)
      .default(1),
    DISCORD_PUBLIC_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex characters (Developer Portal, General Information)")
      .optional(),
    DATA_DIR: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Hardening (src/interactions/cooldown.ts, src/data/watch.ts, src/modes/shutdown.ts).
    /** Commands one user may run per COOLDOWN_SECONDS; 0 switches the cooldown off. */
    COOLDOWN_COMMANDS: wholeNumber(0).default(10),
    COOLDOWN_SECONDS: wholeSeconds.default(10),
    /** Reload the data when a file in the data folder changes (SIGHUP always reloads). */
    DATA_WATCH: flag.default(true),
    /** How long SIGTERM/SIGINT waits for replies in flight before stopping anyway. */
    SHUTDOWN_TIMEOUT_SECONDS: seconds.default(8),
    /**
     * Shared state (src/state/): the per-user cooldown and the replay guard live in this Redis,
     * shared by every process and instance; in memory when unset.
     */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379')
      .optional(),
    /** Prometheus metrics (src/metrics/): GET /metrics on this port, on METRICS_HOST (127.0.0.1 when unset). */
    METRICS_PORT: port.optional(),
    METRICS_HOST: host.optional(),
    /**
     * Gateway sharding (src/modes/shards.ts): `auto` (Discord's recommended count) or a number of
     * shards, one process each. Ignored inside a shard's own process, where discord.js sets
     * SHARDS to that shard's id (SHARDING_MANAGER is set there).
     */
    SHARDS: z
      .string()
      .trim()
      .regex(/^(auto|\d{1,4})$/, `must be auto or a number of shards, 1-${MAX_SHARDS}`)
      .transform((v): number | 'auto' => (v === 'auto' ? 'auto' : Number(v)))
      .refine((n) => n === 'auto' || (n >= 1 && n <= MAX_SHARDS), `must be auto or a number of shards, 1-${MAX_SHARDS}`)
      .optional(),
  })
  .superRefine((env, ctx) => {
    // The endpoint cannot check who is calling without the key, nor edit a deferred reply without the application.
    if (env.INTERACTIONS_PORT === undefined) return;
    for (const name of ['DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when INTERACTIONS_PORT is set' });
    }
  });

export type Config = z.infer<typeof EnvSchema>;

/**
 * True inside a process that discord.js's ShardingManager started: it sets
 * SHARDING_MANAGER, and SHARDS to the shard's own id (src/modes/shards.ts).
 */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined && /^\d+$/.test(env.SHARDS);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `.env` (without overriding what the shell set) and validates the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  // An empty line such as `DISCORD_TOKEN=` in .env means "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([name, v]) => v !== undefined && v.trim() !== '' && !(name === 'SHARDS' && isShardProcess(env))),
  );
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`configuration error: ${lines.join('; ')}`);
  }
  return result.data;
}
