/**
 * A year as one spreadsheet row, and back. Two kinds of row, by `basis`:
 * - `report`: a year the report gives. Its totals, words, figures and claims
 *   are the report's and are not edited here; an editor may add other
 *   reports' figures (`outside`) and the exchange rate.
 * - `other reports`: a year the report does not cover, wholly from other
 *   reports, each figure with its sources; an empty total is "no published
 *   figure found", said in the note.
 */
import type { Claim, OtherYearRecord, Published, UsdRate, YearRecord } from '../data/schema.js';
import { inColumns, type Cell } from './csv.js';
import { CellError, joinLines, lines, readDate, readInteger, readNumber, readSources, writeSources } from './cells.js';
import { readOutside, writeFigure, writeOutside } from './figureCells.js';
import type { RowProblem } from './rowReader.js';

export const YEAR_COLUMNS = [
  'year',
  'basis',
  'period',
  'returned',
  'returned_qualifier',
  'returned_source',
  'recovered_yuan',
  'recovered_qualifier',
  'recovered_source',
  'yuan_per_usd',
  'usd_label',
  'usd_source',
  'figures',
  'outside',
  'claims',
  'note',
  'quote',
  'sources',
] as const;
export type YearColumn = (typeof YEAR_COLUMNS)[number];
export const YEAR_DERIVED: ReadonlySet<string> = new Set(['sources']);

/** The report's columns of a report year: compared with the data, never read from the sheet. */
export const REPORT_YEAR_FIXED: readonly YearColumn[] = [
  'returned',
  'returned_qualifier',
  'returned_source',
  'recovered_yuan',
  'recovered_qualifier',
  'recovered_source',
  'period',
  'figures',
  'claims',
  'note',
  'quote',
];

export const REPORT_BASIS = 'report';
export const OTHER_BASIS = 'other reports';

function claimLine(c: Claim): string {
  const check = c.check ? ` | check: ${JSON.stringify(c.check)}` : '';
  const span = c.span ? ` | span: ${c.span.from ?? ''}–${c.span.to}` : '';
  return `${c.text} | ${c.quote}${check}${span}`;
}

function usdCells(usd: UsdRate | undefined): Pick<Record<YearColumn, Cell>, 'yuan_per_usd' | 'usd_label' | 'usd_source'> {
  return { yuan_per_usd: usd?.yuanPerDollar, usd_label: usd?.label, usd_source: writeSources(usd?.source) };
}

export function yearCells(y: YearRecord | OtherYearRecord, sourcesSummary: string): Record<YearColumn, Cell> {
  return 'kind' in y
    ? {
        year: y.year,
        basis: OTHER_BASIS,
        period: y.period ? `${y.period.from} to ${y.period.to}` : 'full year',
        returned: y.returned?.value,
        returned_qualifier: y.returned?.qualifier,
        returned_source: writeSources(y.returned?.source),
        recovered_yuan: y.recovered?.value,
        recovered_qualifier: y.recovered?.qualifier,
        recovered_source: writeSources(y.recovered?.source),
        ...usdCells(y.usd),
        figures: '',
        outside: joinLines(y.figures.map(writeOutside)),
        claims: '',
        note: y.note,
        quote: '',
        sources: sourcesSummary,
      }
    : {
        year: y.year,
        basis: REPORT_BASIS,
        period: 'full year',
        returned: y.returned,
        returned_qualifier: '',
        returned_source: 'report',
        recovered_yuan: y.recovered,
        recovered_qualifier: '',
        recovered_source: 'report',
        ...usdCells(y.usd),
        figures: joinLines(y.figures.map(writeFigure)),
        outside: joinLines(y.outside.map(writeOutside)),
        claims: joinLines(y.claims.map(claimLine)),
        note: '',
        quote: y.quote,
        sources: sourcesSummary,
      };
}

export function yearRow(y: YearRecord | OtherYearRecord, sourcesSummary: string): Cell[] {
  return inColumns(YEAR_COLUMNS, yearCells(y, sourcesSummary));
}

function readUsd(row: Readonly<Record<string, string>>, problems: RowProblem[]): UsdRate | undefined {
  const rate = (row.yuan_per_usd ?? '').trim();
  const label = (row.usd_label ?? '').trim();
  const source = readSources(row.usd_source ?? '');
  if (!rate && !label && source.length === 0) return undefined;
  if (!rate) problems.push({ column: 'yuan_per_usd', message: 'an exchange rate needs its yuan per dollar' });
  if (!label) problems.push({ column: 'usd_label', message: 'an exchange rate needs a label saying whose rate it is' });
  if (source.length === 0) problems.push({ column: 'usd_source', message: 'an exchange rate needs its source address' });
  try {
    return rate && label && source.length > 0 ? { yuanPerDollar: readNumber(rate), label, source } : undefined;
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    problems.push({ column: 'yuan_per_usd', message: error.message });
    return undefined;
  }
}

function readOutsideCell(row: Readonly<Record<string, string>>, problems: RowProblem[]) {
  try {
    return lines(row.outside ?? '').map((l, i) => readOutside(l, `line ${i + 1}`));
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    problems.push({ column: 'outside', message: error.message });
    return [];
  }
}

function readPublished(
  row: Readonly<Record<string, string>>,
  value: 'returned' | 'recovered_yuan',
  qualifier: string,
  sourceColumn: string,
  problems: RowProblem[],
): Published {
  const cell = (row[value] ?? '').trim();
  const q = (row[qualifier] ?? '').trim();
  const source = readSources(row[sourceColumn] ?? '');
  if (!cell) {
    if (q || source.length > 0)
      problems.push({ column: value, message: 'a qualifier or source for no figure: leave all three empty when no figure was published' });
    return null;
  }
  if (source.length === 0) problems.push({ column: sourceColumn, message: 'a figure from another report needs its source address' });
  if (source.includes('report')) problems.push({ column: sourceColumn, message: 'a year from other reports cites their addresses, not "report"' });
  if (q && q !== 'more than' && q !== 'about') problems.push({ column: qualifier, message: `"${q}" is not a qualifier: "more than", "about" or empty` });
  try {
    return { value: readInteger(cell, 0, Number.MAX_SAFE_INTEGER), ...(q === 'more than' || q === 'about' ? { qualifier: q } : {}), source };
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    problems.push({ column: value, message: error.message });
    return null;
  }
}

/**
 * The year a row describes. A report year keeps the report's record and
 * takes only its outside figures and exchange rate from the row; `current`
 * is that record (a report year the data does not have cannot be added here).
 */
export function yearFromRow(
  row: Readonly<Record<string, string>>,
  current: YearRecord | OtherYearRecord | undefined,
): { record?: YearRecord | OtherYearRecord; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let year: number | undefined;
  try {
    year = readInteger(row.year ?? '', 2014, 2100);
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return { problems: [{ column: 'year', message: error.message }] };
  }
  const basis = (row.basis ?? '').trim();
  if (basis === REPORT_BASIS) {
    if (!current || 'kind' in current)
      return { problems: [{ column: 'basis', message: `the report does not give ${year}: a year from other reports has the basis "${OTHER_BASIS}"` }] };
    const expected = yearRow(current, '');
    for (const column of REPORT_YEAR_FIXED) {
      const given = (row[column] ?? '').trim();
      const was = String(expected[YEAR_COLUMNS.indexOf(column)] ?? '').trim();
      if (given !== was) problems.push({ column, message: `${year}'s ${column} is the report's, and is not changed here (it was "${was.slice(0, 40)}")` });
    }
    const outside = readOutsideCell(row, problems);
    const usd = readUsd(row, problems);
    if (problems.length > 0) return { problems };
    const { usd: _usd, ...rest } = current;
    return { record: { ...rest, outside, ...(usd ? { usd } : {}) }, problems };
  }
  if (basis !== OTHER_BASIS) return { problems: [{ column: 'basis', message: `"${basis}" is not a basis: "${REPORT_BASIS}" or "${OTHER_BASIS}"` }] };
  for (const column of ['figures', 'claims', 'quote'] as const) {
    if ((row[column] ?? '').trim())
      problems.push({ column, message: `a year from other reports has no ${column} of the report: put other reports' figures in "outside"` });
  }
  const periodCell = (row.period ?? '').trim();
  let period: { from: string; to: string } | undefined;
  if (periodCell && periodCell !== 'full year') {
    const m = /^(\S+)\s+to\s+(\S+)$/.exec(periodCell);
    try {
      if (!m) throw new CellError(`"${periodCell}" should be "full year" or "2023-01 to 2023-11"`);
      period = { from: readDate(m[1]!, 'start of the period'), to: readDate(m[2]!, 'end of the period') };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ column: 'period', message: error.message });
    }
  }
  const returned = readPublished(row, 'returned', 'returned_qualifier', 'returned_source', problems);
  const recovered = readPublished(row, 'recovered_yuan', 'recovered_qualifier', 'recovered_source', problems);
  const figures = readOutsideCell(row, problems);
  const usd = readUsd(row, problems);
  const note = (row.note ?? '').trim();
  if (problems.length > 0) return { problems };
  const record: OtherYearRecord = {
    kind: 'other-sources',
    year,
    ...(period ? { period } : {}),
    returned,
    recovered,
    figures,
    ...(usd ? { usd } : {}),
    ...(note ? { note } : {}),
  };
  return { record, problems };
}
