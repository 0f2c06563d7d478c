/**
 * The difference an import makes, record by record and column by column:
 * both sides written as the export writes them, so a change is a change of
 * a cell the editor can see.
 */
import type { Dataset } from '../dataset/dataset.js';
import type { TableName } from './kinds.js';
import type { ReadTable } from './readTables.js';

export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface TableDiff {
  table: TableName;
  sheet: string;
  file: string;
  added: { key: string; label: string }[];
  changed: { key: string; label: string; fields: FieldChange[] }[];
  removed: { key: string; label: string }[];
}

const cellText = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell));

export function diffTable(t: ReadTable, data: Dataset): TableDiff {
  const { kind } = t;
  const before = new Map(kind.records(data).map((r) => [kind.key(r), r]));
  const after = new Map(t.records.map((r) => [kind.key(r), r]));
  const diff: TableDiff = { table: kind.table, sheet: t.sheet, file: kind.file, added: [], changed: [], removed: [] };
  for (const [key, r] of after) {
    const old = before.get(key);
    if (old === undefined) {
      diff.added.push({ key, label: kind.label(r) });
      continue;
    }
    const oldRow = kind.row(old);
    const newRow = kind.row(r);
    const fields = kind.columns
      .map((column, i) => ({ column, before: cellText(oldRow[i]), after: cellText(newRow[i]) }))
      .filter((f) => !kind.derived.has(f.column) && f.before !== f.after);
    if (fields.length > 0) diff.changed.push({ key, label: kind.label(r), fields });
  }
  for (const [key, r] of before) if (!after.has(key)) diff.removed.push({ key, label: kind.label(r) });
  return diff;
}

export function hasChanges(diffs: readonly TableDiff[]): boolean {
  return diffs.some((d) => d.added.length + d.changed.length + d.removed.length > 0);
}
