/**
 * The validated data as commands see it (the records of src/data/, with the
 * search indexes built on them): records sorted the way readers expect
 * and indexed for lookup. A Dataset is immutable once built, so a reload can
 * swap a whole new one in without a reader ever seeing half of each.
 */
import { cacheFileFor } from '../data/cache.js';
import { Compactor } from '../data/compact.js';
import { readDataParts } from '../data/load.js';
import type { DatasetParts } from '../data/parts.js';
import type { CaseRecord, ChangeEntry, List100Series, Meta, Milestone, OtherYearRecord, SourceEntry, YearRecord } from '../data/schema.js';
import { DEFAULT_DATA_DIR } from '../paths.js';
import { buildSearchIndex, type SavedNameIndex, type SearchIndex } from '../search/searchIndex.js';
import { savedNameIndex } from './nameSnapshot.js';

export interface Dataset {
  readonly meta: Meta;
  /** The report's own years, ascending: every total, rank and chart is computed over these. */
  readonly years: readonly YearRecord[];
  /** Years the report does not cover, from other published reports, ascending; never mixed into the report's ranks. */
  readonly otherYears: readonly OtherYearRecord[];
  /** In file order, which the editors keep chronological. */
  readonly cases: readonly CaseRecord[];
  /** Ascending by date; a month or a year sorts before the days inside it. */
  readonly milestones: readonly Milestone[];
  /** Every address a fact cites, with its report's date and kind (sources.json). */
  readonly sources: readonly SourceEntry[];
  readonly sourceByUrl: ReadonlyMap<string, SourceEntry>;
  /** How many of the list of 100 had been returned, as published, ascending by date (list100.json). */
  readonly list100: List100Series;
  /** What each data change added, changed and removed, newest last (changelog.json). */
  readonly changelog: readonly ChangeEntry[];
  readonly yearByNumber: ReadonlyMap<number, YearRecord>;
  readonly caseById: ReadonlyMap<string, CaseRecord>;
  readonly search: SearchIndex;
  /** The folder the data was read from. */
  readonly dir: string;
}

/** `savedNames`: where a name index built on these records may be kept between runs (nameSnapshot.ts). */
export function buildDataset(parts: DatasetParts, dir: string, savedNames?: SavedNameIndex): Dataset {
  return {
    ...parts,
    otherYears: parts.otherYears ?? [],
    sources: parts.sources ?? [],
    sourceByUrl: new Map((parts.sources ?? []).map((s) => [s.url, s])),
    list100: parts.list100 ?? { points: [], breakdowns: [] },
    changelog: parts.changelog ?? [],
    yearByNumber: new Map(parts.years.map((y) => [y.year, y])),
    caseById: new Map(parts.cases.map((c) => [c.id, c])),
    search: buildSearchIndex(parts, savedNames),
    dir,
  };
}

/**
 * The folder's data, checked (or found checked before, unchanged: src/data/cache.ts), with its
 * search built as commands need it (the name index read back when it was built before on the same
 * data: nameSnapshot.ts).
 */
export async function loadDataset(dir: string = DEFAULT_DATA_DIR, options: { compact?: boolean } = {}): Promise<Dataset> {
  // One key for both, so that the name index kept is always of the data read.
  const cacheFile = await cacheFileFor(dir);
  const parts = await readDataParts(dir, { cache: true, cacheFile, compact: options.compact });
  return buildDataset(parts, dir, await savedNameIndex(cacheFile));
}

/**
 * Shares what repeats across a dataset's records (src/data/compact.ts), in
 * place: for a dataset loaded without it (`compact: false`) and served
 * already. Only equal strings and lists are swapped for one shared copy, so
 * a reader sees the same records before, during and after.
 */
export function compactDataset(data: Dataset): void {
  const compactor = new Compactor();
  for (const part of [data.meta, data.years, data.otherYears, data.cases, data.milestones, data.sources, data.list100, data.changelog]) compactor.compact(part);
}
