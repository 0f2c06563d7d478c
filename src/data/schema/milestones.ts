/** `milestones.json`: the campaign's dated events, told in the report's own words. */
import { z } from 'zod';
import { Figure, OutsideFigure, PartialDate, SourceList } from './shared.js';

/** Verbatim sentences from the report. They must appear in the report word for word. */
const Quotes = z.array(z.string().min(10, 'a quote must be a sentence from the report')).min(1, 'at least one verbatim quote is required');

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

export const MilestonesFile = z.strictObject({ milestones: z.array(Milestone).min(1) });
