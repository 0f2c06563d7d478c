/**
 * Listening on a configured port and address, with the failure said as a
 * configuration error: one line naming the variable (a port in use, an
 * address that is not this machine's), not a stack trace.
 */
import type { Server } from 'node:net';
import { ConfigError } from './env.js';

export interface ListenVariables {
  /** The variable the port came from, e.g. INTERACTIONS_PORT. */
  port: string;
  /** The variable the address came from, e.g. INTERACTIONS_HOST. */
  host: string;
}

/** Why listening failed, as the one line a person can act on. */
export function listenProblem(error: NodeJS.ErrnoException, port: number, names: ListenVariables): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `${names.port}: port ${port} is already in use on this address`;
    case 'EACCES':
      return `${names.port}: not allowed to listen on port ${port} (ports below 1024 need privileges)`;
    case 'EADDRNOTAVAIL':
      return `${names.host}: is not an address of this machine`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `${names.host}: is not a host name or address this machine knows`;
    default:
      return `${names.port}, ${names.host}: cannot listen there (${error.code ?? error.message})`;
  }
}

export function listenOn(server: Server, port: number, host: string, names: ListenVariables): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new ConfigError(`configuration error: ${listenProblem(error, port, names)}`));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
