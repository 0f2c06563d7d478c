/** `meta.json`: the data's version and the seed report it is read from. */
import { z } from 'zod';

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
