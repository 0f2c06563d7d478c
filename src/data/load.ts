/**
 * Reads a data folder and validates every file, returning its records, or
 * throws a DataError listing every problem found. Nothing half-valid is ever
 * returned: the bot would rather refuse to start than serve a wrong figure.
 * (src/dataset/dataset.ts builds the served Dataset on these records.)
 */
import path from 'node:path';
import type { z } from 'zod';
import { CasesFile, ChangelogFile, List100File, Meta, MilestonesFile, SourcesFile, YearsFile, type OtherYearRecord, type YearRecord } from './schema.js';
import { DataError, zodProblems, type DataProblem } from './problems.js';
import { checkConsistency } from './consistency.js';
import { compareDates } from './dates.js';
import { jsonProblem, OutsideDataFolder, readInside } from './confined.js';
import type { DatasetParts } from './parts.js';
import { DEFAULT_DATA_DIR } from '../paths.js';

type Parsed<S extends z.ZodType> = { ok: true; value: z.infer<S> } | { ok: false };

async function readJson<S extends z.ZodType>(dir: string, file: string, schema: S, problems: DataProblem[]): Promise<Parsed<S>> {
  let text: string;
  try {
    text = await readInside(dir, file);
  } catch (error) {
    if (error instanceof OutsideDataFolder) {
      problems.push({ file, path: '', message: 'resolves outside the data folder (a link or ..): refused, not read' });
      return { ok: false };
    }
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file, path: '', message: code === 'ENOENT' ? `file is missing from ${dir}` : `cannot be read (${code ?? String(error)})` });
    return { ok: false };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problems.push({ file, path: '', message: jsonProblem(text, error) });
    return { ok: false };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...zodProblems(file, raw, result.error));
    return { ok: false };
  }
  return { ok: true, value: result.data };
}

/**
 * The report's text, kept in the folder under `sources/`; quotes are checked against it. Undefined
 * when it cannot be read; a name that resolves outside the folder is a problem of its own, and not read.
 */
async function readReport(dir: string, file: string, problems: DataProblem[]): Promise<string | undefined> {
  try {
    return await readInside(dir, path.join('sources', file));
  } catch (error) {
    if (error instanceof OutsideDataFolder) problems.push({ file: 'meta.json', path: 'report.file', message: 'the report resolves outside the data folder (a link or ..): refused, not read' });
    return undefined;
  }
}

/** The report's own years and the years from other reports, each ascending. */
function splitYears(entries: readonly (YearRecord | OtherYearRecord)[]): [YearRecord[], OtherYearRecord[]] {
  const byYear = <T extends { year: number }>(list: T[]): T[] => list.sort((a, b) => a.year - b.year);
  return [
    byYear(entries.filter((y): y is YearRecord => !('kind' in y))),
    byYear(entries.filter((y): y is OtherYearRecord => 'kind' in y)),
  ];
}

/** Validates the folder and returns its records, without building the search index. */
export async function readDataParts(dir: string = DEFAULT_DATA_DIR): Promise<DatasetParts> {
  const problems: DataProblem[] = [];
  const [meta, years, cases, milestones, sources, list100, changelog] = await Promise.all([
    readJson(dir, 'meta.json', Meta, problems),
    readJson(dir, 'years.json', YearsFile, problems),
    readJson(dir, 'cases.json', CasesFile, problems),
    readJson(dir, 'milestones.json', MilestonesFile, problems),
    readJson(dir, 'sources.json', SourcesFile, problems),
    readJson(dir, 'list100.json', List100File, problems),
    readJson(dir, 'changelog.json', ChangelogFile, problems),
  ]);
  if (!meta.ok || !years.ok || !cases.ok || !milestones.ok || !sources.ok || !list100.ok || !changelog.ok) throw new DataError(problems);

  const [reportYears, otherYears] = splitYears(years.value.years);
  const parts: DatasetParts = {
    meta: meta.value,
    years: reportYears,
    otherYears,
    cases: cases.value.cases,
    milestones: [...milestones.value.milestones].sort((a, b) => compareDates(a.date, b.date)),
    sources: sources.value.sources,
    // Ascending by date, as a reader reads a series; points of one date keep the file's order.
    list100: {
      points: [...list100.value.points].sort((a, b) => compareDates(a.asOf, b.asOf)),
      breakdowns: [...list100.value.breakdowns].sort((a, b) => compareDates(a.asOf, b.asOf)),
    },
    changelog: changelog.value.entries,
  };
  // Problems name a year by its place in the file, whichever kind it is.
  const positions = new Map<object, number>(years.value.years.map((y, i) => [y, i]));
  const refusedBefore = problems.length;
  const reportText = await readReport(dir, parts.meta.report.file, problems);
  // Without the report's text no quote can be checked, and a quote nobody can check is not served.
  if (reportText === undefined && problems.length === refusedBefore) {
    problems.push({
      file: `sources/${parts.meta.report.file}`,
      path: '',
      message: `is missing from ${dir}: it is the report named in meta.json, and every quote is checked against it; put the report's text there`,
    });
  }
  problems.push(...checkConsistency(parts, reportText, positions));
  if (problems.length > 0) throw new DataError(problems);
  return parts;
}
