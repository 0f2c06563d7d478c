/** `changelog.json`: every change of the data, with the records it touched. */
import { z } from 'zod';

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
