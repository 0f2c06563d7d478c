/**
 * The data as tables for a spreadsheet: one row a year, case, milestone or
 * source address, every fact with its sources (`report` for the news report,
 * addresses for other reports), so a figure never loses where it came from.
 * Each table holds all the import needs to read the record back
 * (`npm run data:import`); the row layouts are in `*Rows.ts`.
 */
import type { Dataset } from '../dataset/dataset.js';
import { caseSourceLists } from '../data/sources.js';
import { allYears } from '../data/yearTotals.js';
import type { Cell } from './csv.js';
import { CASE_COLUMNS } from './caseColumns.js';
import { caseRow } from './caseRows.js';
import { MILESTONE_COLUMNS, milestoneRow } from './milestoneRows.js';
import { SOURCE_COLUMNS, sourceRow } from './sourceRows.js';
import { YEAR_COLUMNS, yearRow } from './yearRows.js';

export const EXPORTS = ['years', 'cases', 'milestones', 'sources'] as const;
export type ExportKind = (typeof EXPORTS)[number];

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** Every distinct source, the report first, written out: `report (000_….txt); chinadaily.com.cn/…`. */
function sources(data: Dataset, lists: readonly (readonly string[] | undefined)[]): string {
  const all = [...new Set(lists.flatMap((l) => l ?? []))];
  const sorted = [...all.filter((s) => s === 'report'), ...all.filter((s) => s !== 'report')];
  return sorted.map((s) => (s === 'report' ? `report (${data.meta.report.file})` : s)).join('; ');
}

function yearsTable(data: Dataset): Table {
  const records = [...data.years, ...data.otherYears].sort((a, b) => a.year - b.year);
  const rows = records.map((y) => {
    const totals = allYears(data).find((t) => t.year === y.year)!;
    const outside = 'kind' in y ? y.figures : y.outside;
    return yearRow(y, sources(data, [totals.returned?.source, totals.recovered?.source, ...outside.map((o) => o.source)]));
  });
  return { header: [...YEAR_COLUMNS], rows };
}

function casesTable(data: Dataset): Table {
  const rows = data.cases.map((c) => caseRow(c, sources(data, [...caseSourceLists(c).map((l) => l.sources), c.quotes.length > 0 ? ['report'] : undefined])));
  return { header: [...CASE_COLUMNS], rows };
}

function milestonesTable(data: Dataset): Table {
  return { header: [...MILESTONE_COLUMNS], rows: data.milestones.map((m) => milestoneRow(m, sources(data, [m.source, ...m.outside.map((o) => o.source)]))) };
}

function sourcesTable(data: Dataset): Table {
  return { header: [...SOURCE_COLUMNS], rows: data.sources.map(sourceRow) };
}

/** The sources a table's rows name: whether the report is among them, and how many other addresses. */
export function sourcesOf(table: Table): { report: boolean; others: number } {
  // The registry is a table of addresses itself; the others name theirs in a last column, `sources`.
  if (table.header[0] === 'url') return { report: false, others: table.rows.length };
  const all = new Set(
    table.rows.flatMap((r) =>
      String(r[r.length - 1] ?? '')
        .split('; ')
        .filter(Boolean),
    ),
  );
  const report = [...all].some((s) => s.startsWith('report ('));
  return { report, others: [...all].filter((s) => !s.startsWith('report (')).length };
}

export function exportTable(data: Dataset, kind: ExportKind): Table {
  switch (kind) {
    case 'years':
      return yearsTable(data);
    case 'cases':
      return casesTable(data);
    case 'milestones':
      return milestonesTable(data);
    case 'sources':
      return sourcesTable(data);
  }
}
