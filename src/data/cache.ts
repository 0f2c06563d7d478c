/**
 * The validated records of a data folder, kept between runs so that a start
 * on data already checked skips the checking: validating and cross-checking
 * 100,000 cases takes seconds, reading back the result a fraction of that;
 * on the report's data it saves a tenth of a command-line answer.
 *
 * Never stale: a cached result is found by a hash of everything it was
 * computed from, the folder's data files and report text, and the code that
 * checked them (this folder's modules, and zod's version). Edit a file, or
 * the checks, and the key changes. A file's own hash is reused while the file
 * system shows it untouched (SeenFile below). Only data that passed every
 * check is kept, so an invalid folder is checked, and refused, every time.
 *
 * Anything wrong with the cache (unwritable, unreadable, damaged) only means
 * checking the data again: the cache is never a reason not to start.
 */
import { createHash } from 'node:crypto';
import { type BigIntStats, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../paths.js';
import { resolveInside } from './confined.js';
import type { DatasetParts } from './parts.js';

export const DATA_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'skynet-desk-bot', 'data');
/** Data folders kept (their checked data, their name indexes): the bot's, the benchmark's, a copy being edited... */
const KEEP = 6;

const moduleHashes = new Map<string, Promise<string>>();

/** Every file under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * A hash of the modules in `dir` and its subfolders, as they run (TypeScript
 * or compiled), and of the versions of `packages`: what a cached result was
 * computed by. Worked out once a process.
 */
export function hashOfModules(dir: string, packages: readonly string[]): Promise<string> {
  const key = [dir, ...packages].join('\0');
  let hashed = moduleHashes.get(key);
  if (!hashed) {
    hashed = (async () => {
      const hash = createHash('sha1');
      for (const file of await filesUnder(dir)) {
        hash.update(`${file}\0`);
        hash.update(await readFile(path.join(dir, file)));
      }
      for (const name of packages) hash.update(await readFile(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json')));
      return hash.digest('hex');
    })();
    moduleHashes.set(key, hashed);
  }
  return hashed;
}

/** The modules that read and check the data: this folder and its subfolders, and zod. */
function hashOfCode(): Promise<string> {
  return hashOfModules(path.dirname(fileURLToPath(import.meta.url)), ['zod']);
}

/** Every file the data is read from: the JSON files and the report's text in sources/. */
async function dataFiles(dir: string): Promise<string[]> {
  const json = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const sources = existsSync(path.join(dir, 'sources')) ? (await readdir(path.join(dir, 'sources'))).sort().map((f) => path.join('sources', f)) : [];
  return [...json, ...sources];
}

/** Data this large (a million cases) is more than one JSON string can hold: it is checked every time. */
const CACHED_UP_TO_BYTES = 256 * 1024 * 1024;

/**
 * A data file as the file system describes it, and the hash of its contents
 * then. Any write to a file sets its ctime to the present (no program can set
 * it back), so a file whose device, inode, size, mtime and ctime are all
 * unchanged still has those contents, as git and make trust too: the 80 MB of
 * a 100,000-case folder need not be read and hashed again at every start
 * (0.5 to 0.9 s of CPU on this machine).
 */
interface SeenFile {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  sha1: string;
}

/** The files' hashes by data folder, the most recently used first. */
type SeenFolders = { dir: string; files: Record<string, SeenFile> }[];

/** Where the hashes of files seen before are kept (not a .json file, so pruning leaves it alone). */
const SEEN_FILE = path.join(DATA_CACHE_DIR, 'file-hashes.memo');

/**
 * A file changed less than this long before it was hashed is hashed again
 * next time: a second write within the clock's granularity (a few
 * milliseconds on ext4, 2 s on FAT) could leave every time unchanged.
 */
const SETTLED_MS = 2000;

async function readSeen(): Promise<SeenFolders> {
  try {
    const parsed: unknown = JSON.parse(await readFile(SEEN_FILE, 'utf8'));
    return Array.isArray(parsed) ? (parsed as SeenFolders) : [];
  } catch {
    return [];
  }
}

function describeFile(info: BigIntStats, sha1: string): SeenFile {
  return { dev: `${info.dev}`, ino: `${info.ino}`, size: `${info.size}`, mtimeNs: `${info.mtimeNs}`, ctimeNs: `${info.ctimeNs}`, sha1 };
}

/** What must be the same for a file to be the one hashed before. */
const IDENTITY = ['dev', 'ino', 'size', 'mtimeNs', 'ctimeNs'] as const;

function unchanged(seen: SeenFile | undefined, info: BigIntStats): seen is SeenFile {
  const now = describeFile(info, '');
  return seen !== undefined && IDENTITY.every((key) => seen[key] === now[key]);
}

/** Hashing a file's contents, or reusing the hash of the same file unchanged since. */
export interface HashOptions {
  /** How long before hashing a file must have last changed for its hash to be kept (SETTLED_MS; the tests set 0). */
  settledMs?: number;
}

/** The cache file for the folder as it is now, or undefined when it cannot be named (a file missing or unreadable) or the data is too large. */
export async function cacheFileFor(dir: string, options: HashOptions = {}): Promise<string | undefined> {
  try {
    const files = await dataFiles(dir);
    // Through the same check as reading: a file that resolves outside the folder is never cached, so always refused.
    const targets = await Promise.all(files.map((file) => resolveInside(dir, file)));
    const infos = await Promise.all(targets.map((target) => stat(target, { bigint: true })));
    if (infos.reduce((a, b) => a + Number(b.size), 0) > CACHED_UP_TO_BYTES) return undefined;
    const folders = await readSeen();
    const folder = path.resolve(dir);
    const before = folders.find((f) => f.dir === folder)?.files ?? {};
    const settledBefore = BigInt(Date.now() - (options.settledMs ?? SETTLED_MS)) * 1_000_000n;
    const seen: Record<string, SeenFile> = {};
    const hash = createHash('sha1');
    hash.update(await hashOfCode());
    for (const [i, file] of files.entries()) {
      const info = infos[i]!;
      let sha1 = unchanged(before[file], info) ? before[file].sha1 : undefined;
      sha1 ??= createHash('sha1')
        .update(await readFile(targets[i]!))
        .digest('hex');
      if (info.ctimeNs < settledBefore && info.mtimeNs < settledBefore) seen[file] = describeFile(info, sha1);
      hash.update(`\0${file}\0${sha1}`);
    }
    if (JSON.stringify(seen) !== JSON.stringify(before)) await rememberSeen(folders, folder, seen);
    return path.join(DATA_CACHE_DIR, `${hash.digest('hex')}.json`);
  } catch {
    return undefined;
  }
}

/** Keeps the folder's file hashes first, for as many folders as the cache keeps; written aside and renamed. */
async function rememberSeen(folders: SeenFolders, dir: string, files: Record<string, SeenFile>): Promise<void> {
  try {
    const kept = [{ dir, files }, ...folders.filter((f) => f.dir !== dir)].slice(0, KEEP);
    await writeWhole(SEEN_FILE, JSON.stringify(kept));
  } catch {
    // Not kept: the files are hashed again next time.
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

/** Keeps records that passed every check. */
export async function writeCached(file: string, parts: DatasetParts): Promise<void> {
  try {
    await writeWhole(file, JSON.stringify(parts));
    await pruneCache(DATA_CACHE_DIR, '.json');
  } catch {
    // Not kept: the next start checks the data again.
  }
}

/** Writes `contents` aside and renames it into place, so that a reader never sees half a file. */
export async function writeWhole(file: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, contents);
  await rename(partial, file);
}

/** Keeps the most recently used few of the files in `dir` whose names end in `ending` (a read marks a file used). */
export async function pruneCache(dir: string, ending: string): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(ending));
  if (files.length <= KEEP) return;
  const times = await Promise.all(files.map(async (f) => ({ f, time: (await stat(path.join(dir, f)).catch(() => undefined))?.mtimeMs ?? 0 })));
  times.sort((a, b) => b.time - a.time);
  await Promise.all(times.slice(KEEP).map(({ f }) => rm(path.join(dir, f), { force: true })));
}
