/**
 * Every word /search has indexed, and how a word of a query matches them:
 * exactly, by stem (extradition ~ extradited), as a prefix, or with a typo.
 * Matching is done once per query word against the vocabulary (tens of
 * thousands of words at 100,000 cases), not once per record.
 */
import { SortedStrings } from './sortedStrings.js';
import { stem } from './textFields.js';
import { TypoIndex, type Slips } from './typoIndex.js';

/** How much of a field's weight a looser match keeps. */
const FACTOR = { stem: 0.9, prefix: 0.8, typo: 0.6 } as const;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private sorted?: SortedStrings;
  private stems?: SortedStrings;
  private typos?: TypoIndex;

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
    this.sorted = SortedStrings.ofDistinct(this.words, this.ids);
    this.stems = new SortedStrings(this.words.map((w) => [stem(w)]));
    // Words with digits (years, amounts) get no typo allowance, so they are not indexed for it.
    this.typos = new TypoIndex(this.words.filter((w) => w.length >= 5 && !/\d/.test(w)));
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
   * Nor does a word the data has itself: "Zhejiang" is one letter from
   * Zhenjiang, another place, and slips are for words the data lacks.
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
    const maxTypos: 0 | Slips = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    if (maxTypos !== 0 && !/\d/.test(word) && !this.ids.has(word)) {
      for (const near of this.typos!.near(word, maxTypos)) take(this.ids.get(near)!, FACTOR.typo);
    }
    return found;
  }
}
