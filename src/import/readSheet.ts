/**
 * A CSV file as a spreadsheet saves it, read into rows of named cells:
 * UTF-8 with or without a byte-order mark, CRLF or LF line ends, quoted
 * cells with line breaks and doubled quotes (csv-parse reads all of that).
 * Every cell is held to two rules before anything reads it:
 * - the export's guard against formulas (OWASP: a `'` before a cell that
 *   starts with = + - @, a tab or a carriage return) is taken off again;
 * - a cell that starts with one of those without the guard is refused: a
 *   spreadsheet would run it, and the data never holds one.
 * Rows are numbered as the spreadsheet numbers them: the header is row 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface ImportProblem {
  file: string;
  /** The spreadsheet's row number (the header is 1); absent for a problem of the whole file. */
  row?: number;
  column?: string;
  message: string;
}

export function formatImportProblem(p: ImportProblem): string {
  return `${[p.file, p.row, p.column].filter((x) => x !== undefined).join(':')}: ${p.message}`;
}

export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

export interface Sheet {
  file: string;
  header: string[];
  rows: SheetRow[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as the data holds it, or a reason it is refused. */
export function unguard(cell: string): { value: string } | { refused: string } {
  if (cell.startsWith("'") && FORMULA_START.test(cell.slice(1))) return { value: cell.slice(1) };
  if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) {
    return {
      refused: `starts with "${JSON.stringify(cell[0]).slice(1, -1)}", which a spreadsheet runs as a formula: the data never holds one (to keep it as text, start the cell with ')`,
    };
  }
  return { value: cell };
}

export function readSheet(file: string, bytes: Uint8Array): { sheet?: Sheet; problems: ImportProblem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [{ file, message: 'is not UTF-8 text: save it as "CSV UTF-8" (Excel) or download it as CSV (Google Sheets)' }] };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return {
      problems: [
        {
          file,
          ...(lines ? { row: lines } : {}),
          message: `cannot be read as CSV: ${(error as Error).message.replace(/^Invalid Record Length: |^CSV_\w+: /, '')}`,
        },
      ],
    };
  }
  const [headerCells, ...body] = records;
  if (!headerCells || headerCells.every((c) => c.trim() === '')) return { problems: [{ file, message: 'is empty: it needs a header row of column names' }] };
  const problems: ImportProblem[] = [];
  const header = headerCells.map((h) => h.trim());
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    // A spreadsheet saves the rows an editor emptied as ",,,,": they are no row at all.
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({ file, row, message: `has ${cells.length} cells but the header names ${header.length} columns` });
      return;
    }
    const named: Record<string, string> = {};
    let refused = false;
    header.forEach((name, k) => {
      const read = unguard(cells[k] ?? '');
      if ('refused' in read) {
        problems.push({ file, row, column: name || `column ${k + 1}`, message: read.refused });
        refused = true;
      } else named[name] = read.value;
    });
    // A row with a refused cell is not read further: what follows from the cell would only repeat the problem.
    if (!refused) rows.push({ row, cells: named });
  });
  return { sheet: { file, header, rows }, problems };
}

export interface SheetFile {
  /** As the editor named it: problems name it so. */
  name: string;
  bytes: Uint8Array;
}

/** Reads the named files, for the CLI and the tests. */
export async function readSheetFiles(names: readonly string[]): Promise<SheetFile[]> {
  return Promise.all(names.map(async (name) => ({ name: path.basename(name), bytes: new Uint8Array(await readFile(name)) })));
}
