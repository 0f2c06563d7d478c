/**
 * Every word /search has indexed, and how a word of a query matches them:
 * exactly, by stem (extradition ~ extradited), as a prefix, or with a typo.
 * Matching is done once per query word against the vocabulary (tens of
 * thousands of words at 100,000 cases), not once per record.
 */
import { editDistanceWithin } from './editDistance.js';
import { SortedStrings } from './sortedStrings.js';
import { stem } from './textFields.js';

/** How much of a field's weight a looser match keeps. */
const FACTOR = { stem: 0.9, prefix: 0.8, typo: 0.6 } as const;

/** A 26-bit set of the letters in a word: one edit changes at most two bits, a cheap test before the exact one. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private sorted?: SortedStrings;
  private stems?: SortedStrings;
  private byLength: number[][] = [];
  private masks = new Int32Array(0);

  /** The word's number, adding it when new. Call `seal()` once every word is in. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  get size(): number {
    return this.words.length;
  }

  /** Builds the lookups; no word may be added after. */
  seal(): void {
    this.sorted = new SortedStrings(this.words.map((w) => [w]));
    this.stems = new SortedStrings(this.words.map((w) => [stem(w)]));
    this.masks = Int32Array.from(this.words, letterMask);
    this.byLength = [];
    this.words.forEach((w, id) => (this.byLength[w.length] ??= []).push(id));
  }

  /** The number of the word itself, if indexed. */
  exact(word: string): number | undefined {
    return this.ids.get(word);
  }

  /**
   * Other indexed words that `word` matches, each with the share of its
   * field's weight the match keeps: same stem 0.9; starting with the word (or
   * its stem) 0.8; one slip in a word of five letters or more, two from eight,
   * 0.6. Short words get no typo allowance: "bank" is one letter from "back".
   */
  looseMatches(word: string): Map<number, number> {
    const found = new Map<number, number>();
    const take = (id: number, factor: number): void => {
      if (this.words[id] !== word && factor > (found.get(id) ?? 0)) found.set(id, factor);
    };
    const each = (list: SortedStrings, key: string, prefix: boolean, factor: number): void => {
      const [start, end] = list.range(key, prefix);
      for (let i = start; i < end; i++) take(list.owners[i]!, factor);
    };
    const wordStem = stem(word);
    if (wordStem.length >= 4) each(this.stems!, wordStem, false, FACTOR.stem);
    if (word.length >= 3) each(this.sorted!, word, true, FACTOR.prefix);
    if (wordStem.length >= 4) each(this.stems!, wordStem, true, FACTOR.prefix);
    const maxTypos = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    if (maxTypos > 0 && !/\d/.test(word)) {
      const mask = letterMask(word);
      for (let length = word.length - maxTypos; length <= word.length + maxTypos; length++) {
        for (const id of this.byLength[length] ?? []) {
          if (bitCount(mask ^ this.masks[id]!) > 2 * maxTypos) continue;
          if (editDistanceWithin(word, this.words[id]!, maxTypos) !== undefined) take(id, FACTOR.typo);
        }
      }
    }
    return found;
  }
}
