/**
 * The source registry (`sources.json`) held against the facts: every address
 * a fact cites is registered with its report's date, each page is registered
 * once, and no fact is dated after the report that states it. Also the list
 * of 100 series (`list100.json`): its counts and dates, each point with a
 * registered page that gives it.
 */
import type { DatasetParts } from './parts.js';
import type { DataProblem } from './problems.js';
import type { CaseRecord, List100Series, Milestone, OtherYearRecord, PartialDate, SourceEntry, YearRecord } from './schema.js';

/** How a fact cites the report itself, in any source list (its words are quoted, not linked). */
export const REPORT = 'report';

/** An address cited somewhere, and where: the file and the path of the source list that names it. */
export interface Citation {
  address: string;
  file: string;
  path: string;
}

function cite(out: Citation[], file: string, path: string, sources: readonly string[] | undefined): void {
  sources?.forEach((address, i) => {
    if (address !== REPORT) out.push({ address, file, path: `${path}[${i}]` });
  });
}

/**
 * Every source list a case holds, in one order, to `visit`: the one place that
 * knows them all (the citation check, the report check and the export read
 * them). Each comes with where it is inside the case: a field (`post.source`),
 * or a list's name and the item's index (`events`, 2; `disagreements`, 1, and
 * the version's, 0). The path is left in pieces so that a reader who needs
 * none (the export, a summary a row) builds no string for it; caseSourceLists
 * puts it together.
 */
export function visitCaseSourceLists(
  c: CaseRecord,
  visit: (sources: readonly string[] | undefined, at: string, item?: number, version?: number) => void,
): void {
  visit(c.chinese?.source, 'chinese.source');
  visit(c.post?.source, 'post.source');
  visit(c.list100?.source, 'list100.source');
  visit(c.list100?.returnOrder?.source, 'list100.returnOrder.source');
  visit(c.redNotice?.source, 'redNotice.source');
  visit(c.fled?.source, 'fled.source');
  visit(c.yearsAtLarge?.source, 'yearsAtLarge.source');
  for (let j = 0; j < c.events.length; j++) visit(c.events[j]!.source, 'events', j);
  for (let j = 0; j < c.notes.length; j++) visit(c.notes[j]!.source, 'notes', j);
  for (let j = 0; j < c.disagreements.length; j++) {
    const versions = c.disagreements[j]!.versions;
    for (let k = 0; k < versions.length; k++) visit(versions[k]!.source, 'disagreements', j, k);
  }
}

function sourceListPath(at: string, item: number | undefined, version: number | undefined): string {
  if (item === undefined) return at;
  return version === undefined ? `${at}[${item}].source` : `${at}[${item}].versions[${version}].source`;
}

/** Every source list a case holds, with its path inside the case (the citation check and the report check read it). */
export function caseSourceLists(c: CaseRecord): { path: string; sources: readonly string[] | undefined }[] {
  const lists: { path: string; sources: readonly string[] | undefined }[] = [];
  visitCaseSourceLists(c, (sources, at, item, version) => {
    lists.push({ path: sourceListPath(at, item, version), sources });
  });
  return lists;
}

function caseCitations(c: CaseRecord, at: string, out: Citation[]): void {
  for (const { path, sources } of caseSourceLists(c)) cite(out, 'cases.json', `${at}.${path}`, sources);
}

function yearCitations(y: YearRecord | OtherYearRecord, at: string, out: Citation[]): void {
  const file = 'years.json';
  if ('kind' in y) {
    cite(out, file, `${at}.returned.source`, y.returned?.source);
    cite(out, file, `${at}.recovered.source`, y.recovered?.source);
    y.figures.forEach((f, j) => {
      cite(out, file, `${at}.figures[${j}].source`, f.source);
    });
  } else {
    y.outside.forEach((f, j) => {
      cite(out, file, `${at}.outside[${j}].source`, f.source);
    });
  }
  cite(out, file, `${at}.usd.source`, y.usd?.source);
}

function milestoneCitations(m: Milestone, at: string, out: Citation[]): void {
  cite(out, 'milestones.json', `${at}.source`, m.source);
  m.outside.forEach((f, j) => {
    cite(out, 'milestones.json', `${at}.outside[${j}].source`, f.source);
  });
}

function seriesCitations(series: List100Series, out: Citation[]): void {
  for (const [i, p] of series.points.entries()) {
    for (const [j, e] of p.evidence.entries()) out.push({ address: e.source, file: 'list100.json', path: `points[${i}](${p.asOf}).evidence[${j}].source` });
  }
  for (const [i, b] of series.breakdowns.entries()) {
    for (const [j, e] of b.evidence.entries()) out.push({ address: e.source, file: 'list100.json', path: `breakdowns[${i}](${b.id}).evidence[${j}].source` });
  }
}

/** Every address cited by any fact in the data, with where. */
export function citationsIn(parts: DatasetParts, yearAt: (y: { year: number }, i: number) => string = (y, i) => `years[${i}](${y.year})`): Citation[] {
  const out: Citation[] = [];
  parts.cases.forEach((c, i) => {
    caseCitations(c, `cases[${i}](${c.id})`, out);
  });
  [...parts.years, ...(parts.otherYears ?? [])].forEach((y, i) => {
    yearCitations(y, yearAt(y, i), out);
  });
  parts.milestones.forEach((m, i) => {
    milestoneCitations(m, `milestones[${i}](${m.id})`, out);
  });
  if (parts.list100) seriesCitations(parts.list100, out);
  return out;
}

/** The same page however its address is written: no scheme, no `www.`, no trailing slash. */
export function pageKey(address: string): string {
  return address
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
}

/** The first and last day a partial date can mean: `2016-04` is 2016-04-01 to 2016-04-31 (as text, which orders the same). */
export function dateSpan(date: PartialDate): { first: string; last: string } {
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}

/** True when everything `date` can mean is after the day (or span) `report` was published. */
export function after(date: PartialDate, report: PartialDate): boolean {
  return dateSpan(date).first > dateSpan(report).last;
}

function registryProblems(sources: readonly SourceEntry[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const byKey = new Map<string, string>();
  sources.forEach((s, i) => {
    const key = pageKey(s.url);
    const held = byKey.get(key);
    if (held !== undefined) {
      problems.push({
        file: 'sources.json',
        path: `sources[${i}].url`,
        message:
          held === s.url ? `"${s.url}" is registered more than once` : `"${s.url}" is the same page as "${held}", already registered: cite one address for it`,
      });
    } else byKey.set(key, s.url);
  });
  return problems;
}

/** Events dated after a report that states them, and `reported` dates that are no report's date. */
function eventDateProblems(cases: readonly CaseRecord[], registry: ReadonlyMap<string, SourceEntry>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const [i, c] of cases.entries()) {
    for (const [j, e] of c.events.entries()) {
      const at = `cases[${i}](${c.id}).events[${j}]`;
      const dates = e.source.map((s) => registry.get(s)?.date).filter((d): d is string => d !== undefined);
      for (const s of e.source) {
        const published = registry.get(s)?.date;
        if (published && after(e.date, published))
          problems.push({ file: 'cases.json', path: `${at}.date`, message: `${e.date} is after ${published}, the date of "${s}", which states it` });
      }
      if (e.dated === 'reported' && !dates.includes(e.date)) {
        problems.push({
          file: 'cases.json',
          path: `${at}.date`,
          message: `a "reported" date is the date of a report that states the event; none of its sources is dated ${e.date}${dates.length > 0 ? ` (${dates.join(', ')})` : ''}`,
        });
      }
    }
  }
  return problems;
}

function seriesProblems(series: List100Series, registry: ReadonlyMap<string, SourceEntry>): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = 'list100.json';
  const checkDates = (asOf: string, evidence: readonly { source: string }[], at: string): void => {
    for (const e of evidence) {
      const published = registry.get(e.source)?.date;
      if (published && after(asOf, published))
        problems.push({ file, path: `${at}.asOf`, message: `${asOf} is after ${published}, the date of "${e.source}", which gives the count` });
    }
    const seen = new Set<string>();
    evidence.forEach((e, j) => {
      if (seen.has(e.source)) problems.push({ file, path: `${at}.evidence[${j}].source`, message: `"${e.source}" is given twice` });
      seen.add(e.source);
    });
  };
  const points = new Set<string>();
  series.points.forEach((p, i) => {
    const at = `points[${i}](${p.asOf})`;
    checkDates(p.asOf, p.evidence, at);
    const key = `${p.asOf}:${p.returned}:${p.qualifier ?? ''}`;
    if (points.has(key))
      problems.push({ file, path: `${at}.returned`, message: `another point gives ${p.returned} as of ${p.asOf}: put both pages in one point's evidence` });
    points.add(key);
  });
  const ids = new Set<string>();
  series.breakdowns.forEach((b, i) => {
    const at = `breakdowns[${i}](${b.id})`;
    if (ids.has(b.id)) problems.push({ file, path: `${at}.id`, message: `id "${b.id}" appears more than once` });
    ids.add(b.id);
    checkDates(b.asOf, b.evidence, at);
    const sum = b.parts.reduce((n, p) => n + p.value, 0);
    if (b.of !== undefined && b.parts.every((p) => !p.qualifier) && sum > b.of) {
      problems.push({ file, path: `${at}.parts`, message: `the parts add up to ${sum}, more than the ${b.of} they split` });
    }
  });
  return problems;
}

/**
 * Every cited address registered, each page once, no fact dated after the
 * report that states it, and the list of 100 series consistent.
 */
export function sourceProblems(parts: DatasetParts, yearAt?: (y: { year: number }, i: number) => string): DataProblem[] {
  const sources = parts.sources ?? [];
  const registry = new Map(sources.map((s) => [s.url, s]));
  const problems = registryProblems(sources);
  for (const c of citationsIn(parts, yearAt)) {
    if (!registry.has(c.address)) {
      problems.push({
        file: c.file,
        path: c.path,
        message: `"${c.address}" is not in sources.json: register it with its report's date (or "dateFrom": "not shown")`,
      });
    }
  }
  problems.push(...eventDateProblems(parts.cases, registry));
  if (parts.list100) problems.push(...seriesProblems(parts.list100, registry));
  return problems;
}
