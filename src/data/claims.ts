/**
 * The report's claims about its own numbers ("increased by 261% over 2017",
 * "the highest level in history", "basically the same as the average"),
 * tested against the yearly figures, with the working shown so a reader can
 * redo it by hand.
 */
import type { Claim, YearRecord } from './schema.js';
import { change, rankOf, type Metric } from './yearStats.js';

/** The report gives percentages as whole numbers: anything that rounds to its figure agrees. */
export const PERCENT_TOLERANCE = 0.5;
/** "Basically the same as the average" is taken as within this many percent of it. */
export const ABOUT_AVERAGE_TOLERANCE = 10;

export interface NumberFormat {
  value(metric: Metric, n: number): string;
  percent(p: number): string;
}

export interface ClaimResult {
  year: number;
  claim: Claim;
  /** Undefined when the claim has no check the data can run. */
  consistent: boolean | undefined;
  /** The arithmetic, one step a line. */
  working: string[];
}

export function evaluateClaim(years: readonly YearRecord[], owner: YearRecord, claim: Claim, fmt: NumberFormat): ClaimResult {
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
      const rank = rankOf(years, owner, m);
      const order = [...years].sort((a, b) => b[m] - a[m]);
      return {
        ...base,
        consistent: rank === check.expected,
        working: [order.map(v).join(' > '), `${owner.year}: #${rank} of ${years.length} (claimed: #${check.expected})`],
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
