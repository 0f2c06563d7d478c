/**
 * What the copy desk's checker returns for a draft. `FactCheck` is the full
 * result the renderers draw from; `toContract` is the JSON object that
 * `npm run factcheck -- --json` prints (the contract in docs/factcheck.md),
 * nothing more and nothing less.
 */
import type { Metric } from '../data/yearStats.js';

export type Verdict = 'consistent' | 'contradicted' | 'not-in-data';

export const VERDICTS: readonly Verdict[] = ['consistent', 'contradicted', 'not-in-data'];

/**
 * `returned` / `recovered`: a yearly (or period) figure; `change`: a rise or
 * fall in percent; `rank`: a superlative ("the highest", "a record");
 * `average`: "about the same as the average"; `case`: what happened to a named person (outcome, country, year, where fled).
 */
export type ClaimKind = Metric | 'change' | 'rank' | 'average' | 'case';

/** Where a span sits in the draft: offsets in UTF-16 code units, as JavaScript strings count. */
export interface Span {
  start: number;
  end: number;
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` lies wholly within `container`. */
export function inside(span: Span, container: Span): boolean {
  return span.start >= container.start && span.end <= container.end;
}

/**
 * What the data says about a claim, as structured facts: the renderers word
 * them in the reader's language (src/factcheck/describe.ts).
 */
export type DataFact =
  | { kind: 'total'; metric: Metric; year: number; value: number; qualifier?: 'more than' | 'about'; period?: { from: string; to: string } }
  | { kind: 'sum'; metric: Metric; from: number; to: number; value: number }
  | { kind: 'figure'; year: number | undefined; label: string; value: number; unit: 'people' | 'yuan' | 'percent'; qualifier?: 'more than' | 'about' }
  | { kind: 'usd'; year: number; dollars: number; yuan: number; rate: number; rateLabel: string }
  | { kind: 'change'; metric: Metric; year: number; base: number; percent: number; working: string[] }
  | { kind: 'average'; metric: Metric; year: number; from: number; to: number; working: string[] }
  | { kind: 'rank'; metric: Metric; year: number; rank: number; of: number; from: number; to: number; lowest: boolean; leader: number }
  | { kind: 'case'; caseId: string; name: string; event: string; from?: string; date: string; fledTo?: string; fledDate?: string }
  /** Why the data cannot say: the code of a reason (see describe.ts) and what it needs. */
  | { kind: 'none'; reason: NoDataReason; year?: number; metric?: Metric; detail?: DataFact };

export type NoDataReason =
  | 'no-year'
  | 'no-figure'
  | 'no-year-in-data'
  | 'period'
  | 'partial-year'
  | 'several-years'
  | 'lower-bound'
  | 'subset'
  | 'ambiguous-year'
  | 'ambiguous-metric'
  | 'rounding'
  | 'span-not-covered'
  | 'currency'
  | 'not-stated'
  | 'no-outcome';

export interface CheckedClaim extends Span {
  text: string;
  kind: ClaimKind;
  /** The year the claim is about, when the draft says (or lets the checker work it out). */
  year: number | null;
  verdict: Verdict;
  /** What the data says, in English (the contract's `data`). */
  data: string;
  /** `"report"` for the report's own figures; addresses otherwise. Empty when the data holds nothing on it. */
  sources: string[];
  /** The same, structured, for renderers in other languages. */
  fact: DataFact;
}

export interface SpottedPerson extends Span {
  text: string;
  /** The case id in the data. */
  case: string;
  /** The name as the data writes it. */
  name: string;
}

export interface FactCheck {
  /** In the order they appear in the draft. */
  claims: CheckedClaim[];
  /** Every mention, in order (the same person may appear more than once). */
  people: SpottedPerson[];
}

/** The JSON contract (docs/factcheck.md): a claim without its structured fact, a person as spotted. */
export type ContractClaim = Omit<CheckedClaim, 'fact'>;
export type ContractPerson = SpottedPerson;

export interface Contract {
  claims: ContractClaim[];
  people: ContractPerson[];
}

/** Exactly the contract's fields, in its order. */
export function toContract(result: FactCheck): Contract {
  return {
    claims: result.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      year: c.year,
      verdict: c.verdict,
      data: c.data,
      sources: c.sources,
    })),
    people: result.people.map((p) => ({ start: p.start, end: p.end, text: p.text, case: p.case, name: p.name })),
  };
}

/** True when nothing in the draft could be checked: no figure, no superlative, no name from the data. */
export function isEmpty(result: FactCheck): boolean {
  return result.claims.length === 0 && result.people.length === 0;
}

export function countVerdicts(result: FactCheck): Record<Verdict, number> {
  const out: Record<Verdict, number> = { consistent: 0, contradicted: 0, 'not-in-data': 0 };
  for (const c of result.claims) out[c.verdict]++;
  return out;
}
