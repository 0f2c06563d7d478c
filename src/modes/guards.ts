/**
 * Errors nobody caught. A rejected promise nobody awaited is logged and the
 * bot carries on: it leaves no half-done state behind. An uncaught exception
 * may have left the process in any state, so it is survived only when it is
 * a connection failing (a socket reset or a pipe closed: the connection is
 * gone, nothing else is touched); any other is logged and the bot shuts down
 * gracefully, answering what is in flight, with exit code 1 for the process
 * manager to restart it.
 */
import type { Logger } from '../log.js';

/** Error codes of a network connection failing, after which the rest of the process is unharmed. */
const CONNECTION_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

export function isSafeToSurvive(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code);
}

export function onUnhandledRejection(log: Logger): (reason: unknown) => void {
  return (reason) => log.error({ err: reason }, 'unhandled promise rejection; the bot carries on');
}

/** `fatal` starts the graceful shutdown. */
export function onUncaughtException(log: Logger, fatal: () => void): (error: Error) => void {
  return (error) => {
    if (isSafeToSurvive(error)) {
      log.error({ err: error }, 'uncaught connection error; the bot carries on');
      return;
    }
    log.fatal({ err: error }, 'uncaught exception; answering what is in flight, then stopping');
    fatal();
  };
}

/** Installs the handlers; returns a function that removes them. */
export function guardProcess(log: Logger, fatal: () => void): () => void {
  const onRejection = onUnhandledRejection(log);
  const onException = onUncaughtException(log, fatal);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
