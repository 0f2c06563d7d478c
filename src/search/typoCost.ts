/**
 * How likely a name is to have been typed as the query, as a cost: the
 * optimal-string-alignment edits from what was typed to the name, each
 * weighted by how often people make it. Plain edit distance counts every
 * edit as 1, so among the many names two edits from a query it cannot tell
 * the one meant; these weights can, because real slips are not random:
 *
 * - two letters swapped, a letter doubled or dropped, a neighbouring key hit;
 * - pinyin spelt as it sounds to many speakers: z for zh, c for ch, s for sh,
 *   n for ng (and the other way round), l for n, f for h.
 *
 * Each weight is at most 1, so the cost is never above the OSA distance: a
 * name within two edits costs at most 2, whatever the edits.
 */

/** Keys next to each other on a QWERTY keyboard. */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qesa',
  e: 'wrds',
  r: 'etfd',
  t: 'rygf',
  y: 'tuhg',
  u: 'yijh',
  i: 'uokj',
  o: 'iplk',
  p: 'ol',
  a: 'qwsz',
  s: 'awedxz',
  d: 'serfcx',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
};

/** Initials and finals that speakers of many dialects do not tell apart. */
const SOUND_ALIKE = new Set(['l:n', 'n:l', 'f:h', 'h:f', 'r:l', 'l:r']);

export const COST = {
  /** Two neighbouring letters typed the wrong way round. */
  swap: 0.5,
  /** A letter the name has twice in a row typed once, or one typed twice. */
  doubled: 0.3,
  /** zh/z, ch/c, sh/s, ng/n: the h or g left out or put in. */
  pinyinLetter: 0.3,
  /** A key next to the right one, or a sound-alike initial. */
  neighbour: 0.5,
  /** Any other letter left out. */
  dropped: 0.7,
  /** An extra letter next to a key it neighbours. */
  fatFinger: 0.6,
  /** Any other extra letter, or any other wrong letter. */
  other: 1,
} as const;

function isNeighbour(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && (NEIGHBOURS[a]?.includes(b) ?? false);
}

/** The h of zh/ch/sh or the g of ng, at `at` in `s`. */
function isPinyinLetter(s: string, at: number): boolean {
  const c = s[at];
  const before = s[at - 1];
  return (c === 'h' && (before === 'z' || before === 'c' || before === 's')) || (c === 'g' && before === 'n');
}

/** The cost of `name[at]` missing from what was typed. */
function droppedCost(name: string, at: number): number {
  const c = name[at];
  if (c === name[at - 1] || c === name[at + 1]) return COST.doubled;
  if (isPinyinLetter(name, at)) return COST.pinyinLetter;
  return COST.dropped;
}

/** The cost of `typed[at]` typed although the name does not have it. */
function extraCost(typed: string, at: number): number {
  const c = typed[at];
  if (c === typed[at - 1] || c === typed[at + 1]) return COST.doubled;
  if (isPinyinLetter(typed, at)) return COST.pinyinLetter;
  if (isNeighbour(c, typed[at - 1]) || isNeighbour(c, typed[at + 1])) return COST.fatFinger;
  return COST.other;
}

function wrongCost(typed: string, name: string): number {
  if (typed === name) return 0;
  if (isNeighbour(typed, name) || SOUND_ALIKE.has(`${typed}:${name}`)) return COST.neighbour;
  return COST.other;
}

/**
 * The cost of typing `a` where the name has `b`, for every pair of ASCII
 * characters, worked out once: a cell of the table reads it with one look-up
 * instead of a string built and looked up.
 */
let wrongTable: Float64Array | undefined;

/** Made on the first misspelling, not at start-up (some 10 ms). */
function wrongTableOf(): Float64Array {
  if (!wrongTable) {
    wrongTable = new Float64Array(128 * 128);
    for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) wrongTable[a * 128 + b] = wrongCost(String.fromCharCode(a), String.fromCharCode(b));
  }
  return wrongTable;
}

function wrongCostAt(table: Float64Array, typed: string, i: number, name: string, j: number): number {
  const a = typed.charCodeAt(i);
  const b = name.charCodeAt(j);
  return (a | b) < 128 ? table[a * 128 + b]! : wrongCost(typed[i]!, name[j]!);
}

/** Rows of the table and the per-letter costs, reused from call to call (a query ranks dozens of names). */
let scratch = new Float64Array(5 * 32);

/** The weighted edits that turn `typed` into `name` (0 when equal); see the weights above. */
export function typoCost(typed: string, name: string): number {
  if (typed === name) return 0;
  const table = wrongTableOf();
  const width = name.length + 1;
  const size = Math.max(width, typed.length + 1);
  if (scratch.length < 5 * size) scratch = new Float64Array(5 * size * 2);
  // Three rows of the table: this one, the one before, and the one before that (for swaps)...
  let before = scratch.subarray(0, width);
  let previous = scratch.subarray(size, size + width);
  let row = scratch.subarray(2 * size, 2 * size + width);
  // ...and what leaving out each letter of the name, or typing each letter typed, costs wherever it happens.
  const dropped = scratch.subarray(3 * size, 3 * size + width);
  const extra = scratch.subarray(4 * size, 4 * size + typed.length + 1);
  for (let j = 1; j < width; j++) dropped[j] = droppedCost(name, j - 1);
  for (let i = 1; i <= typed.length; i++) extra[i] = extraCost(typed, i - 1);
  before.fill(0);
  previous[0] = 0;
  for (let j = 1; j < width; j++) previous[j] = previous[j - 1]! + dropped[j]!;
  for (let i = 1; i <= typed.length; i++) {
    const extraHere = extra[i]!;
    row[0] = previous[0]! + extraHere;
    for (let j = 1; j < width; j++) {
      let best = previous[j - 1]! + wrongCostAt(table, typed, i - 1, name, j - 1);
      const added = previous[j]! + extraHere;
      if (added < best) best = added;
      const left = row[j - 1]! + dropped[j]!;
      if (left < best) best = left;
      if (
        i > 1 &&
        j > 1 &&
        typed.charCodeAt(i - 1) === name.charCodeAt(j - 2) &&
        typed.charCodeAt(i - 2) === name.charCodeAt(j - 1) &&
        typed.charCodeAt(i - 1) !== typed.charCodeAt(i - 2)
      ) {
        const swapped = before[j - 2]! + COST.swap;
        if (swapped < best) best = swapped;
      }
      row[j] = best;
    }
    [before, previous, row] = [previous, row, before];
  }
  // Rounded so that equal edits compare equal however they were added up.
  return Math.round(previous[name.length]! * 1000) / 1000;
}

/**
 * What a misspelt name is ranked by: the slips first, then how likely they
 * are. A name one slip from the query ranks ahead of every name two slips
 * away, however ordinary the two: a reporter makes one slip far more often
 * than two, and among the many names two slips from a query at 100,000
 * cases the one meant is rarely the cheapest. Among names the same number of
 * slips away, the likelier slips (typoCost) come first. The mean of the two
 * keeps the scale of each (0 to 2 within two slips): one slip costs 0.65 to
 * 1, two slips 1.3 to 2.
 */
export function slipCost(typed: string, name: string, slips: number): number {
  return (slips + typoCost(typed, name)) / 2;
}
