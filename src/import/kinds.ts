/**
 * The tables `data:import` reads, one entry each: its columns, the file it
 * writes, how a row becomes a record and a record a row (the export's own
 * layout, src/export/*Rows.ts), the record's key, and how the data check's
 * problems (`cases[3](ba-lianxiao).events[0].type`) point back to a column.
 */
import type { Dataset } from '../dataset/dataset.js';
import { dateSortKey } from '../data/dates.js';
import type { CaseEvent, CaseRecord, Milestone, OtherYearRecord, SourceEntry, YearRecord } from '../data/schema.js';
import { pageKey } from '../data/sources.js';
import { CASE_COLUMNS, CASE_DERIVED } from '../export/caseColumns.js';
import { caseFromRow, caseRow } from '../export/caseRows.js';
import type { Cell } from '../export/csv.js';
import { MILESTONE_COLUMNS, MILESTONE_DERIVED, milestoneFromRow, milestoneRow } from '../export/milestoneRows.js';
import { SOURCE_COLUMNS, SOURCE_DERIVED, sourceFromRow, sourceRow } from '../export/sourceRows.js';
import type { RowProblem } from '../export/rowReader.js';
import { YEAR_COLUMNS, YEAR_DERIVED, yearFromRow, yearRow } from '../export/yearRows.js';

export type TableName = 'cases' | 'years' | 'milestones' | 'sources';
type YearEntry = YearRecord | OtherYearRecord;

export interface Kind<R> {
  table: TableName;
  /** The JSON file it writes, and the list's key in it. */
  file: string;
  listKey: string;
  columns: readonly string[];
  derived: ReadonlySet<string>;
  records(data: Dataset): R[];
  key(r: R): string;
  /** What a reader calls the record: a name, a title, an address. */
  label(r: R): string;
  row(r: R): Cell[];
  fromRow(cells: Readonly<Record<string, string>>, current: R | undefined): { record?: R; problems: RowProblem[] };
  /** The records as the file keeps them: in order, each field in its place, defaults left out. */
  toFile(records: R[]): unknown[];
  /** `[rule, column]`: the first whose rule matches the rest of a problem's path names its column. */
  paths: readonly [RegExp, string][];
}

const byDate =
  <T>(key: (r: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function eventInOrder(e: CaseEvent): CaseEvent {
  return {
    date: e.date,
    ...(e.dated ? { dated: e.dated } : {}),
    type: e.type,
    ...(e.from ? { from: e.from } : {}),
    ...(e.place ? { place: e.place } : {}),
    ...(e.to ? { to: e.to } : {}),
    ...(e.fromInferred ? { fromInferred: e.fromInferred } : {}),
    ...(e.note ? { note: e.note } : {}),
    source: e.source,
    evidence: e.evidence,
  };
}

/** A case as cases.json writes it; empty disagreements and quotes are left out (they are the defaults). */
export function caseInOrder(c: CaseRecord): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    ...(c.chinese ? { chinese: c.chinese } : {}),
    ...(c.pinyinByUs ? { pinyinByUs: true } : {}),
    aliases: c.aliases,
    ...(c.post ? { post: c.post } : {}),
    ...(c.list100 ? { list100: c.list100 } : {}),
    ...(c.redNotice ? { redNotice: c.redNotice } : {}),
    ...(c.fled ? { fled: c.fled } : {}),
    ...(c.yearsAtLarge ? { yearsAtLarge: c.yearsAtLarge } : {}),
    events: c.events.map(eventInOrder),
    ...(c.operation !== undefined ? { operation: c.operation } : {}),
    notes: c.notes,
    ...(c.disagreements.length > 0 ? { disagreements: c.disagreements } : {}),
    ...(c.quotes.length > 0 ? { quotes: c.quotes } : {}),
  };
}

/** What the export writes in a row's `sources` column does not matter to the import: it reads none of it. */
const NO_SUMMARY = '';

const CASES: Kind<CaseRecord> = {
  table: 'cases',
  file: 'cases.json',
  listKey: 'cases',
  columns: CASE_COLUMNS,
  derived: CASE_DERIVED,
  records: (data) => [...data.cases],
  key: (c) => c.id,
  label: (c) => c.name,
  row: (c) => caseRow(c, NO_SUMMARY),
  fromRow: (cells) => caseFromRow(cells),
  // Chronological by the latest event, as the editors keep the file; rows of one date keep the sheet's order.
  toFile: (records) => [...records].sort(byDate((c: CaseRecord) => dateSortKey(c.events[c.events.length - 1]!.date))).map(caseInOrder),
  paths: [
    [/^\.chinese\.source/, 'chinese_source'],
    [/^\.chinese\.traditional/, 'chinese_traditional'],
    [/^\.chinese/, 'chinese'],
    [/^\.post\.source/, 'post_source'],
    [/^\.post/, 'post'],
    [/^\.list100\.returnOrder\.source/, 'return_order_source'],
    [/^\.list100\.returnOrder/, 'return_order'],
    [/^\.list100\.rank/, 'list100_rank'],
    [/^\.list100\.source/, 'list100_source'],
    [/^\.list100/, 'list100'],
    [/^\.redNotice\.source/, 'red_notice_source'],
    [/^\.redNotice/, 'red_notice'],
    [/^\.fled\.date/, 'fled_date'],
    [/^\.fled\.source/, 'fled_source'],
    [/^\.fled/, 'fled_to'],
    [/^\.yearsAtLarge\.source/, 'years_at_large_source'],
    [/^\.yearsAtLarge/, 'years_at_large'],
    [/^\.events\[\d+\]\.(evidence|source)/, 'evidence'],
    [/^\.events\[\d+\]\.note/, 'event_notes'],
    [/^\.events/, 'events'],
    [/^\.notes/, 'notes'],
    [/^\.disagreements/, 'disagreements'],
    [/^\.quotes/, 'quotes'],
    [/^\.aliases/, 'aliases'],
    [/^\.pinyinByUs/, 'pinyin_by_us'],
    [/^\.operation/, 'operation'],
    [/^\.name/, 'name'],
    [/^\.id/, 'id'],
  ],
};

function yearInFile(y: YearEntry): unknown {
  if ('kind' in y) {
    return {
      kind: y.kind,
      year: y.year,
      ...(y.period ? { period: y.period } : {}),
      returned: y.returned,
      recovered: y.recovered,
      ...(y.figures.length > 0 ? { figures: y.figures } : {}),
      ...(y.usd ? { usd: y.usd } : {}),
      ...(y.note ? { note: y.note } : {}),
    };
  }
  return {
    year: y.year,
    returned: y.returned,
    recovered: y.recovered,
    quote: y.quote,
    figures: y.figures,
    claims: y.claims,
    outside: y.outside,
    ...(y.usd ? { usd: y.usd } : {}),
  };
}

const YEARS: Kind<YearEntry> = {
  table: 'years',
  file: 'years.json',
  listKey: 'years',
  columns: YEAR_COLUMNS,
  derived: YEAR_DERIVED,
  records: (data) => [...data.years, ...data.otherYears].sort((a, b) => a.year - b.year),
  key: (y) => String(y.year),
  label: (y) => String(y.year),
  row: (y) => yearRow(y, NO_SUMMARY),
  fromRow: (cells, current) => yearFromRow(cells, current),
  toFile: (records) => [...records].sort((a, b) => a.year - b.year).map(yearInFile),
  paths: [
    [/^\.returned\.source/, 'returned_source'],
    [/^\.returned\.qualifier/, 'returned_qualifier'],
    [/^\.returned/, 'returned'],
    [/^\.recovered\.source/, 'recovered_source'],
    [/^\.recovered\.qualifier/, 'recovered_qualifier'],
    [/^\.recovered/, 'recovered_yuan'],
    [/^\.usd\.source/, 'usd_source'],
    [/^\.usd\.label/, 'usd_label'],
    [/^\.usd/, 'yuan_per_usd'],
    [/^\.outside/, 'outside'],
    [/^\.figures/, 'outside'],
    [/^\.claims/, 'claims'],
    [/^\.quote/, 'quote'],
    [/^\.period/, 'period'],
    [/^\.note/, 'note'],
    [/^\.year/, 'year'],
  ],
};

function milestoneInFile(m: Milestone): unknown {
  const reportOnly = m.source.length === 1 && m.source[0] === 'report';
  return {
    id: m.id,
    date: m.date,
    title: m.title,
    detail: m.detail,
    ...(m.caseIds.length > 0 ? { caseIds: m.caseIds } : {}),
    ...(m.figures.length > 0 ? { figures: m.figures } : {}),
    ...(reportOnly ? {} : { source: m.source }),
    quotes: m.quotes,
    ...(m.outside.length > 0 ? { outside: m.outside } : {}),
  };
}

const MILESTONES: Kind<Milestone> = {
  table: 'milestones',
  file: 'milestones.json',
  listKey: 'milestones',
  columns: MILESTONE_COLUMNS,
  derived: MILESTONE_DERIVED,
  records: (data) => [...data.milestones],
  key: (m) => m.id,
  label: (m) => m.title,
  row: (m) => milestoneRow(m, NO_SUMMARY),
  fromRow: (cells) => milestoneFromRow(cells),
  toFile: (records) => [...records].sort(byDate((m: Milestone) => dateSortKey(m.date))).map(milestoneInFile),
  paths: [
    [/^\.caseIds/, 'case_ids'],
    [/^\.quotes/, 'quotes'],
    [/^\.figures/, 'figures'],
    [/^\.outside/, 'outside'],
    [/^\.source/, 'source'],
    [/^\.title/, 'title'],
    [/^\.detail/, 'detail'],
    [/^\.date/, 'date'],
    [/^\.id/, 'id'],
  ],
};

const SOURCES: Kind<SourceEntry> = {
  table: 'sources',
  file: 'sources.json',
  listKey: 'sources',
  columns: SOURCE_COLUMNS,
  derived: SOURCE_DERIVED,
  records: (data) => [...data.sources],
  key: (s) => s.url,
  label: (s) => s.url,
  row: sourceRow,
  fromRow: (cells) => sourceFromRow(cells),
  toFile: (records) =>
    [...records]
      .sort((a, b) => pageKey(a.url).localeCompare(pageKey(b.url)))
      .map((s) => ({
        url: s.url,
        ...(s.date ? { date: s.date } : {}),
        dateFrom: s.dateFrom,
        ...(s.publisher ? { publisher: s.publisher } : {}),
        kind: s.kind,
        ...(s.language ? { language: s.language } : {}),
        ...(s.note ? { note: s.note } : {}),
      })),
  paths: [
    [/^\.dateFrom/, 'date_from'],
    [/^\.date/, 'date'],
    [/^\.publisher/, 'publisher'],
    [/^\.kind/, 'kind'],
    [/^\.language/, 'language'],
    [/^\.note/, 'note'],
    [/^\.url/, 'url'],
  ],
};

// Each kind holds its own record type; the importer treats them alike, through Kind<unknown>.
export const KINDS = [CASES, YEARS, MILESTONES, SOURCES] as unknown as readonly Kind<unknown>[];

/** Which table a header is: by its first column and one column only that table has. */
export function kindOfHeader(header: readonly string[]): Kind<unknown> | undefined {
  const has = (c: string) => header.includes(c);
  if (header[0] === 'url') return KINDS.find((k) => k.table === 'sources');
  if (header[0] === 'year') return KINDS.find((k) => k.table === 'years');
  if (header[0] === 'id' && has('title')) return KINDS.find((k) => k.table === 'milestones');
  if (header[0] === 'id') return KINDS.find((k) => k.table === 'cases');
  return undefined;
}
