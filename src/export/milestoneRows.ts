/**
 * A milestone as one spreadsheet row, and back: its title and detail, the
 * cases it names (ids, one a line), the report's words (`quotes`, one a line,
 * checked word for word against the report on import), the report's figures
 * with their words, and other reports' figures with their sources.
 */
import type { Milestone } from '../data/schema.js';
import { inColumns, type Cell } from './csv.js';
import { CellError, joinLines, lines, readDate, readSources, writeSources } from './cells.js';
import { readFigure, readOutside, writeFigure, writeOutside } from './figureCells.js';
import type { RowProblem } from './rowReader.js';

export const MILESTONE_COLUMNS = ['id', 'date', 'title', 'detail', 'case_ids', 'source', 'figures', 'outside', 'quotes', 'sources'] as const;
export type MilestoneColumn = (typeof MILESTONE_COLUMNS)[number];
export const MILESTONE_DERIVED: ReadonlySet<string> = new Set(['sources']);

export function milestoneCells(m: Milestone, sourcesSummary: string): Record<MilestoneColumn, Cell> {
  return {
    id: m.id,
    date: m.date,
    title: m.title,
    detail: m.detail,
    case_ids: joinLines(m.caseIds),
    source: writeSources(m.source),
    figures: joinLines(m.figures.map(writeFigure)),
    outside: joinLines(m.outside.map(writeOutside)),
    quotes: joinLines(m.quotes),
    sources: sourcesSummary,
  };
}

export function milestoneRow(m: Milestone, sourcesSummary: string): Cell[] {
  return inColumns(MILESTONE_COLUMNS, milestoneCells(m, sourcesSummary));
}

export function milestoneFromRow(row: Readonly<Record<string, string>>): { record?: Milestone; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const read = <T>(column: string, f: (cell: string) => T, fallback: T): T => {
    try {
      return f(row[column] ?? '');
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ column, message: error.message });
      return fallback;
    }
  };
  const id = (row.id ?? '').trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    problems.push({ column: 'id', message: id ? `"${id}" is not lower-case words joined by hyphens` : 'a milestone needs an id' });
  const date = read('date', (c) => readDate(c), '');
  const title = (row.title ?? '').trim();
  const detail = (row.detail ?? '').trim();
  if (!title) problems.push({ column: 'title', message: 'a milestone needs a title' });
  if (!detail) problems.push({ column: 'detail', message: 'a milestone needs its detail' });
  const source = readSources(row.source ?? '');
  if (source.length === 0) problems.push({ column: 'source', message: 'a milestone needs its sources: "report", or the addresses it was read at' });
  const figures = read('figures', (c) => lines(c).map((l, i) => readFigure(l, `line ${i + 1}`)), []);
  const outside = read('outside', (c) => lines(c).map((l, i) => readOutside(l, `line ${i + 1}`)), []);
  const quotes = lines(row.quotes ?? '');
  if (quotes.length === 0) problems.push({ column: 'quotes', message: "a milestone needs the report's words about it, one sentence a line" });
  if (problems.length > 0) return { problems };
  return { record: { id, date, title, detail, caseIds: lines(row.case_ids ?? ''), figures, source, quotes, outside }, problems };
}
