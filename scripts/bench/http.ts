/**
 * The HTTP interactions endpoint under load, next to the bare cost of the
 * one thing it cannot skip: Discord's Ed25519 signature on every request.
 *
 * - Bare verify: `crypto.verify` over timestamp + body, in a tight loop on
 *   one core, for the same signed autocomplete bodies the endpoint gets.
 *   Measured before and after the load, and the higher rate is the one the
 *   endpoints are compared with, so a noisy neighbour cannot flatter a ratio.
 * - The bot: started as users start it (`node --import tsx src/main.ts`, what
 *   `npm start` runs) with INTERACTIONS_PORT=0, twice: as one process (the
 *   default), which has a core to itself while the load comes from this
 *   process on the other; and with INTERACTIONS_WORKERS=auto, one worker
 *   process a core (src/modes/cluster.ts), as a production deployment runs
 *   it, the workers then sharing the cores with the load.
 *   Every request is an autocomplete of `/case name:` (a real name typed key
 *   by key, run together, in characters), with the payload Discord sends,
 *   signed beforehand so signing does not compete for the CPU. Sent over
 *   keep-alive connections on 127.0.0.1 by a minimal HTTP/1.1 client on raw
 *   sockets, so the load costs little CPU (its share is reported) and is not
 *   what limits the rate. Only a 200 whose body is a type 8 response counts.
 * - The ceiling: the same load on a node:http server that only reads the body
 *   and checks the signature (scripts/bench/verifyOnlyEndpoint.ts). No
 *   endpoint on node:http can beat it on this machine; the bot's distance to
 *   it is the bot's own work.
 *
 * The parts: signedRequests.ts (the requests), bareVerify.ts (the bare
 * verify loop), endpointProcess.ts (starting the bot or the ceiling),
 * loadClient.ts (the raw-socket client) and endpointLoad.ts (one endpoint
 * under the load, measured). The report's rows are in report.ts.
 */
import { availableParallelism } from 'node:os';
import { publicKeyFromHex } from '../../src/transports/http/signature.js';
import { newSigner } from '../../test/double/sign.js';
import { verifyRate, type VerifyRate } from './bareVerify.js';
import { fresh, underLoad, type EndpointLoad, type HttpOptions } from './endpointLoad.js';
import { BOT_ENTRY, VERIFY_ONLY_ENTRY } from './endpointProcess.js';
import { round } from './measure.js';
import { signedRequests, typedValues } from './signedRequests.js';

export type { EndpointLoad };

export const HTTP_DEFAULTS: HttpOptions = { connections: 32, warmUpSeconds: 3, seconds: 10, verifySeconds: 3 };

export interface HttpResult {
  typedValues: number;
  bodyBytes: { min: number; max: number };
  /** Bare `crypto.verify` on one core, before and after the load; `perSecond` is the higher of the two. */
  verify: { before: VerifyRate; after: VerifyRate; perSecond: number };
  /** The bot, started as users start it, as one process (INTERACTIONS_WORKERS=1, the default). */
  endpoint: EndpointLoad;
  /** The bot with INTERACTIONS_WORKERS=auto, one worker a core: the production setting, on which the target is judged. */
  allCores: { endpoint: EndpointLoad; ratio: number };
  /** The ceiling: node:http reading the body and checking the signature, nothing else (scripts/bench/verifyOnlyEndpoint.ts). */
  verifyOnly: EndpointLoad;
  /** The bot's answers per second (one process) ÷ bare verifications per second. */
  ratio: number;
  /** The same for the ceiling. */
  verifyOnlyRatio: number;
}

export async function measureHttp(options: HttpOptions, log: (line: string) => void): Promise<HttpResult> {
  const values = await typedValues();
  const signer = newSigner();
  const requests = signedRequests(values, signer);
  // The key as the endpoint holds it (src/transports/http/signature.ts).
  const key = publicKeyFromHex(signer.publicKeyHex);
  const before = verifyRate(key, requests, options.verifySeconds);
  log(`  bare Ed25519 verify: ${before.perSecond.toLocaleString('en')}/s`);
  const endpoint = await underLoad("the bot's endpoint", BOT_ENTRY, '1', signer, fresh(values, signer, before.perSecond, options), options, log);
  // One worker a core, as INTERACTIONS_WORKERS=auto gives; on one core that is the run above.
  const cores = availableParallelism();
  const allCores =
    cores > 1
      ? await underLoad(
          "the bot's endpoint, INTERACTIONS_WORKERS=auto",
          BOT_ENTRY,
          'auto',
          signer,
          fresh(values, signer, before.perSecond * cores, options),
          options,
          log,
        )
      : endpoint;
  const verifyOnly = await underLoad('node:http + signature check only', VERIFY_ONLY_ENTRY, '1', signer, { pool: requests }, options, log);
  const after = verifyRate(key, requests, options.verifySeconds);
  log(`  bare Ed25519 verify again: ${after.perSecond.toLocaleString('en')}/s`);

  const perSecond = Math.max(before.perSecond, after.perSecond);
  const sizes = requests.map((r) => r.bodyBytes);
  return {
    typedValues: values.length,
    bodyBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    verify: { before, after, perSecond },
    endpoint,
    allCores: { endpoint: allCores, ratio: round(allCores.perSecond / perSecond, 3) },
    verifyOnly,
    ratio: round(endpoint.perSecond / perSecond, 3),
    verifyOnlyRatio: round(verifyOnly.perSecond / perSecond, 3),
  };
}
