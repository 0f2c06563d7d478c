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
  /** What the rows cite: whether the report is among it, and how many other addresses. */
  cited: { report: boolean; others: number };
}

/** The addresses a table's rows cite, gathered as the rows are written, so the footer need not read them back. */
class Citations {
  private report = false;
  private readonly others = new Set<string>();

  constructor(private readonly reportFile: string) {}

  /** One row's distinct sources, the report first, written out: `report (000_….txt); chinadaily.com.cn/…`. */
  row(lists: readonly (readonly string[] | undefined)[]): string {
    const mine = new Set<string>();
    let report = false;
    for (const list of lists) {
      for (const source of list ?? []) {
        if (source === 'report') report = true;
        else mine.add(source);
      }
    }
    for (const source of mine) this.others.add(source);
    this.report ||= report;
    return [...(report ? [`report (${this.reportFile})`] : []), ...mine].join('; ');
  }

  get cited(): Table['cited'] {
    return { report: this.report, others: this.others.size };
  }
}

function yearsTable(data: Dataset): Table {
  const cite = new Citations(data.meta.report.file);
  const totals = new Map(allYears(data).map((t) => [t.year, t]));
  const records = [...data.years, ...data.otherYears].sort((a, b) => a.year - b.year);
  const rows = records.map((y) => {
    const total = totals.get(y.year)!;
    const outside = 'kind' in y ? y.figures : y.outside;
    return yearRow(y, cite.row([total.returned?.source, total.recovered?.source, ...outside.map((o) => o.source)]));
  });
  return { header: [...YEAR_COLUMNS], rows, cited: cite.cited };
}

function casesTable(data: Dataset): Table {
  const cite = new Citations(data.meta.report.file);
  const rows = data.cases.map((c) => caseRow(c, cite.row([...caseSourceLists(c).map((l) => l.sources), c.quotes.length > 0 ? ['report'] : undefined])));
  return { header: [...CASE_COLUMNS], rows, cited: cite.cited };
}

function milestonesTable(data: Dataset): Table {
  const cite = new Citations(data.meta.report.file);
  const rows = data.milestones.map((m) => milestoneRow(m, cite.row([m.source, ...m.outside.map((o) => o.source)])));
  return { header: [...MILESTONE_COLUMNS], rows, cited: cite.cited };
}

/** The registry is a table of addresses itself: it cites each of them, and not the report. */
function sourcesTable(data: Dataset): Table {
  return { header: [...SOURCE_COLUMNS], rows: data.sources.map(sourceRow), cited: { report: false, others: data.sources.length } };
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
