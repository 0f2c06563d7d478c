/**
 * The tie-break order of search results (by name, then id), computed once per
 * index so that a query compares two integers instead of two strings.
 *
 * `localeCompare` is the order readers expect but costs about 8 µs a pair: at
 * 100,000 records a sort with it takes most of a second. For plain ASCII
 * (pinyin names, lower-case ids) the collation order is known: letters
 * compare case-insensitively first (space before letters; hyphen before
 * digits before letters), then lower case before upper case. Those strings
 * are compared that way (comparePlain); anything else falls back to
 * `localeCompare`, so the order is always exactly the locale's.
 */

/** A first part: letters and spaces (names), or lower-case letters, digits and hyphens (ids, kinds). */
const PLAIN = /^(?:[A-Za-z ]*|[a-z0-9-]*)$/;
/** A later part: lower-case letters, digits and hyphens (ids). */
const PLAIN_ID = /^[a-z0-9-]*$/;

/** Whether every part is plain, so that the order below is the collation's. */
function isPlain(parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!(i === 0 ? PLAIN : PLAIN_ID).test(p)) return false;
  }
  return true;
}

/**
 * The collation's order of two plain keys, `lowerA` and `lowerB` their first
 * parts in lower case: the first part's letters case-insensitively, then its
 * case (lower case first), then the later parts, which are plain ids (no upper
 * case, so equal letters mean equal strings there). No key string is built:
 * at 100,000 records, building one per record was half the cost of ranking.
 */
function comparePlain(a: readonly string[], b: readonly string[], lowerA: string, lowerB: string): number {
  // Compared with < and > only: each comparison of two strings reads them, and an !== first read them twice.
  if (lowerA < lowerB) return -1;
  if (lowerA > lowerB) return 1;
  const firstA = a[0] ?? '';
  const firstB = b[0] ?? '';
  // The same letters in another case: where they first differ, one has a lower-case letter and
  // the other its capital, which code units put first and the collation last.
  if (firstA < firstB) return 1;
  if (firstA > firstB) return -1;
  for (let i = 1; i < a.length || i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return y === undefined ? 0 : -1;
    if (y === undefined) return 1;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

export interface OrderKey {
  /** Compared in this order: e.g. a name, then an id. */
  parts: readonly string[];
  /** The locale for `localeCompare`, as the unindexed code called it. */
  locale?: string;
}

/** Plain keys are first put in buckets by the first two characters of their first part in lower case: 128 × 128 of them. */
const BUCKETS = 128 * 128;

/** The bucket of a plain key's lower-cased first part: its first two code units (ASCII), a missing one as 0. */
function bucketOf(lower: string): number {
  return lower.length === 0 ? 0 : lower.charCodeAt(0) * 128 + (lower.length > 1 ? lower.charCodeAt(1) : 0);
}

/**
 * Positions of `items` in sorted order: `order[i]` is the rank of item i.
 * Equal to sorting with `a.localeCompare(b, locale)` part by part.
 */
export function rankBy<T>(items: readonly T[], keyOf: (item: T) => OrderKey): Int32Array {
  const keys = items.map(keyOf);
  // The first part in lower case for plain keys; undefined when a key is not plain.
  const lower = keys.map(({ parts }) => (isPlain(parts) ? (parts[0] ?? '').toLowerCase() : undefined));
  const compare = (a: number, b: number): number => {
    const pa = keys[a]!;
    const pb = keys[b]!;
    const la = lower[a];
    const lb = lower[b];
    if (la !== undefined && lb !== undefined) return comparePlain(pa.parts, pb.parts, la, lb);
    for (let i = 0; i < pa.parts.length; i++) {
      const c = pa.parts[i]!.localeCompare(pb.parts[i] ?? '', pa.locale);
      if (c !== 0) return c;
    }
    return 0;
  };
  const sorted = lower.every((l) => l !== undefined) ? bucketSorted(lower as string[], compare) : Int32Array.from(items, (_, i) => i).sort(compare);
  return ranksOf(sorted);
}

/** The rank of each index, from the indices in sorted order. */
function ranksOf(sorted: ArrayLike<number>): Int32Array {
  const rank = new Int32Array(sorted.length);
  for (let position = 0; position < sorted.length; position++) rank[sorted[position]!] = position;
  return rank;
}

/**
 * rankBy on ids alone. Plain ids (lower-case letters, digits and hyphens, as
 * the schema has every case's) are in the collation's order when in code
 * unit order (comparePlain), so they are compared with `<`, no key built.
 *
 * `near`, when given, lists the ids' indices in an order close to the
 * result: the name index's order, as ids are written from names (wang-wei,
 * wang-wei-2). Array's sort (TimSort) merges the runs already in order, so
 * ids nearly in order cost about one comparison each. The result is the same
 * with or without it.
 */
export function rankIds(ids: readonly string[], near?: ArrayLike<number>): Int32Array {
  if (!ids.every((id) => PLAIN_ID.test(id))) return rankBy(ids, (id) => ({ parts: [id] }));
  const sorted = near?.length === ids.length ? Array.from(near) : Array.from(ids, (_, i) => i);
  // Equal ids keep their input order, as in rankBy.
  return ranksOf(sorted.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b)));
}

/**
 * The indices of plain keys in order: counted into buckets by their first two
 * letters (the order comparePlain starts with), then each bucket sorted on its
 * own. Pinyin names share few first letters: at 100,000 names 59 sorts, with
 * 28 % fewer comparisons than one sort of them all (buckets by three letters
 * took no less time).
 */
function bucketSorted(lower: readonly string[], compare: (a: number, b: number) => number): Int32Array {
  const starts = new Int32Array(BUCKETS + 1);
  for (const l of lower) starts[bucketOf(l) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!;
  const fill = starts.slice(0, BUCKETS);
  const sorted = new Int32Array(lower.length);
  for (let i = 0; i < lower.length; i++) sorted[fill[bucketOf(lower[i]!)]!++] = i;
  for (let b = 0; b < BUCKETS; b++) {
    if (starts[b + 1]! - starts[b]! > 1) sorted.subarray(starts[b]!, starts[b + 1]!).sort(compare);
  }
  return sorted;
}
