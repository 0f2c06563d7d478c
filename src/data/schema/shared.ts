/**
 * The pieces several data files share: dates that may be partial, the
 * sources a fact names, and the figures (the report's, with its words, or
 * another report's, with its addresses).
 */
import { z } from 'zod';

/** `2015`, `2015-03` or `2015-03-28`: the report often gives only a month or a year. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * Where a fact comes from: `"report"` is the seed report (the record's own
 * verbatim quotes); anything else is the address of another published report,
 * shown to the reader beside the fact.
 */
export const SourceList = z.array(z.string().trim().min(1, 'a source may not be empty')).min(1, 'a fact needs at least one source ("report" or an address)');
export type SourceList = z.infer<typeof SourceList>;

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

/** Addresses of other published reports: a fact from outside the report names where it was read, never "report". */
export const Addresses = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'a source may not be empty')
      .refine((s) => s !== 'report', 'a fact from another report names its address, not "report"'),
  )
  .min(1, 'a fact from another report needs at least one source address');
export type Addresses = z.infer<typeof Addresses>;

/**
 * What a page outside the report says, which the project does not keep: its
 * address and, in our own words, what it states. `citesReport` is the message
 * for naming the report this way (it is cited by its own words instead).
 */
export function outsideSays(citesReport: string) {
  return z.strictObject({
    source: z
      .string()
      .trim()
      .min(1)
      .refine((s) => s !== 'report', citesReport),
    says: z.string().trim().min(3, 'say what that report states, in your own words'),
  });
}

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
