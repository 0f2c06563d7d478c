/**
 * Remembering what is worked out again and again, two ways:
 * - from something that never changes (a Dataset, one of its record lists),
 *   held weakly, so that what was built goes with it when a reload swaps it;
 * - from a string asked for again and again (a query's words, a draft's),
 *   up to a bound, all forgotten at once when full.
 */

/** `build`'s answer for each key, built the first time it is asked for and kept as long as the key lives. */
export function memoizedBy<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    const known = built.get(key);
    if (known !== undefined || built.has(key)) return known as V;
    const value = build(key);
    built.set(key, value);
    return value;
  };
}

/**
 * `compute` remembering up to `size` of its answers, forgetting them all at
 * once when full: for what is asked again and again (queries, the words of
 * copy), in a memory that never grows past its bound.
 */
export function boundedMemo<V>(compute: (key: string) => V, size: number): (key: string) => V {
  let seen = new Map<string, V>();
  return (key) => {
    let found = seen.get(key);
    if (found === undefined) {
      found = compute(key);
      if (seen.size >= size) seen = new Map();
      seen.set(key, found);
    }
    return found;
  };
}
