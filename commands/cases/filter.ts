/**
 * Which cases answer a question such as "who came back from the United
 * States?" or "who was extradited?": filters over the cases' events, and the
 * values of each filter that the data actually holds (for autocomplete).
 */
import {
  COUNTRY_ALIASES,
  COUNTRY_ZH,
  HOME_COUNTRY,
  OUTCOME_SHORT,
  OUTCOME_ZH,
  Outcome,
  outcomeShort,
  type CaseRecord,
  type Dataset,
  memoizedBy,
} from '../../src/kit/index.js';

export interface CaseFilter {
  /** A country as the data names it: where they fled to or came back from. */
  country?: string;
  /** A word of an outcome: `extradited`, or `repatriated` (which includes forcibly repatriated). */
  outcome?: string;
  /** The year of something that happened in the case. */
  year?: number;
  /** On the list of 100 (true) or not on it (false). */
  list100?: boolean;
}

/** Countries a case is tied to: where the person fled and where they came back from (an arrest in China is not one). */
export function countriesOf(c: CaseRecord): string[] {
  return [...new Set([c.fled?.to, ...c.events.map((e) => e.from)].filter((x): x is string => Boolean(x) && x !== HOME_COUNTRY))];
}

/**
 * Each filter value with the cases that have it, in the data's order, and the
 * counts autocomplete shows: worked out once per dataset (a Dataset never
 * changes), so that at 100,000 cases no call reads every case.
 */
interface CaseIndex {
  countries: [string, number][];
  outcomes: [Outcome, number][];
  years: [number, number][];
  byCountry: Map<string, CaseRecord[]>;
  /** Positions in the data, ascending, so that the lists of two outcomes can be merged in order. */
  byOutcome: Map<Outcome, number[]>;
  byYear: Map<number, CaseRecord[]>;
  byList100: Map<boolean, CaseRecord[]>;
  /**
   * The cases with any of some outcomes, in the data's order, by the outcomes joined with `,`:
   * merged at a filter's first use (at 100,000 cases hundreds of kilobytes and a millisecond or
   * two each time). outcomesFor gives a few dozen different lists at most, so this stays small.
   */
  byOutcomes: Map<string, readonly CaseRecord[]>;
}

const caseIndex = memoizedBy(buildCaseIndex);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildCaseIndex(data: Dataset): CaseIndex {
  const byCountry = new Map<string, CaseRecord[]>();
  const byOutcome = new Map<Outcome, number[]>();
  const byYear = new Map<number, CaseRecord[]>();
  const byList100 = new Map<boolean, CaseRecord[]>();
  data.cases.forEach((c, at) => {
    for (const country of countriesOf(c)) push(byCountry, country, c);
    for (const outcome of new Set(c.events.map((e) => e.type))) push(byOutcome, outcome, at);
    for (const year of new Set(c.events.map((e) => Number(e.date.slice(0, 4))))) push(byYear, year, c);
    push(byList100, c.list100?.onList === true, c);
  });
  return {
    countries: [...byCountry].map(([c, list]): [string, number] => [c, list.length]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    outcomes: Outcome.options.filter((o) => byOutcome.has(o)).map((o) => [o, byOutcome.get(o)!.length]),
    years: [...byYear].map(([y, list]): [number, number] => [y, list.length]).sort((a, b) => a[0] - b[0]),
    byCountry,
    byOutcome,
    byYear,
    byList100,
    byOutcomes: new Map(),
  };
}

/** Every country in the data with how many cases it is tied to, most first. */
export function countriesIn(data: Dataset): [string, number][] {
  return caseIndex(data).countries;
}

/** Every outcome in the data with how many cases had it, in the schema's order. */
export function outcomesIn(data: Dataset): [Outcome, number][] {
  return caseIndex(data).outcomes;
}

/** Every year something happened in a case, with how many cases, in order. */
export function eventYearsIn(data: Dataset): [number, number][] {
  return caseIndex(data).years;
}

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

/** The data's name for a typed country (`us`, `美国`, `new zealand`), or undefined when the data has no such country. */
export function resolveCountry(typed: string, data: Dataset): string | undefined {
  const t = squash(typed);
  if (!t) return undefined;
  const known = countriesIn(data).map(([c]) => c);
  const alias = COUNTRY_ALIASES[t] ?? Object.entries(COUNTRY_ZH).find(([, zh]) => zh === typed.trim())?.[0];
  return known.find((c) => squash(c) === t || c === alias) ?? known.find((c) => squash(c).startsWith(t));
}

/** The outcomes a typed word stands for: `extradited`, `repatriated` (both kinds), `confiscated`, `被引渡回国`. */
export function outcomesFor(typed: string): Outcome[] {
  const t = squash(typed).replace(/ /g, '-');
  if (!t) return [];
  const exact = Outcome.options.filter(
    (o) => o === t || squash(OUTCOME_SHORT[o]).replace(/ /g, '-') === t || OUTCOME_ZH[o] === typed.trim() || outcomeShort(o, 'zh') === typed.trim(),
  );
  if (exact.length > 0 && t !== 'repatriated') return exact;
  return Outcome.options.filter((o) => o.split('-').includes(t) || o === t);
}

export function matches(c: CaseRecord, filter: CaseFilter): boolean {
  if (filter.country !== undefined && !countriesOf(c).includes(filter.country)) return false;
  if (filter.outcome !== undefined) {
    const wanted = outcomesFor(filter.outcome);
    if (!c.events.some((e) => wanted.includes(e.type))) return false;
  }
  if (filter.year !== undefined && !c.events.some((e) => e.date.startsWith(String(filter.year)))) return false;
  if (filter.list100 !== undefined && (c.list100?.onList === true) !== filter.list100) return false;
  return true;
}

/** The cases with any of `outcomes`, in the data's order: merged once per dataset and list of outcomes (byOutcomes). */
function withOutcomes(data: Dataset, index: CaseIndex, outcomes: readonly Outcome[]): readonly CaseRecord[] {
  const key = outcomes.join(',');
  let cases = index.byOutcomes.get(key);
  if (!cases) {
    // Two outcomes ("repatriated"): their lists merged back into the data's order, each case once.
    const at = outcomes.flatMap((o) => index.byOutcome.get(o) ?? []);
    cases = [...new Set(at)].sort((a, b) => a - b).map((i) => data.cases[i]!);
    index.byOutcomes.set(key, cases);
  }
  return cases;
}

/** The matching cases, in the data's order (which the editors keep chronological). */
export function filterCases(data: Dataset, filter: CaseFilter): readonly CaseRecord[] {
  const index = caseIndex(data);
  const lists: (readonly CaseRecord[])[] = [];
  if (filter.country !== undefined) lists.push(index.byCountry.get(filter.country) ?? []);
  if (filter.year !== undefined) lists.push(index.byYear.get(filter.year) ?? []);
  if (filter.list100 !== undefined) lists.push(index.byList100.get(filter.list100) ?? []);
  if (filter.outcome !== undefined) lists.push(withOutcomes(data, index, outcomesFor(filter.outcome)));
  if (lists.length === 0) return data.cases;
  // The shortest list holds every answer; the other filters are checked on it alone.
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return lists.length === 1 ? shortest : shortest.filter((c) => matches(c, filter));
}
