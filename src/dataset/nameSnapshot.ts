/**
 * The name index kept between runs, beside the checked data
 * (src/data/cache.ts). At 100,000 cases building it takes about two seconds
 * and reading it back a fraction of that, and a first /case or keystroke
 * after start waits for one or the other.
 *
 * Never stale: the file is named by the checked data's own cache key (a hash
 * of every data file and of the code that checked them) together with a hash
 * of the search modules as they run, the versions of the libraries that read
 * names (pinyin-pro, mnemonist, talisman) and of V8 (which wrote it).
 * Restoring checks every entry's record id as well. Anything wrong with the
 * file (missing, damaged, unwritable) only means building the index.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { DATA_CACHE_DIR, hashOfModules, pruneCache, writeWhole } from '../data/cache.js';
import type { NameIndexParts } from '../search/names.js';
import type { SavedNameIndex } from '../search/searchIndex.js';

export const NAMES_CACHE_DIR = path.join(path.dirname(DATA_CACHE_DIR), 'names');
const SEARCH_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'search');
const NAME_LIBRARIES = ['pinyin-pro', 'mnemonist', 'talisman'];

/** The typed arrays a saved index must hold, and of which kind: a file that does not is not used. */
const ARRAYS: [keyof NameIndexParts, new (length: number) => object][] = [
  ['order', Int32Array],
  ['keyAt', Int32Array],
  ['keyStart', Int32Array],
  ['spelt', Uint8Array],
  ['familyAt', Int32Array],
];

function looksLikeParts(value: unknown): value is NameIndexParts {
  if (typeof value !== 'object' || value === null) return false;
  const parts = value as Record<string, unknown>;
  return ARRAYS.every(([key, type]) => parts[key] instanceof type) && Array.isArray(parts.ids) && Array.isArray(parts.typoStrings);
}

/** Indexes being written: a bot that stops lets them finish (nameIndexesWritten), or the next start builds again. */
const writing = new Set<Promise<void>>();

/** Once every name index being kept has been written (or has failed to be). */
export async function nameIndexesWritten(): Promise<void> {
  await Promise.all(writing);
}

/** Where the name index for the data cached as `dataCacheFile` is kept; undefined when the data is not cached (too large). */
export async function savedNameIndex(dataCacheFile: string | undefined): Promise<(SavedNameIndex & { file: string }) | undefined> {
  if (!dataCacheFile) return undefined;
  const code = await hashOfModules(SEARCH_DIR, NAME_LIBRARIES);
  const key = createHash('sha1')
    .update(`${path.basename(dataCacheFile)}\0${code}\0${process.versions.v8}`)
    .digest('hex');
  const file = path.join(NAMES_CACHE_DIR, `${key}.v8`);
  return {
    file,
    load() {
      try {
        // Read at the first /case, inside a synchronous look-up: 0.2 to 0.7 s at 100,000 cases (15 MB), against seconds to build.
        const parts: unknown = deserialize(readFileSync(file));
        if (!looksLikeParts(parts)) return undefined;
        const now = new Date();
        // Marked as used, so that pruning keeps what is read.
        utimes(file, now, now).catch(() => undefined);
        return parts;
      } catch {
        return undefined;
      }
    },
    save(parts) {
      // After the answer that built the index: writing it is no reason to keep that reader waiting.
      const written = new Promise<void>((resolve) => setImmediate(() => void write(file, parts).finally(resolve)));
      writing.add(written);
      void written.finally(() => writing.delete(written));
    },
  };
}

/** Kept as many as checked data folders are (pruneCache). */
async function write(file: string, parts: NameIndexParts): Promise<void> {
  try {
    await writeWhole(file, serialize(parts));
    await pruneCache(NAMES_CACHE_DIR, '.v8');
  } catch {
    // Not kept: the next run builds the index again.
  }
}
