/**
 * Where the project's own folders are, whether this code runs from `src/`
 * through tsx or compiled into `dist/src/`: the nearest folder upwards that
 * holds package.json is the project root.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json found above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'data');
