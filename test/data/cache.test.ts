/** The checked data kept between starts: the same records as checking again, never stale, never for invalid data. */
import { existsSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileFor } from '../../src/data/cache.js';
import { readDataParts } from '../../src/data/load.js';
import { DataError } from '../../src/data/problems.js';
import { copyOfData, removeDataCopies } from '../support/running.js';

afterAll(removeDataCopies);

describe('the checked-data cache', () => {
  it('gives the bot the same records as checking the files again', async () => {
    const dir = copyOfData();
    const checked = await readDataParts(dir);
    const first = await readDataParts(dir, { cache: true });
    const file = await cacheFileFor(dir);
    expect(file && existsSync(file)).toBe(true);
    const second = await readDataParts(dir, { cache: true });
    expect(first).toEqual(checked);
    expect(second).toEqual(checked);
  });

  it('is keyed by the files: an edited file is checked again, and its mistake is found', async () => {
    const dir = copyOfData();
    await readDataParts(dir, { cache: true });
    const before = await cacheFileFor(dir);
    const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')) as { version: string };
    await writeFile(path.join(dir, 'meta.json'), JSON.stringify({ ...meta, version: 42 }));
    expect(await cacheFileFor(dir)).not.toBe(before);
    await expect(readDataParts(dir, { cache: true })).rejects.toBeInstanceOf(DataError);
    // Invalid data is never kept: the next start refuses it again.
    expect(existsSync((await cacheFileFor(dir))!)).toBe(false);
    await expect(readDataParts(dir, { cache: true })).rejects.toBeInstanceOf(DataError);
  });

  it("reuses a file's hash only while the file is untouched: an edit of the same size, its time put back, is seen", async () => {
    const dir = copyOfData();
    const file = path.join(dir, 'meta.json');
    // A time in whole seconds, so that it can be put back exactly; hashes kept at once (the tests
    // cannot wait for a file to settle), so the next call reuses them.
    const time = new Date('2026-01-01T00:00:00Z');
    await utimes(file, time, time);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = await cacheFileFor(dir, { settledMs: 0 });
    expect(await cacheFileFor(dir, { settledMs: 0 })).toBe(before);
    const text = await readFile(file, 'utf8');
    const edited = text.replace(/"version":\s*"([^"]*)"/, (_, v: string) => `"version": "${[...v].reverse().join('')}"`);
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    await writeFile(file, edited);
    await utimes(file, time, time);
    expect((await stat(file)).mtimeMs).toBe(time.getTime());
    expect(await cacheFileFor(dir, { settledMs: 0 })).not.toBe(before);
  });
});
