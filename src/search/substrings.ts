/**
 * Which entries have a string containing what was typed: "iuzh" in
 * `yangxiuzhu`, 秀珠 in 杨秀珠. For every run of three letters (and every
 * Chinese character) the index lists the entries that have it, in one flat
 * typed array (postings.ts); a query intersects the lists of its own runs.
 * That is a superset of the entries containing it (the runs may sit apart),
 * which the caller checks.
 *
 * mnemonist's InvertedIndex did this with an array per run: at 100,000 cases
 * some two million numbers in small arrays, 19 MB; flat, they take a third.
 */
import { growableInts, lowerBound, PairsByOwner } from './postings.js';

const HAN = /\p{Script=Han}/u;

/** Three ASCII letters as one small integer; anything else goes by its text. */
const HAN_BASE = 1 << 21;

/** Calls `visit` with each token of `s`: its Chinese characters one by one, or its runs of three letters. */
function forEachToken(s: string, visit: (code: number, text: string | undefined) => void): void {
  if (HAN.test(s)) {
    for (const char of s) visit(HAN_BASE + char.codePointAt(0)!, undefined);
    return;
  }
  for (let i = 0; i + 3 <= s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    if ((a | b | c) < 128) visit((a << 14) | (b << 7) | c, undefined);
    else visit(-1, s.slice(i, i + 3));
  }
}

/** What the index is made of: kept as it is between runs (src/dataset/nameSnapshot.ts). */
export interface SubstringParts {
  /** Token → its number: runs of ASCII letters and characters by code, others by text. */
  byCode: Map<number, number>;
  byText: Map<string, number>;
  /** The entries with token t are entries[offsets[t]] up to entries[offsets[t + 1]], ascending. */
  offsets: Int32Array;
  entries: Int32Array;
}

export class SubstringIndex {
  private readonly byCode: Map<number, number>;
  private readonly byText: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly entries: Int32Array;

  constructor(parts: SubstringParts) {
    ({ byCode: this.byCode, byText: this.byText, offsets: this.offsets, entries: this.entries } = parts);
  }

  get parts(): SubstringParts {
    return { byCode: this.byCode, byText: this.byText, offsets: this.offsets, entries: this.entries };
  }

  /** `stringsOf(entry)`: the normalised strings of entry number `entry` (keys, characters), for entries 0 to count − 1. */
  static build(count: number, stringsOf: (entry: number) => readonly string[]): SubstringIndex {
    const byCode = new Map<number, number>();
    const byText = new Map<string, number>();
    const pairs = new PairsByOwner(count * 16);
    const lastEntry = growableInts();
    let entry = 0;
    const add = (code: number, text: string | undefined): void => {
      let id = text === undefined ? byCode.get(code) : byText.get(text);
      if (id === undefined) {
        id = lastEntry.length;
        if (text === undefined) byCode.set(code, id);
        else byText.set(text, id);
        lastEntry.push(-1);
      }
      if (lastEntry.data[id] === entry) return;
      lastEntry.data[id] = entry;
      pairs.add(id, entry);
    };
    for (; entry < count; entry++) for (const s of stringsOf(entry)) forEachToken(s, add);
    const { offsets, values } = pairs.grouped(lastEntry.length);
    return new SubstringIndex({ byCode, byText, offsets, entries: values });
  }

  /** The lists of the tokens of `part`, shortest first; undefined when a token is in no entry. */
  private listsOf(part: string): Int32Array[] | undefined {
    const lists: Int32Array[] = [];
    const seen = new Set<number>();
    let missing = false;
    forEachToken(part, (code, text) => {
      const id = text === undefined ? this.byCode.get(code) : this.byText.get(text);
      if (id === undefined) missing = true;
      else if (!seen.has(id)) {
        seen.add(id);
        lists.push(this.entries.subarray(this.offsets[id]!, this.offsets[id + 1]!));
      }
    });
    if (missing || lists.length === 0) return undefined;
    return lists.sort((a, b) => a.length - b.length);
  }

  /**
   * Calls `visit` with the entries, ascending, that may have a string
   * containing `part`, until it returns false: every entry that does, and a
   * few that do not. Read lazily, so a caller that has enough stops early.
   */
  forEachCandidate(part: string, visit: (entry: number) => boolean): void {
    const lists = this.listsOf(part);
    if (!lists) return;
    const [first, ...others] = lists as [Int32Array, ...Int32Array[]];
    const at = new Int32Array(others.length);
    outer: for (let i = 0; i < first.length; i++) {
      const entry = first[i]!;
      for (let j = 0; j < others.length; j++) {
        const list = others[j]!;
        const found = lowerBound(list, entry, at[j]!);
        at[j] = found;
        if (list[found] !== entry) continue outer;
      }
      if (!visit(entry)) return;
    }
  }

  /**
   * Entries, ascending, that may have a string containing `part` (three
   * letters or more, or one Chinese character or more): every one that does, and a few that do not.
   */
  containing(part: string): readonly number[] {
    const out: number[] = [];
    this.forEachCandidate(part, (entry) => {
      out.push(entry);
      return true;
    });
    return out;
  }
}
