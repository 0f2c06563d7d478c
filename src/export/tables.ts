/**
 * The data as tables for a spreadsheet: one row a year, case, milestone or
 * source address, every fact with its sources (`report` for the news report,
 * addresses for other reports), so a figure never loses where it came from.
 * Each table holds all the import needs to read the record back
 * (`npm run data:import`); the row layouts are in `*Rows.ts`.
 *
 * A table is made a row at a time into a RowSink: /export writes each row
 * into the file as it is made, and stops making them once the file cannot
 * be sent (csvFile.ts); exportTable keeps them.
 */
import type { Dataset } from '../dataset/dataset.js';
import { REPORT, visitCaseSourceLists } from '../data/sources.js';
import { allYears } from '../data/yearTotals.js';
import { inColumns, type Cell, type RowSink } from './csv.js';
import { CASE_COLUMNS } from './caseColumns.js';
import { caseCells } from './caseRows.js';
import { MILESTONE_COLUMNS, milestoneCells } from './milestoneRows.js';
import { SOURCE_COLUMNS, sourceCells } from './sourceRows.js';
import { YEAR_COLUMNS, yearCells } from './yearRows.js';

export const EXPORTS = ['years', 'cases', 'milestones', 'sources'] as const;
export type ExportKind = (typeof EXPORTS)[number];

/** What a table's rows cite: whether the report is among it, and how many other addresses. */
export interface Cited {
  report: boolean;
  others: number;
}

export interface Table {
  header: string[];
  rows: Cell[][];
  cited: Cited;
}

export const TABLE_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  years: YEAR_COLUMNS,
  cases: CASE_COLUMNS,
  milestones: MILESTONE_COLUMNS,
  sources: SOURCE_COLUMNS,
};

const REPORT_ONLY: readonly string[] = [REPORT];

/**
 * The addresses a table's rows cite, gathered as the rows are written, so the
 * footer need not read them back. A row's sources are added list by list,
 * then `summary` writes them out and starts the next row; one list is kept
 * for every row, as a table has thousands of rows and each a handful of sources.
 */
class Citations {
  private reportCited = false;
  private readonly others = new Set<string>();
  private readonly reportLabel: string;
  private rowReport = false;
  private readonly rowOthers: string[] = [];

  constructor(reportFile: string) {
    this.reportLabel = `report (${reportFile})`;
  }

  /** One of the row's source lists (a property, so that it can be handed to a visitor as it is). */
  readonly add = (list: readonly string[] | undefined): void => {
    if (!list) return;
    for (const source of list) {
      if (source === REPORT) this.rowReport = true;
      else if (!this.rowOthers.includes(source)) this.rowOthers.push(source);
    }
  };

  /** The row's distinct sources, the report first, written out: `report (000_….txt); chinadaily.com.cn/…`. */
  summary(): string {
    for (const source of this.rowOthers) this.others.add(source);
    this.reportCited ||= this.rowReport;
    const others = this.rowOthers.join('; ');
    const summary = this.rowReport ? (others ? `${this.reportLabel}; ${others}` : this.reportLabel) : others;
    this.rowReport = false;
    this.rowOthers.length = 0;
    return summary;
  }

  get cited(): Cited {
    return { report: this.reportCited, others: this.others.size };
  }
}

function yearsTable(data: Dataset, sink: RowSink): Cited {
  const cite = new Citations(data.meta.report.file);
  const totals = new Map(allYears(data).map((t) => [t.year, t]));
  const records = [...data.years, ...data.otherYears].sort((a, b) => a.year - b.year);
  for (const y of records) {
    const total = totals.get(y.year)!;
    cite.add(total.returned?.source);
    cite.add(total.recovered?.source);
    for (const o of 'kind' in y ? y.figures : y.outside) cite.add(o.source);
    if (!sink.record(YEAR_COLUMNS, yearCells(y, cite.summary()))) break;
  }
  return cite.cited;
}

function casesTable(data: Dataset, sink: RowSink): Cited {
  const cite = new Citations(data.meta.report.file);
  for (const c of data.cases) {
    visitCaseSourceLists(c, cite.add);
    if (c.quotes.length > 0) cite.add(REPORT_ONLY);
    if (!sink.record(CASE_COLUMNS, caseCells(c, cite.summary()))) break;
  }
  return cite.cited;
}

function milestonesTable(data: Dataset, sink: RowSink): Cited {
  const cite = new Citations(data.meta.report.file);
  for (const m of data.milestones) {
    cite.add(m.source);
    for (const o of m.outside) cite.add(o.source);
    if (!sink.record(MILESTONE_COLUMNS, milestoneCells(m, cite.summary()))) break;
  }
  return cite.cited;
}

/** The registry is a table of addresses itself: it cites each of them, and not the report. */
function sourcesTable(data: Dataset, sink: RowSink): Cited {
  for (const s of data.sources) if (!sink.record(SOURCE_COLUMNS, sourceCells(s))) break;
  return { report: false, others: data.sources.length };
}

/** The table's rows, in order, into `sink`, until it wants no more; what the rows made cite. */
export function writeTable(data: Dataset, kind: ExportKind, sink: RowSink): Cited {
  switch (kind) {
    case 'years':
      return yearsTable(data, sink);
    case 'cases':
      return casesTable(data, sink);
    case 'milestones':
      return milestonesTable(data, sink);
    case 'sources':
      return sourcesTable(data, sink);
  }
}

/** The whole table, every row kept. */
export function exportTable(data: Dataset, kind: ExportKind): Table {
  const rows: Cell[][] = [];
  const cited = writeTable(data, kind, {
    record(columns, cells) {
      rows.push(inColumns(columns, cells));
      return true;
    },
  });
  return { header: [...TABLE_COLUMNS[kind]], rows, cited };
}
