/**
 * The ceiling for any endpoint on node:http: a server that reads the body
 * (src/transports/http/body.ts), checks Discord's signature (src/transports/http/signature.ts) and
 * answers every signed request with the same empty type 8 response, with no
 * parsing, dispatch or search. `npm run bench` puts it under the same load
 * as the bot, so the gap between the two is the bot's own work, and the gap
 * between this and the bare verify loop is node:http and the loopback.
 *
 * Started by scripts/bench/endpointProcess.ts with the environment the bot gets; it logs
 * the same "listening" line with the port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ResponseType } from '../../src/discord/limits.js';
import { readBody } from '../../src/transports/http/body.js';
import { checkSignature, publicKeyFromHex } from '../../src/transports/http/signature.js';

const key = publicKeyFromHex(process.env.DISCORD_PUBLIC_KEY ?? '');
const answer = JSON.stringify({ type: ResponseType.AutocompleteResult, data: { choices: [] } });

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const server = createServer((req, res) => {
  readBody(req).then(
    (body) => {
      const signed = checkSignature(
        key,
        { signature: header(req.headers['x-signature-ed25519']), timestamp: header(req.headers['x-signature-timestamp']) },
        body,
      );
      res.writeHead(signed.ok ? 200 : 401, { 'content-type': 'application/json', 'content-length': signed.ok ? Buffer.byteLength(answer) : 0 });
      res.end(signed.ok ? answer : undefined);
    },
    () => res.writeHead(413).end(),
  );
});

server.listen(0, '127.0.0.1', () => {
  process.stderr.write(`${JSON.stringify({ msg: 'interactions endpoint listening', port: (server.address() as AddressInfo).port })}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
