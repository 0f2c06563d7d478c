/**
 * Finding 1 of the hostile test: six first-time chart renders arrived with
 * another reporter's /year, and the renders held the event loop, so the /year
 * was acknowledged seconds late. Charts are now drawn on a worker thread: the
 * event loop turns, and /year is answered, while they draw. (How long /year
 * takes meanwhile is measured by `npm run bench`, not here.) And every chart
 * is drawn in the background for the data served, after start and after each
 * reload, so the first reporter to ask does not wait.
 */
import { describe, expect, it } from 'vitest';
import { chartsHeld } from '../../../commands/chart.js';
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/env.js';
import type { Incoming } from '../../../src/interactions/dispatch.js';
import { silentLogger } from '../../../src/log.js';

const chart = (metric: string, kind: string): Incoming => ({
  type: 2,
  commandName: 'chart',
  locale: 'zh-CN',
  userId: '1300000000000000701',
  options: [
    { name: 'metric', type: 3, value: metric },
    { name: 'kind', type: 3, value: kind },
  ],
});
const year: Incoming = { type: 2, commandName: 'year', userId: '1300000000000000702', options: [{ name: 'year', type: 4, value: 2019 }] };

describe('charts drawn off the event loop', () => {
  it('answers a /year asked during six first renders before they are done, the event loop turning meanwhile', async () => {
    const app = await createApp(loadConfig({}), silentLogger, { cooldown: false });
    // A reload gives a new dataset, with none of its charts drawn yet.
    const data = await app.store.reload();
    expect(chartsHeld(data)).toBe(0);
    let drawn = 0;
    const charts = ['fugitives', 'money', 'both'].flatMap((m) =>
      ['bar', 'line'].map((k) =>
        app.handle(chart(m, k)).then((r) => {
          drawn++;
          return r;
        }),
      ),
    );
    const turned = new Promise<number>((resolve) => setImmediate(() => resolve(drawn)));
    const answered = await app.handle(year).then((r) => ({ drawn, response: r.response }));
    // Drawn synchronously, every chart would be done before the event loop turned once.
    expect(await turned).toBe(0);
    expect(answered.response).toMatchObject({ type: 4 });
    expect(answered.drawn).toBeLessThan(6);
    for (const done of await Promise.all(charts)) expect(done.files[0]?.contentType).toBe('image/png');
  }, 120_000);

  it('draws every chart in the background for the data served, and again for reloaded data', async () => {
    const app = await createApp(loadConfig({}), silentLogger, { cooldown: false });
    await app.warm();
    // Two languages × (three metrics × two kinds, and the list of 100 as a line).
    expect(chartsHeld(app.store.current())).toBe(14);
    const reloaded = await app.store.reload();
    expect(chartsHeld(reloaded)).toBe(0);
    await app.warm();
    expect(chartsHeld(reloaded)).toBe(14);
  }, 180_000);
});
