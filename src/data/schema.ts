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
 * someone: a request, not an arrest. `sent-back` keeps a source's own "sent
 * back" (遣送), which is not said to be a repatriation; `arrested` is being
 * caught, captured or detained, wherever it happened, which is not a return;
 * `granted-asylum` is a fugitive allowed to stay abroad.
 */
export const Outcome = z.enum([
  'returned',
  'surrendered',
  'escorted-back',
  'deported',
  'repatriated',
  'forcibly-repatriated',
  'sent-back',
  'extradited',
  'arrested',
  'granted-asylum',
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

/**
 * What an event's date is, when it is not the day the thing happened:
 * `announced`, the day a source says it was announced ("the CCDI said on
 * Sunday that she had returned"); `reported`, the date of the report that
 * states it, when no other date is given (it happened by then).
 */
export const EventDating = z.enum(['announced', 'reported']);
export type EventDating = z.infer<typeof EventDating>;

export const CaseEvent = z.strictObject({
  date: PartialDate,
  dated: EventDating.optional(),
  type: Outcome,
  /**
   * Country the person came back from, where a source says so; for an
   * arrest or asylum, the country it happened in.
   */
  from: z.string().min(1).optional(),
  /** Where the person was sent when it was not China (extradited from Sweden to the United States). */
  to: z.string().min(1).optional(),
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

/**
 * Where sources disagree on a fact (a date, a rank, a country, how someone
 * came back): every version is kept with its own sources, and shown. The
 * record's own field keeps the report's version, or the best-sourced one.
 */
export const Disagreement = z.strictObject({
  /** What they disagree on, in a few words: `Date of return`. */
  about: z.string().trim().min(3).max(80),
  versions: z
    .array(z.strictObject({ says: z.string().trim().min(1).max(300), source: SourceList }))
    .min(2, 'a disagreement needs at least two versions, each with its sources'),
  note: z.string().min(1).optional(),
});
export type Disagreement = z.infer<typeof Disagreement>;

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
  /**
   * The pinyin is the desk's own, from characters on a Chinese-language page
   * that gives no spelling in Latin letters: every view says so.
   */
  pinyinByUs: z.literal(true).optional(),
  /** Other spellings and nicknames, including the report's own ("Jiasiyu"). */
  aliases: z.array(z.string().min(1).max(100)).default([]),
  post: z.strictObject({ value: z.string().min(1), source: SourceList }).optional(),
  /** On the list of 100 red-notice fugitives published on 22 April 2015. */
  list100: z
    .strictObject({
      onList: z.boolean(),
      rank: z.number().int().min(1).max(100).optional(),
      source: SourceList,
      /** The order of the person's return among the 100 ("the 36th to be returned"), with the pages that give it. */
      returnOrder: z.strictObject({ value: z.number().int().min(1).max(100), source: SourceList }).optional(),
    })
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
  /**
   * The Sky Net year the report puts the case in; null when it predates the
   * campaign; left out where no source ties the case to a year.
   */
  operation: z.number().int().min(2015).max(2100).nullable().optional(),
  notes: z.array(Note).default([]),
  disagreements: z.array(Disagreement).default([]),
  /** The report's own sentences about the person; none for a case only other reports give. */
  quotes: z.array(z.string().min(10, 'a quote must be a sentence from the report')).default([]),
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

/**
 * Every address a fact cites, with the date of that report: the facts name
 * an address and nothing else, and this registry says when the page was
 * published and what kind of page it is. `dateFrom` says where the date was
 * read (the page's own text, or its address); a page that shows none says
 * so and has no date.
 */
export const SourceKind = z.enum(['news', 'official', 'copy', 'forum', 'blog', 'summary', 'self-media', 'reference']);
export type SourceKind = z.infer<typeof SourceKind>;

/** Kinds a fact should rest on only when nothing better was found: the card marks them. */
export const WEAK_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set(['forum', 'blog', 'summary', 'self-media']);

export const SourceEntry = z
  .strictObject({
    url: z.string().trim().min(3).refine((s) => s !== 'report', 'the report is not registered: facts cite it as "report"'),
    date: PartialDate.optional(),
    dateFrom: z.enum(['page', 'url', 'not shown']),
    publisher: z.string().trim().min(1).max(80).optional(),
    kind: SourceKind,
    /** The page's language when it is not English: `zh`, `de`. */
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code, e.g. zh').optional(),
    note: z.string().trim().min(1).max(400).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.dateFrom === 'not shown' && s.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'a page whose date is "not shown" has no date' });
    if (s.dateFrom !== 'not shown' && !s.date) ctx.addIssue({ code: 'custom', path: ['date'], message: `give the page's date, read from its ${s.dateFrom === 'url' ? 'address' : 'text'}, or set "dateFrom": "not shown"` });
  });
export type SourceEntry = z.infer<typeof SourceEntry>;

/** What a page says, in our own words, with its address: the evidence for a figure outside the report. */
export const SourceSays = z.strictObject({
  source: z.string().trim().min(1).refine((s) => s !== 'report', 'a figure from another report names its address'),
  says: z.string().trim().min(3, 'say what that report states, in your own words'),
});
export type SourceSays = z.infer<typeof SourceSays>;

/**
 * One published count of the list of 100 returned by a date. Sources that
 * give the same count for the same date share a point; sources that differ
 * are separate points, all kept. Each source's own word (returned, caught,
 * seized) stays in what it says.
 */
export const List100Point = z.strictObject({
  asOf: PartialDate,
  returned: z.number().int().min(0).max(100),
  qualifier: Qualifier.optional(),
  evidence: z.array(SourceSays).min(1, 'a point needs the page that publishes it'),
  note: z.string().min(1).optional(),
});
export type List100Point = z.infer<typeof List100Point>;

/** How some of the returns break down (by method, country or year), as one page gives it. */
export const List100Breakdown = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  asOf: PartialDate,
  /** What is broken down, in a few words: `How the first 40 came back`. */
  title: z.string().trim().min(3).max(120),
  /** The count the parts split, when the page gives one. */
  of: z.number().int().min(0).max(100).optional(),
  parts: z.array(z.strictObject({ label: z.string().trim().min(1).max(80), value: z.number().int().min(0).max(100), qualifier: Qualifier.optional() })).min(1),
  evidence: z.array(SourceSays).min(1),
  note: z.string().min(1).optional(),
});
export type List100Breakdown = z.infer<typeof List100Breakdown>;

export const List100File = z.strictObject({ points: z.array(List100Point).min(1), breakdowns: z.array(List100Breakdown).default([]) });
export type List100Series = z.infer<typeof List100File>;

/** A record a data change touched: `{ "table": "cases", "id": "ba-lianxiao" }`, and for a change, the columns that changed. */
export const ChangedRecord = z.strictObject({
  table: z.enum(['cases', 'years', 'milestones', 'sources', 'list100']),
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  fields: z.array(z.string().min(1)).optional(),
});
export type ChangedRecord = z.infer<typeof ChangedRecord>;

/** One change of the data: its version, the day, and what it added, changed and removed. */
export const ChangeEntry = z.strictObject({
  version: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  how: z.string().min(1).max(200),
  added: z.array(ChangedRecord).default([]),
  changed: z.array(ChangedRecord).default([]),
  removed: z.array(ChangedRecord).default([]),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const ChangelogFile = z.strictObject({ entries: z.array(ChangeEntry) });
export const SourcesFile = z.strictObject({ sources: z.array(SourceEntry).min(1) });

export const YearsFile = z.strictObject({ years: z.array(YearEntry).min(1) });
export const CasesFile = z.strictObject({ cases: z.array(CaseRecord).min(1) });
export const MilestonesFile = z.strictObject({ milestones: z.array(Milestone).min(1) });
