/**
 * The validated records of a data folder, kept between runs so that a start
 * on data already checked skips the checking: validating and cross-checking
 * 100,000 cases takes seconds, reading back the result a fraction of that;
 * on the report's data it saves a tenth of a command-line answer.
 *
 * Never stale: a cached result is found by a hash of everything it was
 * computed from, the folder's data files and report text, and the code that
 * checked them (this folder's modules, and zod's version). Edit a file, or
 * the checks, and the key changes. Only data that passed every check is
 * kept, so an invalid folder is checked, and refused, every time.
 *
 * Anything wrong with the cache (unwritable, unreadable, damaged) only means
 * checking the data again: the cache is never a reason not to start.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../paths.js';
import { resolveInside } from './confined.js';
import type { DatasetParts } from './parts.js';

export const DATA_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'skynet-desk-bot', 'data');
/** Data folders kept: the bot's, the benchmark's, a copy being edited... */
const KEEP = 6;

let codeHash: Promise<string> | undefined;

/** Every file under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** A hash of the modules that read and check the data (this folder and its subfolders, as it runs: TypeScript or compiled) and of zod's version. */
function hashOfCode(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha1');
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const file of await filesUnder(here)) {
      hash.update(`${file}\0`);
      hash.update(await readFile(path.join(here, file)));
    }
    hash.update(await readFile(path.join(PROJECT_ROOT, 'node_modules', 'zod', 'package.json')));
    return hash.digest('hex');
  })();
  return codeHash;
}

/** Every file the data is read from: the JSON files and the report's text in sources/. */
async function dataFiles(dir: string): Promise<string[]> {
  const json = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const sources = existsSync(path.join(dir, 'sources')) ? (await readdir(path.join(dir, 'sources'))).sort().map((f) => path.join('sources', f)) : [];
  return [...json, ...sources];
}

/** Data this large (a million cases) is more than one JSON string can hold: it is checked every time. */
const CACHED_UP_TO_BYTES = 256 * 1024 * 1024;

/** The cache file for the folder as it is now, or undefined when it cannot be named (a file missing or unreadable) or the data is too large. */
export async function cacheFileFor(dir: string): Promise<string | undefined> {
  try {
    const files = await dataFiles(dir);
    // Through the same check as reading: a file that resolves outside the folder is never cached, so always refused.
    const targets = await Promise.all(files.map((file) => resolveInside(dir, file)));
    const sizes = await Promise.all(targets.map(async (target) => (await stat(target)).size));
    if (sizes.reduce((a, b) => a + b, 0) > CACHED_UP_TO_BYTES) return undefined;
    const hash = createHash('sha1');
    hash.update(await hashOfCode());
    for (const [i, file] of files.entries()) {
      hash.update(`\0${file}\0`);
      hash.update(await readFile(targets[i]!));
    }
    return path.join(DATA_CACHE_DIR, `${hash.digest('hex')}.json`);
  } catch {
    return undefined;
  }
}

/** The records checked earlier, if the cache has them. */
export async function readCached(file: string): Promise<DatasetParts | undefined> {
  try {
    const parts = JSON.parse(await readFile(file, 'utf8')) as DatasetParts;
    // Marked as used, so that pruning keeps what is read and drops what is not.
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return parts;
  } catch {
    return undefined;
  }
}

/** Keeps records that passed every check; written aside and renamed, so a reader never sees half a file. */
export async function writeCached(file: string, parts: DatasetParts): Promise<void> {
  try {
    await mkdir(DATA_CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(parts));
    await rename(partial, file);
    await prune();
  } catch {
    // Not kept: the next start checks the data again.
  }
}

/** Keeps the most recently used few. */
async function prune(): Promise<void> {
  const files = (await readdir(DATA_CACHE_DIR)).filter((f) => f.endsWith('.json'));
  if (files.length <= KEEP) return;
  const times = await Promise.all(files.map(async (f) => ({ f, time: (await stat(path.join(DATA_CACHE_DIR, f)).catch(() => undefined))?.mtimeMs ?? 0 })));
  times.sort((a, b) => b.time - a.time);
  await Promise.all(times.slice(KEEP).map(({ f }) => rm(path.join(DATA_CACHE_DIR, f), { force: true })));
}
