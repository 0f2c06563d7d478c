/**
 * Spreadsheet files into the data folder, all or nothing. `planImport`
 * reads the sheets, refuses anything it cannot read or that the bot's own
 * data check refuses (each problem as `cases.csv:ROW:COLUMN: what is wrong`),
 * and works out the difference from the current data, record by record and
 * column by column; it writes nothing. `installFiles` (installFiles.ts) then
 * puts the new files in place: every file is written aside first and moved
 * in only when all are written, so the folder is never half new, and the old
 * files are put back if a move fails. Each step has its own module beside
 * this one: readTables, tableDiff, changelog, checkCandidate, installFiles.
 */
import path from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { dataJson } from '../data/jsonText.js';
import { readDataParts } from '../data/load.js';
import { buildDataset } from '../dataset/dataset.js';
import { DataError, formatProblem } from '../data/problems.js';
import { changeEntry, nextVersion } from './changelog.js';
import { checkCandidate, locate } from './checkCandidate.js';
import type { ImportProblem, SheetFile } from './readSheet.js';
import { readTables } from './readTables.js';
import { diffTable, hasChanges, type TableDiff } from './tableDiff.js';

export interface ImportPlan {
  problems: ImportProblem[];
  diffs: TableDiff[];
  /** Data files to write, name → text, when there is something to change and nothing is wrong. */
  writes?: Map<string, string>;
  version?: { from: string; to: string };
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
