/**
 * Structured logs (pino), always on standard error: standard output belongs
 * to the replies in the terminal and the one-shot CLI. Secrets never reach a
 * log line: the token and signatures are redacted wherever they appear.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'signature', '*.signature'], censor: '[redacted]' },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** For tests and quiet one-shot runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
