/**
 * A table as the CSV file /export sends: each row written into the file as
 * it is made, so that no table of rows is kept along the way, and no row made
 * once the file is certain to be larger than the upload limit. Then nothing
 * more is known of its size than that it is over the limit: at 100,000 cases
 * the whole cases table was made (43.7 MB, two seconds) only to say so.
 */
import type { Dataset } from '../dataset/dataset.js';
import { memoizedBy } from '../memo.js';
import { CsvWriter } from './csv.js';
import { TABLE_COLUMNS, writeTable, type Cited, type ExportKind } from './tables.js';

export interface CsvFile {
  fits: true;
  bytes: Uint8Array;
  columns: readonly string[];
  rows: number;
  cited: Cited;
}

/** A file that would be over the limit: how far it was written before that was certain (nothing, when it was known), for tests and logs. */
export interface TooLarge {
  fits: false;
  limit: number;
  rowsWritten: number;
  bytesWritten: number;
}

/**
 * Each table's size the last time it was written whole from a dataset, to
 * size the next one's buffer: a file then neither grows (a copy each time)
 * nor sits in a larger buffer. Datasets are immutable and swapped whole on
 * reload, so the sizes go with the dataset they were measured on.
 */
const lastSizes = memoizedBy((_data: Dataset): Partial<Record<ExportKind, number>> => ({}));

/**
 * Files written whole, kept with the dataset they were written from: the
 * same table of the same dataset is the same bytes whatever the locale (only
 * the reply's words are translated), so a second /export of it writes
 * nothing. Bounded twice: a dataset keeps at most one file a table, and only
 * files up to MEMO_MAX_BYTES (Discord's limit without boosts; the cases at
 * 100,000 cases, 44 MB, are never kept). Held weakly: a reload swaps the
 * dataset, and its files go with it. The bytes are shared between replies:
 * the transports copy or write them and never change them.
 */
const written = memoizedBy((_data: Dataset): Partial<Record<ExportKind, CsvFile>> => ({}));
const MEMO_MAX_BYTES = 10 * 1024 * 1024;

/** The table as a CSV file, or TooLarge as soon as it is certain to have more than `limit` bytes. */
export function csvFile(data: Dataset, kind: ExportKind, limit = Number.POSITIVE_INFINITY): CsvFile | TooLarge {
  const known = written(data)[kind];
  if (known) return known.bytes.length <= limit ? known : { fits: false, limit, rowsWritten: 0, bytesWritten: 0 };
  const file = writeCsvFile(data, kind, limit);
  if (file.fits && file.bytes.length <= MEMO_MAX_BYTES) written(data)[kind] = exactly(file);
  return file;
}

/** The file in a buffer of its own size: the first write of a table may leave it in a larger one (grown by doubling). */
function exactly(file: CsvFile): CsvFile {
  return file.bytes.byteLength === file.bytes.buffer.byteLength ? file : { ...file, bytes: file.bytes.slice() };
}

function writeCsvFile(data: Dataset, kind: ExportKind, limit: number): CsvFile | TooLarge {
  const columns = TABLE_COLUMNS[kind];
  const sizes = lastSizes(data);
  const writer = new CsvWriter(columns, { expectedBytes: sizes[kind], limit });
  // The byte-order mark and header alone can be over a tiny limit: then no row is made at all.
  const cited = writer.overLimit ? { report: false, others: 0 } : writeTable(data, kind, writer);
  if (writer.overLimit) return { fits: false, limit, rowsWritten: writer.rowCount, bytesWritten: writer.byteLength };
  sizes[kind] = writer.byteLength;
  return { fits: true, bytes: writer.finish(), columns, rows: writer.rowCount, cited };
}
