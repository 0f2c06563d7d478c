/**
 * Shared set-up for the data-file tests: copies of the shipped data with one
 * file edited, the problems the checks find in them, and where a case is in
 * the shipped cases.json as problems name it.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readDataParts } from '../../src/data/load.js';
import { DataError, formatProblem } from '../../src/data/problems.js';
import { ROOT } from '../support/app.js';
import { copyOfData } from '../support/running.js';

/** Where a case is in the shipped cases.json, as problems name it: `cases[12](mo-peifen)`. */
const SHIPPED = (JSON.parse(readFileSync(path.join(ROOT, 'data', 'cases.json'), 'utf8')) as { cases: { id: string }[] }).cases.map((c) => c.id);
export const ix = (id: string): number => SHIPPED.indexOf(id);
export const at = (id: string): string => `cases[${ix(id)}](${id})`;

/** A copy of the shipped data with one file edited; `afterEach(removeDataCopies)` clears them. */
export async function brokenData(file: string, edit: (json: any) => void): Promise<string> {
  const dir = copyOfData();
  const json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  edit(json);
  await writeFile(path.join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

/** Every problem the checks find in a data folder, as `file: path: what is wrong`. */
export async function problemsIn(dir: string): Promise<string[]> {
  try {
    await readDataParts(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map(formatProblem);
  }
}
