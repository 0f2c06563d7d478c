/**
 * Reads a data folder and validates every file, returning its records, or
 * throws a DataError listing every problem found. Nothing half-valid is ever
 * returned: the bot would rather refuse to start than serve a wrong figure.
 * (src/dataset/dataset.ts builds the served Dataset on these records.)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { CasesFile, ChangelogFile, List100File, Meta, MilestonesFile, SourcesFile, YearsFile, type OtherYearRecord, type YearRecord } from './schema.js';
import { DataError, zodProblems, type DataProblem } from './problems.js';
import { checkConsistency } from './consistency.js';
import { compareDates } from './dates.js';
import { jsonProblem, OutsideDataFolder, readInside, resolveInside } from './confined.js';
import { Compactor } from './compact.js';
import { cacheFileFor, readCached, writeCached } from './cache.js';
import type { DatasetParts } from './parts.js';
import { DEFAULT_DATA_DIR } from '../paths.js';

type Parsed<S extends z.ZodType> = { ok: true; value: z.infer<S> } | { ok: false };

/**
 * Files above this size are parsed as a stream (stream-json): V8 holds no
 * string longer than about 536 million characters, so JSON.parse cannot read
 * a file near that (a million cases make some 600 MB). Below it, JSON.parse
 * is several times faster.
 */
const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

/** A file too large for one string, parsed element by element; undefined when it is not valid JSON. */
async function streamJson(file: string): Promise<{ value: unknown } | undefined> {
  const { default: streamValues } = await import('stream-json/streamers/stream-values.js');
  let value: unknown;
  try {
    for await (const item of createReadStream(file).pipe(streamValues.withParserAsStream())) value = (item as { value: unknown }).value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    return undefined;
  }
  return { value };
}

async function readJson<S extends z.ZodType>(dir: string, file: string, schema: S, problems: DataProblem[]): Promise<Parsed<S>> {
  let text: string | undefined;
  let raw: unknown;
  try {
    const target = await resolveInside(dir, file);
    if ((await stat(target)).size > STREAM_ABOVE_BYTES) {
      const streamed = await streamJson(target);
      if (!streamed) {
        problems.push({ file, path: '', message: 'is not valid JSON' });
        return { ok: false };
      }
      raw = streamed.value;
    } else text = await readInside(dir, file);
  } catch (error) {
    if (error instanceof OutsideDataFolder) {
      problems.push({ file, path: '', message: 'resolves outside the data folder (a link or ..): refused, not read' });
      return { ok: false };
    }
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file, path: '', message: code === 'ENOENT' ? `file is missing from ${dir}` : `cannot be read (${code ?? String(error)})` });
    return { ok: false };
  }
  try {
    if (text !== undefined) raw = JSON.parse(text);
  } catch (error) {
    problems.push({ file, path: '', message: jsonProblem(text!, error) });
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
    if (error instanceof OutsideDataFolder)
      problems.push({ file: 'meta.json', path: 'report.file', message: 'the report resolves outside the data folder (a link or ..): refused, not read' });
    return undefined;
  }
}

/** The report's own years and the years from other reports, each ascending. */
function splitYears(entries: readonly (YearRecord | OtherYearRecord)[]): [YearRecord[], OtherYearRecord[]] {
  const byYear = <T extends { year: number }>(list: T[]): T[] => list.sort((a, b) => a.year - b.year);
  return [byYear(entries.filter((y): y is YearRecord => !('kind' in y))), byYear(entries.filter((y): y is OtherYearRecord => 'kind' in y))];
}

export interface ReadOptions {
  /**
   * Reuse the result of checking exactly these files with exactly this code
   * before (src/data/cache.ts), and keep this one for next time. The bot does;
   * `data:check` and the benchmark's load figure check every time.
   */
  cache?: boolean;
  /**
   * With `cache`: the cache file already named for these files
   * (cacheFileFor), when the caller keys something else by it too and both
   * must describe the same files.
   */
  cacheFile?: string;
  /**
   * Share what repeats across records (compact.ts), a third less memory at
   * 100,000 cases for about 0.3 s. Default true; a one-shot answer has no use
   * for it, and a serving bot does it after its first answers.
   */
  compact?: boolean;
}

/** Validates the folder and returns its records, without building the search index. */
export async function readDataParts(dir: string = DEFAULT_DATA_DIR, options: ReadOptions = {}): Promise<DatasetParts> {
  const cacheFile = options.cache ? (options.cacheFile ?? (await cacheFileFor(dir))) : undefined;
  const cached = cacheFile ? await readCached(cacheFile) : undefined;
  // One copy of each repeated string and source list: a third less memory at 100,000 cases.
  const compacted = (parts: DatasetParts): DatasetParts => (options.compact === false ? parts : new Compactor().compact(parts));
  if (cached) return compacted(cached);
  const parts = await checkedParts(dir);
  if (cacheFile) await writeCached(cacheFile, parts);
  return compacted(parts);
}

/** Reads and checks every file of the folder. */
async function checkedParts(dir: string): Promise<DatasetParts> {
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
