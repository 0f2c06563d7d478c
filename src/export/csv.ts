/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a
 * field quoted when it holds a comma, a quote, a line break or edge spaces,
 * with quotes doubled. The file starts with a UTF-8 byte-order mark, without
 * which Excel reads UTF-8 as a legacy code page and shows Chinese as noise.
 */

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

function field(cell: Cell): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`row ${i} has ${row.length} cells for ${header.length} columns`);
  }
  return `${BOM}${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
