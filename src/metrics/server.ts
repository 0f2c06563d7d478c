/**
 * GET /metrics in Prometheus's text format, on its own port (METRICS_PORT),
 * bound to 127.0.0.1 unless METRICS_HOST says otherwise: the figures are for
 * the operators' scraper, not for the internet. `text` gives the exposition:
 * one process's registry, or the workers' or shards' aggregated.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOn } from '../config/listen.js';
import type { Logger } from '../log.js';

export interface MetricsSource {
  contentType: string;
  text(): Promise<string>;
}

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function serveMetrics(source: MetricsSource, port: number, host: string | undefined, log: Logger): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    if (path !== '/metrics') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    source.text().then(
      (text) => res.writeHead(200, { 'content-type': source.contentType }).end(req.method === 'HEAD' ? undefined : text),
      (error: unknown) => {
        log.warn({ err: error }, 'could not gather the metrics');
        res.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
      },
    );
  });
  // A scraper keeps its connection open between scrapes; nothing else should linger.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  const bind = host ?? '127.0.0.1';
  await listenOn(server, port, bind, { port: 'METRICS_PORT', host: 'METRICS_HOST' });
  const actual = (server.address() as AddressInfo).port;
  log.info({ port: actual, host: bind }, 'metrics at GET /metrics');
  return {
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
