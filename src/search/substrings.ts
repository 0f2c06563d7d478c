/**
 * Which entries have a string containing what was typed: "iuzh" in
 * `yangxiuzhu`, 秀珠 in 杨秀珠. mnemonist's inverted index keeps, for every
 * run of three letters (and every Chinese character), the entries that have
 * it; a query intersects the lists of its own runs. That is a superset of
 * the entries containing it (the runs may sit apart), which the caller checks.
 */
import { InvertedIndex } from './libraries.js';

const HAN = /\p{Script=Han}/u;

/** The tokens of a string: its Chinese characters one by one, and its runs of three letters otherwise. */
function tokensOf(s: string, into: Set<string>): void {
  if (HAN.test(s)) {
    for (const char of s) into.add(char);
    return;
  }
  for (let i = 0; i + 3 <= s.length; i++) into.add(s.slice(i, i + 3));
}

export class SubstringIndex {
  private readonly index: InstanceType<typeof InvertedIndex<number>>;

  /** `stringsOf(entry)`: the normalised strings of entry number `entry` (keys, characters), for entries 0 to count − 1. */
  constructor(count: number, stringsOf: (entry: number) => readonly string[]) {
    const documentTokens = (entry: number): string[] => {
      const tokens = new Set<string>();
      for (const s of stringsOf(entry)) tokensOf(s, tokens);
      return [...tokens];
    };
    const queryTokens = (part: string): string[] => {
      const tokens = new Set<string>();
      tokensOf(part, tokens);
      return [...tokens];
    };
    this.index = new InvertedIndex<number>([documentTokens, queryTokens]);
    for (let entry = 0; entry < count; entry++) this.index.add(entry);
  }

  /**
   * Entries, ascending, that may have a string containing `part` (three
   * letters or more, or one Chinese character or more): every one that does, and a few that do not.
   */
  containing(part: string): readonly number[] {
    return this.index.get(part);
  }
}
