/**
 * What a reporter types, drawn from the data with a seed: names as written,
 * the same names typed key by key (every prefix, as autocomplete receives
 * them), names with one or two slips of the finger, names run together,
 * Chinese characters and parts of them, and post and place words for /search.
 *
 * A misspelling that happens to spell another person in the data exactly is
 * not used: no search could tell which was meant.
 */
import type { CaseRecord } from '../../src/data/schema.js';
import { toKey } from '../../src/search/normalize.js';
import { PLACES } from './cases.js';
import { Random } from './random.js';

/** A query meant to find one person (any record with the same name counts as found). */
export interface NameQuery {
  text: string;
  /** toKey of the name looked for. */
  target: string;
}

export interface QuerySet {
  exact: NameQuery[];
  typo1: NameQuery[];
  typo2: NameQuery[];
  runTogether: NameQuery[];
  chinese: NameQuery[];
  /** Prefixes as autocomplete sees them while names are typed, the empty field first. */
  keyByKey: string[];
  /** Words for /search: places, posts, banks, countries, a few misspelt. */
  words: string[];
}

const SIZES = { exact: 100, typo1: 100, typo2: 100, runTogether: 100, chinese: 30, typedNames: 30, typedChinese: 10, words: 40 };

/** Keys next to each other on a QWERTY keyboard: the letters a slip of the finger gives. */
const NEIGHBOURS: Record<string, string> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'ol',
  a: 'qsz',
  s: 'adw',
  d: 'sfe',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  j: 'hku',
  k: 'jli',
  l: 'ko',
  z: 'xa',
  x: 'zcs',
  c: 'xvd',
  v: 'cbf',
  b: 'vng',
  n: 'bmh',
  m: 'nj',
};

/** One slip: a letter dropped, doubled, hit next to, or two letters swapped. */
function slip(text: string, random: Random): string {
  const letters = [...text];
  const positions = letters.map((c, i) => (/[a-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = random.pick(positions);
  const c = letters[at]!;
  switch (random.int(0, 3)) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, c);
      break;
    case 2:
      letters[at] = random.pick([...(NEIGHBOURS[c] ?? 'e')]);
      break;
    default:
      if (at + 1 < letters.length && /[a-z]/.test(letters[at + 1]!)) [letters[at], letters[at + 1]] = [letters[at + 1]!, c];
      else letters[at] = random.pick([...(NEIGHBOURS[c] ?? 'e')]);
  }
  return letters.join('');
}

/** Every non-empty start of `text`: what autocomplete receives as someone types it key by key. */
export function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
}

/** The query set for these cases; targets are drawn from the synthetic ones (after the first `skip`). */
export function makeQueries(cases: readonly CaseRecord[], skip: number, seed: string): QuerySet {
  const random = new Random(`${seed}:queries`);
  const pool = cases.slice(skip);
  const names = new Set(cases.map((c) => toKey(c.name)));
  const pick = (): CaseRecord => random.pick(pool);
  const target = (c: CaseRecord): string => toKey(c.name);

  const misspelt = (slips: number): NameQuery => {
    for (;;) {
      const c = pick();
      let text = c.name.toLowerCase();
      for (let i = 0; i < slips; i++) text = slip(text, random);
      const key = toKey(text);
      if (key.length >= 4 && !names.has(key)) return { text, target: target(c) };
    }
  };
  const withChinese = pool.filter((c) => c.chinese);
  const chinese: NameQuery[] = [];
  for (let i = 0; i < SIZES.chinese; i++) {
    const c = random.pick(withChinese);
    const chars = c.chinese!.simplified;
    // 欧阳 is one family name in two characters.
    const family = toKey(chars.slice(0, 1)) === toKey(c.name.split(' ')[0]!) ? 1 : 2;
    // The whole name, the given name alone, and the family name with the first given character.
    const part = [chars, chars.slice(family), chars.slice(0, family + 1)][i % 3]!;
    chinese.push({ text: part, target: target(c) });
  }

  const typed = new Set<string>(['']);
  for (let i = 0; i < SIZES.typedNames; i++) for (const p of prefixes(pick().name.toLowerCase())) typed.add(p.trim());
  for (let i = 0; i < SIZES.typedChinese; i++) for (const p of prefixes(random.pick(withChinese).chinese!.simplified)) typed.add(p);

  const words: string[] = [];
  const vocabulary = [
    ...PLACES.map(([city]) => city),
    ...PLACES.map(([, province]) => `${province} province`),
    'Land and Resources Bureau',
    'taxation bureau',
    'finance bureau',
    'public security bureau',
    'Bank of China',
    'China Construction Bank',
    'deputy mayor',
    'general manager',
    'Communist Party secretary',
    'former director',
    'Holdings',
    'Port Group',
    'United States',
    'Canada',
    'New Zealand',
    'Australia',
    'Singapore',
    'Thailand',
    'Cambodia',
    'extradition',
    'deported',
    'surrendered',
    'repatriated from Canada',
    'red notice',
    'million yuan',
    'Shenzhen statistics bureau',
    'Tianjin taxation',
  ];
  for (let i = 0; i < SIZES.words; i++) {
    const w = random.pick(vocabulary);
    words.push(i % 4 === 3 && w.length >= 6 ? slip(w.toLowerCase(), random) : w);
  }

  return {
    exact: Array.from({ length: SIZES.exact }, () => {
      const c = pick();
      return { text: c.name, target: target(c) };
    }),
    typo1: Array.from({ length: SIZES.typo1 }, () => misspelt(1)),
    typo2: Array.from({ length: SIZES.typo2 }, () => misspelt(2)),
    runTogether: Array.from({ length: SIZES.runTogether }, () => {
      const c = pick();
      return { text: c.name.replace(/ /g, '').toLowerCase(), target: target(c) };
    }),
    chinese,
    keyByKey: [...typed],
    words,
  };
}

/** Every name query, for /case. */
export function caseQueries(q: QuerySet): NameQuery[] {
  return [...q.exact, ...q.typo1, ...q.typo2, ...q.runTogether, ...q.chinese];
}

/** What autocomplete receives: names typed key by key, then the finished (misspelt, run-together, Chinese) ones. */
export function autocompleteQueries(q: QuerySet): string[] {
  return [...q.keyByKey, ...[...q.typo1, ...q.typo2, ...q.runTogether, ...q.chinese].map((n) => n.text)];
}

/** /search: post and place words, and some names. */
export function searchQueries(q: QuerySet): string[] {
  return [...q.words, ...q.exact.slice(0, 10).map((n) => n.text), ...q.runTogether.slice(0, 10).map((n) => n.text)];
}

/** How often the person meant came first, and in the first five, over a set of queries. */
export interface Accuracy {
  queries: number;
  top1: number;
  top5: number;
}

/** Accuracy on the misspelt and run-together queries. */
export interface AccuracyBySet {
  typo1: Accuracy;
  typo2: Accuracy;
  /** One and two slips together. */
  typo: Accuracy;
  runTogether: Accuracy;
}
