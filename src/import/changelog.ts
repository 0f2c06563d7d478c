/** What an import records: the data's next version, and the changelog entry that names every record it touched. */
import type { ChangeEntry, ChangedRecord } from '../data/schema.js';
import type { TableName } from './kinds.js';
import type { TableDiff } from './tableDiff.js';

/** `2026-12-02.1`, or `.2` and on when the day already has a version. */
export function nextVersion(used: readonly string[], today: string): string {
  const n = Math.max(0, ...used.filter((v) => v.startsWith(`${today}.`)).map((v) => Number(v.slice(today.length + 1)) || 0));
  return `${today}.${n + 1}`;
}

export function changeEntry(diffs: readonly TableDiff[], version: string, today: string, how: string): ChangeEntry {
  const ref = (table: TableName, r: { key: string; label: string }, fields?: string[]): ChangedRecord => ({
    table,
    id: r.key,
    ...(r.label !== r.key ? { label: r.label } : {}),
    ...(fields ? { fields } : {}),
  });
  return {
    version,
    date: today,
    how,
    added: diffs.flatMap((d) => d.added.map((r) => ref(d.table, r))),
    changed: diffs.flatMap((d) =>
      d.changed.map((r) =>
        ref(
          d.table,
          r,
          r.fields.map((f) => f.column),
        ),
      ),
    ),
    removed: diffs.flatMap((d) => d.removed.map((r) => ref(d.table, r))),
  };
}
