/**
 * The records of a data folder once read and checked, before anything is
 * built on them (the search index, in src/dataset/): what data:check, the
 * import and the loader hand on.
 */
import type { CaseRecord, ChangeEntry, List100Series, Meta, Milestone, OtherYearRecord, SourceEntry, YearRecord } from './schema.js';

export interface DatasetParts {
  meta: Meta;
  years: YearRecord[];
  /** Absent means none (kept optional so code that builds parts by hand need not know about them). */
  otherYears?: OtherYearRecord[];
  cases: CaseRecord[];
  milestones: Milestone[];
  /** Absent means none: code that builds parts by hand need not know about the registry, the series or the changelog. */
  sources?: SourceEntry[];
  list100?: List100Series;
  changelog?: ChangeEntry[];
}

/** A dataset's years as the year arithmetic reads them (src/data/yearTotals.ts); a Dataset is one. */
export interface YearsView {
  readonly years: readonly YearRecord[];
  readonly otherYears: readonly OtherYearRecord[];
  readonly yearByNumber: ReadonlyMap<number, YearRecord>;
}
