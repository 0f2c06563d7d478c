/**
 * A year's two totals whichever kind of record holds them: the report's own
 * (exact, checked against its words) or another report's (with a qualifier
 * such as "more than", a part of the year, or no published figure at all).
 */
import type { YearsView } from './parts.js';
import type { OtherYearRecord, SourceList, UsdRate, YearRecord } from './schema.js';

export interface Total {
  value: number;
  qualifier?: 'more than' | 'about';
  /** `["report"]` for the report's own figures; addresses otherwise. */
  source: SourceList;
}

export interface YearTotals {
  year: number;
  basis: 'report' | 'other';
  /** Null where no figure was published. */
  returned: Total | null;
  recovered: Total | null;
  period?: { from: string; to: string };
  usd?: UsdRate;
  note?: string;
  record: YearRecord | OtherYearRecord;
}

export function totalsFor(data: YearsView, year: number): YearTotals | undefined {
  const own = data.yearByNumber.get(year);
  if (own) {
    return {
      year,
      basis: 'report',
      record: own,
      returned: { value: own.returned, source: ['report'] },
      recovered: { value: own.recovered, source: ['report'] },
      ...(own.usd ? { usd: own.usd } : {}),
    };
  }
  const other = data.otherYears.find((y) => y.year === year);
  if (!other) return undefined;
  return {
    year,
    basis: 'other',
    record: other,
    returned: other.returned,
    recovered: other.recovered,
    ...(other.period ? { period: other.period } : {}),
    ...(other.usd ? { usd: other.usd } : {}),
    ...(other.note ? { note: other.note } : {}),
  };
}

/** Every year the data knows, the report's and others', ascending. */
export function allYears(data: YearsView): YearTotals[] {
  return [...data.years.map((y) => y.year), ...data.otherYears.map((y) => y.year)].sort((a, b) => a - b).map((y) => totalsFor(data, y)!);
}
