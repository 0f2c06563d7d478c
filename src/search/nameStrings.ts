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
 * objects for the garbage collector to trace):
 *
 * - whole-name keys: the name as written first (`yangxiuzhu`), then the pinyin
 *   of its characters and its aliases run together (these are the keys as
 *   spelt, where a misspelling is looked for), then the name turned round
 *   (`xiuzhuyang`) and the id;
 * - the family name as a key: `yang`;
 * - the characters are read from the record itself.
 */
export interface EntryStrings {
  keys: string[];
  /** How many of the keys, from the first, a misspelling is looked for in (the query is turned round instead). */
  spelt: number;
  /** The single words of its name and aliases (`yang`, `xiuzhu`). */
  words: string[];
  /** The first word of the name: `yang`. */
  family: string;
}

/** The characters of a record, simplified then traditional. */
export function charactersOf(record: CaseRecord): string[] {
  const han: string[] = [];
  const chinese = record.chinese;
  if (chinese?.simplified) han.push(chinese.simplified);
  if (chinese?.traditional) han.push(chinese.traditional);
  return han;
}

function addOnce(list: string[], s: string): void {
  if (s !== '' && !list.includes(s)) list.push(s);
}

/** Normalised words run together: `yang xiuzhu` → `yangxiuzhu`. */
function runTogether(w: string): string {
  return w.includes(' ') ? w.replace(/ /g, '') : w;
}

/** Lists for stringsOf to fill, reused from record to record. */
export function entryStrings(): EntryStrings {
  return { keys: [], spelt: 0, words: [], family: '' };
}

/**
 * Fills `out` with the record's strings (its lists emptied first). Called
 * once per record while building (100,000 times at 100,000 cases), with the
 * same `out` every time: the lists made per record were some 35 MB of what
 * the build allocated at 100,000 cases.
 */
export function stringsOf(record: CaseRecord, words: (s: string) => string, out: EntryStrings = entryStrings()): EntryStrings {
  const { keys, words: wordList } = out;
  keys.length = 0;
  wordList.length = 0;
  const nameText = words(record.name);
  const nameWords = nameText.split(' ');
  addOnce(keys, runTogether(nameText));
  for (const chars of charactersOf(record)) addOnce(keys, runTogether(words(chars)));
  for (const w of nameWords) addOnce(wordList, w);
  for (const alias of record.aliases) {
    const aliasText = words(alias);
    addOnce(keys, runTogether(aliasText));
    for (const w of aliasText.split(' ')) addOnce(wordList, w);
  }
  out.spelt = keys.length;
  if (nameWords.length > 1) {
    let turned = '';
    for (let i = 1; i < nameWords.length; i++) turned += nameWords[i]!;
    addOnce(keys, turned + nameWords[0]);
  }
  addOnce(keys, runTogether(words(record.id)));
  out.family = nameWords[0] ?? '';
  return out;
}
