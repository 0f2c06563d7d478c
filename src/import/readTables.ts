/**
 * The edited sheets read into records: each sheet's table told from its
 * header, its columns checked against the export's, every row read as the
 * export writes it, and each key held once. Every problem is kept, named by
 * file, row and column, so an editor sees them all at once.
 */
import type { Dataset } from '../dataset/dataset.js';
import { kindOfHeader, type Kind } from './kinds.js';
import { readSheet, type ImportProblem, type SheetFile } from './readSheet.js';

/** A sheet's records, with the spreadsheet row each key was read on (so a later problem can point back at it). */
export interface ReadTable {
  kind: Kind<unknown>;
  sheet: string;
  records: unknown[];
  rowOf: Map<string, number>;
}

/** Each sheet's records, or the problems that stop them being read. */
export function readTables(files: readonly SheetFile[], data: Dataset, problems: ImportProblem[]): ReadTable[] {
  const tables: ReadTable[] = [];
  for (const file of files) {
    const { sheet, problems: found } = readSheet(file.name, file.bytes);
    problems.push(...found);
    if (!sheet) continue;
    const kind = kindOfHeader(sheet.header);
    if (!kind) {
      problems.push({
        file: file.name,
        row: 1,
        message: 'cannot tell which table this is: its first column should be id (cases, milestones), year (years) or url (sources), as /export writes it',
      });
      continue;
    }
    const other = tables.find((t) => t.kind === kind);
    if (other) {
      problems.push({ file: file.name, message: `is a second ${kind.table} table (${other.sheet} is the first): import one file of each` });
      continue;
    }
    const seen = new Set<string>();
    sheet.header.forEach((column) => {
      if (!column) problems.push({ file: file.name, row: 1, message: 'a column has no name' });
      else if (!kind.columns.includes(column))
        problems.push({ file: file.name, row: 1, column, message: `unknown column; the ${kind.table} columns are ${kind.columns.join(', ')}` });
      else if (seen.has(column)) problems.push({ file: file.name, row: 1, column, message: 'the column appears twice' });
      seen.add(column);
    });
    for (const column of kind.columns) {
      if (!kind.derived.has(column) && !seen.has(column))
        problems.push({ file: file.name, row: 1, column, message: 'missing column: export the table again to get every column' });
    }
    if (problems.some((p) => p.file === file.name && p.row === 1)) continue;
    const current = new Map(kind.records(data).map((r) => [kind.key(r), r]));
    const rowOf = new Map<string, number>();
    const records: unknown[] = [];
    for (const { row, cells } of sheet.rows) {
      const keyColumn = kind.columns[0]!;
      const key = (cells[keyColumn] ?? '').trim();
      const { record, problems: rowProblems } = kind.fromRow(cells, current.get(key));
      problems.push(...rowProblems.map((p) => ({ file: file.name, row, column: p.column, message: p.message })));
      if (!record) continue;
      const held = rowOf.get(kind.key(record));
      if (held !== undefined) {
        problems.push({ file: file.name, row, column: keyColumn, message: `"${kind.key(record)}" is also on row ${held}: each ${keyColumn} once` });
        continue;
      }
      rowOf.set(kind.key(record), row);
      records.push(record);
    }
    tables.push({ kind, sheet: file.name, records, rowOf });
  }
  return tables;
}
