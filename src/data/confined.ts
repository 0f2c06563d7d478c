/**
 * Reading a file that must lie inside the data folder. A data file or the
 * report's copy under `sources/` may be a link, or named with `..` (the report
 * file's name comes from meta.json): whatever the path says, the file it
 * resolves to must be inside the folder, or it is refused and not read.
 * Nothing of what a file holds is ever quoted in an error, so a link to
 * another file cannot show that file's contents in a log.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

export class OutsideDataFolder extends Error {
  override name = 'OutsideDataFolder';
}

/** The real path of `relative`, if it resolves to a file inside `dir` (links followed); OutsideDataFolder if not. */
export async function resolveInside(dir: string, relative: string): Promise<string> {
  const root = await realpath(dir);
  const target = await realpath(path.resolve(dir, relative));
  const inside = path.relative(root, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new OutsideDataFolder(`${relative} resolves outside the data folder`);
  return target;
}

/** The file's text, if `relative` resolves to a file inside `dir` (links followed); OutsideDataFolder if not. */
export async function readInside(dir: string, relative: string): Promise<string> {
  return readFile(await resolveInside(dir, relative), 'utf8');
}

/** Why text is not JSON, by where, never by what it holds (a parser's message quotes the text). */
export function jsonProblem(text: string, error: unknown): string {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!at) return 'is not valid JSON';
  const before = text.slice(0, Number(at[1])).split('\n');
  return `is not valid JSON (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}
