/**
 * A graceful shutdown as Discord sees it over the HTTP endpoint: `/slow`
 * (test/fixtures/botWithTestCommands.ts, which answers only once its process
 * got SIGTERM) is sent and deferred at Discord's 3-second window, then the
 * bot gets SIGTERM. Its reply must still arrive, edited in through the REST API.
 */
import { expect } from 'vitest';
import type { DiscordDouble, RestCall } from '../double/discordDouble.js';
import type { Signer } from '../double/sign.js';
import type { BotProcess } from '../support/running.js';

/** Resolves with the bot's exit code and the REST call that edited /slow's reply in, if one did. */
export async function slowReplyAcrossSigterm(
  bot: BotProcess,
  discord: DiscordDouble,
  url: string,
  signer: Signer,
): Promise<{ code: number | null; edit: RestCall | undefined }> {
  const body = JSON.stringify(discord.issue({ name: 'slow' }));
  const answer = discord.deliver(url, body, signer.headers(body));
  await bot.logLine((l) => l.test === 'slow started');
  // Discord's 3-second window: the endpoint defers, and the reply must follow through the REST API.
  expect(await bot.until(answer)).toMatchObject({ status: 200, json: { type: 5 } });
  bot.signal('SIGTERM');
  const code = await bot.exited;
  const { token } = JSON.parse(body) as { token: string };
  return { code, edit: discord.calls.find((c) => c.route === 'original.edit' && c.path.includes(token)) };
}
