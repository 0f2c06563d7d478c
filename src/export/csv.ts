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

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function field(cell: Cell): string {
  const raw = cell === null || cell === undefined ? '' : String(cell);
  const text = typeof cell !== 'number' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`row ${i} has ${row.length} cells for ${header.length} columns`);
  }
  return `${BOM}${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
