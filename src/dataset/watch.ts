/**
 * Watches the data folder (and its `sources/` copy of the report) and calls
 * back once things have been quiet for a moment. The folder is watched rather
 * than each file because editors often save by writing a new file and
 * renaming it over the old one, which ends a watch on the old file; and the
 * pause (debounce) lets an editor finish its write-rename-delete dance, or a
 * `git pull` touch every file, before one reload reads them all.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';

export interface DataWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before calling back. */
  debounceMs?: number;
  log: Logger;
}

export const DEFAULT_DEBOUNCE_MS = 300;

/** Files the data is read from: the JSON files and the report's text. Editor swap and backup files are not. */
function matters(file: string | null): boolean {
  if (file === null) return true; // Some platforms do not say which file changed.
  const name = path.basename(file);
  return /\.(json|txt)$/i.test(name) && !name.startsWith('.');
}

export function watchDataFolder(dir: string, onChange: (files: string[]) => void, options: WatchOptions): DataWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  const watchers: FSWatcher[] = [];

  const fire = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed = new Set();
    onChange(files);
  };

  for (const folder of [dir, path.join(dir, 'sources')]) {
    if (!existsSync(folder)) continue;
    try {
      // Not persistent: the watch alone must not keep the process running once the bot has stopped.
      const watcher = watch(folder, { persistent: false }, (_event, file) => {
        const name = typeof file === 'string' ? file : null;
        if (!matters(name)) return;
        changed.add(path.relative(dir, path.join(folder, name ?? '')) || '(folder)');
        clearTimeout(timer);
        timer = setTimeout(fire, debounceMs);
      });
      // A watch that fails (the folder deleted or moved) must not crash the bot: the data in memory keeps serving.
      watcher.on('error', (error) => options.log.warn({ err: error, folder }, 'stopped watching the data folder; SIGHUP still reloads'));
      watchers.push(watcher);
    } catch (error) {
      options.log.warn({ err: error, folder }, 'cannot watch the data folder; SIGHUP still reloads');
    }
  }

  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
