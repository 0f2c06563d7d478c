/**
 * Problems found in the data files, each pinned to a file and a field, so the
 * person who broke a file on deadline can find the line to mend.
 */
import type { z } from 'zod';

export interface DataProblem {
  file: string;
  /** Dotted path to the field, with the record's id where it has one: `cases[6](yang-xiuzhu).events[0].date`. */
  path: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.path || '(whole file)'}: ${p.message}`;
}

/** Thrown when the data cannot be served; `problems` lists every fault found, not only the first. */
export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Turns a path like `['cases', 6, 'events', 0]` into `cases[6](yang-xiuzhu).events[0]`, looking ids up in the raw file. */
export function describePath(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const label = recordLabel(node);
      if (label) out += `(${label})`;
    } else {
      out += (out ? '.' : '') + String(key);
      node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out;
}

function recordLabel(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  for (const key of ['id', 'year']) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

export function zodProblems(file: string, root: unknown, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, path: describePath(root, issue.path), message: issue.message }));
}
