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
const seconds = z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0 seconds').max(3600, 'must be at most 3600 seconds');
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }).transform((v) => ['true', '1', 'yes'].includes(v));

const EnvSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(/^\S+$/, 'must be the bot token with no spaces')
    .optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http(s) URL such as http://127.0.0.1:8080/api')
    .optional(),
  // The HTTP interactions endpoint (src/http/): set INTERACTIONS_PORT to serve it instead of the gateway.
  INTERACTIONS_PORT: z
    .string()
    .regex(/^\d{1,5}$/, PORT_MESSAGE)
    .transform(Number)
    .refine((port) => port <= 65535, PORT_MESSAGE)
    .optional(),
  /** 127.0.0.1 when unset (src/http/server.ts): a reverse proxy on the same machine reaches it, nothing else does. */
  INTERACTIONS_HOST: z.string().regex(/^[\w.:-]+$/, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0').optional(),
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
    .regex(/^[0-9a-fA-F]{64}$/, 'must be the application\'s public key: 64 hex characters (Developer Portal, General Information)')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Hardening (src/interactions/cooldown.ts, src/data/watch.ts, src/modes/shutdown.ts).
  /** Commands one user may run per COOLDOWN_SECONDS; 0 switches the cooldown off. */
  COOLDOWN_COMMANDS: wholeNumber(0).default(10),
  COOLDOWN_SECONDS: seconds.default(10),
  /** Reload the data when a file in the data folder changes (SIGHUP always reloads). */
  DATA_WATCH: flag.default(true),
  /** How long SIGTERM/SIGINT waits for replies in flight before stopping anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: seconds.default(8),
}).superRefine((env, ctx) => {
  // The endpoint cannot check who is calling without the key, nor edit a deferred reply without the application.
  if (env.INTERACTIONS_PORT === undefined) return;
  for (const name of ['DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID'] as const) {
    if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when INTERACTIONS_PORT is set' });
  }
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `.env` (without overriding what the shell set) and validates the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  // An empty line such as `DISCORD_TOKEN=` in .env means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`configuration error: ${lines.join('; ')}`);
  }
  return result.data;
}
