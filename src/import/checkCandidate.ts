/**
 * The bot's own data check, run on a copy of the data folder with the new
 * files in it, so the import refuses exactly what the bot would; each
 * problem it finds is pointed back at the sheet, row and column it came from.
 */
import { cp, mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDataParts } from '../data/load.js';
import { DataError, type DataProblem } from '../data/problems.js';
import type { ImportProblem } from './readSheet.js';
import type { ReadTable } from './readTables.js';

/** A data problem of the candidate folder, pointed back at the row and column it came from. */
export function locate(problem: DataProblem, tables: readonly ReadTable[], written: ReadonlyMap<string, unknown[]>): ImportProblem {
  const t = tables.find((x) => x.kind.file === problem.file);
  const m = t ? new RegExp(`^${t.kind.listKey}\\[(\\d+)\\](?:\\(([^)]*)\\))?(.*)$`).exec(problem.path) : null;
  if (!t || !m) return { file: problem.file, message: `${problem.path || '(whole file)'}: ${problem.message}` };
  const object = written.get(t.kind.file)?.[Number(m[1])] as Record<string, unknown> | undefined;
  const key = m[2] ?? String(object?.id ?? object?.year ?? object?.url ?? '');
  const rest = m[3] ?? '';
  const column = t.kind.paths.find(([rule]) => rule.test(rest))?.[1];
  const event = /^\.events\[(\d+)\]/.exec(rest);
  const row = t.rowOf.get(key);
  return {
    file: t.sheet,
    ...(row !== undefined ? { row } : {}),
    ...(column ? { column } : {}),
    message: `${event ? `event ${Number(event[1]) + 1}: ` : ''}${problem.message}`,
  };
}

/** Runs the bot's own data check on a copy of the folder with the new files in it. */
export async function checkCandidate(dir: string, writes: ReadonlyMap<string, string>): Promise<DataProblem[]> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'skynet-import-'));
  try {
    await cp(dir, copy, { recursive: true });
    for (const [file, text] of writes) {
      const handle = await open(path.join(copy, file), 'w');
      await handle.writeFile(text);
      await handle.close();
    }
    await readDataParts(copy);
    return [];
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
