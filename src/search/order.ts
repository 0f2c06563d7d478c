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

/** Letters and spaces (names), or lower-case letters, digits and hyphens (ids, kinds). */
const PLAIN = /^[A-Za-z ]*$/;
const PLAIN_ID = /^[a-z0-9-]*$/;

/** Whether every part is plain, so that the order below is the collation's. */
function isPlain(parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === 0 ? !PLAIN.test(p) && !PLAIN_ID.test(p) : !PLAIN_ID.test(p)) return false;
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
  const firstA = a[0] ?? '';
  const firstB = b[0] ?? '';
  if (firstA !== firstB) {
    if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
    // The same letters in another case: where they first differ, one has a lower-case letter and
    // the other its capital, which code units put first and the collation last.
    return firstA < firstB ? 1 : -1;
  }
  for (let i = 1; i < a.length || i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export interface OrderKey {
  /** Compared in this order: e.g. a name, then an id. */
  parts: readonly string[];
  /** The locale for `localeCompare`, as the unindexed code called it. */
  locale?: string;
}

/**
 * Positions of `items` in sorted order: `order[i]` is the rank of item i.
 * Equal to sorting with `a.localeCompare(b, locale)` part by part.
 */
export function rankBy<T>(items: readonly T[], keyOf: (item: T) => OrderKey): Int32Array {
  const keys = items.map(keyOf);
  // The first part in lower case for plain keys; undefined when a key is not plain.
  const lower = keys.map(({ parts }) => (isPlain(parts) ? (parts[0] ?? '').toLowerCase() : undefined));
  const indices = items.map((_, i) => i);
  indices.sort((a, b) => {
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
  });
  const rank = new Int32Array(items.length);
  indices.forEach((item, position) => {
    rank[item] = position;
  });
  return rank;
}
