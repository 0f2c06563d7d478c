/**
 * The data as tables for a spreadsheet: one row a year, case or milestone,
 * every row with the sources of its facts (`report` for the news report,
 * addresses for other reports), so a figure never loses where it came from.
 */
import type { Dataset } from '../dataset/dataset.js';
import type { CaseRecord, Figure, OutsideFigure, SourceList } from '../data/schema.js';
import { allYears } from '../data/yearTotals.js';
import type { Cell } from './csv.js';

export const EXPORTS = ['years', 'cases', 'milestones'] as const;
export type ExportKind = (typeof EXPORTS)[number];

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** Every distinct source, the report first, written out: `report (000_….txt); chinadaily.com.cn/…`. */
function sources(data: Dataset, lists: readonly (SourceList | undefined)[]): string {
  const all = [...new Set(lists.flatMap((l) => l ?? []))];
  const sorted = [...all.filter((s) => s === 'report'), ...all.filter((s) => s !== 'report')];
  return sorted.map((s) => (s === 'report' ? `report (${data.meta.report.file})` : s)).join('; ');
}

function figureText(f: Figure | OutsideFigure): string {
  const qualifier = 'qualifier' in f && f.qualifier ? `${f.qualifier} ` : '';
  return `${f.label}: ${qualifier}${f.value}${f.unit === 'percent' ? '%' : ` ${f.unit}`}`;
}

function yearsTable(data: Dataset): Table {
  const header = ['year', 'basis', 'period', 'returned', 'returned_qualifier', 'recovered_yuan', 'recovered_qualifier', 'yuan_per_usd', 'usd_rate_source', 'other_figures', 'note', 'quote', 'sources'];
  const rows = allYears(data).map((y) => {
    const own = 'quote' in y.record ? y.record : undefined;
    const figures = own ? [...own.figures, ...own.outside] : 'figures' in y.record ? y.record.figures : [];
    const outside = own ? own.outside : 'kind' in y.record ? y.record.figures : [];
    return [
      y.year,
      y.basis === 'report' ? 'report' : 'other reports',
      y.period ? `${y.period.from} to ${y.period.to}` : 'full year',
      y.returned?.value,
      y.returned?.qualifier,
      y.recovered?.value,
      y.recovered?.qualifier,
      y.usd?.yuanPerDollar,
      y.usd ? `${y.usd.label}: ${y.usd.source.join('; ')}` : undefined,
      figures.map(figureText).join('; '),
      [!y.returned && !y.recovered ? 'no published figure' : undefined, y.note].filter(Boolean).join('; '),
      own?.quote,
      sources(data, [y.returned?.source, y.recovered?.source, ...outside.map((o) => o.source)]),
    ];
  });
  return { header, rows };
}

/**
 * Under a red notice: as the record says, or yes for everyone on the list of
 * 100, as the report says red notices were published for all 100 ("a red
 * arrest warrant for 100 suspected criminals", 22 April 2015).
 */
function redNotice(c: CaseRecord): 'yes' | 'no' | undefined {
  if (c.redNotice) return c.redNotice.value ? 'yes' : 'no';
  return c.list100?.onList ? 'yes' : undefined;
}

function casesTable(data: Dataset): Table {
  const header = ['id', 'name', 'chinese', 'chinese_traditional', 'post', 'list100', 'list100_rank', 'red_notice', 'fled_to', 'fled_date', 'years_at_large', 'events', 'operation', 'notes', 'quotes', 'sources'];
  const rows = data.cases.map((c) => [
    c.id,
    c.name,
    c.chinese?.simplified,
    c.chinese?.traditional,
    c.post?.value,
    c.list100 ? (c.list100.onList ? 'yes' : 'no') : undefined,
    c.list100?.rank,
    redNotice(c),
    c.fled?.to,
    c.fled?.date,
    c.yearsAtLarge ? `${c.yearsAtLarge.qualifier ? `${c.yearsAtLarge.qualifier} ` : ''}${c.yearsAtLarge.value}` : undefined,
    c.events.map((e) => `${e.date} ${e.type}${e.from ? ` from ${e.place ? `${e.place}, ` : ''}${e.from}${e.fromInferred ? ' (inferred)' : ''}` : ''}`).join('; '),
    c.operation,
    c.notes.map((n) => n.text).join('; '),
    c.quotes.join(' / '),
    sources(data, [c.chinese?.source, c.post?.source, c.list100?.source, c.redNotice?.source, c.fled?.source, c.yearsAtLarge?.source, ...c.events.map((e) => e.source), ...c.notes.map((n) => n.source), ['report']]),
  ]);
  return { header, rows };
}

function milestonesTable(data: Dataset): Table {
  const header = ['id', 'date', 'title', 'detail', 'case_ids', 'figures', 'quotes', 'sources'];
  const rows = data.milestones.map((m) => [
    m.id,
    m.date,
    m.title,
    m.detail,
    m.caseIds.join('; '),
    [...m.figures, ...m.outside].map(figureText).join('; '),
    m.quotes.join(' / '),
    sources(data, [m.source, ...m.outside.map((o) => o.source)]),
  ]);
  return { header, rows };
}

/** The sources a table's rows name: whether the report is among them, and how many other addresses. */
export function sourcesOf(table: Table): { report: boolean; others: number } {
  const all = new Set(table.rows.flatMap((r) => String(r[r.length - 1] ?? '').split('; ').filter(Boolean)));
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
  }
}
