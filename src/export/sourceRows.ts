/**
 * The source registry as a spreadsheet: one address a row, with its report's
 * date, where the date was read, the publisher and the kind of page. An
 * editor who adds a case from a new report registers its address here.
 */
import { SourceEntry, SourceKind } from '../data/schema.js';
import { inColumns, type Cell } from './csv.js';
import type { RowProblem } from './rowReader.js';

export const SOURCE_COLUMNS = ['url', 'date', 'date_from', 'publisher', 'kind', 'language', 'note'] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];
export const SOURCE_DERIVED: ReadonlySet<string> = new Set();

export function sourceCells(s: SourceEntry): Record<SourceColumn, Cell> {
  return {
    url: s.url,
    date: s.date,
    date_from: s.dateFrom,
    publisher: s.publisher,
    kind: s.kind,
    language: s.language,
    note: s.note,
  };
}

export function sourceRow(s: SourceEntry): Cell[] {
  return inColumns(SOURCE_COLUMNS, sourceCells(s));
}

const FIELD: Record<string, SourceColumn> = {
  url: 'url',
  date: 'date',
  dateFrom: 'date_from',
  publisher: 'publisher',
  kind: 'kind',
  language: 'language',
  note: 'note',
};

export function sourceFromRow(row: Readonly<Record<string, string>>): { record?: SourceEntry; problems: RowProblem[] } {
  const cell = (k: SourceColumn) => (row[k] ?? '').trim();
  const raw = {
    url: cell('url'),
    ...(cell('date') ? { date: cell('date') } : {}),
    dateFrom: cell('date_from'),
    ...(cell('publisher') ? { publisher: cell('publisher') } : {}),
    kind: cell('kind'),
    ...(cell('language') ? { language: cell('language') } : {}),
    ...(cell('note') ? { note: cell('note') } : {}),
  };
  const parsed = SourceEntry.safeParse(raw);
  if (parsed.success) return { record: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const column = FIELD[String(issue.path[0])] ?? 'url';
      const message =
        column === 'kind'
          ? `"${raw.kind}" is not a kind: ${SourceKind.options.join(', ')}`
          : column === 'date_from'
            ? `"${raw.dateFrom}" should be page, url or not shown`
            : issue.message;
      return { column, message };
    }),
  };
}
