/** Graceful shutdown: interactions in flight are tracked, answered before the transport stops, within a bound. */
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { CommandRegistry } from '../../src/registry/registry.js';
import { loadConfig } from '../../src/config/env.js';
import { InFlight } from '../../src/interactions/inFlight.js';
import { labels } from '../../src/i18n/labels.js';

const RESTARTING = labels('en-US').restarting;
import type { Dispatched } from '../../src/interactions/dispatch.js';
import type { Running } from '../../src/transports/running.js';
import { shutdown } from '../../src/modes/shutdown.js';
import { responseProblems } from '../../src/discord/validate.js';
import { loadCommands } from '../../src/registry/registry.js';
import { captureLog, gate, slowCommand, waitFor } from '../support/running.js';
import { InteractionType } from '../support/app.js';

describe('the in-flight tracker', () => {
  it('is idle at once when nothing runs', async () => {
    await new InFlight().idle();
  });

  it('waits for every tracked piece of work, including work that starts while waiting, and failures', async () => {
    const inFlight = new InFlight();
    const a = gate();
    const b = gate();
    inFlight.track(a.promise);
    const failing = inFlight.track(b.promise.then(() => Promise.reject(new Error('lost connection'))));
    failing.catch(() => {});
    let idle = false;
    void inFlight.idle().then(() => (idle = true));
    const c = gate();
    inFlight.track(c.promise);
    expect(inFlight.size).toBe(3);
    a.open();
    b.open();
    await waitFor(() => inFlight.size === 1, 'two to settle');
    expect(idle).toBe(false);
    c.open();
    await waitFor(() => idle, 'idle');
    expect(inFlight.size).toBe(0);
  });
});

/** A transport as main sees it, recording when it was stopped. */
function fakeRunning(events: string[], stop: () => Promise<void> = async () => {}): Running {
  return {
    mode: 'terminal',
    done: new Promise(() => {}),
    stop: async () => {
      events.push('stop');
      await stop();
    },
  };
}

describe('shutting down', async () => {
  const commands = await loadCommands();
  async function appWithSlow(release: () => Promise<void>, log = captureLog().log): Promise<App> {
    return createApp(loadConfig({}), log, { registry: new CommandRegistry([...commands.list, slowCommand(release)]) });
  }
  const slow = { type: InteractionType.ApplicationCommand, commandName: 'slow', options: [], userId: 'u1' } as const;

  it('answers every interaction in flight before stopping the transport, and exits 0', async () => {
    const release = gate();
    const app = await appWithSlow(() => release.promise);
    const events: string[] = [];
    const answers = [1, 2, 3].map((i) =>
      app.handle({ ...slow, userId: `u${i}` }).then((d) => {
        events.push('answered');
        return d;
      }),
    );
    await waitFor(() => app.inFlight.size === 3, 'three in flight');

    const code = shutdown(app, fakeRunning(events), 'SIGTERM', { timeoutMs: 60_000, log: app.log });
    // Shutting down: a new command is not run but told to come back; typing gets no suggestions.
    const late = await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'stats', options: [], userId: 'u9' });
    expect(late).toMatchObject({ outcome: 'closed', response: { type: 4, data: { flags: 64, content: `⚠️ ${RESTARTING}` } } });
    expect(
      (await app.handle({ type: InteractionType.Autocomplete, commandName: 'case', options: [{ name: 'name', type: 3, value: 'y', focused: true }] })).response,
    ).toEqual({ type: 8, data: { choices: [] } });
    expect(events).toEqual([]);

    release.open();
    expect(await code).toBe(0);
    expect(events).toEqual(['answered', 'answered', 'answered', 'stop']);
    for (const answer of await Promise.all(answers)) {
      expect(answer.response).toMatchObject({ type: 4, data: { content: 'slow answer' } });
      expect(responseProblems(answer.response)).toEqual([]);
    }
  });

  it('stops within the bound when something never finishes, and exits 1 saying so', async () => {
    const captured = captureLog();
    const app = await appWithSlow(() => new Promise(() => {}), captured.log);
    void app.handle(slow);
    await waitFor(() => app.inFlight.size === 1, 'one in flight');
    const events: string[] = [];
    expect(await shutdown(app, fakeRunning(events), 'SIGTERM', { timeoutMs: 50, log: app.log })).toBe(1);
    expect(events).toEqual(['stop']);
    expect(captured.lines.find((l) => l.msg === 'shutdown bound reached with interactions still in flight; stopping anyway')).toMatchObject({ abandoned: 1 });
  });

  it('exits 1 when the transport fails to stop, after answering what was in flight', async () => {
    const app = await appWithSlow(async () => {});
    const events: string[] = [];
    const failingStop = fakeRunning(events, () => Promise.reject(new Error('socket already closed')));
    expect(await shutdown(app, failingStop, 'SIGINT', { timeoutMs: 60_000, log: app.log })).toBe(1);
    expect(events).toEqual(['stop']);
  });

  it('tracks the whole answer, not only the handler: a transport adds the delivery', async () => {
    const app = await appWithSlow(async () => {});
    const delivered = gate();
    const events: string[] = [];
    // As the gateway does: handle, then send; the send is tracked too.
    void app.inFlight.track(
      app.handle(slow).then(async (d: Dispatched) => {
        await delivered.promise;
        events.push('delivered');
        return d;
      }),
    );
    const code = shutdown(app, fakeRunning(events), 'SIGTERM', { timeoutMs: 60_000, log: app.log });
    await waitFor(() => app.inFlight.size === 1, 'only the delivery left');
    expect(events).toEqual([]);
    delivered.open();
    expect(await code).toBe(0);
    expect(events).toEqual(['delivered', 'stop']);
  });
});
