/**
 * The bot as a process, as an operator runs it: SIGTERM with a reply in
 * flight, the shutdown bound, stray errors, and data edited while it runs.
 * Terminal mode (no token); the gateway shutdown runs the same code (serve,
 * shutdown, in-flight tracking), tested without Discord in test/modes/shutdown.test.ts.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_VERSION, ROOT } from '../support/app.js';
import { copyOfData, removeDataCopies, logLines, startBot, waitFor } from '../support/running.js';

afterAll(removeDataCopies);

const FIXTURE = path.join(ROOT, 'test/fixtures/botWithTestCommands.ts');
const MAIN = path.join(ROOT, 'src/main.ts');

const logged = (stderr: string, msg: string) => logLines(stderr).filter((l) => l.msg === msg);

describe('stopping the bot', () => {
  it('on SIGTERM answers the reply in flight, takes nothing new, and exits 0', async () => {
    const bot = startBot({}, FIXTURE);
    bot.type('/slow');
    await waitFor(() => bot.logs().includes('"slow started"'), '/slow to start');
    // Typed while /slow is being answered: still waiting its turn when the signal comes.
    bot.type('/stats');
    bot.signal('SIGTERM');
    const code = await bot.exited;
    expect(bot.stdout()).toContain('slow answer, sent during the shutdown');
    expect(bot.stdout()).not.toContain('Sky Net in figures');
    expect(code).toBe(0);
    expect(logged(bot.logs(), 'shutting down: no new interactions; finishing those in flight')).toMatchObject([
      { reason: 'SIGTERM', inFlight: 1, mode: 'terminal' },
    ]);
    expect(logged(bot.logs(), 'stopped')).toMatchObject([{ answered: 1 }]);
  });

  it('stops within the bound when a reply never comes, and exits 1', async () => {
    const bot = startBot({ SHUTDOWN_TIMEOUT_SECONDS: '0.5' }, FIXTURE);
    bot.type('/hang');
    await waitFor(() => bot.logs().includes('"hang started"'), '/hang to start');
    bot.signal('SIGTERM');
    expect(await bot.exited).toBe(1);
    expect(logged(bot.logs(), 'shutdown bound reached with interactions still in flight; stopping anyway')).toMatchObject([{ abandoned: 1 }]);
  });

  it('survives a stray promise rejection; after an uncaught exception answers, then stops with exit 1', async () => {
    const bot = startBot({}, FIXTURE);
    bot.type('/reject');
    bot.type('/year year:2019');
    await waitFor(() => bot.stdout().includes('Sky Net 2019'), 'the answer after the rejection');
    expect(bot.stdout()).toContain('answered despite a stray rejection');
    // Standard error is a separate pipe: its line may arrive after the answer on standard output.
    await waitFor(() => logged(bot.logs(), 'unhandled promise rejection; the bot carries on').length > 0, 'the rejection to be logged');
    expect(logged(bot.logs(), 'unhandled promise rejection; the bot carries on')).toMatchObject([{ err: { message: 'nobody awaited this' } }]);
    bot.type('/crash');
    expect(await bot.exited).toBe(1);
    expect(bot.stdout()).toContain('answered; a timer will throw');
    expect(logged(bot.logs(), 'uncaught exception; answering what is in flight, then stopping')).toMatchObject([{ err: { message: 'thrown from a timer' } }]);
  });
});

describe('npm start with data edited while it runs', () => {
  it('keeps answering from the last good data through a broken edit, picks up the fix and SIGHUP, and exits 0 on SIGTERM', async () => {
    const dir = copyOfData();
    const meta = path.join(dir, 'meta.json');
    const original = readFileSync(meta, 'utf8');
    const bot = startBot({ DATA_DIR: dir }, MAIN);
    const answers = () => bot.stdout().match(/bot [\d.]+ · data \S+/g) ?? [];

    bot.type('/about');
    await waitFor(() => answers().length === 1, 'the first answer');
    expect(answers()).toEqual([`bot 0.1.0 · data ${DATA_VERSION}`]);

    // Broken on deadline: a save cut off halfway.
    writeFileSync(meta, original.slice(0, 40));
    await waitFor(
      () => logged(bot.logs(), `data reload refused (1 problem); still serving data ${DATA_VERSION}`).length === 1,
      'the broken file to be refused',
    );
    bot.type('/about');
    await waitFor(() => answers().length === 2, 'the answer after the broken edit');
    expect(answers()[1]).toBe(`bot 0.1.0 · data ${DATA_VERSION}`);
    expect(logged(bot.logs(), `data reload refused (1 problem); still serving data ${DATA_VERSION}`)[0]).toMatchObject({
      problems: [{ file: 'meta.json', field: '', message: expect.stringContaining('is not valid JSON') }],
    });

    // Mended, saved the way editors do: write aside, rename over.
    writeFileSync(`${meta}.new`, original.replace(DATA_VERSION, 'mended.1'));
    renameSync(`${meta}.new`, meta);
    await waitFor(() => logged(bot.logs(), 'data reloaded').length === 1, 'the fix to be picked up');
    bot.type('/about');
    await waitFor(() => answers().length === 3, 'the answer after the fix');
    expect(answers()[2]).toBe('bot 0.1.0 · data mended.1');

    bot.signal('SIGHUP');
    await waitFor(() => logged(bot.logs(), 'data reloaded').some((l) => l.reason === 'SIGHUP'), 'the SIGHUP reload');

    bot.signal('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
