/**
 * The report's claims about its own numbers ("increased by 261% over 2017",
 * "the highest level in history", "basically the same as the average"),
 * tested against the yearly figures, with the working shown so a reader can
 * redo it by hand.
 */
import type { Claim, YearRecord } from './schema.js';
import { rankedYears, spanOf, standingOf, type Metric } from './superlatives.js';
import { change } from './yearStats.js';

/** The report gives percentages as whole numbers: anything that rounds to its figure agrees. */
export const PERCENT_TOLERANCE = 0.5;
/** "Basically the same as the average" is taken as within this many percent of it. */
export const ABOUT_AVERAGE_TOLERANCE = 10;

export interface NumberFormat {
  value(metric: Metric, n: number): string;
  percent(p: number): string;
}

/**
 * What a check could not look at: the claim speaks of years the data does not
 * have ("since 2014" with no 2014 figure; "in history" before the first year).
 */
export interface Unchecked {
  /** The years the claim speaks of, as the claim gives them. */
  claimed: { from: number | undefined; to: number };
  /** Years in that span the data lacks. */
  years: number[];
  /** Set when the claim reaches back without limit, past the data's first year. */
  before?: number;
  /** The years the check did use: `2015–2020`. */
  checked: string;
}

export interface ClaimResult {
  year: number;
  claim: Claim;
  /** Undefined when the claim has no check the data can run. */
  consistent: boolean | undefined;
  /** The arithmetic, one step a line. */
  working: string[];
  /** Present when the check covers only part of what the claim speaks of: it is then "partly checked". */
  unchecked?: Unchecked;
}

/** The years a check uses, for the claims' own check kinds. */
function checkedYears(years: readonly YearRecord[], owner: YearRecord, claim: Claim): YearRecord[] {
  const check = claim.check!;
  switch (check.kind) {
    case 'rank':
      return [...years];
    case 'change-percent':
      return years.filter((y) => y.year === check.base || y.year === owner.year);
    case 'about-average':
    case 'rising':
      return years.filter((y) => y.year >= check.from && y.year <= check.to);
  }
}

function uncheckedPart(years: readonly YearRecord[], owner: YearRecord, claim: Claim): Unchecked | undefined {
  if (!claim.span) return undefined;
  const have = new Set(years.map((y) => y.year));
  const first = years[0]?.year;
  const { from, to } = claim.span;
  const missing: number[] = [];
  for (let y = from ?? first ?? to; y <= to; y++) if (!have.has(y)) missing.push(y);
  const before = from === undefined && first !== undefined ? first : undefined;
  if (missing.length === 0 && before === undefined) return undefined;
  return { claimed: { from, to }, years: missing, ...(before !== undefined ? { before } : {}), checked: spanOf(checkedYears(years, owner, claim)) };
}

export function evaluateClaim(years: readonly YearRecord[], owner: YearRecord, claim: Claim, fmt: NumberFormat): ClaimResult {
  const result = evaluateCheck(years, owner, claim, fmt);
  if (result.consistent === undefined) return result;
  const unchecked = uncheckedPart(years, owner, claim);
  return unchecked ? { ...result, unchecked } : result;
}

function evaluateCheck(years: readonly YearRecord[], owner: YearRecord, claim: Claim, fmt: NumberFormat): ClaimResult {
  const check = claim.check;
  const base = { year: owner.year, claim };
  if (!check) return { ...base, consistent: undefined, working: [] };
  const m = check.metric;
  const v = (y: YearRecord): string => `${y.year}: ${fmt.value(m, y[m])}`;
  switch (check.kind) {
    case 'change-percent': {
      const from = years.find((y) => y.year === check.base)!;
      const pct = change(owner[m], from[m]).percent ?? Number.NaN;
      return {
        ...base,
        consistent: Math.abs(pct - check.expected) <= PERCENT_TOLERANCE,
        working: [
          `(${fmt.value(m, owner[m])} − ${fmt.value(m, from[m])}) ÷ ${fmt.value(m, from[m])} = ${fmt.percent(pct)}`,
          `claimed: ${check.expected}% (a whole percent: ±${PERCENT_TOLERANCE} agrees)`,
        ],
      };
    }
    case 'rank': {
      const standing = standingOf(years, owner, m);
      return {
        ...base,
        consistent: standing.rank === check.expected,
        working: [
          rankedYears(years, m).map(v).join(' > '),
          `${owner.year}: #${standing.rank} of ${standing.of} years, ${standing.span} (claimed: #${check.expected})`,
        ],
      };
    }
    case 'about-average': {
      const span = years.filter((y) => y.year >= check.from && y.year <= check.to);
      const average = span.reduce((s, y) => s + y[m], 0) / span.length;
      const off = ((owner[m] - average) / average) * 100;
      return {
        ...base,
        consistent: Math.abs(off) <= ABOUT_AVERAGE_TOLERANCE,
        working: [
          `(${span.map((y) => fmt.value(m, y[m])).join(' + ')}) ÷ ${span.length} = ${fmt.value(m, Math.round(average))} (${check.from}–${check.to})`,
          `${fmt.value(m, owner[m])} ÷ ${fmt.value(m, Math.round(average))} − 1 = ${fmt.percent(off)} ("about the same": within ±${ABOUT_AVERAGE_TOLERANCE}%)`,
        ],
      };
    }
    case 'rising': {
      const span = years.filter((y) => y.year >= check.from && y.year <= check.to);
      const steps = span.slice(1).map((y, i) => y[m] > span[i]![m]);
      const chain = span.map((y, i) => (i === 0 ? v(y) : `${steps[i - 1] ? '<' : '≥'} ${v(y)}`)).join(' ');
      return { ...base, consistent: steps.every(Boolean) && span.length === check.to - check.from + 1, working: [chain] };
    }
  }
}

/** Every claim of every year, in year order. */
export function evaluateClaims(years: readonly YearRecord[], fmt: NumberFormat): ClaimResult[] {
  return years.flatMap((y) => y.claims.map((c) => evaluateClaim(years, y, c, fmt)));
}
