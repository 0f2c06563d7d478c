/** The cases table's columns, in the order the export writes them. */
export const CASE_COLUMNS = [
  'id',
  'name',
  'pinyin_by_us',
  'chinese',
  'chinese_traditional',
  'chinese_source',
  'aliases',
  'post',
  'post_source',
  'list100',
  'list100_rank',
  'list100_source',
  'return_order',
  'return_order_source',
  'red_notice',
  'red_notice_source',
  'fled_to',
  'fled_date',
  'fled_source',
  'years_at_large',
  'years_at_large_source',
  'operation',
  'events',
  'evidence',
  'event_notes',
  'notes',
  'disagreements',
  'quotes',
  'sources',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

/** Columns the export fills for the reader and the import does not read: they follow from the others. */
export const CASE_DERIVED: ReadonlySet<string> = new Set(['sources']);
