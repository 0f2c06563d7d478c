/**
 * Shared set-up for the import tests: a table as /export writes it, edited as
 * an editor would in a spreadsheet and saved as one saves it, and what the
 * import finds wrong with it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { InteractionType } from '../../src/discord/limits.js';
import type { ExportKind } from '../../src/export/tables.js';
import { planImport } from '../../src/import/importData.js';
import { formatImportProblem, type SheetFile } from '../../src/import/readSheet.js';
import { testApp } from '../support/app.js';

/** The day the import runs on, which names the data version it writes. */
export const TODAY = '2026-12-02';

/** Every file of a data folder, by name: to show an import left it as it was. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** The table as /export writes it, from the folder's own data. */
export async function exported(dir: string, what: ExportKind): Promise<SheetFile> {
  const app = await testApp({ DATA_DIR: dir });
  const { files } = await app.handle({
    type: InteractionType.ApplicationCommand,
    commandName: 'export',
    options: [{ name: 'what', type: 3, value: what }],
    userId: 'u',
  });
  return { name: `${what}.csv`, bytes: files[0]!.data };
}

/** A sheet's rows as named cells, to change one as an editor would. */
function rowsOf(file: SheetFile): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '')) as string[][];
  return { header: header!, rows };
}

/** CSV as a spreadsheet saves what an editor typed: no guard before a cell that starts like a formula. */
function rawCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The sheet with `edit` applied to its rows, written back as a CSV file. */
export function edited(
  file: SheetFile /** Changes the rows in place, or returns new ones. */,
  edit: (rows: string[][], col: (name: string) => number) => unknown,
  header?: (h: string[]) => string[],
): SheetFile {
  const { header: h, rows } = rowsOf(file);
  const col = (name: string) => h.indexOf(name);
  const result = edit(rows, col);
  const out = Array.isArray(result) ? (result as string[][]) : rows;
  // Written as a spreadsheet saves a sheet: a cell the export guarded was unguarded when the sheet was read, and an editor's formula is typed as it is.
  return { name: file.name, bytes: new TextEncoder().encode(rawCsv(header ? header(h) : h, out)) };
}

/** The problems an import of these files is refused with, as the CLI prints them. */
export async function problems(dir: string, files: SheetFile[]): Promise<string[]> {
  return (await planImport({ dir, files, today: TODAY })).problems.map(formatImportProblem);
}
