/** Reloading the data while the bot runs: a broken edit changes nothing a user sees; a fix is picked up without a restart. */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { createReloader, type ReloadResult } from '../../src/dataset/reloader.js';
import { watchDataFolder } from '../../src/dataset/watch.js';
import { lineToInteraction } from '../../src/transports/terminal/line.js';
import { DATA_VERSION, ROOT } from '../support/app.js';
import { captureLog, copyOfData, removeDataCopies, waitFor } from '../support/running.js';

afterAll(removeDataCopies);

/** Where Yang Xiuzhu is in a folder's cases.json, as a problem names her. */
function yangAt(dir: string): number {
  return (JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as { cases: { id: string }[] }).cases.findIndex((c) => c.id === 'yang-xiuzhu');
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  return `${JSON.stringify(json, null, 2)}\n`;
}

async function setUp() {
  const dir = copyOfData();
  const captured = captureLog('info');
  const app = await createApp(loadConfig({ DATA_DIR: dir }), captured.log, { cooldown: false });
  const reloader = createReloader(app.store, app.log);
  const says = async (line: string) => JSON.stringify((await app.handle(lineToInteraction(line, app.registry, 'run'))).response);
  return { dir, app, reloader, captured, says };
}

describe('reloading the data', () => {
  it('keeps serving the last good data when an edit is invalid, and logs the file and field', async () => {
    const { dir, app, reloader, captured, says } = await setUp();
    const before = await says('/year year:2019');
    expect(before).toContain('2,041');

    // A deadline edit gone wrong: a figure typed as text, and a date in the wrong form.
    writeFileSync(
      path.join(dir, 'years.json'),
      editJson(path.join(dir, 'years.json'), (j) => ((j.years as { returned: unknown }[])[4]!.returned = '2041')),
    );
    writeFileSync(
      path.join(dir, 'cases.json'),
      editJson(
        path.join(dir, 'cases.json'),
        (j) => ((j.cases as { id: string; events: { date: string }[] }[]).find((c) => c.id === 'yang-xiuzhu')!.events[0]!.date = '5 June 2015'),
      ),
    );
    const at = `cases[${yangAt(dir)}](yang-xiuzhu)`;
    const result = await reloader.reload('test');
    expect(result.ok).toBe(false);

    expect(await says('/year year:2019')).toBe(before);
    const line = captured.lines.find((l) => String(l.msg).startsWith('data reload refused'))!;
    expect(line.msg).toBe(`data reload refused (2 problems); still serving data ${DATA_VERSION}`);
    expect(new Set(line.summary as string[])).toEqual(
      new Set([
        'years.json: years[4](2019).returned: Invalid input: expected number, received string',
        `cases.json: ${at}.events[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD`,
      ]),
    );
    expect(line.problems).toContainEqual({ file: 'cases.json', field: `${at}.events[0].date`, message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(app.store.current().meta.version).toBe(DATA_VERSION);
  });

  it('refuses a half-written file (invalid JSON) and a missing one the same way', async () => {
    const { dir, reloader, captured, says } = await setUp();
    const before = await says('/about');
    writeFileSync(path.join(dir, 'milestones.json'), '{"milestones": [ {"id": "x", ');
    expect(await reloader.reload('test')).toMatchObject({
      ok: false,
      problems: [{ file: 'milestones.json', path: '', message: expect.stringContaining('is not valid JSON') }],
    });
    rmSync(path.join(dir, 'meta.json'));
    const missing = await reloader.reload('test');
    expect(missing.ok === false && missing.problems).toContainEqual({ file: 'meta.json', path: '', message: expect.stringContaining('file is missing') });
    expect(await says('/about')).toBe(before);
    expect(captured.lines.filter((l) => String(l.msg).startsWith('data reload refused'))).toHaveLength(2);
  });

  it('refuses a folder whose report text has gone, and keeps serving the quotes it checked', async () => {
    const { dir, app, reloader, captured, says } = await setUp();
    const before = await says('/case name:yang xiuzhu');
    rmSync(path.join(dir, 'sources', '000_5734a7255cf0a847.txt'));
    const result = await reloader.reload('test');
    expect(result).toMatchObject({
      ok: false,
      serving: DATA_VERSION,
      problems: [{ file: 'sources/000_5734a7255cf0a847.txt', path: '', message: expect.stringContaining('is missing') }],
    });
    expect(await says('/case name:yang xiuzhu')).toBe(before);
    expect(app.store.current().meta.version).toBe(DATA_VERSION);
    expect(captured.lines.find((l) => String(l.msg).startsWith('data reload refused'))?.msg).toBe(
      `data reload refused (1 problem); still serving data ${DATA_VERSION}`,
    );
  });

  it('swaps in a valid edit for the next interaction', async () => {
    const { dir, reloader, captured, says } = await setUp();
    writeFileSync(
      path.join(dir, 'meta.json'),
      editJson(path.join(dir, 'meta.json'), (j) => (j.version = 'edited.1')),
    );
    expect(await reloader.reload('SIGHUP')).toEqual({ ok: true, version: 'edited.1' });
    expect(await says('/about')).toContain('data edited.1');
    expect(captured.lines.find((l) => l.msg === 'data reloaded')).toMatchObject({ reason: 'SIGHUP', version: 'edited.1', previous: DATA_VERSION, years: 6 });
  });

  it('labels autocomplete choices from the reloaded cases, not from the ones before', async () => {
    const { dir, app, reloader } = await setUp();
    const firstChoice = async () => (await app.handle(lineToInteraction('/case name:yang xiuzhu', app.registry, 'autocomplete'))).response;
    expect(JSON.stringify(await firstChoice())).toContain('No. 1 on list of 100');
    writeFileSync(
      path.join(dir, 'cases.json'),
      editJson(
        path.join(dir, 'cases.json'),
        (j) => ((j.cases as { id: string; list100: { rank: number } }[]).find((c) => c.id === 'yang-xiuzhu')!.list100.rank = 77),
      ),
    );
    expect(await reloader.reload('test')).toMatchObject({ ok: true });
    const after = JSON.stringify(await firstChoice());
    expect(after).toContain('Yang Xiuzhu 杨秀珠 · No. 77 on list of 100');
  });

  it('never runs two reloads at once, and the last save wins', async () => {
    const { dir, app, reloader } = await setUp();
    const results: Promise<ReloadResult>[] = [];
    for (const version of ['a.1', 'a.2', 'a.3']) {
      writeFileSync(
        path.join(dir, 'meta.json'),
        editJson(path.join(dir, 'meta.json'), (j) => (j.version = version)),
      );
      results.push(reloader.reload('test'));
    }
    const settled = await Promise.all(results);
    // The second and third share one run that started after the first, and read the last save.
    expect(settled[1]).toBe(settled[2]);
    expect(app.store.current().meta.version).toBe('a.3');
  });
});

describe('watching the data folder', () => {
  it('reloads after an editor saves by rename, once, after the writes settle; a broken save changes nothing', async () => {
    const { dir, app, reloader, says } = await setUp();
    const changes: string[][] = [];
    const results: ReloadResult[] = [];
    const watcher = watchDataFolder(
      dir,
      (files) => {
        changes.push(files);
        void reloader.reload(`changed: ${files.join(', ')}`).then((r) => results.push(r));
      },
      { debounceMs: 100, log: app.log },
    );
    try {
      const before = await says('/year year:2019');
      // Save as many editors do: write a temporary file, then rename it over the original.
      const meta = path.join(dir, 'meta.json');
      writeFileSync(`${meta}.tmp`, '{ "version": ');
      renameSync(`${meta}.tmp`, meta);
      await waitFor(() => results.length === 1, 'the broken save to be read');
      expect(results[0]).toMatchObject({ ok: false, problems: [{ file: 'meta.json' }] });
      expect(await says('/year year:2019')).toBe(before);

      const fixed = editJson(path.join(ROOT, 'data/meta.json'), (j) => (j.version = '2026-12-02.1'));
      writeFileSync(`${meta}.tmp`, fixed);
      renameSync(`${meta}.tmp`, meta);
      await waitFor(() => results.length === 2, 'the fixed save to be read');
      expect(results[1]).toEqual({ ok: true, version: '2026-12-02.1' });
      expect(await says('/about')).toContain('data 2026-12-02.1');
      expect(changes.every((files) => files.includes('meta.json'))).toBe(true);
    } finally {
      watcher.close();
    }
  });

  it('ignores editor swap files', async () => {
    const { dir, app } = await setUp();
    const changes: string[][] = [];
    const watcher = watchDataFolder(dir, (files) => changes.push(files), { debounceMs: 50, log: app.log });
    try {
      writeFileSync(path.join(dir, '.cases.json.swp'), 'x');
      writeFileSync(path.join(dir, 'cases.json~'), 'x');
      // A change that counts, after the ignored ones: when it arrives, the ignored ones would have too.
      writeFileSync(path.join(dir, 'sources', 'note.txt'), 'x');
      await waitFor(() => changes.length > 0, 'the change to be seen');
      expect(changes).toEqual([['sources/note.txt']]);
    } finally {
      watcher.close();
    }
  });
});
