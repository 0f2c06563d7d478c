/**
 * The tie-break order of search results (by name, then id), computed once per
 * index so that a query compares two integers instead of two strings.
 *
 * `localeCompare` is the order readers expect but costs about 8 µs a pair: at
 * 100,000 records a sort with it takes most of a second. For plain ASCII
 * (pinyin names, lower-case ids) the collation order is known: letters
 * compare case-insensitively first (space before letters; hyphen before
 * digits before letters), then lower case before upper case. Those strings
 * get a binary sort key with the same order; anything else falls back to
 * `localeCompare`, so the order is always exactly the locale's.
 */

/** Letters and spaces (names), or lower-case letters, digits and hyphens (ids, kinds). */
const PLAIN = /^[A-Za-z ]*$/;
const PLAIN_ID = /^[a-z0-9-]*$/;

/** Room for the case-swapped copy of a name: longer ones are swapped letter by letter. */
const swapScratch = new Uint16Array(256);

/** Upper case to lower and back, so that a binary compare puts lower case first as the collation does. */
function swapCase(s: string): string {
  if (s.length > swapScratch.length) return s.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) ^ 32));
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    swapScratch[i] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c ^ 32 : c;
  }
  // One string made from the codes: building it a letter at a time left a chain of partial strings per name.
  return String.fromCharCode.apply(null, swapScratch.subarray(0, s.length) as unknown as number[]);
}

/**
 * The binary sort key of `parts`, or undefined when one is not plain: the
 * first part's letters case-insensitively, then its case, then the later parts
 * (plain ids, no upper case, so equal letters mean equal strings there).
 */
function binaryKey(parts: readonly string[]): string | undefined {
  let key = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === 0) {
      if (!PLAIN.test(p) && !PLAIN_ID.test(p)) return undefined;
      key = `${p.toLowerCase()}\u0001${swapCase(p)}`;
    } else {
      if (!PLAIN_ID.test(p)) return undefined;
      key = `${key}\u0002${p}`;
    }
  }
  return key;
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
  const binary = keys.map(({ parts }) => binaryKey(parts));
  const indices = items.map((_, i) => i);
  indices.sort((a, b) => {
    const ka = binary[a];
    const kb = binary[b];
    if (ka !== undefined && kb !== undefined) return ka < kb ? -1 : ka > kb ? 1 : 0;
    const pa = keys[a]!;
    const pb = keys[b]!;
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
