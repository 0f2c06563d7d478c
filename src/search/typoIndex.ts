/**
 * Every indexed string within two slips of a query, and none missed: the
 * candidates a misspelt name is ranked among.
 *
 * A slip here is an optimal-string-alignment edit (a letter dropped, added or
 * changed, or two neighbours swapped). Pass-join (mnemonist) finds every
 * string within a Levenshtein distance k, but a swap is two Levenshtein
 * edits, so two slips can be four. Undoing the swaps on the query side closes
 * the gap without widening k:
 *
 * - no swap among the slips: Levenshtein ≤ 2, found by the k = 2 index;
 * - one swap and one other slip: with the swap undone (one of the query's
 *   length − 1 variants) Levenshtein ≤ 2 again... but that would be a k = 2
 *   search per variant; with the swap undone the rest is one slip, and one
 *   slip is Levenshtein ≤ 1 unless it is itself a swap, so a k = 1 index
 *   (two long segments, very selective) finds it;
 * - two swaps: with both undone the query is the string itself.
 *
 * Pass-join checks its candidates by Levenshtein distance, which is what its
 * segments promise (fastest-levenshtein, allocation-free); every string
 * found, by whichever way, is then measured by its OSA distance to the query
 * itself (talisman), the slips it is ranked by.
 */
import { levenshtein, osaDistance, PassjoinIndex } from './libraries.js';

export type Slips = 1 | 2;

/** The query with the letters at `at` and `at + 1` swapped. */
function swapped(s: string, at: number): string {
  return s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
}

/** Every way to swap one pair of different neighbouring letters. */
function oneSwap(s: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (let at = 0; at + 1 < s.length; at++) if (s[at] !== s[at + 1]) out.push({ text: swapped(s, at), at });
  return out;
}

/**
 * A cheap test before the distance: a slip adds at most one letter to the
 * multiset of letters and takes at most one away (a swap neither), so a
 * string with more than `slips` letters the query lacks is further than
 * `slips`. Most of Pass-join's candidates fail it, at a tenth of the cost of
 * the distance. The query's letter counts are kept between calls.
 */
class LetterCounts {
  private query = '';
  private readonly counts = new Int32Array(128);

  within(slips: number, query: string, other: string): boolean {
    const counts = this.counts;
    if (query !== this.query) {
      counts.fill(0);
      for (let i = 0; i < query.length; i++) counts[query.charCodeAt(i) & 127]!++;
      this.query = query;
    }
    let extra = 0;
    let i = 0;
    for (; i < other.length && extra <= slips; i++) if (--counts[other.charCodeAt(i) & 127]! < 0) extra++;
    for (let j = 0; j < i; j++) counts[other.charCodeAt(j) & 127]!++;
    return extra <= slips;
  }
}

const letters = new LetterCounts();

/**
 * Pass-join's check of a candidate. Levenshtein and not OSA: the swaps are
 * searched for apart (see above), and OSA's distance, called on some 150
 * candidates a misspelt query at 100,000 cases, made two arrays each (20 KB a
 * query of the 75 KB a /case makes, and so more young-generation collections
 * among the answers); it is computed for the strings found only.
 */
function within(slips: number): (query: string, other: string) => number {
  return (query, other) => (letters.within(slips, query, other) ? levenshtein(query, other) : Infinity);
}

export class TypoIndex {
  private readonly withinTwo = new PassjoinIndex<string>(within(2), 2);
  private readonly withinOne = new PassjoinIndex<string>(within(1), 1);
  /** The strings, sorted: a swapped query is looked up by binary search (a Set would take four times the memory). */
  private readonly known: string[] = [];

  /** `strings`: distinct, normalised (toKey) strings. */
  constructor(strings: Iterable<string>) {
    for (const s of strings) {
      this.known.push(s);
      this.withinTwo.add(s);
      this.withinOne.add(s);
    }
    this.known.sort();
  }

  private has(s: string): boolean {
    const known = this.known;
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (known[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return known[lo] === s;
  }

  /** The indexed strings (other than the query itself) within `slips` OSA edits of `query`. */
  near(query: string, slips: Slips): string[] {
    return [...this.slipsAway(query, slips).keys()];
  }

  /** The same strings, each with its number of slips from the query. */
  slipsAway(query: string, slips: Slips): Map<string, number> {
    const found = new Map<string, number>();
    const keep = (s: string): void => {
      if (s === query || found.has(s)) return;
      const distance = osaDistance.limited(slips, query, s);
      if (distance <= slips) found.set(s, distance);
    };
    const swaps = oneSwap(query);
    if (slips === 1) {
      for (const s of this.withinOne.search(query)) keep(s);
      for (const { text } of swaps) if (this.has(text)) keep(text);
    } else {
      for (const s of this.withinTwo.search(query)) keep(s);
      for (const { text, at } of swaps) {
        for (const s of this.withinOne.search(text)) keep(s);
        // Two swaps do not overlap in an optimal alignment: the second starts after the first.
        for (let second = at + 2; second + 1 < text.length; second++) {
          if (text[second] === text[second + 1]) continue;
          const twice = swapped(text, second);
          if (this.has(twice)) keep(twice);
        }
      }
    }
    return found;
  }
}
