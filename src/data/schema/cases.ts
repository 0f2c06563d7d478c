/**
 * `cases.json`: one record a fugitive, with what happened to them (events,
 * each with the words of a source that state it), and where sources disagree.
 */
import { z } from 'zod';
import { outsideSays, PartialDate, Qualifier, SourceList } from './shared.js';

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
  outsideSays('the report is cited by a quote: { "quote": 0, "words": "..." }'),
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
      traditional: z
        .string()
        .regex(/^\p{Script=Han}{2,5}$/u, 'expected 2 to 5 Chinese characters')
        .optional(),
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
  fled: z.strictObject({ to: z.string().min(1).optional(), date: PartialDate.optional(), source: SourceList }).optional(),
  yearsAtLarge: z.strictObject({ value: z.number().int().positive(), qualifier: Qualifier.optional(), source: SourceList }).optional(),
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

export const CasesFile = z.strictObject({ cases: z.array(CaseRecord).min(1) });
