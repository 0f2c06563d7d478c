/**
 * What the name index keeps of each record, as strings: its whole-name keys,
 * its words, its family name and its characters, and the codes of the one- and
 * two-letter prefixes autocomplete's first keystrokes look up. Kept apart from
 * names.ts so that the index reads as look-ups over these.
 */
import type { CaseRecord } from '../data/schema.js';

/** Prefixes of one ASCII character are codes 0–127; of two, 128 onwards. */
export const SHORT_PREFIX_CODES = 128 + 128 * 128;

/** The code of the first `length` (1 or 2) characters of `s`, or −1 when it is shorter or they are not ASCII. */
export function shortPrefixCode(s: string, length: number): number {
  if (s.length < length) return -1;
  const a = s.charCodeAt(0);
  if (a >= 128) return -1;
  if (length === 1) return a;
  const b = s.charCodeAt(1);
  return b >= 128 ? -1 : 128 + a * 128 + b;
}

/**
 * What the index keeps of each name, in flat arrays rather than an object per
 * name (at 100,000 cases a few typed arrays instead of half a million small
 * objects for the garbage collector to trace), each string as its number in
 * the index's table of keys or of words:
 *
 * - whole-name keys: the name as written first (`yangxiuzhu`), then the pinyin
 *   of its characters and its aliases run together (these are the keys as
 *   spelt, where a misspelling is looked for), then the name turned round
 *   (`xiuzhuyang`) and the id;
 * - the family name as a key: `yang`;
 * - the characters are read from the record itself.
 */
export interface EntryNumbers {
  /** Each key once. */
  keys: number[];
  /** How many of the keys, from the first, a misspelling is looked for in (the query is turned round instead). */
  spelt: number;
  /** The single words of its name and aliases (`yang`, `xiuzhu`), each once. */
  words: number[];
  /** The first word of the name (`yang`), or −1 when the name has no word. */
  family: number;
}

/** The characters of a record, simplified then traditional. */
export function charactersOf(record: CaseRecord): string[] {
  const han: string[] = [];
  const chinese = record.chinese;
  if (chinese?.simplified) han.push(chinese.simplified);
  if (chinese?.traditional) han.push(chinese.traditional);
  return han;
}

function addOnce(list: number[], n: number): void {
  if (!list.includes(n)) list.push(n);
}

/** Normalised words run together: `yang xiuzhu` → `yangxiuzhu`. */
function runTogether(w: string): string {
  return w.includes(' ') ? w.replace(/ /g, '') : w;
}

/**
 * Whether `key` is what toWords then runTogether make of the plain ASCII text
 * `s` (an id, or words already normalised): its letters in lower case and its
 * digits, nothing else. False for any other text, whose key must be built.
 * Compared in place: building the keys of ids and characters only to find
 * them equal to the name's was a fifth of numbering the records' strings.
 */
export function isKeyOf(s: string, key: string): boolean {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return false;
    if (c >= 65 && c <= 90) c += 32;
    const kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (kept && key.charCodeAt(k++) !== c) return false;
  }
  return k === key.length;
}

/** A string's number in a table of strings, numbered as they are first met. */
export type Numbering = (s: string) => number;

/**
 * Numbers each record's strings (EntryNumbers), one record after another, in
 * lists reused from record to record (lists made per record were some 35 MB
 * of what the build allocated at 100,000 cases).
 *
 * A name's own strings (its key, its words, its key turned round) are worked
 * out once for a run of records with that name: the index reads records in
 * name order, where records that share a name are next to each other (37,000
 * of 100,000 in the bench's data, as common names recur: Wang Wei, Li Jun), and
 * normalising and numbering strings is the largest part of building it.
 */
export class EntryNumberer {
  private readonly out: EntryNumbers = { keys: [], spelt: 0, words: [], family: -1 };
  /** The last name numbered, and its strings' numbers. */
  private name: string | undefined;
  private nameKeyText = '';
  private nameKey = -1;
  private turned = -1;
  private readonly nameWords: number[] = [];

  /** `words` normalises text (toWords, or a memo of it); `keyNumber` and `wordNumber` number keys and words. */
  constructor(
    private readonly words: (s: string) => string,
    private readonly keyNumber: Numbering,
    private readonly wordNumber: Numbering,
  ) {}

  /** The record's numbers, in a list that the next call empties and refills. */
  of(record: CaseRecord): EntryNumbers {
    if (record.name !== this.name) this.numberName(record.name);
    const { out, words } = this;
    const { keys, words: wordList } = out;
    keys.length = 0;
    wordList.length = 0;
    if (this.nameKey >= 0) keys.push(this.nameKey);
    const chinese = record.chinese;
    if (chinese?.simplified) this.addKey(words(chinese.simplified));
    if (chinese?.traditional) this.addKey(words(chinese.traditional));
    for (const w of this.nameWords) addOnce(wordList, w);
    for (const alias of record.aliases) {
      const aliasText = words(alias);
      this.addKey(aliasText);
      for (const w of aliasText.split(' ')) if (w !== '') addOnce(wordList, this.wordNumber(w));
    }
    out.spelt = keys.length;
    if (this.turned >= 0) addOnce(keys, this.turned);
    // The id is usually the name in lower case with hyphens (wang-wei, wang-wei-2): its key is
    // told from the name's without being built, and built only when it differs.
    if (this.nameKey >= 0 && isKeyOf(record.id, this.nameKeyText)) addOnce(keys, this.nameKey);
    else this.addKey(words(record.id));
    out.family = this.nameWords[0] ?? -1;
    return out;
  }

  /**
   * Adds the key of normalised words `text`, once. The name's own key (its
   * characters' pinyin, mostly) is told without building it or looking it up.
   */
  private addKey(text: string): void {
    if (text === '') return;
    addOnce(this.out.keys, this.nameKey >= 0 && isKeyOf(text, this.nameKeyText) ? this.nameKey : this.keyNumber(runTogether(text)));
  }

  /** Works out a name's key, words and key turned round. */
  private numberName(name: string): void {
    this.name = name;
    const text = this.words(name);
    const nameWords = text.split(' ');
    this.nameKeyText = runTogether(text);
    this.nameKey = text === '' ? -1 : this.keyNumber(this.nameKeyText);
    this.nameWords.length = 0;
    for (const w of nameWords) if (w !== '') addOnce(this.nameWords, this.wordNumber(w));
    this.turned = -1;
    if (nameWords.length > 1) {
      let turned = '';
      for (let i = 1; i < nameWords.length; i++) turned += nameWords[i]!;
      this.turned = this.keyNumber(turned + nameWords[0]);
    }
  }
}
