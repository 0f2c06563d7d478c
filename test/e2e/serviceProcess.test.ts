/**
 * The hostile test's findings that only show on a running process, started as
 * `npm start` starts it: a slow upload open during SIGTERM is dropped (it is
 * not an interaction in flight) and the bot exits 0; a port in use or an
 * address that is not this machine's stops the bot with one line naming the
 * variable; and the charts are drawn in the background after start and
 * after each reload.
 */
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../double/interactions.js';
import { newSigner } from '../double/sign.js';
import { ROOT, run } from '../support/app.js';
import { copyOfData, startBot } from '../support/running.js';
import { doubleForFile } from './viaDiscord.js';

const signer = newSigner();
const HTTP = { DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_APPLICATION_ID: APPLICATION_ID };

const double = doubleForFile();

/** A port something already listens on, for as long as the test holds it. */
async function busyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('SIGTERM with a slow upload open', () => {
  it('drops the unfinished body, which is not an interaction in flight, and exits 0', async () => {
    const bot = startBot({ INTERACTIONS_PORT: '0', ...HTTP, DISCORD_API_BASE: double.discord.apiBase, SHUTDOWN_TIMEOUT_SECONDS: '60' });
    const { port } = await bot.logLine((l) => l.msg === 'interactions endpoint listening');
    const socket = net.connect({ port: Number(port), host: '127.0.0.1' });
    socket.on('error', () => undefined);
    let heard = '';
    socket.on('data', (d: Buffer) => (heard += d.toString()));
    // The server's "100 Continue" says it has the request and is waiting for its body.
    socket.write(
      'POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n{"id":',
    );
    await bot.until(new Promise<void>((resolve) => socket.on('data', () => heard.includes('100 Continue') && resolve())));
    bot.signal('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(await bot.logLine((l) => l.msg === 'shutting down: no new interactions; finishing those in flight')).toMatchObject({ inFlight: 0 });
    socket.destroy();
  });
});

describe('a place the bot cannot listen', () => {
  const main = path.join(ROOT, 'src/main.ts');
  const stopsWith = async (env: NodeJS.ProcessEnv, line: string) => {
    const result = await run([main], { env: { ...HTTP, ...env } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(line);
  };

  it('names INTERACTIONS_PORT when the port is in use', async () => {
    const busy = await busyPort();
    try {
      await stopsWith({ INTERACTIONS_PORT: String(busy.port) }, `configuration error: INTERACTIONS_PORT: port ${busy.port} is already in use on this address`);
    } finally {
      await busy.release();
    }
  });

  it("names INTERACTIONS_HOST when the address is not this machine's, or no host at all", async () => {
    // A documentation address (RFC 5737): never this machine's. Binding fails before anything is sent.
    await stopsWith({ INTERACTIONS_PORT: '0', INTERACTIONS_HOST: '192.0.2.1' }, 'configuration error: INTERACTIONS_HOST: is not an address of this machine');
    await stopsWith(
      { INTERACTIONS_PORT: '0', INTERACTIONS_HOST: 'no-such-host.invalid' },
      'configuration error: INTERACTIONS_HOST: is not a host name or address this machine knows',
    );
  });

  it('names METRICS_PORT when the metrics port is in use', async () => {
    const busy = await busyPort();
    try {
      await stopsWith(
        { INTERACTIONS_PORT: '0', METRICS_PORT: String(busy.port) },
        `configuration error: METRICS_PORT: port ${busy.port} is already in use on this address`,
      );
    } finally {
      await busy.release();
    }
  });
});

describe('charts drawn in the background', () => {
  it('after start, and again after a reload', async () => {
    const bot = startBot({
      INTERACTIONS_PORT: '0',
      ...HTTP,
      DISCORD_API_BASE: double.discord.apiBase,
      DATA_DIR: copyOfData(),
      DATA_WATCH: 'false',
      LOG_LEVEL: 'debug',
    });
    try {
      await bot.logLine((l) => l.msg === 'ready in the background');
      bot.signal('SIGHUP');
      await bot.logLine((l) => l.msg === 'data reloaded');
      await bot.until(
        new Promise<void>((resolve) => {
          const check = () => (bot.logs().split('"msg":"ready in the background"').length > 2 ? resolve() : setTimeout(check, 50));
          check();
        }),
      );
    } finally {
      await bot.stop();
    }
  }, 180_000);
});
