/**
 * The Discord double's routes about the application rather than one
 * interaction: GET /gateway/bot (where discord.js connects, and how many
 * shards), GET /applications/@me, and PUT of the command definitions, which
 * Discord checks before it registers them.
 */
import { invalidFormBody, registrationProblems } from './commandRules.js';
import { snowflake } from './ids.js';
import { APPLICATION_ID } from './interactions.js';
import { discordError, HttpAnswer, type RestCall } from './restCall.js';

const unauthorized = () => discordError(401, 0, '401: Unauthorized');

export function gatewayBot(call: RestCall, gatewayUrl: string, shards: number): HttpAnswer {
  if (!call.authorized) return unauthorized();
  // max_concurrency above 1 (as large bots get): shards may identify close together, so tests are quick.
  return new HttpAnswer(200, { url: gatewayUrl, shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 } });
}

export function application(call: RestCall): HttpAnswer {
  if (!call.authorized) return unauthorized();
  return new HttpAnswer(200, {
    id: APPLICATION_ID,
    name: 'Sky Net desk',
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
  });
}

export function registerCommands(call: RestCall): HttpAnswer {
  if (!call.authorized) return unauthorized();
  const problems = registrationProblems(call.body);
  if (problems.length > 0) return new HttpAnswer(400, invalidFormBody(problems));
  const guild = /\/guilds\/(\d+)\//.exec(call.path)?.[1];
  const registered = (call.body as Record<string, unknown>[]).map((definition) => ({
    id: snowflake(),
    application_id: APPLICATION_ID,
    version: snowflake(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...(guild ? { guild_id: guild } : {}),
    ...definition,
  }));
  return new HttpAnswer(200, registered);
}
