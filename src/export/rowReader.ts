/**
 * Reading a spreadsheet row back into a record: each problem found is kept
 * with the column it is in, so the import can name the cell
 * (`cases.csv:ROW:COLUMN: what is wrong`) and go on to find the rest.
 */
import { CellError, readSources } from './cells.js';

/** A cell's problem, with the column it is in. */
export interface RowProblem {
  column: string;
  message: string;
}

/** Reads one cell, turning what it cannot read into a problem for its column. */
export class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(private readonly row: Readonly<Record<string, string>>) {}

  cell(column: string): string {
    return (this.row[column] ?? '').trim();
  }

  read<T>(column: string, read: (cell: string) => T): T | undefined {
    try {
      return read(this.row[column] ?? '');
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.problems.push({ column, message: error.message });
      return undefined;
    }
  }

  fail(column: string, message: string): void {
    this.problems.push({ column, message });
  }

  /** A fact's sources: required when the fact is given, refused when it is not. */
  sources(column: string, given: boolean, what: string): string[] | undefined {
    const sources = readSources(this.row[column] ?? '');
    if (given && sources.length === 0) this.fail(column, `${what} needs its source: "report", or the address of the report it was read in`);
    if (!given && sources.length > 0) this.fail(column, `a source for ${what}, which is empty`);
    return given && sources.length > 0 ? sources : undefined;
  }
}
