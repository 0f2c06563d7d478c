/**
 * What a name match's score means, in one place: every score in search is
 * higher-is-better, from 1 (the name exactly) down towards 0, and the
 * confidence band that /case answers by is read from it here.
 *
 * - exact: the query is the name, an alias or the characters.
 * - confident: typed right but not whole: a word of the name ("huang"), its
 *   start ("yang x"), a part, or the same sound in other characters.
 * - closest: a misspelling of the name, within a few slips for its length.
 * - guess: the nearest there is, but too far to put a name to.
 */
import { COST } from './typoCost.js';

export type MatchKind = 'exact' | 'word' | 'prefix' | 'contains' | 'fuzzy';
export type CheapKind = Exclude<MatchKind, 'fuzzy'>;
export type Band = 'exact' | 'confident' | 'closest' | 'guess';

/** Scores of what was typed right: a typo never outranks any of them. */
export const SCORE: Readonly<Record<CheapKind, number>> = { exact: 1, word: 0.97, prefix: 0.95, contains: 0.9 };
/** 杨 and 阳 are both "yang": a record matched by sound alone ranks below one matched by its characters. */
export const HOMOPHONE_PENALTY = 0.04;
/** The best a misspelling can score; each slip takes its share of the name's length off. */
export const BEST_FUZZY = 0.85;
/** A typo in one word of a name ranks below the same typo in the whole name. */
const PART_COST = COST.doubled;

/**
 * A word of a name matched by a query typed as several words ("heng hhui"
 * for Feng Henghui's given name) leaves a typed word out: one slip more.
 */
export const WORD_OF_SEVERAL_TYPED = 1;
/** More than any misspelling costs: two slips (2) in a word of a name (PART_COST) typed among several words (1). */
const BEYOND_MISSPELLINGS = 2 + PART_COST + WORD_OF_SEVERAL_TYPED + 0.2;

/** From this score up, a match was typed right: the card carries no warning. */
const CONFIDENT_FROM = 0.88;
/** Below this score a match is a guess: /case lists candidates instead of a card. */
const GUESS_BELOW = 0.58;
/** Candidates scoring within this of the best are as likely as it: /case names them. */
const ALIKE_WITHIN = 0.05;

/**
 * The score of a misspelling whose typo cost (typoCost.ts) is `cost`, for a
 * query of `length` letters: two ordinary slips in a ten-letter name score
 * 0.68, in a five-letter one 0.51 (a guess: "li na" is two slips from many names).
 */
export function fuzzyScore(cost: number, length: number, wholeName: boolean): number {
  const total = cost + (wholeName ? 0 : PART_COST);
  return Math.round(BEST_FUZZY * (1 - total / Math.max(length, 1)) * 1000) / 1000;
}

/**
 * The score of a match whose letters were typed right but split elsewhere
 * than the name is ("li uy" for Liu Ya): below every misspelling, and a
 * guess (names.ts, splitCheck).
 */
export function missplitScore(length: number): number {
  return Math.max(0.01, fuzzyScore(BEYOND_MISSPELLINGS, length, true));
}

/** How sure the best match is. */
export function bandOf(best: { score: number; kind: MatchKind } | undefined): Band {
  if (!best || best.score < GUESS_BELOW) return 'guess';
  if (best.kind === 'exact' && best.score === SCORE.exact) return 'exact';
  return best.score >= CONFIDENT_FROM ? 'confident' : 'closest';
}

/** The matches after the best that are as likely as it (none when the best is the name exactly). */
export function alikeOf<M extends { score: number; kind: MatchKind }>(matches: readonly M[], band: Band): M[] {
  const best = matches[0];
  if (!best || band === 'exact' || band === 'guess' || best.kind === 'exact') return [];
  return matches.slice(1).filter((m) => best.score - m.score <= ALIKE_WITHIN);
}

/** /search lists a name match that shares no word with the record (a misspelt or run-together name) from this score up. */
export const LISTED_IN_SEARCH_FROM = 0.65;
