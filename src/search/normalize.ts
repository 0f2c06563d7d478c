/**
 * One normal form for names however they are typed: `Yang Xiu-zhu`, `YANG
 * XIUZHU`, `yángxiùzhū` and `杨秀珠` all become the words `yang xiu zhu` /
 * the key `yangxiuzhu`. Chinese characters are read as pinyin (pinyin-pro),
 * accents and tone marks are dropped, and ü is written u as most English
 * copy does.
 */
import { createRequire } from 'node:module';
import { boundedMemo } from '../memo.js';

type PinyinPro = typeof import('pinyin-pro');

/**
 * pinyin-pro, loaded the first time characters are read (its dictionaries
 * take some 40 ms to load, which a command-line answer without characters in
 * it need not pay); its CommonJS build, so that loading is synchronous.
 */
let pinyinPro: PinyinPro | undefined;

/** pinyin-pro's options for syllables without tones, one string each. */
const TONELESS = { toneType: 'none', type: 'array', v: false } as const;

/**
 * The toneless syllables of a run of characters (ü written v); with `surname`,
 * the first read as a family name (单 shan, not dan).
 */
export function pinyinSyllables(run: string, surname: boolean): string[] {
  return loadedPinyinPro().pinyin(run, { ...TONELESS, ...(surname ? { surname: 'head' as const } : {}) });
}

function loadedPinyinPro(): PinyinPro {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  return pinyinPro;
}

/** The CJK Unified Ideographs block, where nearly every character in a name is. */
const FIRST_UNIFIED = 0x4e00;
const LAST_UNIFIED = 0x9fff;

/**
 * The one toneless reading of each character of the block that has only one
 * (18,569 of its 20,992: 华 is hua whatever its tone), null for a character
 * with more (单 dan, shan or chan), found the first time a character is met.
 */
const singleReadings: (string | null | undefined)[] = new Array(LAST_UNIFIED - FIRST_UNIFIED + 1);

function singleReading(code: number): string | null {
  let reading = singleReadings[code - FIRST_UNIFIED];
  if (reading === undefined) {
    const char = String.fromCharCode(code);
    const readings = loadedPinyinPro().polyphonic(char, TONELESS)[0] ?? [];
    const read = pinyinSyllables(char, false)[0];
    reading = read !== undefined && readings.length === 1 && readings[0] === read ? read : null;
    singleReadings[code - FIRST_UNIFIED] = reading;
  }
  return reading;
}

/**
 * The syllables of a run, the first read as a family name. A run whose every
 * character has one reading is read a character at a time: there is nothing
 * for pinyin-pro's dictionaries of words and family names to choose, so the
 * syllables are the same (checked for every such character and every name in
 * the data and the bench's). Nine in ten of the bench's Chinese names are read
 * this way, several times faster once their characters are known, and
 * without most of the garbage pinyin-pro made while building the indexes
 * (some 190 of 680 MB at 100,000 cases).
 */
function syllables(run: string): string[] {
  const read: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const reading = code >= FIRST_UNIFIED && code <= LAST_UNIFIED ? singleReading(code) : null;
    if (reading === null) return pinyinSyllables(run, true);
    read.push(reading);
  }
  return read;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_CHAR = /\p{Script=Han}/u;

export function hasHan(s: string): boolean {
  return HAN_CHAR.test(s);
}

/** The Chinese characters of a string, in order, without anything else. */
export function hanOnly(s: string): string {
  return (s.match(HAN_RUN) ?? []).join('');
}

/** Replaces each run of characters with its toneless pinyin, one syllable a word. */
export function hanToPinyin(s: string): string {
  return s.replace(HAN_RUN, (run) => ` ${syllables(run).join(' ')} `);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: every character of 7-bit ASCII, controls included
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Only characters of the CJK Unified Ideographs block, which NFKC leaves as
 * they are: read as pinyin whole, without the passes for other scripts.
 */
const UNIFIED_HAN = /^[\u4e00-\u9fff]+$/;
const LETTERS = /^[a-z]+$/;

/**
 * Lower-case words separated by single spaces, Latin letters without marks,
 * digits kept, everything else a separator. Han characters become pinyin.
 */
export function toWords(s: string): string {
  // Plain ASCII (most names and every post) has no marks, no wide forms and no
  // characters to read: the same result without three passes over the string.
  if (ASCII.test(s)) return asciiWords(s);
  // Characters alone (杨秀珠, nearly every name in characters) are their pinyin, once each reads as plain letters.
  if (UNIFIED_HAN.test(s)) {
    const read = syllables(s);
    if (read.every((syllable) => LETTERS.test(syllable))) return read.join(' ');
  }
  const read = hanToPinyin(s.normalize('NFKC'));
  // Characters alone (杨秀珠) read as plain ASCII pinyin: the passes for marks would find none.
  if (ASCII.test(read)) return asciiWords(read);
  return read
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** toWords for plain ASCII. */
function asciiWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words run together: the form that matches however a name is split. */
export function toKey(s: string): string {
  return toWords(s).replace(/ /g, '');
}

/**
 * toWords with a memory of the strings that hold characters, for building
 * the indexes: reading characters as pinyin is the slow part, and each name's
 * characters are read by both. (Plain ASCII is quicker to redo than to look
 * up.) Meant to live only while the indexes are built.
 */
export function memoWords(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    if (ASCII.test(s)) return asciiWords(s);
    let words = seen.get(s);
    if (words === undefined) {
      words = toWords(s);
      seen.set(s, words);
    }
    return words;
  };
}

/** toWords remembering up to `size` strings with characters (reading them as pinyin is the slow part); plain ASCII is cheap, and not kept. */
export function boundedWords(size: number): (s: string) => string {
  const withCharacters = boundedMemo(toWords, size);
  return (s) => (ASCII.test(s) ? asciiWords(s) : withCharacters(s));
}
