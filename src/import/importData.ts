/**
 * Spreadsheet files into the data folder, all or nothing. `planImport`
 * reads the sheets, refuses anything it cannot read or that the bot's own
 * data check refuses (each problem as `cases.csv:ROW:COLUMN: what is wrong`),
 * and works out the difference from the current data, record by record and
 * column by column; it writes nothing. `installFiles` then puts the new
 * files in place: every file is written aside first and moved in only when
 * all are written, so the folder is never half new, and the old files are
 * put back if a move fails.
 */
import { cp, mkdtemp, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { dataJson } from '../data/jsonText.js';
import { readDataParts } from '../data/load.js';
import { buildDataset } from '../dataset/dataset.js';
import { DataError, formatProblem, type DataProblem } from '../data/problems.js';
import type { ChangeEntry, ChangedRecord } from '../data/schema.js';
import { kindOfHeader, type Kind, type TableName } from './kinds.js';
import { readSheet, type ImportProblem } from './readSheet.js';

export interface SheetFile {
  /** As the editor named it: problems name it so. */
  name: string;
  bytes: Uint8Array;
}

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

export interface ImportPlan {
  problems: ImportProblem[];
  diffs: TableDiff[];
  /** Data files to write, name → text, when there is something to change and nothing is wrong. */
  writes?: Map<string, string>;
  version?: { from: string; to: string };
}

interface ReadTable {
  kind: Kind<unknown>;
  sheet: string;
  records: unknown[];
  rowOf: Map<string, number>;
}

const cellText = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell));

/** Each sheet's records, or the problems that stop them being read. */
function readTables(files: readonly SheetFile[], data: Dataset, problems: ImportProblem[]): ReadTable[] {
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

function diffTable(t: ReadTable, data: Dataset): TableDiff {
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

/** `2026-12-02.1`, or `.2` and on when the day already has a version. */
export function nextVersion(used: readonly string[], today: string): string {
  const n = Math.max(0, ...used.filter((v) => v.startsWith(`${today}.`)).map((v) => Number(v.slice(today.length + 1)) || 0));
  return `${today}.${n + 1}`;
}

function changeEntry(diffs: readonly TableDiff[], version: string, today: string, how: string): ChangeEntry {
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

/** A data problem of the candidate folder, pointed back at the row and column it came from. */
function locate(problem: DataProblem, tables: readonly ReadTable[], written: ReadonlyMap<string, unknown[]>): ImportProblem {
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
async function checkCandidate(dir: string, writes: ReadonlyMap<string, string>): Promise<DataProblem[]> {
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

export interface PlanOptions {
  dir: string;
  files: readonly SheetFile[];
  /** `2026-12-02`: the day the change is recorded under. */
  today: string;
}

/** What importing `files` into `dir` would do, and every reason it cannot; writes nothing. */
export async function planImport(options: PlanOptions): Promise<ImportPlan> {
  const { dir, files, today } = options;
  let data: Dataset;
  try {
    data = buildDataset(await readDataParts(dir), dir);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return {
      problems: error.problems.map((p) => ({
        file: p.file,
        message: `the data in ${dir} fails its own check, so nothing is imported until it is mended: ${formatProblem(p)}`,
      })),
      diffs: [],
    };
  }
  const problems: ImportProblem[] = [];
  const tables = readTables(files, data, problems);
  if (problems.length > 0) return { problems, diffs: [] };
  const diffs = tables.map((t) => diffTable(t, data));
  if (!hasChanges(diffs)) return { problems, diffs };

  const version = nextVersion([data.meta.version, ...data.changelog.map((e) => e.version)], today);
  const how = `data:import ${files.map((f) => path.basename(f.name)).join(' ')}`;
  const written = new Map<string, unknown[]>();
  const writes = new Map<string, string>();
  for (const t of tables) {
    if (!diffs.some((d) => d.table === t.kind.table && d.added.length + d.changed.length + d.removed.length > 0)) continue;
    const list = t.kind.toFile(t.records);
    written.set(t.kind.file, list);
    writes.set(t.kind.file, dataJson({ [t.kind.listKey]: list }));
  }
  writes.set('meta.json', dataJson({ ...data.meta, version }));
  writes.set('changelog.json', dataJson({ entries: [...data.changelog, changeEntry(diffs, version, today, how)] }));
  const refused = await checkCandidate(dir, writes);
  if (refused.length > 0) return { problems: refused.map((p) => locate(p, tables, written)), diffs };
  return { problems, diffs, writes, version: { from: data.meta.version, to: version } };
}

async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts the files in `dir`: each written beside its target under a dot-name
 * (which the bot's folder watch ignores), then, only once all are written,
 * moved in; a failed move puts back every file already replaced.
 */
export async function installFiles(dir: string, writes: ReadonlyMap<string, string>): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = (file: string) => path.join(dir, `.${file}.import-${stamp}`);
  const backup = (file: string) => path.join(dir, `.${file}.before-${stamp}`);
  const files = [...writes.keys()];
  try {
    for (const file of files) await writeDurably(temp(file), writes.get(file)!);
  } catch (error) {
    await Promise.all(files.map((f) => unlink(temp(f)).catch(() => undefined)));
    throw error;
  }
  const moved: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file);
      if (existsSync(target)) await rename(target, backup(file));
      moved.push(file);
      await rename(temp(file), target);
    }
  } catch (error) {
    for (const file of moved.reverse()) {
      if (existsSync(backup(file))) await rename(backup(file), path.join(dir, file)).catch(() => undefined);
    }
    await Promise.all(files.map((f) => unlink(temp(f)).catch(() => undefined)));
    throw error;
  }
  await Promise.all(files.map((f) => unlink(backup(f)).catch(() => undefined)));
}

/** Reads the named files, for the CLI and the tests. */
export async function readSheetFiles(names: readonly string[]): Promise<SheetFile[]> {
  return Promise.all(names.map(async (name) => ({ name: path.basename(name), bytes: new Uint8Array(await readFile(name)) })));
}
