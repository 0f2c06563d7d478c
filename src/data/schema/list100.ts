/** `list100.json`: how many of the list of 100 were back by each date, and how some returns break down. */
import { z } from 'zod';
import { outsideSays, PartialDate, Qualifier } from './shared.js';

/** What a page says, in our own words, with its address: the evidence for a figure outside the report. */
export const SourceSays = outsideSays('a figure from another report names its address');
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
