/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a
 * field quoted when it holds a comma, a quote, a line break or edge spaces,
 * with quotes doubled. The file starts with a UTF-8 byte-order mark, without
 * which Excel reads UTF-8 as a legacy code page and shows Chinese as noise.
 *
 * No cell is run as a formula (CSV injection, OWASP's guidance): a text cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'`, which spreadsheets show as text; the cell is then quoted as any other.
 * Numbers stay numbers: a number cell is written as it is, and so is text that
 * is nothing but a plain number (`-12`, `3.5`), which no spreadsheet runs.
 */
import { Buffer } from 'node:buffer';

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Sticky: tests the one character at `lastIndex`, with no one-character string made for it. */
const SPACE_AT = /\s/y;

function spaceAt(text: string, at: number): boolean {
  SPACE_AT.lastIndex = at;
  return SPACE_AT.test(text);
}

/** Text a spreadsheet would run as a formula: it gets a leading `'`. Only ever text: a number cell is a number. */
function guardsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** Whether a text cell is quoted, `guarded` being whether it starts with the `'` (then its first character is not a space). */
function needsQuotes(text: string, guarded: boolean): boolean {
  // The edges are tested one character each: a regex with `^\s|\s$` beside the class walks the whole cell three ways.
  return NEEDS_QUOTES.test(text) || (!guarded && spaceAt(text, 0)) || spaceAt(text, text.length - 1);
}

const doubleQuotes = (text: string): string => (text.includes('"') ? text.replaceAll('"', '""') : text);

function field(cell: Cell): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell !== 'string') return String(cell);
  const guarded = guardsFormula(cell);
  const text = guarded ? `'${cell}` : cell;
  return needsQuotes(cell, guarded) ? `"${doubleQuotes(text)}"` : text;
}

function line(row: readonly Cell[]): string {
  return row.map(field).join(',');
}

function checkWidth(cells: number, i: number, columns: number): void {
  if (cells !== columns) throw new Error(`row ${i} has ${cells} cells for ${columns} columns`);
}

function checkWidths(header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  for (const [i, row] of rows.entries()) checkWidth(row.length, i, header.length);
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  checkWidths(header, rows);
  return `${BOM}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4). */
const MAX_UTF8_PER_UNIT = 3;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** A row's cells, kept by column, as a list in `columns` order. */
export function inColumns<K extends string>(columns: readonly K[], cells: Readonly<Record<K, Cell>>): Cell[] {
  return columns.map((k) => cells[k]);
}

/** Where a table's rows go as they are made: a CSV file being written, or rows kept whole (exportTable). */
export interface RowSink {
  /** One row, its cells read from `cells` in `columns` order; false once no more rows are wanted. */
  record<K extends string>(columns: readonly K[], cells: Readonly<Record<K, Cell>>): boolean;
}

export interface CsvWriterOptions {
  /** The file's size the last time, when known: the buffer is then neither grown nor larger than the file. */
  expectedBytes?: number;
  /** Bytes the file may have (an upload limit): past them it wants no more rows (`record` says false). */
  limit?: number;
}

/**
 * The same CSV as UTF-8 bytes, as a file is sent, written straight into one
 * growing buffer: each field is encoded where it goes, with no string or byte
 * array made per line or per file along the way. On a noisy VM a young-
 * generation collection costs 0.5 to 10 ms, and /export paid one every few
 * runs for its throwaway strings and arrays (the cases table made about nine
 * times its own size in garbage).
 */
export class CsvWriter implements RowSink {
  private bytes: Buffer;
  private size = 0;
  private rows = 0;
  private readonly limit: number;

  constructor(
    private readonly header: readonly string[],
    { expectedBytes = 16 * 1024, limit = Number.POSITIVE_INFINITY }: CsvWriterOptions = {},
  ) {
    this.limit = limit;
    // alloc, not allocUnsafe: the file is a view of this buffer, and no byte of it should be another's memory.
    this.bytes = Buffer.alloc(Math.max(Math.min(expectedBytes, limit), 1024));
    this.text(BOM);
    this.line(header);
  }

  /** Bytes written so far, the byte-order mark and header included. */
  get byteLength(): number {
    return this.size;
  }

  /** Past the limit: whatever rows follow, the file is larger than it may be. */
  get overLimit(): boolean {
    return this.size > this.limit;
  }

  /** Data rows written so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** One row, its cells in the header's order. */
  row(cells: readonly Cell[]): void {
    checkWidth(cells.length, this.rows, this.header.length);
    this.line(cells);
    this.rows++;
  }

  /** One row, read by column from a row's cells as the tables build them (no array made for it). */
  record<K extends string>(columns: readonly K[], cells: Readonly<Record<K, Cell>>): boolean {
    checkWidth(columns.length, this.rows, this.header.length);
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) this.byte(COMMA);
      this.field(cells[columns[i]!]);
    }
    this.text('\r\n');
    this.rows++;
    return !this.overLimit;
  }

  /** The file: a view of the bytes written (no copy). The writer is done with then. */
  finish(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.size);
  }

  private line(cells: readonly Cell[]): void {
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) this.byte(COMMA);
      this.field(cells[i]);
    }
    this.text('\r\n');
  }

  /** What `field` returns for toCsv, as bytes. */
  private field(cell: Cell): void {
    if (cell === null || cell === undefined || cell === '') return;
    if (typeof cell !== 'string') {
      this.text(String(cell));
      return;
    }
    const guarded = guardsFormula(cell);
    const quoted = needsQuotes(cell, guarded);
    if (quoted) this.byte(QUOTE);
    if (guarded) this.byte(APOSTROPHE);
    this.text(quoted ? doubleQuotes(cell) : cell);
    if (quoted) this.byte(QUOTE);
  }

  private byte(b: number): void {
    this.reserve(1);
    this.bytes[this.size++] = b;
  }

  private text(text: string): void {
    this.reserve(text.length * MAX_UTF8_PER_UNIT);
    // Buffer#write encodes as TextEncoder does (a lone surrogate becomes U+FFFD) and returns the bytes written.
    this.size += this.bytes.write(text, this.size);
  }

  /** Room for `more` bytes: the buffer at least doubled when it is short, the bytes so far copied over. */
  private reserve(more: number): void {
    if (this.size + more <= this.bytes.length) return;
    const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.size + more));
    this.bytes.copy(grown, 0, 0, this.size);
    this.bytes = grown;
  }
}

/** The whole CSV as UTF-8 bytes, every row checked for its width before any is written. */
export function csvBytes(header: readonly string[], rows: readonly (readonly Cell[])[]): Uint8Array {
  checkWidths(header, rows);
  const writer = new CsvWriter(header);
  for (const row of rows) writer.row(row);
  return writer.finish();
}
