/**
 * The well-kept libraries search is built on, loaded piece by piece.
 *
 * mnemonist's package exports its modules one by one for `require` only; its
 * ES-module entry point loads every structure it has (about 50 ms at start-up,
 * against a few for the pieces used here), so they are required directly, with
 * the library's own type declarations.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A binary heap with a comparator: the bounded "best k" lists and the lazily popped candidate queues. */
export const Heap = require('mnemonist/heap.js') as typeof import('mnemonist/heap.js').default;
/** Pass-join (Li et al., 2011): every indexed string within Levenshtein distance k of a query, from k + 1 segments. */
export const PassjoinIndex = require('mnemonist/passjoin-index.js') as typeof import('mnemonist/passjoin-index.js').default;

interface Osa {
  (a: string, b: string): number;
  /** The distance when it is at most `max`, else Infinity; stops as soon as it must exceed `max`. */
  limited(max: number, a: string, b: string): number;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapped neighbours,
 * no substring edited twice), from talisman: the count of slips the typo
 * index promises to be complete within, and what the benchmark's oracle
 * ranks by.
 */
export const osaDistance = require('talisman/metrics/damerau-levenshtein.js') as Osa;

/**
 * Levenshtein distance from fastest-levenshtein (Myers' bit-parallel
 * algorithm: a name of up to 32 letters takes a few word operations a letter
 * and allocates nothing): how Pass-join's candidates are checked, since
 * Levenshtein is what its segments promise to find.
 */
export { distance as levenshtein } from 'fastest-levenshtein';

export type HeapOf<T> = InstanceType<typeof Heap<T>>;
