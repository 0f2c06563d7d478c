/**
 * `years.json`: a year the seed report gives (its totals checked against its
 * own words, with the claims it makes about them), or a year only other
 * reports give (`"kind": "other-sources"`). Money in whole yuan.
 */
import { z } from 'zod';
import { Addresses, Figure, OutsideFigure, PartialDate, Qualifier } from './shared.js';

const Yuan = z.number().int('money is stored in whole yuan').nonnegative();
const Count = z.number().int('a count of people must be a whole number').nonnegative();

/**
 * A claim the report makes about its own numbers ("the highest level in
 * history"), kept as a claim. `check` says how the data can test it.
 */
export const ClaimCheck = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rank'), metric: z.enum(['returned', 'recovered']), expected: z.number().int().positive() }),
  z.strictObject({
    kind: z.literal('change-percent'),
    metric: z.enum(['returned', 'recovered']),
    base: z.number().int(),
    expected: z.number(),
  }),
  z.strictObject({
    kind: z.literal('about-average'),
    metric: z.enum(['returned', 'recovered']),
    from: z.number().int(),
    to: z.number().int(),
  }),
  z.strictObject({ kind: z.literal('rising'), metric: z.enum(['returned', 'recovered']), from: z.number().int(), to: z.number().int() }),
]);
export type ClaimCheck = z.infer<typeof ClaimCheck>;

/**
 * The years a claim speaks of: "since 2014" is `{ "from": 2014, "to": 2020 }`;
 * "the highest level in history" leaves `from` out (every year before). /check
 * says a claim is only partly checked when the data does not cover its span.
 */
export const ClaimSpan = z.strictObject({ from: z.number().int().optional(), to: z.number().int() });
export type ClaimSpan = z.infer<typeof ClaimSpan>;

export const Claim = z.strictObject({
  text: z.string().min(1),
  quote: z.string().min(10),
  check: ClaimCheck.optional(),
  span: ClaimSpan.optional(),
});
export type Claim = z.infer<typeof Claim>;

/** Yuan per US dollar, the year's average, with where the rate was read. */
export const UsdRate = z.strictObject({
  yuanPerDollar: z.number().positive(),
  /** Who publishes the rate, as a reader should see it: `Federal Reserve G.5A annual average`. */
  label: z.string().min(1),
  source: Addresses,
});
export type UsdRate = z.infer<typeof UsdRate>;

/** A year whose totals the seed report gives: every figure is checked against the report's own words. */
export const YearRecord = z.strictObject({
  year: z.number().int().min(2014).max(2100),
  /** Fugitives brought back to China during the year's operation. */
  returned: Count,
  /** Money recovered, in yuan. */
  recovered: Yuan,
  quote: z.string().min(10),
  figures: z.array(Figure).default([]),
  claims: z.array(Claim).default([]),
  /** The same year as other reports give it: more detail, or a figure that differs from the report's. */
  outside: z.array(OutsideFigure).default([]),
  usd: UsdRate.optional(),
});
export type YearRecord = z.infer<typeof YearRecord>;

/** A total another report publishes; `null` where no figure was ever published (shown as such, never filled in). */
const Published = z.strictObject({ value: z.number().int().nonnegative(), qualifier: Qualifier.optional(), source: Addresses }).nullable();
export type Published = z.infer<typeof Published>;

/**
 * A year the seed report does not cover (it stops at 2020), from other
 * published reports. Marked by `"kind": "other-sources"`; it has no quote, and
 * each figure carries its own source addresses.
 */
export const OtherYearRecord = z.strictObject({
  kind: z.literal('other-sources', { error: 'leave "kind" out for a year the report gives, or write "other-sources"' }),
  year: z.number().int().min(2014).max(2100),
  /** When the figures cover part of the year only: `{ "from": "2023-01", "to": "2023-11" }`. */
  period: z.strictObject({ from: PartialDate, to: PartialDate }).optional(),
  returned: Published,
  recovered: Published,
  figures: z.array(OutsideFigure).default([]),
  usd: UsdRate.optional(),
  /** Why a figure is missing, or anything a reader should know first. */
  note: z.string().min(1).optional(),
});
export type OtherYearRecord = z.infer<typeof OtherYearRecord>;

/** A year entry is one of the two: `kind` picks the schema, so each keeps its own precise errors. */
export const YearEntry = z.unknown().transform((raw, ctx) => {
  const other = raw !== null && typeof raw === 'object' && 'kind' in raw;
  const result = (other ? OtherYearRecord : YearRecord).safeParse(raw);
  if (result.success) return result.data as YearRecord | OtherYearRecord;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path } as never);
  return z.NEVER;
});

export const YearsFile = z.strictObject({ years: z.array(YearEntry).min(1) });
