/** Configuration: validated at start, with clear lines, and the token never shown. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { run } from '../support/app.js';

describe('configuration', () => {
  it('runs with nothing set', () => {
    expect(loadConfig({})).toEqual({
      LOG_LEVEL: 'info',
      COOLDOWN_COMMANDS: 10,
      COOLDOWN_SECONDS: 10,
      DATA_WATCH: true,
      SHUTDOWN_TIMEOUT_SECONDS: 8,
      INTERACTIONS_WORKERS: 1,
    });
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' }).DISCORD_TOKEN).toBeUndefined();
  });

  it('names the variable that is wrong, without its value', () => {
    const secret = 'MTIz secret with spaces';
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: secret, DISCORD_API_BASE: 'ftp://x', DISCORD_GUILD_ID: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DISCORD_TOKEN: must be the bot token with no spaces');
    expect(message).toContain('DISCORD_API_BASE: must be an http(s) URL');
    expect(message).toContain('DISCORD_GUILD_ID: must be a Discord id');
    expect(message).not.toContain('secret');
  });

  it('stops the bot with one clear line', async () => {
    const result = await run([`${process.cwd()}/src/main.ts`], { env: { DISCORD_API_BASE: 'not a url' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('configuration error: DISCORD_API_BASE: must be an http(s) URL such as http://127.0.0.1:8080/api');
  });
});

describe('configuration of the HTTP interactions endpoint', () => {
  const key = 'ab'.repeat(32);

  it('takes a port, the public key and the application id together', () => {
    expect(loadConfig({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: key, DISCORD_APPLICATION_ID: '123' })).toMatchObject({
      INTERACTIONS_PORT: 8080,
      DISCORD_PUBLIC_KEY: key,
    });
  });

  it('serves from one process unless told how many: a number, or auto for one a core', () => {
    expect(loadConfig({}).INTERACTIONS_WORKERS).toBe(1);
    expect(loadConfig({ INTERACTIONS_WORKERS: ' 4 ' }).INTERACTIONS_WORKERS).toBe(4);
    expect(loadConfig({ INTERACTIONS_WORKERS: 'auto' }).INTERACTIONS_WORKERS).toBe(Math.min(availableParallelism(), 64));
  });

  it.each([
    [
      { INTERACTIONS_PORT: '8080' },
      'DISCORD_PUBLIC_KEY: is required when INTERACTIONS_PORT is set; DISCORD_APPLICATION_ID: is required when INTERACTIONS_PORT is set',
    ],
    [{ INTERACTIONS_PORT: '80800', DISCORD_PUBLIC_KEY: key, DISCORD_APPLICATION_ID: '1' }, 'INTERACTIONS_PORT: must be a port number, 0-65535'],
    [{ INTERACTIONS_PORT: 'http', DISCORD_PUBLIC_KEY: key, DISCORD_APPLICATION_ID: '1' }, 'INTERACTIONS_PORT: must be a port number, 0-65535'],
    [{ INTERACTIONS_WORKERS: '0' }, 'INTERACTIONS_WORKERS: must be auto or a number of processes, 1-64'],
    [{ INTERACTIONS_WORKERS: '65' }, 'INTERACTIONS_WORKERS: must be auto or a number of processes, 1-64'],
    [{ INTERACTIONS_WORKERS: 'all' }, 'INTERACTIONS_WORKERS: must be auto or a number of processes, 1-64'],
    [{ DISCORD_PUBLIC_KEY: key.slice(2) }, "DISCORD_PUBLIC_KEY: must be the application's public key: 64 hex characters"],
    [{ DISCORD_PUBLIC_KEY: 'zz'.repeat(32) }, "DISCORD_PUBLIC_KEY: must be the application's public key: 64 hex characters"],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('configuration of shared state, metrics and shards', () => {
  it('takes a Redis URL, a metrics port and address, and a shard count or auto', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:pw@127.0.0.1:6379/0', METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', SHARDS: 'auto' })).toMatchObject({
      REDIS_URL: 'redis://:pw@127.0.0.1:6379/0',
      METRICS_PORT: 9464,
      METRICS_HOST: '0.0.0.0',
      SHARDS: 'auto',
    });
    expect(loadConfig({ SHARDS: ' 4 ' }).SHARDS).toBe(4);
  });

  it("ignores SHARDS inside a shard's own process, where discord.js sets it to the shard's id", () => {
    expect(loadConfig({ SHARDS: '0', SHARDING_MANAGER: 'true' }).SHARDS).toBeUndefined();
  });

  it.each([
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL: must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT: must be a port number, 0-65535'],
    [{ METRICS_HOST: 'a b' }, 'METRICS_HOST: must be an address to listen on'],
    [{ SHARDS: '0' }, 'SHARDS: must be auto or a number of shards, 1-1024'],
    [{ SHARDS: 'many' }, 'SHARDS: must be auto or a number of shards, 1-1024'],
    [{ COOLDOWN_SECONDS: '1.5' }, 'COOLDOWN_SECONDS: must be a whole number of seconds'],
  ])('refuses %o in one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never shows the Redis URL, which may hold a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://:hunter2@x' })).toThrow(/^configuration error: REDIS_URL: must be/);
    expect(() => loadConfig({ REDIS_URL: 'http://:hunter2@x' })).not.toThrow(/hunter2/);
  });
});
