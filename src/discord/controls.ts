/**
 * Characters that must never reach a reply or a terminal, whether a user
 * typed them or the data holds them: control characters (NUL, bell, escape:
 * a raw escape sequence can rewrite a terminal's screen) and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * make text display in another order than it reads (a "Trojan Source" name).
 * Line breaks and tabs stay; so do the zero-width joiners inside emoji and
 * the plain left-to-right and right-to-left marks, which reorder nothing.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(UNSAFE, '');
}

/** The same value with every string in it stripped (a reply, a response, choices); binary data untouched. */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(withoutControls) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)])) as T;
}

/** Also the zero-width and invisible formatting marks (U+200B–U+200F, U+2060–U+2069, U+FEFF): for quoting someone's text back, where an invisible mark could hide or join what a reader should see. */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2069\ufeff]/g;

/** Every character `stripInvisible` removes, as one pattern (global): to blank them out of text that keeps its offsets. */
export const HIDDEN = new RegExp(`${UNSAFE.source}|${INVISIBLE.source}`, 'g');

export function stripInvisible(text: string): string {
  return stripControls(text).replace(INVISIBLE, '');
}
