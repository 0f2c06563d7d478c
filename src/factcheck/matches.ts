/**
 * Every match of a pattern in a text, for the checker's passes, which run a
 * few dozen patterns over every draft.
 *
 * `text.matchAll(pattern)` copies the pattern at each call (a new RegExp,
 * its flags read back as a string) and wraps the matches in an iterator:
 * on a short draft those copies were about a tenth of the checker's
 * garbage, and garbage is what sets the checker's slowest answers (a
 * young-generation collection every hundred drafts or so). These walk the
 * pattern itself instead, with the same matches in the same order:
 *
 *     for (let m = firstMatch(re, text); m !== null; m = nextMatch(re, text, m)) …
 *
 * The pattern's `lastIndex` is the walk's position, so the loop's body must
 * not use the same pattern. A walk that runs to its end leaves it at 0, and
 * every walk starts from 0, whatever an earlier one left.
 *
 * For the same reason the checker's patterns are module constants: a regex
 * literal inside a function is a new RegExp object each time it runs.
 */

/** The first match of the global `pattern` in `text`. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  if (!pattern.global) throw new TypeError(`firstMatch needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** The match after `previous`, which `pattern` found in `text`. */
export function nextMatch(pattern: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  // An empty match moves on by one character (a whole code point in a Unicode pattern), as matchAll does.
  if (previous[0] === '') pattern.lastIndex = nextIndex(text, previous.index, pattern.unicode);
  return pattern.exec(text);
}

/** The index after `at`: past a surrogate pair in a Unicode pattern (the checker has no `v` patterns). */
function nextIndex(text: string, at: number, unicode: boolean): number {
  const code = unicode ? text.codePointAt(at) : undefined;
  return at + (code !== undefined && code > 0xffff ? 2 : 1);
}
