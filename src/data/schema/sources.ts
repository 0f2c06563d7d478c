/** `sources.json`: the registry of every address a fact cites. */
import { z } from 'zod';
import { PartialDate } from './shared.js';

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
    url: z
      .string()
      .trim()
      .min(3)
      .refine((s) => s !== 'report', 'the report is not registered: facts cite it as "report"'),
    date: PartialDate.optional(),
    dateFrom: z.enum(['page', 'url', 'not shown']),
    publisher: z.string().trim().min(1).max(80).optional(),
    kind: SourceKind,
    /** The page's language when it is not English: `zh`, `de`. */
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'a two-letter language code, e.g. zh')
      .optional(),
    note: z.string().trim().min(1).max(400).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.dateFrom === 'not shown' && s.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'a page whose date is "not shown" has no date' });
    if (s.dateFrom !== 'not shown' && !s.date)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `give the page's date, read from its ${s.dateFrom === 'url' ? 'address' : 'text'}, or set "dateFrom": "not shown"`,
      });
  });
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourcesFile = z.strictObject({ sources: z.array(SourceEntry).min(1) });
