/**
 * A table as the CSV file /export sends: each row written into the file as
 * it is made, so that no table of rows is kept along the way.
 */
import type { Dataset } from '../dataset/dataset.js';
import { CsvWriter } from './csv.js';
import { TABLE_COLUMNS, writeTable, type Cited, type ExportKind } from './tables.js';

export interface CsvFile {
  bytes: Uint8Array;
  columns: readonly string[];
  rows: number;
  cited: Cited;
}

/**
 * Each table's size the last time it was written from a dataset, to size the
 * next one's buffer: a file then neither grows (a copy each time) nor sits
 * in a larger buffer. Datasets are immutable and swapped whole on reload, so
 * the sizes go with the dataset they were measured on.
 */
const lastSizes = new WeakMap<Dataset, Partial<Record<ExportKind, number>>>();

export function csvFile(data: Dataset, kind: ExportKind): CsvFile {
  const columns = TABLE_COLUMNS[kind];
  const sizes = lastSizes.get(data) ?? {};
  const writer = new CsvWriter(columns, sizes[kind]);
  const cited = writeTable(data, kind, writer);
  sizes[kind] = writer.byteLength;
  lastSizes.set(data, sizes);
  return { bytes: writer.finish(), columns, rows: writer.rowCount, cited };
}
