/**
 * The shape of the data files in `data/`, checked when they are loaded.
 *
 * The files are edited by hand on deadline, so every object is strict (a
 * misspelt key is an error, not a silently ignored field) and every figure is
 * a whole number: money is stored in yuan (5.42 billion = 5420000000), never
 * as a float that could round.
 */
import { z } from 'zod';

/** `2015`, `2015-03` or `2015-03-28`: the report often gives only a month or a year. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * Where a fact comes from: `"report"` is the seed report (the record's own
 * verbatim quotes); anything else is the address of another published report,
 * shown to the reader beside the fact.
 */
export const SourceList = z
  .array(z.string().trim().min(1, 'a source may not be empty'))
  .min(1, 'a fact needs at least one source ("report" or an address)');
export type SourceList = z.infer<typeof SourceList>;

/** Verbatim sentences from the report. They must appear in the report word for word. */
const Quotes = z.array(z.string().min(10, 'a quote must be a sentence from the report')).min(1, 'at least one verbatim quote is required');

const Yuan = z.number().int('money is stored in whole yuan').nonnegative();
const Count = z.number().int('a count of people must be a whole number').nonnegative();

export const Unit = z.enum(['people', 'yuan', 'percent']);
export type Unit = z.infer<typeof Unit>;

export const Figure = z.strictObject({
  label: z.string().min(1),
  value: z.number().nonnegative(),
  unit: Unit,
  /** The words of the report this figure is read from. */
  quote: z.string().min(10),
});
export type Figure = z.infer<typeof Figure>;

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

/** Addresses of other published reports: a fact from outside the report names where it was read, never "report". */
export const Addresses = z
  .array(z.string().trim().min(1, 'a source may not be empty').refine((s) => s !== 'report', 'a fact from another report names its address, not "report"'))
  .min(1, 'a fact from another report needs at least one source address');
export type Addresses = z.infer<typeof Addresses>;

/** "more than" makes a figure a lower bound: it is only ever rounded down (src/render/format.ts). */
export const Qualifier = z.enum(['more than', 'about']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A figure read in another published report: it has no quote to check
 * against the seed report, so it carries its source addresses instead.
 * `metric` marks it as another source's figure for a year's own total, so a
 * reply can show it beside the report's and say whether they agree.
 */
export const OutsideFigure = z.strictObject({
  label: z.string().min(1),
  value: z.number().nonnegative(),
  unit: Unit,
  qualifier: Qualifier.optional(),
  metric: z.enum(['returned', 'recovered']).optional(),
  source: Addresses,
});
export type OutsideFigure = z.infer<typeof OutsideFigure>;

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

/**
 * What happened to a fugitive. Labels live in `src/data/terms.ts` (English)
 * and `src/i18n/terms.ts` (Chinese); the words that state each one, which
 * `data:check` looks for in an event's evidence, in `src/data/evidence.ts`.
 * `arrest-requested` is China asking foreign police to arrest and repatriate
 * someone: a request, not an arrest.
 */
export const Outcome = z.enum([
  'returned',
  'surrendered',
  'escorted-back',
  'deported',
  'repatriated',
  'forcibly-repatriated',
  'extradited',
  'arrest-requested',
  'assets-confiscated',
]);
export type Outcome = z.infer<typeof Outcome>;

/**
 * What a source says that makes an event what it is. From the report: the
 * index of one of the record's quotes and the words in it, verbatim. From
 * another report, which the project does not keep: its address and, in our
 * own words, what it states.
 */
export const Evidence = z.union([
  z.strictObject({
    quote: z.number().int().nonnegative(),
    words: z.string().trim().min(3, 'give the words of the quote that state the outcome'),
  }),
  z.strictObject({
    source: z.string().trim().min(1).refine((s) => s !== 'report', 'the report is cited by a quote: { "quote": 0, "words": "..." }'),
    says: z.string().trim().min(3, 'say what that report states, in your own words'),
  }),
]);
export type Evidence = z.infer<typeof Evidence>;

export const CaseEvent = z.strictObject({
  date: PartialDate,
  type: Outcome,
  /** Country the person came back from, where a source says so. */
  from: z.string().min(1).optional(),
  /** The city a source names with the country ("a flight from Vancouver, Canada"). */
  place: z.string().min(1).optional(),
  /**
   * Set when no source states `from` and it is an inference: why it is
   * inferred. Every view marks the country as inferred and the copy-ready
   * sentence leaves it out.
   */
  fromInferred: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  source: SourceList,
  /** The words that state the outcome (and the country), for each source named. */
  evidence: z.array(Evidence).min(1, 'an event needs evidence: the words of a source that state what happened'),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const Note = z.strictObject({ text: z.string().min(1), source: SourceList });
export type Note = z.infer<typeof Note>;

export const CaseRecord = z.strictObject({
  /** Stable identifier: lower-case pinyin with hyphens, e.g. `yang-xiuzhu`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens, e.g. yang-xiuzhu'),
  /** The clean name in pinyin, family name first: `Yang Xiuzhu`. */
  name: z.string().min(2).max(60),
  /** Characters, only where a published source gives them; never guessed. */
  chinese: z
    .strictObject({
      simplified: z.string().regex(/^\p{Script=Han}{2,5}$/u, 'expected 2 to 5 Chinese characters'),
      traditional: z.string().regex(/^\p{Script=Han}{2,5}$/u, 'expected 2 to 5 Chinese characters').optional(),
      source: SourceList,
    })
    .optional(),
  /** Other spellings and nicknames, including the report's own ("Jiasiyu"). */
  aliases: z.array(z.string().min(1).max(100)).default([]),
  post: z.strictObject({ value: z.string().min(1), source: SourceList }).optional(),
  /** On the list of 100 red-notice fugitives published on 22 April 2015. */
  list100: z
    .strictObject({ onList: z.boolean(), rank: z.number().int().min(1).max(100).optional(), source: SourceList })
    .optional(),
  /** Under an Interpol red notice (every one of the list of 100 is). */
  redNotice: z.strictObject({ value: z.boolean(), source: SourceList }).optional(),
  fled: z
    .strictObject({ to: z.string().min(1).optional(), date: PartialDate.optional(), source: SourceList })
    .optional(),
  yearsAtLarge: z
    .strictObject({ value: z.number().int().positive(), qualifier: Qualifier.optional(), source: SourceList })
    .optional(),
  events: z.array(CaseEvent).min(1, 'a case needs at least one event: what happened and when'),
  /** The Sky Net year the case belongs to; null when it predates the campaign. */
  operation: z.number().int().min(2015).max(2100).nullable(),
  notes: z.array(Note).default([]),
  quotes: Quotes,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const Milestone = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  date: PartialDate,
  title: z.string().min(1).max(120),
  detail: z.string().min(1).max(900),
  caseIds: z.array(z.string()).default([]),
  figures: z.array(Figure).default([]),
  source: SourceList.default(['report']),
  quotes: Quotes,
  /** What other reports add about the same event, each with its address. */
  outside: z.array(OutsideFigure).default([]),
});
export type Milestone = z.infer<typeof Milestone>;

export const SourceDocument = z.strictObject({
  file: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  note: z.string().min(1),
});

export const Meta = z.strictObject({
  /** Bumped by whoever edits the data, shown by /about. */
  version: z.string().min(1),
  report: SourceDocument,
});
export type Meta = z.infer<typeof Meta>;

export const YearsFile = z.strictObject({ years: z.array(YearEntry).min(1) });
export const CasesFile = z.strictObject({ cases: z.array(CaseRecord).min(1) });
export const MilestonesFile = z.strictObject({ milestones: z.array(Milestone).min(1) });
