/**
 * Finding the fugitives a draft names, wherever in the text they are: pinyin
 * with any spacing, case, hyphens or tone marks (`Yang Xiuzhu`, `YANG
 * Xiu-zhu`, `yangxiuzhu`, `Xiuzhu Yang`), the data's aliases (`Jiasiyu`), and
 * characters where a published source gives them (`杨秀珠`).
 *
 * A misspelt name (`Yang Xiuzu`) is found too, but only on strong evidence,
 * because a false person is worse than a missed one: the words must be
 * capitalised as names are (unless the whole draft is in lower case), the
 * name long enough that one slip cannot turn another word into it, one slip
 * at most, and one person alone that close.
 *
 * This scans text, so it lives here rather than in src/search/ (which answers
 * queries); it shares the normal form of a name (src/search/normalize.ts) and
 * the complete typo candidates (src/search/typoIndex.ts). Nothing here reads
 * every case per draft: at 100,000 cases a window of the draft is looked up
 * (its key in a map, its near misses in the typo index) and the characters
 * are looked up from the draft's side, position by position.
 */
import type { CaseRecord } from '../data/schema.js';
import type { Dataset } from '../dataset/dataset.js';
import { boundedMemo } from '../memo.js';
import { hasHan, pinyinSyllables, toWords } from '../search/normalize.js';
import { TypoIndex } from '../search/typoIndex.js';
import { firstMatch, nextMatch } from './matches.js';
import { overlaps, type SpottedPerson } from './types.js';

/** At most one slip, and only in a name at least this long once run together: `lihuabo` (7) yes, `hejian` (6) no. */
const TYPO_MIN_KEY = 7;
/** The longest alias, in words, that is looked for (`one hundred million yuan chief`). */
const MAX_WINDOW = 6;
/** A name right before one of these is a place or a body (Huangping County, 黄平县), not the person. */
const PLACE_AFTER =
  /^[\s-]*(?:county|district|city|town|township|village|road|street|province|prefecture|bridge|lake|river|mountain|airport|station|university|school|hospital|company|group|bank)\b/i;
const PLACE_AFTER_HAN = /^[县市镇乡村区路街省州桥湖河山站]/;

interface NameKeys {
  record: CaseRecord;
  /** Run-together Latin keys: name, name family-last, Latin aliases. */
  latin: string[];
  /** Characters: simplified, traditional, aliases in characters. */
  han: string[];
}

interface NameIndex {
  byKey: Map<string, CaseRecord>;
  /** Every Latin key long enough to be found misspelt, and the people who have it. */
  typoOwners: Map<string, CaseRecord[]>;
  /**
   * Every one of those keys within a slip of a window's, from the typo index,
   * remembered for recent windows (NEAR_MISSES_KEPT): copy writes the same
   * capitalised words that are no one's name again and again (`Sky Net`,
   * `Canada`, `Interpol`), and each lookup in the typo index leaves a few KB
   * of garbage.
   */
  nearMisses: (key: string) => readonly string[];
  /** Names in characters, longest first (then in case order): a longer name claims its characters before a shorter one inside it. */
  han: { text: string; record: CaseRecord }[];
  /** Positions in `han` by text, and what a draft is looked up by: the lengths the names have, and the code unit each starts with. */
  hanAt: Map<string, number[]>;
  hanLengths: number[];
  hanFirst: Set<number>;
  /** Three-syllable names of people whose characters no source gives, by run-together pinyin. */
  bySound: Map<string, CaseRecord>;
}

const indexes = new WeakMap<readonly CaseRecord[], NameIndex>();

function keysOf(record: CaseRecord): NameKeys {
  const words = toWords(record.name).split(' ').filter(Boolean);
  const latin = new Set<string>([words.join('')]);
  // Family name last, as some English copy writes it: Xiuzhu Yang.
  if (words.length > 1) latin.add([...words.slice(1), words[0]!].join(''));
  const han = new Set<string>();
  if (record.chinese) {
    han.add(record.chinese.simplified);
    if (record.chinese.traditional) han.add(record.chinese.traditional);
  }
  for (const alias of record.aliases) {
    if (hasHan(alias)) han.add(alias.replace(/\s+/g, ''));
    else {
      const key = toWords(alias).replace(/ /g, '');
      if (key.length >= 4) latin.add(key);
    }
  }
  return { record, latin: [...latin], han: [...han] };
}

/** Whether the names of these cases are indexed for spotting yet (built on first use, or by prepareChecker). */
export function namesIndexed(cases: readonly CaseRecord[]): boolean {
  return indexes.has(cases);
}

function indexFor(cases: readonly CaseRecord[]): NameIndex {
  let index = indexes.get(cases);
  if (!index) {
    const keys = cases.map(keysOf);
    const byKey = new Map<string, CaseRecord>();
    const typoOwners = new Map<string, CaseRecord[]>();
    for (const k of keys) {
      for (const key of k.latin) {
        if (!byKey.has(key)) byKey.set(key, k.record);
        if (key.length < TYPO_MIN_KEY) continue;
        const owners = typoOwners.get(key);
        if (!owners) typoOwners.set(key, [k.record]);
        else if (!owners.includes(k.record)) owners.push(k.record);
      }
    }
    const han = keys.flatMap((k) => k.han.map((text) => ({ text, record: k.record }))).sort((a, b) => b.text.length - a.text.length);
    const hanAt = new Map<string, number[]>();
    han.forEach(({ text }, i) => {
      const at = hanAt.get(text);
      if (at) at.push(i);
      else hanAt.set(text, [i]);
    });
    const bySound = new Map<string, CaseRecord>();
    for (const k of keys) {
      const words = toWords(k.record.name).split(' ');
      const syllables = words.length === 2 ? 1 + syllableCount(words[1]!) : 0;
      if (!k.record.chinese && syllables === 3) bySound.set(words.join(''), k.record);
    }
    index = {
      byKey,
      typoOwners,
      nearMisses: nearMissesIn(new TypoIndex(typoOwners.keys())),
      han,
      hanAt,
      hanLengths: [...new Set(han.map((h) => h.text.length))],
      hanFirst: new Set(han.map((h) => h.text.charCodeAt(0))),
      bySound,
    };
    indexes.set(cases, index);
  }
  return index;
}

interface Token {
  start: number;
  end: number;
  /** Lower case, marks dropped: `Xiù` → `xiu`. */
  norm: string;
  capital: boolean;
}

/**
 * A Latin word, and what stands before the next one: walked by `lastIndex`
 * (sticky), so that no match object is built per word of the draft.
 */
const LATIN_WORD = /[\p{Script=Latin}\p{M}]+/uy;
const UP_TO_LATIN_WORD = /[^\p{Script=Latin}\p{M}]*/uy;
const MARKS = /\p{M}/gu;
const PLAIN_WORD = /^[A-Za-z]+$/;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Lower case, marks dropped; a plain English-alphabet word (most of them) only needs lower-casing. */
function normalWord(word: string): string {
  return PLAIN_WORD.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Latin words and the gaps a name may have inside it (spaces, a hyphen, a middle dot). */
function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < text.length; ) {
    UP_TO_LATIN_WORD.lastIndex = at;
    UP_TO_LATIN_WORD.test(text);
    const start = UP_TO_LATIN_WORD.lastIndex;
    LATIN_WORD.lastIndex = start;
    if (!LATIN_WORD.test(text)) break;
    const end = LATIN_WORD.lastIndex;
    const word = text.slice(start, end);
    const norm = normalWord(word);
    if (norm) out.push({ start, end, norm, capital: CAPITAL_FIRST.test(word) });
    at = end;
  }
  return out;
}

/** What may stand between two words of one name. */
const NAME_GAP = /^(?:[ \t]{1,2}|[ \t]?[-‐‑·・][ \t]?)$/;
/** The longest such gap (` - `): a longer one is not tested. */
const NAME_GAP_MAX = 3;

function joinable(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= NAME_GAP_MAX && NAME_GAP.test(text.slice(a.end, b.start));
}

/**
 * A run of tokens that may be one name: `from`, `length` tokens long. Windows
 * are tried at every token and every length, so they are read in place
 * rather than copied out of the token list.
 */
interface Window {
  tokens: readonly Token[];
  from: number;
  length: number;
}

/** The window's words run together: its key in the name index. */
function keyOf(w: Window): string {
  let key = w.tokens[w.from]!.norm;
  for (let k = w.from + 1; k < w.from + w.length; k++) key += w.tokens[k]!.norm;
  return key;
}

function allCapitalised(w: Window): boolean {
  for (let k = w.from; k < w.from + w.length; k++) if (!w.tokens[k]!.capital) return false;
  return true;
}

/** Whether the candidate key starts or ends with one of the window's words unchanged. */
function keepsAWord(w: Window, candidate: string): boolean {
  for (let k = w.from; k < w.from + w.length; k++) {
    const norm = w.tokens[k]!.norm;
    if (candidate.startsWith(norm) || candidate.endsWith(norm)) return true;
  }
  return false;
}

/** How many windows' near misses are remembered; all are forgotten at once when full, so the memory stays bounded. */
const NEAR_MISSES_KEPT = 4096;

function nearMissesIn(typos: TypoIndex): (key: string) => readonly string[] {
  return boundedMemo((key) => typos.near(key, 1), NEAR_MISSES_KEPT);
}

/** The one person a misspelt window is one slip from, when exactly one is. */
function typoMatch(index: NameIndex, window: Window, key: string): CaseRecord | undefined {
  if (key.length < TYPO_MIN_KEY - 1) return undefined;
  let found: CaseRecord | undefined;
  // Every key one slip away (the key itself would have matched exactly), from the typo index: complete, and no scan of the data.
  for (const candidate of index.nearMisses(key)) {
    // Split into words, the name's family part must be one of them unchanged, or the draft runs it together.
    if (window.length > 1 && !keepsAWord(window, candidate)) continue;
    for (const record of index.typoOwners.get(candidate)!) {
      if (found === undefined) found = record;
      else if (found !== record) return undefined;
    }
  }
  return found;
}

/** Pinyin syllables in a given name: enough to tell `Yurong` (2) from `Jian` (1). */
function syllableCount(given: string): number {
  return (given.match(/[^aeiouv]*[aeiouv]+(?:ng|n|r)?(?![aeiouv])/g) ?? []).length;
}

/**
 * What may follow a name in Chinese copy: punctuation, or a word that starts
 * a predicate (被, 于, 回国…). "安徽民营企业" is not An Huimin: 营 does not
 * follow names.
 */
const AFTER_HAN_NAME = /^(?:$|[、，。；：！？,.;:!?()（）“”"'《》\s]|[等被于在从已也是和与及将曾因向对为说称回出逃外投自涉案一二两三已均])/u;
/** Runs of characters long enough to hold a three-syllable name. */
const HAN_RUN_OF_THREE = /\p{Script=Han}{3,}/gu;

/**
 * Names in characters for people the data has no characters for: the
 * draft's characters read as pinyin, three characters that sound exactly like
 * the name, standing as a name stands. This finds 杨玉荣 for Yang Yurong
 * without writing any characters into the data (which would be a guess).
 */
function soundMatches(masked: string, index: NameIndex): SpottedPerson[] {
  if (index.bySound.size === 0) return [];
  const out: SpottedPerson[] = [];
  for (let run = firstMatch(HAN_RUN_OF_THREE, masked); run !== null; run = nextMatch(HAN_RUN_OF_THREE, masked, run)) {
    const syllables = pinyinSyllables(run[0], false);
    if (syllables.length !== run[0].length) continue;
    for (let i = 0; i + 3 <= syllables.length; i++) {
      const record = index.bySound.get(`${syllables[i]}${syllables[i + 1]}${syllables[i + 2]}`);
      if (!record) continue;
      const start = run.index + i;
      if (!AFTER_HAN_NAME.test(masked.slice(start + 3, start + 4))) continue;
      out.push({ start, end: start + 3, text: masked.slice(start, start + 3), case: record.id, name: record.name });
      i += 2;
    }
  }
  return out;
}

function afterIsPlace(text: string, end: number): boolean {
  return PLACE_AFTER.test(text.slice(end, end + 24));
}

/** For each token, how many tokens from it on are joined into one run: 1 for a token that does not join the next. */
function joinedRuns(text: string, tokens: readonly Token[]): number[] {
  const runs = new Array<number>(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const next = tokens[k + 1];
    runs[k] = next && joinable(text, tokens[k]!, next) ? runs[k + 1]! + 1 : 1;
  }
  return runs;
}

/**
 * Where each name in characters occurs in the draft, name by name in the
 * index's order (longest first) and left to right, each occurrence starting
 * after the end of the one before (as searching the draft for that name again
 * and again would find them). Found from the draft's side: at each position
 * that starts some name, the text of each length a name has is looked up.
 */
function hanOccurrences(masked: string, index: NameIndex): { at: number; entry: number }[] {
  const found: { at: number; entry: number }[] = [];
  for (let at = 0; at < masked.length; at++) {
    if (!index.hanFirst.has(masked.charCodeAt(at))) continue;
    for (const length of index.hanLengths) {
      const entries = at + length <= masked.length ? index.hanAt.get(masked.slice(at, at + length)) : undefined;
      for (const entry of entries ?? []) found.push({ at, entry });
    }
  }
  found.sort((a, b) => a.entry - b.entry || a.at - b.at);
  const out: typeof found = [];
  let entry = -1;
  let from = 0;
  for (const hit of found) {
    if (hit.entry !== entry) [entry, from] = [hit.entry, 0];
    if (hit.at < from) continue;
    out.push(hit);
    from = hit.at + index.han[entry]!.text.length;
  }
  return out;
}

const ANY_CAPITAL = /\p{Lu}/u;

/** Every mention of a person from the data, in order of appearance, in the (masked) draft. */
export function spotPeople(masked: string, data: Pick<Dataset, 'cases'>): SpottedPerson[] {
  const index = indexFor(data.cases);
  const out: SpottedPerson[] = [];
  const tokens = latinTokens(masked);
  // Lower-case chat ("yang xiuzu was sent back") carries no capitals to go by: then any case will do.
  const anyCase = !ANY_CAPITAL.test(masked);
  // Read once per token, not once per window that contains it: how many tokens from here on join into
  // one run (a name's words are joined by a space, a hyphen or a dot).
  const runFrom = joinedRuns(masked, tokens);
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let len = Math.min(MAX_WINDOW, runFrom[i]!); len >= 1 && matched === 0; len--) {
      const window: Window = { tokens, from: i, length: len };
      const key = keyOf(window);
      const exact = index.byKey.get(key);
      const typo = exact || len > 3 || !(anyCase || allCapitalised(window)) ? undefined : typoMatch(index, window, key);
      const record = exact ?? typo;
      if (!record) continue;
      // Asked only of a window that is someone's name: few are.
      const last = tokens[i + len - 1]!;
      if (afterIsPlace(masked, last.end)) continue;
      const start = tokens[i]!.start;
      out.push({ start, end: last.end, text: masked.slice(start, last.end), case: record.id, name: record.name });
      matched = len;
    }
    i += matched || 1;
  }
  for (const { at, entry } of hanOccurrences(masked, index)) {
    const { text, record } = index.han[entry]!;
    const end = at + text.length;
    if (PLACE_AFTER_HAN.test(masked.slice(end, end + 1))) continue;
    if (out.some((p) => p.start < end && at < p.end)) continue;
    out.push({ start: at, end, text, case: record.id, name: record.name });
  }
  for (const p of soundMatches(masked, index)) if (!out.some((o) => overlaps(o, p))) out.push(p);
  return out.sort((a, b) => a.start - b.start);
}
