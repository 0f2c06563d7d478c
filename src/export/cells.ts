/**
 * How a spreadsheet cell holds what a JSON field holds, both ways: the export
 * writes a record's facts into cells an editor can read and change, and
 * `data:import` reads the same cells back. A list is one item a line (a
 * quoted line break, which spreadsheets keep inside the cell); a fact's
 * sources are `report` or addresses, one a line or separated by `;`.
 * Reading a cell never guesses: anything it cannot read is a CellError
 * naming what is wrong, and the importer adds the row and column.
 */

export class CellError extends Error {
  override name = 'CellError';
}

/** One item a line; blank lines and edge spaces dropped. */
export function lines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function joinLines(items: readonly string[]): string {
  return items.join('\n');
}

/** `report` and addresses, one a line; an editor may also separate them with `;`. */
export function readSources(cell: string): string[] {
  return lines(cell)
    .flatMap((l) => l.split(/;\s*/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function writeSources(sources: readonly string[] | undefined): string {
  return sources ? joinLines(sources) : '';
}

/** `yes`, `no` or empty (not stated). */
export function readYesNo(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'yes' || v === 'true') return true;
  if (v === 'no' || v === 'false') return false;
  throw new CellError(`"${cell}" is not yes or no`);
}

export function writeYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `2015`, `2015-03` or `2015-03-28`; a spreadsheet's own date form (16/11/2016) is refused with a hint. */
export function readDate(cell: string, what = 'date'): string {
  const v = cell.trim();
  if (PARTIAL_DATE.test(v)) return v;
  const hint = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(v) ? ' (a spreadsheet may have turned it into its own date format: format the column as text)' : '';
  throw new CellError(`"${cell}" is not a ${what}: write YYYY, YYYY-MM or YYYY-MM-DD${hint}`);
}

/** A whole number within bounds. */
export function readInteger(cell: string, min: number, max: number): number {
  const v = cell.trim();
  if (!/^-?\d+$/.test(v)) throw new CellError(`"${cell}" is not a whole number`);
  const n = Number(v);
  if (n < min || n > max) throw new CellError(`${n} is not between ${min} and ${max}`);
  return n;
}

/** A number, with a decimal point if it has one (exchange rates, percentages). */
export function readNumber(cell: string): number {
  const v = cell.trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new CellError(`"${cell}" is not a number`);
  return Number(v);
}

/** `1. text` lines: the number ties a line to the first line of its group (the first event is 1). */
export function numbered(cell: string, what: string): { n: number; text: string }[] {
  return lines(cell).map((l, i) => {
    const m = /^(\d+)\.\s*(.*)$/.exec(l);
    if (!m) throw new CellError(`line ${i + 1}: "${l.slice(0, 60)}" should start with the number of its ${what}, e.g. "1. "`);
    return { n: Number(m[1]), text: m[2]!.trim() };
  });
}

/** `text [source; source]`: the sources in the last brackets of the line. */
export function readSourced(line: string, where: string): { text: string; source: string[] } {
  const m = /^(.*?)\s*\[([^[\]]*)\]\s*$/.exec(line);
  if (!m?.[1]) throw new CellError(`${where}: "${line.slice(0, 60)}" needs its sources at the end in brackets, e.g. [report] or [chinadaily.com.cn/…]`);
  const source = readSources(m[2]!);
  if (source.length === 0) throw new CellError(`${where}: the brackets need at least one source`);
  return { text: m[1], source };
}

export function writeSourced(text: string, source: readonly string[]): string {
  return `${text} [${source.join('; ')}]`;
}
