/** The name index kept between runs: read back instead of built, the same answers, never another folder's, never a reason to fail. */
import { randomInt } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileFor } from '../../src/data/cache.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { nameIndexesWritten, savedNameIndex } from '../../src/dataset/nameSnapshot.js';
import { copyOfData, removeDataCopies, waitFor } from '../support/running.js';

afterAll(removeDataCopies);

/**
 * A copy of the data whose files are this test's own: the kept index is named by the files'
 * contents, so a plain copy would find what an earlier run kept. Whitespace at the end of a JSON
 * file changes its hash, not its data.
 */
function freshCopy(): string {
  const dir = copyOfData();
  const bits = randomInt(2 ** 40 - 1)
    .toString(2)
    .padStart(40, '0');
  appendFileSync(path.join(dir, 'meta.json'), bits.replaceAll('0', ' ').replaceAll('1', '\t'));
  return dir;
}

const QUERIES = ['yangxiuzu', 'Yang Xiuzhu', '杨秀珠', 'jiasiyu', 'li hua', 'x'];
const answers = (data: Awaited<ReturnType<typeof loadDataset>>): string[][] =>
  QUERIES.map((q) => data.search.findCases(q).matches.map((m) => `${m.record.id} ${m.score}`));

describe('the name index kept between runs', () => {
  it('is kept once built, and a later start reads it back and answers the same', async () => {
    const dir = freshCopy();
    const first = await loadDataset(dir);
    const saved = (await savedNameIndex(await cacheFileFor(dir)))!;
    expect(saved.load()).toBeUndefined();
    const built = answers(first);
    // What a bot that stops waits for: then the index is on disk, not still being written.
    await nameIndexesWritten();
    expect(existsSync(saved.file)).toBe(true);
    const parts = saved.load();
    expect(parts?.ids.length).toBe(first.cases.length);
    expect(answers(await loadDataset(dir))).toEqual(built);
  });

  it("is another folder's once the data changes: a case renamed is found by its new name", async () => {
    const dir = freshCopy();
    const before = (await savedNameIndex(await cacheFileFor(dir)))!;
    answers(await loadDataset(dir));
    await waitFor(() => existsSync(before.file), 'the name index to be written');
    const casesFile = path.join(dir, 'cases.json');
    await writeFile(casesFile, (await readFile(casesFile, 'utf8')).replaceAll('"Yang Xiuzhu"', '"Yang Xiuzhen"'));
    const after = (await savedNameIndex(await cacheFileFor(dir)))!;
    expect(after.file).not.toBe(before.file);
    const renamed = await loadDataset(dir);
    expect(renamed.search.findCases('Yang Xiuzhen').matches[0]?.record.id).toBe('yang-xiuzhu');
  });

  it('is built again when the file kept is damaged', async () => {
    const dir = freshCopy();
    const saved = (await savedNameIndex(await cacheFileFor(dir)))!;
    const built = answers(await loadDataset(dir));
    await waitFor(() => existsSync(saved.file), 'the name index to be written');
    await writeFile(saved.file, 'not an index');
    expect(saved.load()).toBeUndefined();
    expect(answers(await loadDataset(dir))).toEqual(built);
  });
});
