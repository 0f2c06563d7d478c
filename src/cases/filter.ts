/**
 * Which cases answer a question such as "who came back from the United
 * States?" or "who was extradited?": filters over the cases' events, and the
 * values of each filter that the data actually holds (for autocomplete).
 */
import type { Dataset } from '../data/dataset.js';
import { Outcome, type CaseRecord } from '../data/schema.js';
import { OUTCOME_SHORT } from '../data/terms.js';
import { COUNTRY_ALIASES, COUNTRY_ZH, OUTCOME_ZH, outcomeShort } from '../i18n/terms.js';

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

/** Countries a case is tied to: where the person fled and where they came back from. */
export function countriesOf(c: CaseRecord): string[] {
  return [...new Set([c.fled?.to, ...c.events.map((e) => e.from)].filter((x): x is string => Boolean(x)))];
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

/** Every country in the data with how many cases it is tied to, most first. */
export function countriesIn(data: Dataset): [string, number][] {
  return [...countBy(data.cases.flatMap(countriesOf))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every outcome in the data with how many cases had it, in the schema's order. */
export function outcomesIn(data: Dataset): [Outcome, number][] {
  const counts = countBy(data.cases.flatMap((c) => [...new Set(c.events.map((e) => e.type))]));
  return Outcome.options.filter((o) => counts.has(o)).map((o) => [o, counts.get(o)!]);
}

/** Every year something happened in a case, with how many cases, in order. */
export function eventYearsIn(data: Dataset): [number, number][] {
  return [...countBy(data.cases.flatMap((c) => [...new Set(c.events.map((e) => Number(e.date.slice(0, 4))))]))].sort((a, b) => a[0] - b[0]);
}

const squash = (s: string): string => s.toLowerCase().replace(/[\s_]+/g, ' ').trim();

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
  const exact = Outcome.options.filter((o) => o === t || squash(OUTCOME_SHORT[o]).replace(/ /g, '-') === t || OUTCOME_ZH[o] === typed.trim() || outcomeShort(o, 'zh') === typed.trim());
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

/** The matching cases, in the data's order (which the editors keep chronological). */
export function filterCases(data: Dataset, filter: CaseFilter): CaseRecord[] {
  return data.cases.filter((c) => matches(c, filter));
}
